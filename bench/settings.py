"""The production settings, plus what the benchmarks need to measure against: the framework floor (a view returning
fixed bytes, and the same bytes as a static file through whitenoise) and switches for the cache states.

    BENCH_FLOOR_DIR     directory of captured responses: served by the floor view at /__floor__/<name> and by
                        whitenoise at /<name> (WHITENOISE_ROOT)
    BENCH_CACHE         "redis" (default: as in production), "dummy" (no cache at all: every request cold)
    BENCH_RESPONSE_CACHE_SECONDS   0 makes every whole-response lookup a miss while fragments stay warm
"""

import os

from newsroom.settings.production import *  # noqa: F403
from newsroom.settings.production import REST_FRAMEWORK

ROOT_URLCONF = "bench.urls"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]

FLOOR_DIR = os.environ.get("BENCH_FLOOR_DIR", "")
if FLOOR_DIR:
    WHITENOISE_ROOT = FLOOR_DIR
# The floor is Django's own cost: it is not looked up in, nor stored to, the response cache.
TASALSUL_RESPONSE_CACHE_SKIP = ("/__floor__/",)
if os.environ.get("BENCH_RESPONSE_CACHE_SECONDS"):
    TASALSUL_RESPONSE_CACHE_SECONDS = int(os.environ["BENCH_RESPONSE_CACHE_SECONDS"])

if os.environ.get("BENCH_CACHE") == "dummy":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}

# The load generator is one client on loopback: the per-client throttles would measure themselves.
REST_FRAMEWORK = {
    **REST_FRAMEWORK,
    "DEFAULT_THROTTLE_RATES": {"anon": "1000000/minute", "user": "1000000/minute", "write": "1000000/minute"},
}
AXES_ENABLED = False

"""The test suite: fast hashing, and a file SQLite test database so threads share it."""

import os
import tempfile
from pathlib import Path

from newsroom.settings.base import *  # noqa: F403
from newsroom.settings.base import BASE_DIR, DATABASES, REST_FRAMEWORK

SECRET_KEY = "test-only-insecure-key-never-used-in-production-0123456789"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
LANGUAGE_CODE = "ar"

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # In-memory SQLite is private to one connection; the concurrency tests open one per thread.
    # One file per test run (TASALSUL_TEST_DB names another), so that two suites can run side by side.
    DATABASES["default"]["TEST"] = {
        "NAME": os.environ.get("TASALSUL_TEST_DB", str(BASE_DIR / f".test-db.sqlite3.{os.getpid()}"))
    }

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and "replica" not in DATABASES:
    # A second alias on its own connections to the same test database, for the read-replica tests. The router leaves
    # it unused (DATABASE_REPLICA_ALIAS stays None) unless a test turns it on.
    DATABASES["replica"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}

REST_FRAMEWORK = {
    **REST_FRAMEWORK,
    "DEFAULT_THROTTLE_RATES": {"anon": "100000/minute", "user": "100000/minute", "write": "100000/minute"},
}

STATIC_ROOT = None
# Uploaded photos go to a folder of this run's own, never into the checkout's media/.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="tasalsul-test-media-"))
WHITENOISE_USE_FINDERS = True

LOGGING["loggers"]["newsroom.requests"]["level"] = "WARNING"  # noqa: F405 - the access log would drown test output

# Most tests run inside a transaction that never commits: purge cached responses at once there. The tests of the
# after-commit behaviour turn it back on (tests/timeline/test_frontend_cache.py).
TASALSUL_PURGE_AFTER_COMMIT = False
LOGGING["loggers"]["django.tasks"] = {"level": "WARNING"}  # noqa: F405 - a line per re-rendering task

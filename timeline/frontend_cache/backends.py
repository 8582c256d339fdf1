"""Where purges go: the app's own response cache always, and each shared tier configured in
TASALSUL_FRONTEND_CACHE (as Wagtail's WAGTAILFRONTENDCACHE: a name -> {"BACKEND": dotted path, ...options}).

    TASALSUL_FRONTEND_CACHE = {
        "varnish": {"BACKEND": "timeline.frontend_cache.backends.VarnishBackend",
                    "LOCATIONS": ["http://127.0.0.1:6081"]},
        "fastly": {"BACKEND": "timeline.frontend_cache.backends.FastlyBackend",
                   "SERVICE_ID": "...", "API_TOKEN": "..."},
        "cloudflare": {"BACKEND": "timeline.frontend_cache.backends.CloudflareBackend",
                       "ZONE_ID": "...", "API_TOKEN": "..."},
    }

A tier that cannot be reached is logged and skipped: a purge never fails the editor's save. (Its objects then live
until their TTL; the VCL keeps that short enough for the newsroom to live with, and the app's own cache is exact.)
"""

from __future__ import annotations

import json
import logging
import time
import urllib.request
from collections.abc import Iterable, Sequence
from functools import cache as memoize
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.utils.module_loading import import_string

logger = logging.getLogger("newsroom.frontend_cache")

# The app's response cache files, per key, the time of its last purge in microseconds (newsroom/response_cache.py).
# (Not "purged:": that held seconds as pickled floats, which the check in Redis cannot read.)
PURGED_AT_PREFIX = "purged-us:"
# Long enough to outlive every response stored before the purge (their TTL is shorter).
PURGED_AT_SECONDS = 7 * 24 * 3600
TIMEOUT_SECONDS = 2.0


class Backend:
    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options

    def purge(self, keys: Sequence[str]) -> None:
        raise NotImplementedError


class AppCacheBackend(Backend):
    """The app's own response cache: a key's purge time, against which every stored response is checked."""

    def purge(self, keys: Sequence[str]) -> None:
        # Microseconds, an integer: Redis stores it as digits, which the check in Redis reads (tolerant_cache.py).
        now = time.time_ns() // 1000
        cache.set_many({PURGED_AT_PREFIX + key: now for key in keys}, PURGED_AT_SECONDS)


def _send(request: urllib.request.Request) -> None:
    with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
        response.read()


class VarnishBackend(Backend):
    """Varnish with the xkey vmod (deploy/varnish/tasalsul.vcl): `PURGE /` with the keys in `xkey-purge`, to each
    Varnish in LOCATIONS (one per cache server). Soft purge: the object stays for grace, served only while the app
    is down."""

    CHUNK = 100  # keys a request: a header well under Varnish's 8 KB request-header limit

    def purge(self, keys: Sequence[str]) -> None:
        for location in self.options.get("LOCATIONS", []):
            for start in range(0, len(keys), self.CHUNK):
                chunk = " ".join(keys[start : start + self.CHUNK])
                request = urllib.request.Request(location.rstrip("/") + "/", method="PURGE")
                request.add_header("xkey-purge", chunk)
                _send(request)


class FastlyBackend(Backend):
    """Fastly's purge by surrogate key (the `Surrogate-Key` header the app sends), soft unless SOFT is False."""

    def purge(self, keys: Sequence[str]) -> None:
        url = f"https://api.fastly.com/service/{self.options['SERVICE_ID']}/purge"
        for start in range(0, len(keys), 256):  # Fastly takes up to 256 keys a request
            request = urllib.request.Request(url, method="POST", data=b"")
            request.add_header("Fastly-Key", self.options["API_TOKEN"])
            request.add_header("Surrogate-Key", " ".join(keys[start : start + 256]))
            if self.options.get("SOFT", True):
                request.add_header("Fastly-Soft-Purge", "1")
            _send(request)


class CloudflareBackend(Backend):
    """Cloudflare's purge by cache tag (the `Cache-Tag` header the app sends)."""

    def purge(self, keys: Sequence[str]) -> None:
        url = f"https://api.cloudflare.com/client/v4/zones/{self.options['ZONE_ID']}/purge_cache"
        for start in range(0, len(keys), 30):  # Cloudflare takes up to 30 tags a request
            body = json.dumps({"tags": list(keys[start : start + 30])}).encode()
            request = urllib.request.Request(url, method="POST", data=body)
            request.add_header("Authorization", f"Bearer {self.options['API_TOKEN']}")
            request.add_header("Content-Type", "application/json")
            _send(request)


class RecordingBackend(Backend):
    """Keeps what it was asked to purge (tests)."""

    purged: list[set[str]] = []

    def purge(self, keys: Sequence[str]) -> None:
        RecordingBackend.purged.append(set(keys))


@memoize
def _configured(config: str) -> tuple[Backend, ...]:
    options = json.loads(config)
    return tuple(import_string(entry["BACKEND"])(entry) for entry in options.values())


class StoredSummaryBackend(Backend):
    """The timelines' summaries kept in the database (timeline/aggregates.py): a purge of a timeline's list key makes
    its summary stale."""

    def purge(self, keys: Sequence[str]) -> None:
        from timeline import aggregates
        from timeline.frontend_cache.keys import timeline_of_list_key

        aggregates.forget_stored(pk for key in keys if (pk := timeline_of_list_key(key)) is not None)


def backends() -> tuple[Backend, ...]:
    config = getattr(settings, "TASALSUL_FRONTEND_CACHE", {}) or {}
    return (StoredSummaryBackend({}), AppCacheBackend({}), *_configured(json.dumps(config, sort_keys=True)))


def purge(keys: Iterable[str]) -> None:
    keys = sorted(set(keys))
    if not keys:
        return
    for backend in backends():
        try:
            backend.purge(keys)
        except Exception:  # one unreachable tier must not stop the others, nor the editor's save
            logger.exception("purge failed", extra={"backend": type(backend).__name__, "keys": len(keys)})

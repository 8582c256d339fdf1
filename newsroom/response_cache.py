"""Whole-response caching of anonymous reads, exact and scoped; and the surrogate keys a shared cache tier
(Varnish, Fastly, Cloudflare) files them under.

Each response is labelled with surrogate keys for what it shows (timeline/frontend_cache/keys.py: the bulletins,
timelines, people, sources, topics and places it loaded, and the lists it is). A change purges exactly the keys it
reaches, after commit (timeline/frontend_cache/invalidation.py): here that records, per key, when it was purged; a
stored response is served only while none of its keys was purged since it began to be made
(timeline/frontend_cache/freshness.py). A publication in one
timeline therefore leaves every other timeline's pages cached.

The same test keeps a response that raced a change out of every cache: made from data read before a purge that
landed while it was being made, it is neither stored here nor by the tier (`Surrogate-Control: no-store`).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers, set_response_etag

from timeline.api.throttles import COUNTED_SCOPES, AnonRateThrottle
from timeline.frontend_cache import freshness
from timeline.frontend_cache import keys as surrogate_keys

CACHE_SECONDS = 600
NOT_CACHED = (
    "/admin/",
    "/en/admin/",
    "/preview/",
    "/en/preview/",
    "/i18n/",
    "/healthz",
    "/readyz",
    "/api/v1/docs/",
    "/api/v1/schema/",
    "/media/",  # files, streamed, with their own Cache-Control
)


# What the shared tier may keep: pages, their permanent redirects (a renumbered bulletin's old address) and the
# notices of retracted bulletins. Never an error: a 404 for a bulletin about to be published must not outlive it.
TIER_STATUSES = frozenset({200, 301, 410})
# How long a shared tier keeps a labelled response (purges end it sooner): a day, as deploy/varnish/tasalsul.vcl.
TIER_SECONDS = 24 * 3600


def _stored(key: str) -> tuple | None:
    """The stored response under `key` unless one of its keys was purged since it began to be made
    (timeline/frontend_cache/freshness.py)."""
    return _entry(freshness.read(key))


def _entry(stored: object) -> tuple | None:
    # (status, headers, content); anything else is an older release's entry.
    return stored if isinstance(stored, tuple) and len(stored) == 3 else None


def _stored_api_answer(key: str, request: HttpRequest) -> tuple | None:
    """_stored(), for an API address: a cached answer is a request like any other for the anonymous rate. With Redis
    the client is counted in the same round trip as the read, and the view is told not to count it again."""
    throttle = AnonRateThrottle()
    counting = getattr(cache, "get_unless_purged_counting", None)
    log = throttle.get_cache_key(request, None) if throttle.rate is not None else None
    if counting is None or log is None:
        stored = _stored(key)
        if stored is not None and not throttle.allow_request(request, None):
            return None
        return stored
    allowed, stored = counting(key, log=log, limit=throttle.num_requests, window=throttle.duration)
    if not allowed:
        return None
    setattr(request, COUNTED_SCOPES, (throttle.scope,))
    return _entry(stored)


def _cacheable_request(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD") or request.path.startswith(NOT_CACHED):
        return False
    if request.path.startswith(getattr(settings, "TASALSUL_RESPONSE_CACHE_SKIP", ())):
        return False
    # Staff may see drafts: their requests are never answered from, nor stored in, the shared cache.
    return "HTTP_AUTHORIZATION" not in request.META and not request.COOKIES.get("sessionid")


def _key(request: HttpRequest) -> str:
    # Not Accept-Language: the language is the address's (newsroom/language.py). Not Accept-Encoding: what is
    # stored is the plain body, compressed for each client on the way out (newsroom/compression.py).
    parts = [
        request.method,
        request.get_full_path(),
        request.META.get("HTTP_ACCEPT", ""),
        request.get_host(),
        request.scheme,
    ]
    return "response:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


class PublicResponseCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _cacheable_request(request):
            return self.get_response(request)
        key = _key(request)
        # None if purged since it was made, or (API) if the client is over the anonymous rate: the API then answers
        # with its 429, as it would without the cache.
        stored = _stored_api_answer(key, request) if request.path.startswith("/api/") else _stored(key)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Cache"] = "hit"
            return self._varies_on_the_session(response)
        started = time.time()
        with surrogate_keys.collecting() as collected:
            response = self.get_response(request)
        if not self._shareable(request, response):
            return self._varies_on_the_session(response)
        keys = collected.keys(request)
        if freshness.purged_since(keys, started):
            # Made from data read before a change that was purged while it was being made: serve it, keep it nowhere.
            response["Surrogate-Control"] = "no-store"
            return self._varies_on_the_session(response)
        label(response, keys)
        if response.status_code == 200:
            # Stored with its ETag, so that a hit is not hashed again (ConditionalGetMiddleware would, every time).
            if not response.has_header("ETag"):
                set_response_etag(response)
            headers = [(name, value) for name, value in response.items() if name.lower() != "x-cache"]
            seconds = getattr(settings, "TASALSUL_RESPONSE_CACHE_SECONDS", CACHE_SECONDS)
            freshness.keep(key, (response.status_code, headers, response.content), seconds, keys=keys, started=started)
            response["X-Cache"] = "miss"
        return self._varies_on_the_session(response)

    @staticmethod
    def _varies_on_the_session(response: HttpResponse) -> HttpResponse:
        """Whether this cache answers depends on the session cookie (staff are never served from it): say so, on a
        hit as on a miss. On a miss SessionMiddleware would say it anyway, having been asked who the user is;
        on a hit nobody asks, and a shared cache downstream would be told two different things."""
        patch_vary_headers(response, ("Cookie",))
        return response

    @staticmethod
    def _shareable(request: HttpRequest, response: HttpResponse) -> bool:
        if response.status_code not in TIER_STATUSES or response.streaming or response.cookies:
            return False
        if "private" in response.get("Cache-Control", "") or "no-store" in response.get("Cache-Control", ""):
            return False
        # A nonce is for one response only: a page that used one is never replayed.
        if "nonce-" in response.get("Content-Security-Policy", ""):
            return False
        return not getattr(request, "user", None) or not request.user.is_authenticated


def label(response: HttpResponse, keys: list[str]) -> None:
    """The surrogate keys, as Fastly and Varnish's xkey read them (space-separated) and as Cloudflare does; and how
    long a shared cache may keep the response (`Surrogate-Control`, which Fastly reads and removes; Cache-Control
    stays the browsers'): until a purge, up to TIER_SECONDS, and as long again while the app fails."""
    response["Surrogate-Key"] = " ".join(keys)
    response["Cache-Tag"] = ",".join(keys)
    response["Surrogate-Control"] = f"max-age={TIER_SECONDS}, stale-if-error={TIER_SECONDS}"

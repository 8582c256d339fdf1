"""Whole-response caching of anonymous reads, never stale.

A cached response is filed under the request and the *content version*: the latest change to any timeline, person
or source (every edit of a bulletin touches its timeline; renaming a person touches the person). An edit therefore
changes the version, and the very next request misses the cache and renders afresh; nothing needs deleting.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers, set_response_etag

from timeline.api.throttles import AnonRateThrottle
from timeline.models import content_changed_at

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


def content_version() -> str:
    changed = content_changed_at()
    return changed.isoformat() if changed else "-"


def _cacheable_request(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD") or request.path.startswith(NOT_CACHED):
        return False
    if request.path.startswith(getattr(settings, "TASALSUL_RESPONSE_CACHE_SKIP", ())):
        return False
    # Staff may see drafts: their requests are never answered from, nor stored in, the shared cache.
    return "HTTP_AUTHORIZATION" not in request.META and not request.COOKIES.get("sessionid")


def _key(request: HttpRequest, version: str) -> str:
    # Not Accept-Language: the language is the address's (newsroom/language.py). Not Accept-Encoding: what is
    # stored is the plain body, compressed for each client on the way out (newsroom/compression.py).
    parts = [
        request.method,
        request.get_full_path(),
        request.META.get("HTTP_ACCEPT", ""),
        request.get_host(),
        request.scheme,
        version,
    ]
    return "response:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


class PublicResponseCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _cacheable_request(request):
            return self.get_response(request)
        key = _key(request, content_version())
        stored = cache.get(key)
        if (
            stored is not None
            and request.path.startswith("/api/")
            and not AnonRateThrottle().allow_request(request, None)
        ):
            # Over the anonymous rate: let the API answer (with its 429), as it would without the cache.
            stored = None
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Cache"] = "hit"
            return self._varies_on_the_session(response)
        response = self.get_response(request)
        if self._cacheable_response(request, response):
            # Stored with its ETag, so that a hit is not hashed again (ConditionalGetMiddleware would, every time).
            if not response.has_header("ETag"):
                set_response_etag(response)
            headers = [(name, value) for name, value in response.items() if name.lower() != "x-cache"]
            seconds = getattr(settings, "TASALSUL_RESPONSE_CACHE_SECONDS", CACHE_SECONDS)
            cache.set(key, (response.status_code, headers, response.content), seconds)
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
    def _cacheable_response(request: HttpRequest, response: HttpResponse) -> bool:
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if "private" in response.get("Cache-Control", "") or "no-store" in response.get("Cache-Control", ""):
            return False
        # A nonce is for one response only: a page that used one is never replayed.
        if "nonce-" in response.get("Content-Security-Policy", ""):
            return False
        return not getattr(request, "user", None) or not request.user.is_authenticated

"""Compressed text responses: Brotli or gzip, for clients that ask for them (`Accept-Encoding`).

Static files do not come through here: whitenoise serves the `.br` and `.gz` copies that collectstatic wrote. What
does come through is every dynamic response: pages, feeds, sitemaps, the API. Measured here: a 346 KB timeline page
travels as 23 KB in Brotli (2.4 ms to compress) or 35 KB in gzip (5 ms); a 63 KB sitemap as 2.2 or 2.7 KB.

BREACH (and CRIME before it): an attacker who can make a victim's browser send requests, and can put text of their
choice into the response (a search word, say), learns a secret in the same response one character at a time by
watching the compressed size. So a response is compressed only when it holds no secret:
- public pages, feeds and the API carry none: they are the same for every anonymous reader, and are what the shared
  response cache serves (newsroom/response_cache.py);
- a response to a request that carries the session cookie is never compressed (the admin, previews, pages and API
  reads of signed-in staff): it may show things only that user may see;
- a response that rendered a CSRF token (the admin's login form, any form) is never compressed either, whoever asks.
API clients that send a token (`Authorization`) do get compressed answers: a browser never adds that header to a
request another site makes it send, which is what the attack needs.
"""

from __future__ import annotations

import re
from typing import Literal

import brotli
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_vary_headers
from django.utils.deprecation import MiddlewareMixin

# Under this many bytes a response fits in a packet or two whatever we do: compressing it saves nothing.
MIN_SIZE = 512
# Brotli's quality, 0-11: 5 makes a timeline page a third smaller than gzip does, in half gzip's time; 11 saves
# a fifth more but takes 340 ms on that page, too slow to spend on every response.
BROTLI_QUALITY = 5

_TEXT = re.compile(
    r"^(text/[-\w.+]+"
    r"|application/(json|javascript|ecmascript|xml|x-javascript|yaml|vnd\.oai\.openapi)"
    r"|application/[-\w.]+\+(json|xml)"
    r"|image/svg\+xml)\s*(;|$)",
    re.IGNORECASE,
)

Encoding = Literal["br", "gzip"]


def preferred_encoding(accept_encoding: str) -> Encoding | None:
    """Brotli or gzip, whichever the client accepts with the higher weight (Brotli on a tie), or None.

    `Accept-Encoding: gzip;q=0` refuses gzip; `*` stands for any coding the header does not name (RFC 9110 §12.5.3).
    """
    weights: dict[str, float] = {}
    for item in accept_encoding.split(","):
        name, _, parameters = item.strip().partition(";")
        weight = 1.0
        for parameter in parameters.split(";"):
            key, _, value = parameter.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        if name.strip():
            weights[name.strip().lower()] = weight
    star = weights.get("*", 0.0)
    brotli_weight, gzip_weight = weights.get("br", star), weights.get("gzip", weights.get("x-gzip", star))
    if brotli_weight > 0 and brotli_weight >= gzip_weight:
        return "br"
    if gzip_weight > 0:
        return "gzip"
    return None


def may_hold_a_secret(request: HttpRequest) -> bool:
    """The BREACH rule (see the module's description): the session cookie came with the request, or the response
    used a CSRF token. django.middleware.csrf marks a request whose token was read or made with
    META["CSRF_COOKIE_NEEDS_UPDATE"]; CsrfViewMiddleware turns it to False once it has set the cookie, before we
    see the response, so it is the key's presence that tells."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES or "CSRF_COOKIE_NEEDS_UPDATE" in request.META


def compressible(request: HttpRequest, response: HttpResponseBase) -> bool:
    """A text response worth compressing, not compressed yet, that holds no secret.

    Streamed responses are the photos (never text) and nothing else here; whitenoise answers for static files
    before this middleware is reached."""
    if response.streaming or response.has_header("Content-Encoding"):
        return False
    if len(response.content) < MIN_SIZE or not _TEXT.match(response.get("Content-Type", "")):
        return False
    return not may_hold_a_secret(request)


def _weak_etag(response: HttpResponseBase) -> None:
    # A strong ETag names one exact byte sequence (RFC 9110 §8.8.1): the compressed body's is weak, and still
    # matches If-None-Match, which compares weakly (ConditionalGetMiddleware, the API's own check).
    etag = response.get("ETag")
    if etag and etag.startswith('"'):
        response.headers["ETag"] = "W/" + etag


class BrotliMiddleware(MiddlewareMixin):
    """Brotli for text responses to clients that prefer it. Sits inside TextGZipMiddleware in MIDDLEWARE, so its
    answer comes first; gzip then leaves an encoded response alone."""

    def process_response(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        if not compressible(request, response):
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        if preferred_encoding(request.META.get("HTTP_ACCEPT_ENCODING", "")) != "br":
            return response
        compressed = brotli.compress(response.content, mode=brotli.MODE_TEXT, quality=BROTLI_QUALITY)
        if len(compressed) >= len(response.content):
            return response
        response.content = compressed
        response.headers["Content-Length"] = str(len(compressed))
        response.headers["Content-Encoding"] = "br"
        _weak_etag(response)
        return response


class TextGZipMiddleware(GZipMiddleware):
    """Django's gzip (with its "Heal the BREACH" random padding), for text responses only and only when the client
    accepts gzip: Django's own would compress photos too, and reads `gzip;q=0` as a yes."""

    def process_response(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        if not compressible(request, response):
            return response
        if preferred_encoding(request.META.get("HTTP_ACCEPT_ENCODING", "")) != "gzip":
            patch_vary_headers(response, ("Accept-Encoding",))
            return response
        return super().process_response(request, response)

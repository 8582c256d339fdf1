"""DRF's rate throttles, counting clients by newsroom.client_ip, in one Redis call a request.

DRF's own `get_ident` believes `X-Forwarded-For` whenever NUM_PROXIES is unset: a client that sends a new value on
every request is a new client every time, and is never throttled. These ask the same function as the admin's lockout,
which trusts exactly TASALSUL_TRUSTED_PROXIES proxies.

DRF keeps each client's recent requests as a pickled list in the cache: read, unpickled, trimmed, pickled and written
back on every request, two round trips and work that grows with the rate. With Redis as the cache
(newsroom/tolerant_cache.py) the same sliding log is a sorted set counted by one script, in one round trip; and a
cached API answer is counted in the very call that reads it (newsroom/response_cache.py), which then tells the view
not to count it again. Other caches (locmem in development and tests) keep DRF's own way.
"""

from __future__ import annotations

from typing import Any

from rest_framework import throttling

from newsroom.client_ip import client_ip

# The scopes already counted for this request before it reached the view (set by the response cache's hit path).
COUNTED_SCOPES = "tasalsul_counted_scopes"


class ClientIPMixin:
    def get_ident(self, request: Any) -> str:
        return client_ip(request)


class CountedInRedisMixin:
    """The sliding log counted in Redis when the cache can (`count_request`), else DRF's list."""

    scope: str | None
    rate: str | None
    num_requests: int
    duration: int
    cache: Any

    def allow_request(self, request: Any, view: Any) -> bool:
        if self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)  # type: ignore[attr-defined]
        if self.key is None:
            return True
        if self.scope in getattr(request, COUNTED_SCOPES, ()):
            return True
        count = getattr(self.cache, "count_request", None)
        if count is None:
            return super().allow_request(request, view)  # type: ignore[misc]
        allowed, self.held, self.oldest_age = count(self.key, limit=self.num_requests, window=self.duration)
        return allowed

    def wait(self) -> float | None:
        if not hasattr(self, "held"):
            return super().wait()  # type: ignore[misc]
        # DRF's estimate from the same two figures: the time left for the oldest, shared by the requests still due.
        remaining = max(self.duration - self.oldest_age, 0.0)
        available = self.num_requests - self.held + 1
        return None if available <= 0 else remaining / available


class AnonRateThrottle(ClientIPMixin, CountedInRedisMixin, throttling.AnonRateThrottle):
    """Anonymous readers, API_ANON_RATE per client address."""


class UserRateThrottle(ClientIPMixin, CountedInRedisMixin, throttling.UserRateThrottle):
    """Signed-in users by account (API_USER_RATE). Anonymous clients are AnonRateThrottle's, at its stricter rate:
    counting them here as well would only cost a second round trip per request."""

    def get_cache_key(self, request: Any, view: Any) -> str | None:
        # Only the "user" scope: a stricter subclass (the write limit) counts everyone.
        if self.scope == "user" and not (request.user and request.user.is_authenticated):
            return None
        return super().get_cache_key(request, view)

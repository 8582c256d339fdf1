"""DRF's rate throttles, counting clients by newsroom.client_ip.

DRF's own `get_ident` believes `X-Forwarded-For` whenever NUM_PROXIES is unset: a client that sends a new value on
every request is a new client every time, and is never throttled. These ask the same function as the admin's lockout,
which trusts exactly TASALSUL_TRUSTED_PROXIES proxies.
"""

from __future__ import annotations

from typing import Any

from rest_framework import throttling

from newsroom.client_ip import client_ip


class ClientIPMixin:
    def get_ident(self, request: Any) -> str:
        return client_ip(request)


class AnonRateThrottle(ClientIPMixin, throttling.AnonRateThrottle):
    """Anonymous readers, API_ANON_RATE per client address."""


class UserRateThrottle(ClientIPMixin, throttling.UserRateThrottle):
    """Signed-in users by account (API_USER_RATE); anyone else by client address."""

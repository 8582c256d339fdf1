"""Who is asking: the client's address, trusting exactly as many proxies as the deployment says it has.

Behind proxies, REMOTE_ADDR is the nearest proxy's address, and each proxy appends the address it was called from to
`X-Forwarded-For`. Only what our own proxies appended can be believed: anything to the left of it was written by the
client, who can write anything (a new address on every request, to escape a rate limit; a victim's, to lock them
out). So with `TASALSUL_TRUSTED_PROXIES = n`, the client is the address n places from the right of
`X-Forwarded-For, REMOTE_ADDR`; with 0 (the default, no proxy) it is REMOTE_ADDR and the header is ignored.

The API's throttles (timeline.api.throttles) and the admin's lockout (django-axes, AXES_CLIENT_IP_CALLABLE) both ask
this one function, so a limit and a lockout always count the same client.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest

# What a request without any (readable) address is counted as.
UNKNOWN = "0.0.0.0"


def _address(value: str) -> str | None:
    """`value` as a normalised IP address, or None. Accepts what proxies write: `1.2.3.4`, `1.2.3.4:5678`, `::1`,
    `[::1]:5678`."""
    value = value.strip().strip('"')
    if value.startswith("["):  # [IPv6]:port
        value = value[1:].split("]", 1)[0]
    elif value.count(":") == 1:  # IPv4:port
        value = value.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def trusted_proxies() -> int:
    count = getattr(settings, "TASALSUL_TRUSTED_PROXIES", 0)
    return max(0, int(count))


def client_ip(request: HttpRequest) -> str:
    """The address of the client that sent `request` (see the module's docstring)."""
    remote = _address(request.META.get("REMOTE_ADDR", "")) or UNKNOWN
    proxies = trusted_proxies()
    if not proxies:
        return remote
    forwarded = [part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    chain = [*forwarded, remote]
    # The rightmost `proxies` entries are our proxies (REMOTE_ADDR the nearest); the one before them is the client.
    # A shorter chain than configured means the request skipped a proxy: its leftmost entry is then the best guess.
    candidate = chain[-(proxies + 1)] if len(chain) > proxies else chain[0]
    return _address(candidate) or remote

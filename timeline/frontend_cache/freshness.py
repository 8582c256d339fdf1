"""Values kept in the cache until a purge: the one rule for whether something kept is still current.

A purge records, per surrogate key, when it happened (backends.AppCacheBackend: microseconds, as an integer). A
value made from `started` on, labelled with keys, is current while none of them was purged at or after `started`,
less the doubt allowed for the clocks of app servers and a replica's lag (TASALSUL_PURGE_CLOCK_SKEW). The whole
responses of newsroom/response_cache.py and a timeline's facts (timeline/aggregates.py) are kept this way.

With Redis (newsroom/tolerant_cache.py) the check runs in Redis, in the same round trip as the read; with another
cache the value is kept with its keys and start, and checked after the read.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.cache import cache

from timeline.frontend_cache.backends import PURGED_AT_PREFIX


def limit(started: float) -> int:
    """The purge stamp (microseconds) from which a value made from `started` on may be stale: its start, less the
    doubt allowed for clocks and a replica's lag."""
    return int((started - getattr(settings, "TASALSUL_PURGE_CLOCK_SKEW", 0.0)) * 1_000_000)


def stamps(keys: Iterable[str]) -> list[str]:
    """The cache keys of the keys' purge stamps."""
    return [PURGED_AT_PREFIX + key for key in keys]


def purged_since(keys: Iterable[str], started: float) -> bool:
    """Whether any of `keys` was purged at or after `started` (less the clock skew allowed)."""
    names = stamps(keys)
    if not names:
        return False
    since = limit(started)
    return any(stamp >= since for stamp in cache.get_many(names).values())


def checked_in_the_cache() -> bool:
    """Whether the cache checks freshness itself, in the read's round trip (Redis)."""
    return hasattr(cache, "get_unless_purged")


def read(key: str) -> Any | None:
    """What keep() kept under `key`, or None if missing or if one of its keys was purged since it began to be made."""
    if checked_in_the_cache():
        return cache.get_unless_purged(key)
    return unwrap(cache.get(key))


def unwrap(entry: Any) -> Any | None:
    """The value of an entry kept by keep() in a cache that does not check freshness itself, if still current."""
    if not isinstance(entry, _Kept):
        return None
    if entry.stamps and any(stamp >= entry.since for stamp in cache.get_many(entry.stamps).values()):
        return None
    return entry.value


def keep(key: str, value: Any, seconds: int, *, keys: Iterable[str], started: float) -> None:
    """Keep `value` under `key` for `seconds` (0 or less: keep nothing, as Django's caches read a timeout of 0), or
    until one of `keys` is purged after `started`."""
    if seconds <= 0:
        return
    names, since = stamps(keys), limit(started)
    if checked_in_the_cache():
        cache.set_unless_purged(key, value, seconds, stamps=names, since=since)
    else:
        cache.set(key, _Kept(value, names, since), seconds)


class _Kept:
    """A value with what decides whether it is current (for caches that do not check it themselves)."""

    __slots__ = ("since", "stamps", "value")

    def __init__(self, value: Any, stamps: list[str], since: int) -> None:
        self.value, self.stamps, self.since = value, stamps, since

    def __getstate__(self) -> tuple:
        return (self.value, self.stamps, self.since)

    def __setstate__(self, state: tuple) -> None:
        self.value, self.stamps, self.since = state

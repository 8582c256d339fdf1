"""Who has a bulletin's form open: "being edited by Salma since 10:42". Kept in the cache, which every app server
shares once it is Redis; an entry lapses after a quarter of an hour without a visit."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.cache import cache
from django.utils import timezone

LAPSE = datetime.timedelta(minutes=15)


def _key(event: Any) -> str:
    return f"editing:event:{event.pk}"


def _current(event: Any) -> dict[str, dict[str, Any]]:
    now = timezone.now()
    entries = cache.get(_key(event), {})
    return {user: entry for user, entry in entries.items() if now - entry["seen"] < LAPSE}


def arrive(event: Any, user: Any) -> None:
    entries = _current(event)
    now = timezone.now()
    previous = entries.get(str(user.pk))
    entries[str(user.pk)] = {
        "name": user.get_full_name() or user.get_username(),
        "since": previous["since"] if previous else now,
        "seen": now,
    }
    cache.set(_key(event), entries, int(LAPSE.total_seconds()))


def leave(event: Any, user: Any) -> None:
    entries = _current(event)
    entries.pop(str(user.pk), None)
    cache.set(_key(event), entries, int(LAPSE.total_seconds()))


def others(event: Any, user: Any) -> list[dict[str, Any]]:
    """The other people with the form open, longest first."""
    return sorted((entry for key, entry in _current(event).items() if key != str(user.pk)), key=lambda e: e["since"])

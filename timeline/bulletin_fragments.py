"""Rendered bulletins kept in the cache, so that after one edit a timeline page (or an API page) renders one
bulletin again, not fifty: as HTML for the pages, as their API representation for the API.

A fragment is filed under everything its HTML depends on: the bulletin's version (every edit, statement change,
correction, publication, retraction or renumbering increments it), its number, status and timeline address, the
interface language, and when any person or source was last changed (a rename shows in every bulletin quoting them).
A changed input gives a new key, so a fragment is never stale and nothing has to be deleted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

from django.conf import settings
from django.core.cache import cache
from django.db.models import prefetch_related_objects
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from timeline.models import Event, Person, Place, Source, Topic, bulletin_prefetches, latest_change

TEMPLATE = "timeline/includes/event.html"
FRAGMENT_SECONDS = 24 * 3600


def names_changed_at() -> str:
    """When a person, a source, a topic or a place was last changed: their names appear in bulletins."""
    latest = latest_change(Person, Source, Topic, Place)
    return latest.isoformat() if latest else "-"


def _key(event: Event, names_version: str, variant: str) -> str:
    parts = [
        str(event.pk),
        str(event.version),
        str(event.number),
        event.status,
        event.timeline.slug,
        event.timeline.language,
        str(settings.TASALSUL_ARABIC_INDIC_DIGITS),
        names_version,
        variant,
    ]
    return "bulletin:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _cached[T](events: Sequence[Event], render: Callable[[Event], T], variant: str, prefetch: list) -> list[T]:
    """`render(event)` for each bulletin, from the cache where current; the misses get their related rows fetched
    (`prefetch`, only for them) and are rendered and stored."""
    if not events:
        return []
    names_version = names_changed_at()
    keys = [_key(event, names_version, variant) for event in events]
    found = cache.get_many(keys)
    missing = [event for event, key in zip(events, keys, strict=True) if key not in found]
    if missing:
        prefetch_related_objects(missing, *prefetch)
        fresh = {key: render(event) for event, key in zip(events, keys, strict=True) if key not in found}
        cache.set_many(fresh, FRAGMENT_SECONDS)
        found.update(fresh)
    return [found[key] for key in keys]


def rendered_bulletins(events: Sequence[Event]) -> list[SafeString]:
    """The HTML of each bulletin (timeline/includes/event.html), in order.

    `events` need only their own row and their timeline's (select_related): statements, speakers and corrections
    are fetched for the bulletins that have to be rendered, and only for those."""
    language = get_language() or settings.LANGUAGE_CODE
    html = _cached(
        events, lambda event: render_to_string(TEMPLATE, {"event": event}), f"html:{language}", bulletin_prefetches()
    )
    # Fragments are our own template's output, escaped when rendered.
    return [mark_safe(fragment) for fragment in html]


def serialized_bulletins[T](events: Sequence[Event], serialize: Callable[[Event], T], *, site: str) -> list[T]:
    """The API representation of each bulletin, in order, for anonymous readers (it holds absolute addresses, hence
    `site`, the scheme and host they were built with)."""
    return _cached(events, serialize, f"json:{site}", [*bulletin_prefetches(), "persons", "sources"])

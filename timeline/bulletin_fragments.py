"""Rendered bulletins kept in the cache, so that after one edit a timeline page re-renders one bulletin, not fifty.

A fragment is filed under everything its HTML depends on: the bulletin's version (every edit, statement change,
correction, publication, retraction or renumbering increments it), its number, status and timeline address, the
interface language, and when any person or source was last changed (a rename shows in every bulletin quoting them).
A changed input gives a new key, so a fragment is never stale and nothing has to be deleted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.db.models import prefetch_related_objects
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from timeline.models import Event, Person, Source, bulletin_prefetches

TEMPLATE = "timeline/includes/event.html"
FRAGMENT_SECONDS = 24 * 3600


def names_changed_at() -> str:
    """When a person or a source was last changed: their names, roles and addresses appear in bulletins."""
    stamps = [
        Person.objects.aggregate(at=models.Max("updated_at"))["at"],
        Source.objects.aggregate(at=models.Max("updated_at"))["at"],
    ]
    latest = max((stamp for stamp in stamps if stamp is not None), default=None)
    return latest.isoformat() if latest else "-"


def _key(event: Event, names_version: str, language: str) -> str:
    parts = [
        str(event.pk),
        str(event.version),
        str(event.number),
        event.status,
        event.timeline.slug,
        event.timeline.language,
        language,
        str(settings.TASALSUL_ARABIC_INDIC_DIGITS),
        names_version,
    ]
    return "bulletin:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def rendered_bulletins(events: Sequence[Event]) -> list[SafeString]:
    """The HTML of each bulletin, in order: from the cache where it is current, rendered (and stored) where not.

    `events` need only their own row and their timeline's (select_related): statements, speakers and corrections
    are fetched for the bulletins that have to be rendered, and only for those."""
    if not events:
        return []
    names_version, language = names_changed_at(), get_language() or settings.LANGUAGE_CODE
    keys = [_key(event, names_version, language) for event in events]
    found = cache.get_many(keys)
    missing = [event for event, key in zip(events, keys, strict=True) if key not in found]
    if missing:
        prefetch_related_objects(missing, *bulletin_prefetches())
        fresh = {
            key: render_to_string(TEMPLATE, {"event": event})
            for event, key in zip(events, keys, strict=True)
            if key not in found
        }
        cache.set_many(fresh, FRAGMENT_SECONDS)
        found.update(fresh)
    # Fragments are our own template's output, escaped when rendered.
    return [mark_safe(found[key]) for key in keys]

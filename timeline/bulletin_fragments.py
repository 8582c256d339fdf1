"""Bulletins rendered when they are written, so that a cold timeline page (or API page) is a few queries and a
concatenation, not fifty passes through the template engine.

Each public bulletin's reader HTML (per interface language, with timeline/includes/event.html) and its API JSON
(per site: it holds absolute addresses) is stored in renderings.RenderedBulletin, with a fingerprint of what it
was made from: the bulletin's version (every edit, statement change, correction, publication, retraction or
renumbering increments it), number, status, timeline address and language, the digits setting and the code that
renders it (the include templates' and the serializer's source). A stored rendering whose fingerprint does not
match is rendered again, inline, and stored.

What a bulletin shows but its version does not follow (a person's name, a role, a source, a topic, a place, the
timeline) deletes the renderings of the bulletins showing it in the same transaction as the change
(timeline/frontend_cache/invalidation.py), and a task (timeline.tasks.render_bulletins) renders them again after
commit: no reader ever gets the old name.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import prefetch_related_objects
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from renderings.models import RenderedBulletin
from timeline.models import Event, bulletin_prefetches

TEMPLATE = "timeline/includes/event.html"
STORED_STATUSES = (Event.Status.PUBLISHED, Event.Status.RETRACTED)
logger = logging.getLogger("newsroom.renderings")


@cache
def code_version(*paths: str) -> str:
    """A hash of the files a rendering is made by: a deploy that changes them makes every rendering stale."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        for file in sorted(Path(path).rglob("*")) if Path(path).is_dir() else [Path(path)]:
            if file.is_file():
                digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def _templates_version() -> str:
    """The include templates, and what they call on: the template tags and filters, the interface's translations
    (a rendering holds its strings) and the time zone its times are written in."""
    folders = [str(Path(folder) / "timeline" / "includes") for folder in settings.TEMPLATES[0]["DIRS"]]
    tags = str(Path(__file__).resolve().parent / "templatetags")
    catalogues = [str(path) for path in settings.LOCALE_PATHS]
    return code_version(*folders, tags, *catalogues) + settings.TIME_ZONE


def _fingerprint(event: Event, variant: str, code: str) -> str:
    parts = [
        str(event.version),
        str(event.number),
        event.status,
        event.timeline.slug,
        event.timeline.language,
        str(settings.TASALSUL_ARABIC_INDIC_DIGITS),
        variant,
        code,
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def stored[T](
    events: Sequence[Event],
    variant: str,
    code: str,
    render: Callable[[Event], T],
    encode: Callable[[T], str],
    decode: Callable[[str], T],
    prefetch: list,
) -> list[T]:
    """`render(event)` for each bulletin, from the stored renderings where current; the others get their related
    rows fetched (`prefetch`, only for them), are rendered, and (the public ones) stored."""
    if not events:
        return []
    fingerprints = {event.pk: _fingerprint(event, variant, code) for event in events}
    rows = RenderedBulletin.objects.filter(event_id__in=fingerprints, variant=variant).values_list(
        "event_id", "fingerprint", "content"
    )
    found: dict[int, T] = {pk: decode(content) for pk, print_, content in rows if fingerprints.get(pk) == print_}
    missing = [event for event in events if event.pk not in found]
    if missing:
        prefetch_related_objects(missing, *prefetch)
        fresh = {event.pk: render(event) for event in missing}
        found.update(fresh)
        _store(
            [
                RenderedBulletin(
                    event_id=event.pk,
                    variant=variant,
                    fingerprint=fingerprints[event.pk],
                    content=encode(fresh[event.pk]),
                )
                for event in missing
                if event.status in STORED_STATUSES
            ]
        )
    return [found[event.pk] for event in events]


def _store(rows: list[RenderedBulletin]) -> None:
    if not rows:
        return
    try:
        with transaction.atomic():
            RenderedBulletin.objects.bulk_create(
                rows,
                update_conflicts=True,
                unique_fields=["event", "variant"],
                update_fields=["fingerprint", "content", "rendered_at"],
            )
    except DatabaseError:
        # A read-only moment (a replica promoted, a full disk): the reader still gets the page, rendered.
        logger.warning("could not store %d renderings", len(rows), exc_info=True)


def _html(event: Event) -> str:
    return render_to_string(TEMPLATE, {"event": event})


def rendered_bulletins(events: Sequence[Event]) -> list[SafeString]:
    """The HTML of each bulletin (timeline/includes/event.html), in order.

    `events` need only their own row and their timeline's (select_related): statements, speakers and corrections
    are fetched for the bulletins that have to be rendered, and only for those."""
    language = get_language() or settings.LANGUAGE_CODE
    html = stored(events, f"html:{language}", _templates_version(), _html, str, str, bulletin_prefetches())
    # Our own template's output, escaped when rendered.
    return [mark_safe(fragment) for fragment in html]


def serialized_bulletins[T](events: Sequence[Event], serialize: Callable[[Event], T], *, site: str) -> list[T]:
    """The API representation of each bulletin, in order, for anonymous readers (it holds absolute addresses, hence
    `site`, the scheme and host they were built with)."""
    code = code_version(inspect.getsourcefile(serialize) or "")
    return stored(
        events,
        f"json:{site}",
        code,
        serialize,
        lambda data: json.dumps(data, ensure_ascii=False, default=str),
        json.loads,
        [*bulletin_prefetches(), "persons", "sources"],
    )


def forget_renderings(event_pks: Iterable[int]) -> None:
    """Drop these bulletins' stored renderings (in the caller's transaction)."""
    RenderedBulletin.objects.filter(event_id__in=set(event_pks)).delete()


def render_now(event_pks: Iterable[int]) -> int:
    """Render and store these bulletins (the public ones) in every interface language, and as API JSON for the
    canonical site when one is configured (TASALSUL_CANONICAL_URL); returns how many bulletins."""
    events = list(Event.objects.filter(pk__in=set(event_pks), status__in=STORED_STATUSES).select_related("timeline"))
    if not events:
        return 0
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            rendered_bulletins(events)
    site = getattr(settings, "TASALSUL_CANONICAL_URL", "")
    if site:
        from django.test import RequestFactory

        from timeline.serializers import EventSerializer

        parts = site.split("://", 1)
        request = RequestFactory().get("/", secure=parts[0] == "https", HTTP_HOST=parts[-1].strip("/"))
        serializer = EventSerializer(events, many=True, context={"request": request, "show_status": False})
        serializer.data  # noqa: B018 - stores them, through CachedEventListSerializer
    return len(events)

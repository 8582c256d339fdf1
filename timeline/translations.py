"""Which published page is the translation of which: timelines linked as translations of each other, and in them
the bulletins that tell the same thing, for the "Read in English" links, `hreflang`, the API and the sitemap.

A bulletin's translation in a linked timeline is the bulletin an editor linked it to, or else the bulletin with the
same number. The number stands in only when neither bulletin has an explicit link into the other's timeline, so that
links stay symmetric: with (18) explicitly linked to (17) of the English chronology, the English (18) is not
offered the Arabic (18), whose translation is elsewhere.

Only what readers may see is ever linked: public timelines (with a published bulletin) and published bulletins,
whoever asks. Everything here works in bulk, in a fixed number of queries whatever the number of bulletins.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language, get_language_info, override
from django.utils.translation import gettext_lazy as _

from timeline.models import Event, Timeline

# Each in the reader's interface language; the link's `hreflang` names the language it leads to.
READ_IN = {"en": _("Read in English"), "ar": _("Read in Arabic")}


@dataclass(frozen=True)
class TranslationLink:
    """A published timeline or bulletin in another language, at its address in that language's interface."""

    language: str
    target: Timeline | Event
    url: str

    @property
    def label(self) -> str:
        return str(READ_IN.get(self.language) or get_language_info(self.language)["name_local"])

    @property
    def label_language(self) -> str:
        """The language the label is written in (the interface's), for the link's `lang`."""
        return get_language() or settings.LANGUAGE_CODE


@dataclass(frozen=True)
class Alternate:
    """One `<link rel="alternate" hreflang>` of a page: `url` is a path on this site. Shaped like the language
    switch's links (code, url), so that base.html renders either."""

    code: str
    url: str


def link_to(target: Timeline | Event, language: str) -> TranslationLink:
    """`target` (written in `language`) at its address in that language's interface: /en/timelines/... for English."""
    with override(language):
        return TranslationLink(language=language, target=target, url=target.get_absolute_url())


# --- Timelines -------------------------------------------------------------------------------------------------


def _partners(timeline_ids: Iterable[int]) -> dict[int, list[Timeline]]:
    """The public translations of each timeline, by language: one query."""
    ids = set(timeline_ids)
    if not ids:
        return {}
    through = Timeline.translations.through
    rows = (
        through.objects.filter(from_timeline_id__in=ids, to_timeline__in=Timeline.objects.public())
        .select_related("to_timeline")
        .order_by("to_timeline__language", "to_timeline_id")
    )
    partners: dict[int, list[Timeline]] = defaultdict(list)
    for row in rows:
        partners[row.from_timeline_id].append(row.to_timeline)
    return partners


def for_timelines(timelines: Sequence[Timeline]) -> dict[int, list[TranslationLink]]:
    """Each timeline's translations readers may open, by the timeline's id, in one query."""
    partners = _partners(timeline.pk for timeline in timelines)
    return {
        timeline.pk: [link_to(partner, partner.language) for partner in partners.get(timeline.pk, [])]
        for timeline in timelines
    }


def timeline_links(timeline: Timeline) -> list[TranslationLink]:
    return for_timelines([timeline])[timeline.pk]


# --- Bulletins -------------------------------------------------------------------------------------------------


def for_events(events: Sequence[Event]) -> dict[int, list[TranslationLink]]:
    """Each bulletin's published translations, by the bulletin's id: at most four queries whatever their number
    (one when none of their timelines has a translation)."""
    result: dict[int, list[TranslationLink]] = {event.pk: [] for event in events}
    partners = _partners(event.timeline_id for event in events)
    events = [event for event in events if partners.get(event.timeline_id)]
    if not events:
        return result
    partner_ids = {partner.pk for linked in partners.values() for partner in linked}
    through = Event.translations.through

    # Explicit links of these bulletins into their timelines' translations, whatever the target's status: a link to a
    # draft shows nothing yet, and still stops the same number from standing in for it.
    explicit: dict[tuple[int, int], Event] = {}
    rows = through.objects.filter(
        from_event_id__in=[event.pk for event in events], to_event__timeline_id__in=partner_ids
    ).select_related("to_event")
    for row in rows.order_by("to_event__number"):
        explicit.setdefault((row.from_event_id, row.to_event.timeline_id), row.to_event)

    # The bulletins with the same numbers, where no explicit link says otherwise.
    wanted: dict[int, set[int]] = defaultdict(set)
    for event in events:
        for partner in partners[event.timeline_id]:
            if (event.pk, partner.pk) not in explicit:
                wanted[partner.pk].add(event.number)
    same_number: dict[tuple[int, int], Event] = {}
    linked_elsewhere: set[tuple[int, int]] = set()
    if wanted:
        condition = Q()
        for timeline_id, numbers in wanted.items():
            condition |= Q(timeline_id=timeline_id, number__in=numbers)
        for candidate in Event.objects.published().filter(condition):
            same_number[(candidate.timeline_id, candidate.number)] = candidate
        if same_number:
            # A candidate explicitly linked into our timeline is someone else's translation.
            linked_elsewhere = set(
                through.objects.filter(
                    from_event_id__in=[candidate.pk for candidate in same_number.values()]
                ).values_list("from_event_id", "to_event__timeline_id")
            )

    for event in events:
        for partner in partners[event.timeline_id]:
            target = explicit.get((event.pk, partner.pk))
            if target is None:
                target = same_number.get((partner.pk, event.number))
                if target is not None and (target.pk, event.timeline_id) in linked_elsewhere:
                    target = None
            elif target.status != Event.Status.PUBLISHED:
                target = None
            if target is not None:
                target.timeline = partner
                result[event.pk].append(link_to(target, partner.language))
    return result


def event_links(event: Event) -> list[TranslationLink]:
    return for_events([event])[event.pk]


# --- hreflang --------------------------------------------------------------------------------------------------


def page_alternates(target: Timeline | Event, links: Sequence[TranslationLink]) -> list[Alternate]:
    """The `hreflang` alternates of a timeline's or bulletin's page, and of its entry in the sitemap: the page in its
    own language's interface and each of its translations, one per language. Only real translations: without one
    there are none, since the other interface's copy of a page is the same text (its canonical address points
    here), not a translation."""
    if not links:
        return []
    own = link_to(target, target.language if isinstance(target, Timeline) else target.timeline.language)
    alternates = {own.language: Alternate(own.language, own.url)}
    for link in links:
        alternates.setdefault(link.language, Alternate(link.language, link.url))
    return list(alternates.values())

"""What the editors' desk (the admin's home page) shows: reads only, each a QuerySet, so that the page, its counts
endpoint and the tests ask the same questions.

A bulletin is *scheduled* when it is still a draft or in review and has a publish time (publish_due publishes it);
it is listed as scheduled, not among the drafts or the bulletins waiting for review.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from timeline.models import Correction, Event, Timeline

LATEST = 8  # how many bulletins each list shows; the counts say how many there are in all


def working(events: QuerySet[Event] | None = None) -> QuerySet[Event]:
    """Drafts and bulletins in review: what readers cannot see yet."""
    events = Event.objects.all() if events is None else events
    return events.filter(status__in=[Event.Status.DRAFT, Event.Status.IN_REVIEW])


def scheduled() -> QuerySet[Event]:
    """Working bulletins an editor has set a publish time for, soonest first."""
    return working().filter(publish_at__isnull=False).select_related("timeline").order_by("publish_at", "pk")


def waiting_for_review() -> QuerySet[Event]:
    """Handed to the editors and not yet scheduled: the oldest request first, as a queue."""
    return Event.objects.in_review().filter(publish_at__isnull=True).select_related("timeline").order_by("updated_at")


def drafts_of(user: Any) -> QuerySet[Event]:
    """The user's own unscheduled drafts, the last touched first."""
    return (
        Event.objects.drafts()
        .filter(publish_at__isnull=True, created_by=user)
        .select_related("timeline")
        .order_by("-updated_at")
    )


def latest_published() -> QuerySet[Event]:
    """What readers saw last: published bulletins, the most recently published first."""
    return Event.objects.published().select_related("timeline").order_by("-published_at", "-pk")


def recent_corrections() -> QuerySet[Correction]:
    return Correction.objects.filter(event__status=Event.Status.PUBLISHED).select_related("event__timeline")


def live_timelines() -> QuerySet[Timeline]:
    return Timeline.objects.live().order_by("-updated_at")


@dataclass
class Desk:
    """One user's desk: each list cut to LATEST, with its full count."""

    timelines: list[Timeline]
    lists: dict[str, list[Any]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)


def desk_for(user: Any) -> Desk:
    sections: dict[str, QuerySet[Any]] = {
        "review": waiting_for_review(),
        "drafts": drafts_of(user),
        "scheduled": scheduled(),
        "published": latest_published(),
        "corrections": recent_corrections(),
    }
    desk = Desk(timelines=list(live_timelines()))
    for name, queryset in sections.items():
        desk.lists[name] = list(queryset[:LATEST])
        desk.counts[name] = queryset.count()
    return desk


def counts_for(user: Any) -> dict[str, Any]:
    """The desk's counts, for the page's polling: numbers only, and a staff-only endpoint serves them."""
    today = timezone.localdate()
    start = timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))
    return {
        "review": waiting_for_review().count(),
        "drafts": drafts_of(user).count(),
        "scheduled": scheduled().count(),
        "published": latest_published().count(),
        "published_today": latest_published().filter(published_at__gte=start).count(),
        "corrections": recent_corrections().count(),
    }

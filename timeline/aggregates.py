"""What a timeline's pages say about the whole timeline, not just the bulletins they show: how many bulletins are
published, the latest number, bulletins per day (the chart), when the story was first published and last changed
and when its events began and ended (the JSON-LD), its key bulletins and its latest photo.

Made in a few queries over the timeline's published bulletins (one grouped by day gives the counts and the dates,
one aggregate the totals and the first and last times), and kept in the cache under the timeline's list surrogate
key (`timeline-3-bulletins`): the key every publication, edit, retraction, renumbering or deletion of one of its
public bulletins purges (timeline/frontend_cache/invalidation.py), and no other timeline's change does. A kept value
is served only while that key was not purged since it began to be made (timeline/frontend_cache/freshness.py, as
whole responses are): with Redis the check runs in Redis in the same round trip as the read, elsewhere after it. So
under a live story every page, feed and API list of the timeline re-rendered after a publication shares one
computation, and none is ever told an older count. Behind the cache the same summary is kept in the database
(renderings.TimelineSummary) under the same rule, so that with a cold cache, or none, a page reads one row instead
of summing up the whole story.

Drafts and bulletins in review never count: every query starts from Event.objects.published().
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, F, Max, Min, Q, Value

from timeline.frontend_cache import freshness
from timeline.frontend_cache import keys as surrogate_keys
from timeline.models import Event, Media, Timeline

KEY_EVENTS_SHOWN = 12
# Beyond this many days with key bulletins, they are looked for without naming the days.
MOST_KEY_DAYS = 200
# Purges end a kept value; this only bounds what an idle timeline leaves in the cache.
CACHE_SECONDS = 24 * 3600
# Raised when what is kept changes shape, so that a deploy never reads an older release's value.
VERSION = 3


@dataclass(frozen=True)
class TimelineFacts:
    """A timeline's published bulletins, summed up."""

    published: int = 0
    latest_number: int | None = None
    first_published: datetime.datetime | None = None
    last_changed: datetime.datetime | None = None
    # When the story's events began and (so far) ended: (date, time or None), as the JSON-LD's coverage times.
    first_moment: tuple[datetime.date, datetime.time | None] | None = None
    last_moment: tuple[datetime.date, datetime.time | None] | None = None
    # [{"date": ..., "count": ...}] in date order, as views.chart() reads it.
    days: list[dict[str, Any]] = field(default_factory=list)
    # The latest key bulletins, newest first: [{"number": ..., "headline": ...}].
    key_events: list[dict[str, Any]] = field(default_factory=list)
    # The latest published photo's id (the page's share image), if any: none means no bulletin of the timeline
    # has a public photo, and the page looks for none.
    photo_id: int | None = None
    # The topics and places of its published bulletins (their names are read when shown: a rename does not purge
    # the timeline's list key, a link added, removed or deleted does).
    topic_ids: tuple[int, ...] = ()
    place_ids: tuple[int, ...] = ()
    # The timelines linked as its translations, public or not (a link made or undone purges both timelines' list
    # keys): none, and the page asks for no translation links.
    translation_ids: tuple[int, ...] = ()


def kept[T](name: str, timeline_id: int, make: Callable[[], T]) -> T:
    """`make()`, kept in the cache under `name` for this timeline until its list key is purged."""
    key = f"timeline-aggregate:{VERSION}:{name}:{timeline_id}"
    entry = freshness.read(key)
    if isinstance(entry, tuple) and len(entry) == 1:
        return entry[0]
    started = time.time()
    value = make()
    keys = [surrogate_keys.list_key("timeline", timeline_id)]
    # In a 1-tuple: a value that is None (no photo) is still a value kept.
    freshness.keep(key, (value,), CACHE_SECONDS, keys=keys, started=started)
    return value


def facts(timeline: Timeline) -> TimelineFacts:
    """The timeline's facts: from the cache while current, else from the database while current, else computed
    (and kept in both)."""
    return kept("facts", timeline.pk, lambda: stored(timeline))


# --- Kept in the database ----------------------------------------------------------------------------------------
# With no cache at all (or a cold one), a page of a long story would sum up all its bulletins on every request. The
# summary is kept in renderings.TimelineSummary under the same rule as the cache's: current while its timeline's
# bulletins were not purged since it began to be made. Every purge of the timeline's list key, whoever sends it,
# moves `purged_at` (forget_stored(), called by frontend_cache.backends.purge()).


def stored(timeline: Timeline) -> TimelineFacts:
    """The facts kept in the database while current; otherwise computed and kept."""
    from renderings.models import TimelineSummary

    row = (
        TimelineSummary.objects.filter(timeline_id=timeline.pk, made_from__gt=F("purged_at"), facts__isnull=False)
        .values_list("facts", flat=True)
        .first()
    )
    if row is not None:
        try:
            return _decoded(row)
        except (KeyError, TypeError, ValueError):  # an older release's shape: made again below
            pass
    started = time.time()
    value = compute(timeline)
    since = freshness.limit(started)
    encoded = _encoded(value)
    # Kept only if no purge came since it began: a purge that landed meanwhile moved purged_at past `since`.
    updated = TimelineSummary.objects.filter(timeline_id=timeline.pk, purged_at__lt=since).update(
        facts=encoded, made_from=since
    )
    if not updated and not TimelineSummary.objects.filter(timeline_id=timeline.pk).exists():
        # (A purge between these two statements upserts the row first: this one then yields to it.)
        TimelineSummary.objects.bulk_create(
            [TimelineSummary(timeline_id=timeline.pk, purged_at=0, made_from=since, facts=encoded)],
            ignore_conflicts=True,
        )
    return value


def forget_stored(timeline_ids: Iterable[int]) -> None:
    """These timelines' bulletins changed: a summary kept in the database from before now is stale. The row is made
    if missing, so that a summary being made meanwhile cannot be kept as current."""
    from renderings.models import TimelineSummary
    from timeline.models import Timeline

    # Only timelines that exist: purges recorded in a transaction that then rolled back (a failed import of a new
    # timeline) stay recorded in this thread until its next flush, and a row for a timeline that never was would
    # break the foreign key, and with it that flush.
    ids = sorted(Timeline.objects.filter(pk__in=set(timeline_ids)).values_list("pk", flat=True))
    if not ids:
        return
    now = time.time_ns() // 1000
    TimelineSummary.objects.bulk_create(
        [TimelineSummary(timeline_id=pk, purged_at=now) for pk in ids],
        update_conflicts=True,
        unique_fields=["timeline"],
        update_fields=["purged_at"],
    )


def _encoded(value: TimelineFacts) -> dict[str, Any]:
    def moment(found: tuple[datetime.date, datetime.time | None] | None) -> list | None:
        if found is None:
            return None
        return [found[0].isoformat(), found[1].isoformat() if found[1] is not None else None]

    return {
        "v": VERSION,
        "published": value.published,
        "latest_number": value.latest_number,
        "first_published": value.first_published.isoformat() if value.first_published else None,
        "last_changed": value.last_changed.isoformat() if value.last_changed else None,
        "first_moment": moment(value.first_moment),
        "last_moment": moment(value.last_moment),
        "days": [[row["date"].isoformat(), row["count"]] for row in value.days],
        "key_events": value.key_events,
        "photo_id": value.photo_id,
        "topic_ids": list(value.topic_ids),
        "place_ids": list(value.place_ids),
        "translation_ids": list(value.translation_ids),
    }


def _decoded(data: dict[str, Any]) -> TimelineFacts:
    if data["v"] != VERSION:
        raise ValueError(data["v"])

    def moment(found: list | None) -> tuple[datetime.date, datetime.time | None] | None:
        if found is None:
            return None
        return (datetime.date.fromisoformat(found[0]), datetime.time.fromisoformat(found[1]) if found[1] else None)

    def when(text: str | None) -> datetime.datetime | None:
        return datetime.datetime.fromisoformat(text) if text else None

    date = datetime.date.fromisoformat
    return TimelineFacts(
        published=data["published"],
        latest_number=data["latest_number"],
        first_published=when(data["first_published"]),
        last_changed=when(data["last_changed"]),
        first_moment=moment(data["first_moment"]),
        last_moment=moment(data["last_moment"]),
        days=[{"date": date(day), "count": count} for day, count in data["days"]],
        key_events=data["key_events"],
        photo_id=data["photo_id"],
        topic_ids=tuple(data["topic_ids"]),
        place_ids=tuple(data["place_ids"]),
        translation_ids=tuple(data["translation_ids"]),
    )


def compute(timeline: Timeline) -> TimelineFacts:
    """A few queries, whatever the timeline's length: its bulletins grouped by day, its latest key bulletins (if
    it has any), its latest photo, its topics, places and translations."""
    published = Event.objects.published().filter(timeline_id=timeline.pk)
    # Per day, only what the chart and the key bulletins need, as tuples: a long story has thousands of days, and
    # each further column (times, moments) costs Python time per day; the rest is summed over the timeline by the
    # database. All of it reads the covering index event_published_day_facts alone on PostgreSQL.
    rows = list(
        published.order_by()
        .values_list("date")
        .annotate(count=Count("pk"), keys=Count("pk", filter=Q(is_key=True)))
        .order_by("date")
    )
    # A published bulletin always has a date (a constraint), so no row is left out of the days.
    rows = [row for row in rows if row[0] is not None]
    if not rows:
        return TimelineFacts()
    # The totals, and the times of the first and last days, in one pass over the index. The story began at the
    # first day's earliest time, or at an unknown time if a bulletin of that day has none; it has run (so far)
    # until the last day's latest time (unknown only if no bulletin of that day has one).
    first_day, last_day = rows[0][0], rows[-1][0]
    totals = published.aggregate(
        first_published=Min("published_at"),
        last_changed=Max("updated_at"),
        latest_number=Max("number"),
        first_time=Min("time", filter=Q(date=first_day)),
        first_untimed=Count("pk", filter=Q(date=first_day, time=None)),
        last_time=Max("time", filter=Q(date=last_day)),
    )
    first = (first_day, None if totals["first_untimed"] else totals["first_time"])
    last = (last_day, totals["last_time"])
    # Key bulletins are few: looked for only on the days that have one (through the timeline's date index), and
    # not at all when none has, rather than among all the timeline's bulletins.
    key_days = [day for day, _count, keys in rows if keys]
    key_events = []
    if key_days:
        keyed = published.filter(is_key=True)
        if len(key_days) <= MOST_KEY_DAYS:
            keyed = keyed.filter(date__in=key_days)
        key_events = list(keyed.order_by("-number").values("number", "headline")[:KEY_EVENTS_SHOWN])
    photo = Media.objects.public().images().filter(event__timeline_id=timeline.pk).latest_first()
    return TimelineFacts(
        published=sum(count for _day, count, _keys in rows),
        latest_number=totals["latest_number"],
        first_published=totals["first_published"],
        last_changed=totals["last_changed"],
        first_moment=first,
        last_moment=last,
        days=[{"date": day, "count": count} for day, count, _keys in rows],
        key_events=key_events,
        photo_id=photo.values_list("pk", flat=True).first(),
        **_topics_and_places(published),
        translation_ids=tuple(
            Timeline.translations.through.objects.filter(from_timeline_id=timeline.pk)
            .order_by("to_timeline_id")
            .values_list("to_timeline_id", flat=True)
        ),
    )


def _topics_and_places(published: Any) -> dict[str, tuple[int, ...]]:
    """The ids of the topics and of the places of the published bulletins, in one query (a UNION of the two links,
    each row marked with which it is)."""
    events = published.values("pk")
    topics = (
        Event.topics.through.objects.filter(event__in=events).annotate(link=Value(0)).values_list("link", "topic_id")
    )
    places = (
        Event.places.through.objects.filter(event__in=events).annotate(link=Value(1)).values_list("link", "place_id")
    )
    linked: tuple[set[int], set[int]] = (set(), set())
    for link, pk in topics.union(places):  # UNION, not UNION ALL: each id once
        linked[link].add(pk)
    return {"topic_ids": tuple(sorted(linked[0])), "place_ids": tuple(sorted(linked[1]))}

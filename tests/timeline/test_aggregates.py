"""A timeline's aggregates (counts, chart, dates, key bulletins; timeline/aggregates.py): kept in the cache under the
timeline's list key, so purged exactly when a publication, edit, retraction or deletion in that timeline happens and
by no other timeline's; and never counting a draft."""

from __future__ import annotations

import datetime
import json
import re
import socket
import uuid

import pytest
from django.core.cache import caches
from django.test import override_settings

from tests.factories import EventFactory, TimelineFactory, UserFactory
from timeline import aggregates, services
from timeline.models import Event
from timeline.roles import NewsroomRole

pytestmark = pytest.mark.django_db


def _redis_available() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture(params=["locmem", "redis", "no cache"])
def backend(request):
    """The tests' own cache, and production's: Redis, where a kept value is checked against its purge stamp in
    Redis itself (newsroom/tolerant_cache.py); and no cache at all, where the summary kept in the database
    (renderings.TimelineSummary) is all there is, under the same rule."""
    if request.param == "locmem":
        yield
        return
    if request.param == "no cache":
        with override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}):
            yield
        return
    if not _redis_available():
        pytest.skip("needs Redis on 127.0.0.1:6379 (CI starts it)")
    prefix = f"tasalsul-test-aggregates-{uuid.uuid4().hex[:8]}"
    redis = {
        "default": {
            "BACKEND": "newsroom.tolerant_cache.OutageTolerantRedisCache",
            "LOCATION": "redis://127.0.0.1:6379/14",
            "KEY_PREFIX": prefix,
        }
    }
    with override_settings(CACHES=redis):
        assert hasattr(caches["default"], "get_unless_purged")
        yield
        # Only this test's keys: the database is shared with other tests.
        client = caches["default"]._cache.get_client(None, write=True)
        for key in client.scan_iter(f"{prefix}:*"):
            client.delete(key)


@pytest.fixture
def newsroom(backend):
    editor = UserFactory(role=NewsroomRole.CHIEF)
    aleppo = TimelineFactory(slug="aleppo", title="حصار حلب", is_live=False)
    nile = TimelineFactory(slug="nile", title="سد النهضة")
    made = {}
    for number, day, key in ((3, 4, False), (4, 6, True)):
        made[number] = services.event_create(
            timeline=aleppo,
            user=editor,
            number=number,
            headline=f"قافلة المساعدات رقم {number}",
            date=datetime.date(2016, 12, day),
            time=datetime.time(9, 30),
            is_key=key,
            status=Event.Status.PUBLISHED,
        )
    services.event_create(
        timeline=nile,
        user=editor,
        number=1,
        headline="جولة تفاوض جديدة",
        date=datetime.date(2021, 4, 5),
        status=Event.Status.PUBLISHED,
    )
    return {"editor": editor, "aleppo": aleppo, "nile": nile, "events": made}


def _fresh(timeline) -> aggregates.TimelineFacts:
    return aggregates.compute(timeline)


def _behind_the_caches_back(timeline) -> None:
    """A change no signal sees: a kept value still shows the old count, a fresh one the new."""
    Event.objects.filter(timeline=timeline, number=3).update(status=Event.Status.DRAFT)


def _publish(n):
    services.event_create(
        timeline=n["aleppo"],
        user=n["editor"],
        number=9,
        headline="إجلاء المدنيين",
        date=datetime.date(2016, 12, 15),
        status=Event.Status.PUBLISHED,
    )


def _edit(n):
    services.event_update(event=n["events"][4], user=n["editor"], date=datetime.date(2016, 12, 7))


def _retract(n):
    services.event_retract(event=n["events"][4], user=n["editor"], reason="خطأ في المصدر")


def _delete(n):
    services.event_delete(event=n["events"][4], user=n["editor"])


CHANGES = [_publish, _edit, _retract, _delete]


@pytest.mark.parametrize("change", CHANGES, ids=[change.__name__.strip("_") for change in CHANGES])
def test_a_change_in_the_timeline_purges_its_aggregates_and_not_another_timelines(newsroom, change):
    aleppo, nile = newsroom["aleppo"], newsroom["nile"]
    kept_aleppo, kept_nile = aggregates.facts(aleppo), aggregates.facts(nile)
    assert kept_aleppo.published == 2
    assert kept_nile.published == 1
    # Both kept: a change unseen by signals does not show in either.
    _behind_the_caches_back(aleppo)
    Event.objects.filter(timeline=nile).update(is_key=True)
    assert aggregates.facts(aleppo) == kept_aleppo
    assert aggregates.facts(nile) == kept_nile

    change(newsroom)

    assert aggregates.facts(aleppo) == _fresh(aleppo) != kept_aleppo
    # The other timeline's were not purged: still the kept value, not its (changed) database state.
    assert aggregates.facts(nile) == kept_nile != _fresh(nile)


def test_a_change_in_another_timeline_leaves_the_aggregates_kept(newsroom):
    kept = aggregates.facts(newsroom["aleppo"])
    _behind_the_caches_back(newsroom["aleppo"])
    services.event_create(
        timeline=newsroom["nile"],
        user=newsroom["editor"],
        number=2,
        headline="بيان وزارة الري",
        date=datetime.date(2021, 4, 6),
        status=Event.Status.PUBLISHED,
    )
    assert aggregates.facts(newsroom["aleppo"]) == kept


def test_a_value_made_while_its_timeline_was_purged_is_not_served(newsroom, monkeypatch):
    """A publication landing while the aggregates are being made: what was read before it is not kept."""
    aleppo = newsroom["aleppo"]
    compute = aggregates.compute

    def racing(timeline):
        made = compute(timeline)
        _publish(newsroom)  # purges the list key after the value was read, before it is stored
        return made

    monkeypatch.setattr(aggregates, "compute", racing)
    raced = aggregates.facts(aleppo)
    monkeypatch.setattr(aggregates, "compute", compute)
    assert raced.published == 2
    assert aggregates.facts(aleppo).published == 3


def test_drafts_and_bulletins_in_review_never_count(client, newsroom):
    aleppo, editor = newsroom["aleppo"], newsroom["editor"]
    # Later, earlier, key, timed: each would show in a count, a date or the chart if it leaked.
    for status, day, hour in ((Event.Status.DRAFT, 20, 23), (Event.Status.IN_REVIEW, 1, 6)):
        services.event_create(
            timeline=aleppo,
            user=editor,
            headline="مسودة لم تنشر",
            date=datetime.date(2016, 12, day),
            time=datetime.time(hour, 0),
            is_key=True,
            status=status,
        )
    facts = aggregates.facts(aleppo)
    assert facts.published == 2
    assert facts.latest_number == 4
    assert [day["date"] for day in facts.days] == [datetime.date(2016, 12, 4), datetime.date(2016, 12, 6)]
    assert [key["number"] for key in facts.key_events] == [4]
    assert facts.first_moment == (datetime.date(2016, 12, 4), datetime.time(9, 30))
    assert facts.last_moment == (datetime.date(2016, 12, 6), datetime.time(9, 30))
    published = Event.objects.filter(timeline=aleppo, status=Event.Status.PUBLISHED)
    assert facts.last_changed == max(event.updated_at for event in published)
    assert facts.first_published == min(event.published_at for event in published)

    page = client.get("/timelines/aleppo/").content.decode()
    assert "مسودة لم تنشر" not in page
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert data["coverageStartTime"].startswith("2016-12-04T09:30")
    assert data["coverageEndTime"].startswith("2016-12-06T09:30")
    assert data["dateModified"] == facts.last_changed.isoformat()
    # The chart: two bulletins, the first and last days the published ones'.
    assert "2 bulletins, by day" in client.get("/en/timelines/aleppo/").content.decode()


def test_the_timeline_page_reads_its_aggregates_from_the_cache(client, newsroom):
    client.get("/timelines/aleppo/")
    kept = aggregates.facts(newsroom["aleppo"])
    _behind_the_caches_back(newsroom["aleppo"])
    # Not the response cache (a new address each time): the aggregates alone were kept.
    body = client.get("/en/timelines/aleppo/?page=1").content.decode()
    assert f"{kept.published} bulletins, by day" in body


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("indic", [True, False])
def test_the_chart_s_dates_read_as_the_long_date_filter_writes_them(settings, language, indic):
    from django.utils import translation

    from timeline import views
    from timeline.templatetags.newsroom import long_date

    settings.TASALSUL_ARABIC_INDIC_DIGITS = indic
    days = [datetime.date(2016, month, day) for month in range(1, 13) for day in (1, 28)] + [datetime.date(999, 3, 9)]
    with translation.override(language):
        assert views.long_dates(days) == {day: long_date(day) for day in days}


def test_a_page_read_from_the_end_holds_the_same_bulletins_as_read_from_the_start():
    """The timeline page reads pages in the second half of a timeline from its end: the same bulletins, in number
    order, as Django's paginator gives, with numbers left out (drafts, retracted) and any count of bulletins."""
    from django.core.paginator import Paginator

    from timeline import views

    timeline = TimelineFactory(slug="gaps")
    numbers = [1, 2, 4, 5, 6, 9, 10, 11, 15]
    for number in numbers:
        Event.objects.create(
            timeline=timeline,
            number=number,
            headline=f"نشرة {number}",
            date=datetime.date(2020, 1, 1),
            status=Event.Status.PUBLISHED,
        )
    Event.objects.create(timeline=timeline, number=3, headline="مسودة", date=datetime.date(2020, 1, 1))
    events = Event.objects.published().filter(timeline=timeline).order_by("number")
    for per_page in (1, 2, 3, 4, 9, 10):
        paginator = Paginator(events.values_list("pk", flat=True), per_page)
        for number in paginator.page_range:
            page = paginator.page(number)
            assert views._page_ids(events, paginator, page) == list(page.object_list), (per_page, number)


@pytest.mark.parametrize(
    "moments",
    [
        [(4, None), (4, 8), (6, 17), (6, None)],  # began at an unknown time; ran until 17:00
        [(4, 8), (4, 7), (6, None), (6, None)],  # began at 07:00; the last day's times all unknown
        [(5, 23)],  # one bulletin
        [(5, None)],
        [(3, 9), (4, None), (9, 12), (9, 6)],  # an unknown time on a middle day counts for neither end
    ],
)
def test_the_story_begins_and_ends_where_its_bulletins_in_date_and_time_order_do(moments):
    """The JSON-LD's coverage times: the first bulletin in (date, time) order with an unknown time counted first,
    the last with an unknown time counted last (so an unknown time is the end only if its day has no other)."""
    timeline = TimelineFactory(slug="moments")
    for number, (day, hour) in enumerate(moments, start=1):
        EventFactory(
            timeline=timeline,
            number=number,
            status=Event.Status.PUBLISHED,
            date=datetime.date(2023, 4, day),
            time=None if hour is None else datetime.time(hour, 0),
        )
    EventFactory(timeline=timeline, number=99, status=Event.Status.DRAFT, date=datetime.date(2023, 4, 1))  # unseen
    told = [(datetime.date(2023, 4, day), None if hour is None else datetime.time(hour, 0)) for day, hour in moments]
    earliest = min(told, key=lambda moment: (moment[0], moment[1] is not None, moment[1] or datetime.time()))
    latest = max(told, key=lambda moment: (moment[0], moment[1] is not None, moment[1] or datetime.time()))
    facts = aggregates.compute(timeline)
    assert facts.first_moment == earliest
    assert facts.last_moment == latest


def test_a_summary_kept_in_the_database_reads_back_as_it_was_computed(monkeypatch):
    """Everything a summary holds survives the database (dates, times, an unknown time, key bulletins, topics and
    places), and a current summary is read, not computed again."""
    from timeline.models import Place, Topic

    editor = UserFactory(role=NewsroomRole.CHIEF)
    timeline = TimelineFactory(slug="khartoum")
    first = services.event_create(
        timeline=timeline,
        user=editor,
        headline="اشتباكات في الخرطوم",
        date=datetime.date(2023, 4, 15),
        status=Event.Status.PUBLISHED,
    )
    services.event_create(
        timeline=timeline,
        user=editor,
        headline="هدنة لمدة 72 ساعة",
        date=datetime.date(2023, 4, 25),
        time=datetime.time(0, 1),
        is_key=True,
        status=Event.Status.PUBLISHED,
    )
    first.topics.add(Topic.objects.create(name="وقف إطلاق النار"))
    first.places.add(Place.objects.create(name="الخرطوم"))
    computed = aggregates.compute(timeline)
    assert computed.topic_ids
    assert computed.place_ids
    assert computed.key_events
    assert computed.first_moment[1] is None

    assert aggregates.stored(timeline) == computed  # computed, and kept
    monkeypatch.setattr(aggregates, "compute", lambda timeline: pytest.fail("computed again"))
    assert aggregates.stored(timeline) == computed  # read back


def test_a_purge_of_the_timeline_makes_the_summary_kept_in_the_database_stale(newsroom):
    """Whoever purges the timeline's list key (a service, an import, an operator) makes its kept summary stale; a
    purge of another timeline's does not."""
    from timeline.frontend_cache.backends import purge
    from timeline.frontend_cache.keys import list_key

    aleppo = newsroom["aleppo"]
    kept = aggregates.stored(aleppo)
    _behind_the_caches_back(aleppo)
    purge([list_key("timeline", newsroom["nile"].pk)])
    assert aggregates.stored(aleppo) == kept
    purge([list_key("timeline", aleppo.pk)])
    assert aggregates.stored(aleppo) == _fresh(aleppo) != kept


def test_a_purge_naming_a_timeline_that_never_was_keeps_no_summary_for_it():
    """Purges recorded in a transaction that rolled back (a failed import of a new timeline) wait in the thread for its
    next flush: the stored summaries must not take a row for a timeline that does not exist (its foreign key would
    break, and the whole flush with it)."""
    from renderings.models import TimelineSummary

    timeline = TimelineFactory(slug="sudan")
    gone = TimelineFactory(slug="never-committed")
    gone_pk = gone.pk
    gone.delete()
    aggregates.forget_stored([timeline.pk, gone_pk])
    assert list(TimelineSummary.objects.values_list("timeline_id", flat=True)) == [timeline.pk]

"""The API as a consumer sees it: the contract's paths and keys, filters, pagination, conditional GETs, drafts never
shown, throttling, exports, and writes with a token under the newsroom's role rules."""

import csv
import datetime
import io
import json
from pathlib import Path

import jsonschema
import pytest
from django.core.cache import cache
from django.core.signals import got_request_exception
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import (
    AnonymousPersonFactory,
    EventFactory,
    PersonFactory,
    RoleFactory,
    SourceFactory,
    StatementFactory,
    TimelineFactory,
    UserFactory,
)
from timeline import services
from timeline.api.views import TimelineEventViewSet
from timeline.models import AuditEntry, Event, EventRedirect, Person, Statement, Timeline
from timeline.roles import NewsroomRole

pytestmark = pytest.mark.django_db
DATA = Path(__file__).resolve().parent.parent.parent / "data"
PUBLISHED, DRAFT = Event.Status.PUBLISHED, Event.Status.DRAFT

EVENT_KEYS = {
    "number",
    "date",
    "time",
    "headline",
    "body",
    "url",
    "timeline",
    "statements",
    "persons",
    "sources",
    "updated_at",
}
STATEMENT_KEYS = {"position", "kind", "text", "original_text", "original_language", "speaker", "source"}
SPEAKER_KEYS = {"name", "slug", "anonymous", "role"}


@pytest.fixture
def api() -> APIClient:
    return APIClient()


@pytest.fixture
def story():
    """A timeline with published bulletins 17 and 18, a draft 19 and an in-review 20."""
    timeline = TimelineFactory(slug="geneva", title="محادثات جنيف", language="ar")
    blinken = PersonFactory(name="أنطوني بلينكن", name_latin="Antony Blinken", slug="antony-blinken")
    minister = RoleFactory(person=blinken, title="وزير الخارجية الأمريكي")
    official = AnonymousPersonFactory(slug="senior-official")
    cnn = SourceFactory(name="CNN", slug="cnn", url="https://edition.cnn.com/", kind="broadcaster")
    seventeen = EventFactory(
        timeline=timeline,
        number=17,
        headline="منفتحون على النقاش",
        status=PUBLISHED,
        date=datetime.date(2022, 1, 8),
        body="فقرة أولى\nفقرة <b>ثانية</b>",
    )
    eighteen = EventFactory(
        timeline=timeline,
        number=18,
        headline="بلينكن لا يتوقع اختراقات",
        status=PUBLISHED,
        date=datetime.date(2022, 1, 9),
        is_key=True,
    )
    StatementFactory(event=seventeen, speaker=official, kind="paraphrase", text="الإدارة منفتحة", position=1)
    StatementFactory(
        event=eighteen,
        speaker=blinken,
        role=minister,
        source=cnn,
        kind="direct",
        position=1,
        text="من الصعب رؤية تقدم",
        original_text="It's very hard to see progress",
        original_language="en",
    )
    eighteen.persons.add(blinken)
    eighteen.sources.add(cnn)
    draft = EventFactory(
        timeline=timeline, number=19, headline="مسودة سرية", status=DRAFT, date=datetime.date(2022, 1, 10)
    )
    secret_person = PersonFactory(name="مصدر سري جدا", slug="secret-person")
    StatementFactory(event=draft, speaker=secret_person, text="كلام لم يُنشر", position=1)
    EventFactory(timeline=timeline, number=20, headline="قيد المراجعة", status=Event.Status.IN_REVIEW)
    TimelineFactory(slug="unpublished-story", title="قصة لم تُنشر بعد")
    for event in Event.objects.all():
        services.event_statements_sync(event=event)  # what the services do after every save: the search index
    return timeline


# --- contract --------------------------------------------------------------------------------------------------


def test_a_bulletin_has_the_contract_keys(api, story):
    data = api.get("/api/v1/timelines/geneva/events/18/").json()
    assert set(data) >= EVENT_KEYS
    assert "status" not in data  # only staff see it
    assert data["number"] == 18
    assert data["date"] == "2022-01-09"
    assert data["time"] is None
    assert data["url"] == "http://testserver/timelines/geneva/18/"
    assert data["timeline"] == "geneva"
    [statement] = data["statements"]
    assert set(statement) >= STATEMENT_KEYS
    assert set(statement["speaker"]) >= SPEAKER_KEYS
    assert statement["speaker"] == {
        "name": "أنطوني بلينكن",
        "slug": "antony-blinken",
        "anonymous": False,
        "role": "وزير الخارجية الأمريكي",
    }
    assert statement["source"]["slug"] == "cnn"
    assert (statement["kind"], statement["original_language"]) == ("direct", "en")
    assert data["persons"] == [{"name": "أنطوني بلينكن", "slug": "antony-blinken", "anonymous": False}]
    assert data["sources"][0]["name"] == "CNN"


def test_the_body_is_sanitised_html(api, story):
    body = api.get("/api/v1/timelines/geneva/events/17/").json()["body"]
    assert body == "<p>فقرة أولى</p><p>فقرة &lt;b&gt;ثانية&lt;/b&gt;</p>"


def test_timeline_events_are_in_number_order_and_paginated(api, story):
    data = api.get("/api/v1/timelines/geneva/events/").json()
    assert set(data) == {"count", "next", "previous", "results"}
    assert [event["number"] for event in data["results"]] == [17, 18]


def test_every_list_and_detail_path_answers(api, story):
    for path in [
        "/api/v1/timelines/",
        "/api/v1/timelines/geneva/",
        "/api/v1/events/",
        "/api/v1/statements/",
        "/api/v1/persons/",
        "/api/v1/persons/antony-blinken/",
        "/api/v1/sources/",
        "/api/v1/sources/cnn/",
        "/api/v1/timelines/geneva/timelinejs.json",
        "/api/v1/timelines/geneva/statements.csv",
        "/api/v1/timelines/geneva/events/18/ninjs/",
        "/api/v1/schema/",
        "/api/v1/docs/",
    ]:
        assert api.get(path).status_code == 200, path


def test_an_anonymous_speaker_in_statements(api, story):
    data = api.get("/api/v1/statements/", {"speaker": "senior-official"}).json()
    [statement] = data["results"]
    assert statement["speaker"]["anonymous"] is True
    assert statement["speaker"]["name"] == "مسئول كبير في الإدارة الأمريكية"
    assert (statement["timeline"], statement["number"]) == ("geneva", 17)


def test_timeline_detail(api, story):
    data = api.get("/api/v1/timelines/geneva/").json()
    assert (data["slug"], data["direction"], data["published_event_count"]) == ("geneva", "rtl", 2)
    assert data["events"] == "http://testserver/api/v1/timelines/geneva/events/"


# --- drafts never leak -----------------------------------------------------------------------------------------


def test_the_timelines_counts_are_of_published_bulletins_only(api, story):
    """Drafts and bulletins in review count for no one, staff included; a timeline with only drafts is listed for
    staff (with none published) and for no reader."""
    EventFactory(timeline=Timeline.objects.get(slug="unpublished-story"), headline="مسودة", status=DRAFT)
    counts = {row["slug"]: row["published_event_count"] for row in api.get("/api/v1/timelines/").json()["results"]}
    assert counts == {"geneva": 2}
    staff = token_client(NewsroomRole.EDITOR)
    listed = {row["slug"]: row["published_event_count"] for row in staff.get("/api/v1/timelines/").json()["results"]}
    assert listed == {"geneva": 2, "unpublished-story": 0}
    assert staff.get("/api/v1/timelines/geneva/").json()["published_event_count"] == 2


def test_drafts_and_their_people_are_absent_from_every_read_and_export(api, story):
    reads = [
        "/api/v1/timelines/",
        "/api/v1/timelines/geneva/events/",
        "/api/v1/events/",
        "/api/v1/statements/",
        "/api/v1/persons/",
        "/api/v1/sources/",
        "/api/v1/timelines/geneva/timelinejs.json",
        "/api/v1/timelines/geneva/statements.csv",
    ]
    for path in reads:
        content = api.get(path).content.decode()
        for secret in ("مسودة سرية", "قيد المراجعة", "كلام لم يُنشر", "مصدر سري جدا", "قصة لم تُنشر بعد"):
            assert secret not in content, (path, secret)
    for path in [
        "/api/v1/timelines/geneva/events/19/",
        "/api/v1/timelines/geneva/events/20/",
        "/api/v1/timelines/geneva/events/19/ninjs/",
        "/api/v1/persons/secret-person/",
        "/api/v1/timelines/unpublished-story/",
        "/api/v1/timelines/unpublished-story/events/",
        "/api/v1/timelines/unpublished-story/timelinejs.json",
    ]:
        assert api.get(path).status_code == 404, path


def test_staff_see_drafts_and_a_status(api, story):
    reporter = UserFactory(role=NewsroomRole.REPORTER)
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=reporter).key}")
    data = api.get("/api/v1/timelines/geneva/events/").json()
    assert [(event["number"], event["status"]) for event in data["results"]] == [
        (17, "published"),
        (18, "published"),
        (19, "draft"),
        (20, "review"),
    ]
    response = api.get("/api/v1/timelines/geneva/events/19/")
    assert response["Cache-Control"] == "private, no-cache"
    # Exports are for publishing elsewhere: published only, whoever asks.
    assert "مسودة سرية" not in api.get("/api/v1/timelines/geneva/timelinejs.json").content.decode()


# --- filters ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "numbers"),
    [
        ({"date_after": "2022-01-09"}, [18]),
        ({"date_before": "2022-01-08"}, [17]),
        ({"number_min": 18}, [18]),
        ({"number_max": 17}, [17]),
        ({"speaker": "antony-blinken"}, [18]),
        ({"source": "cnn"}, [18]),
        ({"kind": "paraphrase"}, [17]),
        ({"q": "اختراقات"}, [18]),
        ({"q": "بلينكن"}, [18]),
        ({"ordering": "-number"}, [18, 17]),
        ({"timeline": "geneva", "ordering": "number"}, [17, 18]),
        ({"timeline": "elsewhere"}, []),
    ],
)
def test_event_filters(api, story, params, numbers):
    data = api.get("/api/v1/events/", params).json()
    assert [event["number"] for event in data["results"]] == numbers


def test_updated_since_for_incremental_sync(api, story):
    old = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    Event.objects.update(updated_at=old)
    Event.objects.filter(number=18).update(updated_at=datetime.datetime(2023, 5, 1, tzinfo=datetime.UTC))
    data = api.get("/api/v1/timelines/geneva/events/", {"updated_since": "2023-01-01T00:00:00Z"}).json()
    assert [event["number"] for event in data["results"]] == [18]


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"date_after": "yesterday"}, "date_after"),
        ({"date_before": "2022-13-01"}, "date_before"),
        ({"number_min": "x"}, "number_min"),
        ({"number_max": "1.5"}, "number_max"),
        ({"kind": "shouted"}, "kind"),
        ({"ordering": "password"}, "ordering"),
        ({"updated_since": "last week"}, "updated_since"),
        ({"page_size": "-3"}, "page_size"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_an_invalid_value_is_a_400_naming_the_parameter(api, story, params, named):
    response = api.get("/api/v1/events/", params)
    assert response.status_code == 400
    assert named in response.json()


def test_page_size_is_capped_at_200(api):
    timeline = TimelineFactory()
    for number in range(1, 206):
        EventFactory(timeline=timeline, number=number, status=PUBLISHED)
    data = api.get("/api/v1/events/", {"page_size": 1000}).json()
    assert (data["count"], len(data["results"])) == (205, 200)
    assert "page=2" in data["next"]


def test_cursor_pages_walk_everything_once(api):
    timeline = TimelineFactory(slug="long")
    for number in range(1, 8):
        EventFactory(timeline=timeline, number=number, status=PUBLISHED)
    seen, url = [], "/api/v1/timelines/long/events/?pagination=cursor&page_size=3"
    while url:
        data = api.get(url).json()
        assert data["count"] is None
        seen += [event["number"] for event in data["results"]]
        url = data["next"]
    assert sorted(seen) == list(range(1, 8))
    assert len(seen) == 7


def test_person_and_source_lists_and_filters(api, story):
    people = api.get("/api/v1/persons/").json()["results"]
    assert {person["slug"] for person in people} == {"antony-blinken", "senior-official"}
    blinken = api.get("/api/v1/persons/antony-blinken/").json()
    assert blinken["roles"][0]["title"] == "وزير الخارجية الأمريكي"
    assert [p["slug"] for p in api.get("/api/v1/persons/", {"anonymous": "true"}).json()["results"]] == [
        "senior-official"
    ]
    assert [s["slug"] for s in api.get("/api/v1/sources/", {"kind": "broadcaster"}).json()["results"]] == ["cnn"]


# --- conditional GETs, caching, CORS, throttling ---------------------------------------------------------------


def test_etag_and_last_modified_give_304_until_something_changes(api, story):
    first = api.get("/api/v1/timelines/geneva/events/18/")
    etag, modified = first["ETag"], first["Last-Modified"]
    assert first["Cache-Control"] == "public, max-age=60"
    again = api.get("/api/v1/timelines/geneva/events/18/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["ETag"] == etag
    assert api.get("/api/v1/timelines/geneva/events/", HTTP_IF_MODIFIED_SINCE=modified).status_code == 304

    services.event_update(event=Event.objects.get(number=18), user=None, headline="عنوان مصحح")
    changed = api.get("/api/v1/timelines/geneva/events/18/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed.json()["headline"] == "عنوان مصحح"


def test_every_read_has_validators(api, story):
    for path in [
        "/api/v1/timelines/",
        "/api/v1/persons/",
        "/api/v1/timelines/geneva/statements.csv",
        "/api/v1/timelines/geneva/events/18/ninjs/",
    ]:
        response = api.get(path)
        assert response.has_header("ETag"), path
        assert response.has_header("Last-Modified"), path


def test_cors_is_open_for_reads_only(api, story):
    read = api.get("/api/v1/timelines/", HTTP_ORIGIN="https://elsewhere.example")
    assert read["Access-Control-Allow-Origin"] == "*"
    preflight = api.options(
        "/api/v1/timelines/geneva/events/",
        HTTP_ORIGIN="https://elsewhere.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    assert "POST" not in preflight.get("Access-Control-Allow-Methods", "")


def test_a_page_elsewhere_may_read_conditionally(api, story):
    preflight = api.options(
        "/api/v1/timelines/geneva/events/",
        HTTP_ORIGIN="https://elsewhere.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match, if-modified-since",
    )
    assert preflight.status_code == 200
    allowed = {name.strip() for name in preflight["Access-Control-Allow-Headers"].split(",")}
    assert {"if-none-match", "if-modified-since"} <= allowed
    first = api.get("/api/v1/timelines/geneva/events/", HTTP_ORIGIN="https://elsewhere.example")
    assert {"ETag", "Last-Modified"} <= {name.strip() for name in first["Access-Control-Expose-Headers"].split(",")}
    again = api.get(
        "/api/v1/timelines/geneva/events/", HTTP_ORIGIN="https://elsewhere.example", HTTP_IF_NONE_MATCH=first["ETag"]
    )
    assert again.status_code == 304


def test_throttling_answers_429(api, story, monkeypatch):
    from rest_framework.throttling import SimpleRateThrottle

    monkeypatch.setattr(
        SimpleRateThrottle, "THROTTLE_RATES", {"anon": "3/minute", "user": "5/minute", "write": "2/minute"}
    )
    cache.clear()
    try:
        codes = [api.get("/api/v1/timelines/").status_code for _ in range(4)]
        staff = token_client(NewsroomRole.EDITOR)
        staff_codes = [staff.get("/api/v1/timelines/").status_code for _ in range(6)]
    finally:
        cache.clear()
    assert codes == [200, 200, 200, 429]
    assert staff_codes == [200] * 5 + [429]


# --- query counts ----------------------------------------------------------------------------------------------


def _add_bulletins(timeline, count, start):
    # As one import would write them: one transaction, so purges and renderings happen once, at its commit (the
    # suite's default purges at once, after every row: most of this test's time).
    from django.test import TestCase, override_settings

    with override_settings(TASALSUL_PURGE_AFTER_COMMIT=True), TestCase.captureOnCommitCallbacks(execute=True):
        _write_bulletins(timeline, count, start)


def _write_bulletins(timeline, count, start):
    speaker, source = PersonFactory(), SourceFactory()
    for number in range(start, start + count):
        event = EventFactory(timeline=timeline, number=number, status=PUBLISHED)
        for position in (1, 2, 3):
            StatementFactory(
                event=event, speaker=speaker, source=source, position=position, role=RoleFactory(person=speaker)
            )
        event.persons.add(speaker)
        event.sources.add(source)


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/timelines/big/events/",
        "/api/v1/events/",
        "/api/v1/statements/",
        "/api/v1/persons/",
        "/api/v1/timelines/big/timelinejs.json",
        "/api/v1/timelines/big/statements.csv",
    ],
)
def test_query_counts_do_not_grow_with_the_data(api, django_assert_max_num_queries, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timeline = TimelineFactory(slug="big")
    _add_bulletins(timeline, 3, 1)
    with CaptureQueriesContext(connection) as small:
        assert api.get(path).status_code == 200
    _add_bulletins(timeline, 20, 100)
    with django_assert_max_num_queries(len(small)):
        assert api.get(path).status_code == 200


# --- exports ---------------------------------------------------------------------------------------------------


def test_timelinejs_export(api, story):
    data = api.get("/api/v1/timelines/geneva/timelinejs.json").json()
    assert data["title"]["text"]["headline"] == "محادثات جنيف"
    assert [slide["unique_id"] for slide in data["events"]] == ["17", "18"]
    slide = data["events"][1]
    assert slide["start_date"]["year"] == 2022
    assert (slide["start_date"]["month"], slide["start_date"]["day"]) == (1, 9)
    assert slide["text"]["headline"] == "(18) بلينكن لا يتوقع اختراقات"
    assert slide["display_date"] == "9 يناير 2022"
    assert slide["group"] == "key"


def test_same_day_bulletins_keep_number_order_and_times_are_given(api):
    timeline = TimelineFactory(slug="day")
    for number in (3, 1, 2):
        EventFactory(
            timeline=timeline,
            number=number,
            status=PUBLISHED,
            date=datetime.date(2022, 1, 9),
            time=datetime.time(14, number),
        )
    slides = api.get("/api/v1/timelines/day/timelinejs.json").json()["events"]
    assert [slide["unique_id"] for slide in slides] == ["1", "2", "3"]
    assert (slides[0]["start_date"]["hour"], slides[0]["start_date"]["minute"]) == (14, 1)


def test_ninjs_export_validates_against_iptc_schema(api, story):
    schema = json.loads((DATA / "ninjs-schema_2.2.json").read_text())
    item = api.get("/api/v1/timelines/geneva/events/18/ninjs/").json()
    jsonschema.validate(item, schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    assert item["uri"] == "http://testserver/timelines/geneva/18/"
    assert (item["type"], item["pubstatus"], item["language"]) == ("text", "usable", "ar")
    assert item["headlines"] == [{"role": "main", "value": "بلينكن لا يتوقع اختراقات"}]
    assert item["people"][0]["name"] == "أنطوني بلينكن"
    assert item["people"][0]["rel"] == "speaker"


def test_ninjs_rejects_what_the_schema_forbids():
    schema = json.loads((DATA / "ninjs-schema_2.2.json").read_text())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"uri": "x", "pubstatus": "published"}, schema)


def test_statements_csv(api, story):
    response = api.get("/api/v1/timelines/geneva/statements.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    raw = response.content
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:7] == ["number", "date", "speaker", "role", "kind", "text", "source"]
    assert rows[1][:7] == [
        "17",
        "2022-01-08",
        "مسئول كبير في الإدارة الأمريكية",
        "",
        "paraphrase",
        "الإدارة منفتحة",
        "",
    ]
    assert rows[2][:7] == [
        "18",
        "2022-01-09",
        "أنطوني بلينكن",
        "وزير الخارجية الأمريكي",
        "direct",
        "من الصعب رؤية تقدم",
        "CNN",
    ]
    assert len(rows) == 3


def test_csv_cells_cannot_become_formulas(api):
    timeline = TimelineFactory(slug="f")
    event = EventFactory(timeline=timeline, status=PUBLISHED)
    StatementFactory(event=event, text='=HYPERLINK("http://evil")')
    rows = list(csv.reader(io.StringIO(api.get("/api/v1/timelines/f/statements.csv").content.decode("utf-8-sig"))))
    assert rows[1][5] == '\'=HYPERLINK("http://evil")'


# --- writing ---------------------------------------------------------------------------------------------------


def token_client(role: NewsroomRole) -> APIClient:
    client = APIClient()
    user = UserFactory(role=role)
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    client.user = user
    return client


NEW_BULLETIN = {
    "headline": "شيرمان: رفضنا مقترحات روسية",
    "date": "2022-01-10",
    "body": "<p>قالت شيرمان إن المحادثات كانت صريحة.</p><script>alert(1)</script><p>وأضافت: <b>لا</b>.</p>",
    "statements": [
        {"kind": "paraphrase", "text": "المحادثات كانت صريحة", "speaker": "antony-blinken", "source": "cnn"},
        {"kind": "direct", "text": "لن نقبل", "speaker": {"name": "مسؤول كبير في الخارجية", "anonymous": True}},
        {"text": "سنعود", "speaker": {"name": "Wendy Sherman"}},
    ],
}


def test_a_reporter_posts_a_draft_with_statements(story):
    client = token_client(NewsroomRole.REPORTER)
    response = client.post("/api/v1/timelines/geneva/events/", NEW_BULLETIN, format="json")
    assert response.status_code == 201, response.json()
    data = response.json()
    # No number until it is published: staff address it by its id.
    assert (data["number"], data["status"]) == (None, "draft")
    assert response["Location"] == f"http://testserver/api/v1/events/{data['id']}/"
    assert response.has_header("ETag")
    event = Event.objects.get(pk=data["id"])
    assert event.paragraphs == ["قالت شيرمان إن المحادثات كانت صريحة.", "وأضافت: لا."]
    assert "alert" not in event.body
    speakers = [s.speaker for s in event.statements.all()]
    assert speakers[0].slug == "antony-blinken"
    assert (speakers[1].is_anonymous, speakers[1].description) == (True, "مسؤول كبير في الخارجية")
    assert (speakers[2].name, speakers[2].name_latin) == ("Wendy Sherman", "Wendy Sherman")
    assert event.created_by == client.user
    assert [s.kind for s in event.statements.all()] == ["paraphrase", "direct", "direct"]
    assert client.get(f"/api/v1/events/{event.pk}/").json()["headline"] == NEW_BULLETIN["headline"]
    assert APIClient().get(f"/api/v1/events/{event.pk}/").status_code == 404  # readers never see it


def test_a_reporter_cannot_publish_and_an_editor_can_which_gives_the_next_number(story):
    reporter = token_client(NewsroomRole.REPORTER)
    refused = reporter.post("/api/v1/timelines/geneva/events/", {**NEW_BULLETIN, "status": "published"}, format="json")
    assert refused.status_code == 403
    assert not Event.objects.filter(headline=NEW_BULLETIN["headline"]).exists()
    created = reporter.post("/api/v1/timelines/geneva/events/", {**NEW_BULLETIN, "status": "review"}, format="json")
    address = f"/api/v1/events/{created.json()['id']}/"
    assert Event.objects.get(pk=created.json()["id"]).status == Event.Status.IN_REVIEW
    assert reporter.patch(address, {"status": "published"}, format="json").status_code == 403

    editor = token_client(NewsroomRole.EDITOR)
    published = editor.patch(address, {"status": "published"}, format="json")
    assert published.status_code == 200
    # 19 and 20 are drafts that were numbered by hand (back-filled): the next number is 21.
    assert (published.json()["status"], published.json()["number"]) == ("published", 21)
    assert Event.objects.published().filter(number=21).exists()


def test_numbers_have_a_range_and_the_highest_taken_is_a_conflict_naming_it(story):
    chief, editor = token_client(NewsroomRole.CHIEF), token_client(NewsroomRole.EDITOR)
    too_high = chief.post("/api/v1/timelines/geneva/events/", {**NEW_BULLETIN, "number": 2_147_483_647}, format="json")
    assert too_high.status_code == 400
    assert "99999" in too_high.json()["number"][0]
    last = chief.post("/api/v1/timelines/geneva/events/", {**NEW_BULLETIN, "number": 99_999}, format="json")
    assert last.status_code == 201
    refused = editor.post("/api/v1/timelines/geneva/events/", {**NEW_BULLETIN, "status": "published"}, format="json")
    assert refused.status_code == 409
    assert "99999" in refused.json()["number"][0]


def test_explicit_numbers_are_a_chiefs_and_are_checked(story):
    editor, chief = token_client(NewsroomRole.EDITOR), token_client(NewsroomRole.CHIEF)
    refused = editor.post("/api/v1/timelines/geneva/events/", {**NEW_BULLETIN, "number": 5}, format="json")
    assert refused.status_code == 403
    assert "رئيس التحرير" in refused.json()["detail"]  # the chief, in the default language
    taken = chief.post("/api/v1/timelines/geneva/events/", {**NEW_BULLETIN, "number": 18}, format="json")
    assert taken.status_code == 409  # a conflict with the timeline as it is
    assert "(18)" in taken.json()["number"][0]
    backfilled = chief.post("/api/v1/timelines/geneva/events/", {**NEW_BULLETIN, "number": 5}, format="json")
    assert backfilled.json()["number"] == 5


@pytest.mark.parametrize("role", [NewsroomRole.REPORTER, NewsroomRole.EDITOR])
def test_only_a_chief_renumbers_even_from_a_draft(story, role):
    client = token_client(role)
    draft = client.post("/api/v1/timelines/geneva/events/", NEW_BULLETIN, format="json").json()
    refused = client.patch(f"/api/v1/events/{draft['id']}/", {"number": 1}, format="json")
    assert refused.status_code == 403
    assert "رئيس التحرير" in refused.json()["detail"]  # the chief, in the default language
    assert set(Event.objects.published().values_list("number", flat=True)) == {17, 18}
    assert not EventRedirect.objects.exists()
    refused = client.patch("/api/v1/timelines/geneva/events/18/", {"number": 17}, format="json")
    assert refused.status_code == 403


def test_a_chief_renumbers_and_the_shifted_bulletins_keep_redirects_and_audit_entries(story):
    chief = token_client(NewsroomRole.CHIEF)
    moved = chief.patch("/api/v1/timelines/geneva/events/18/", {"number": 17}, format="json")
    assert moved.status_code == 200
    assert moved.json()["number"] == 17
    assert dict(Event.objects.published().values_list("headline", "number"))["منفتحون على النقاش"] == 18
    assert EventRedirect.objects.count() == 2
    assert AuditEntry.objects.filter(action=AuditEntry.Action.RENUMBER).count() == 2


def test_a_reporters_api_edit_of_a_scheduled_bulletin_sends_it_back_to_review(story):
    reporter, editor = token_client(NewsroomRole.REPORTER), token_client(NewsroomRole.EDITOR)
    draft = reporter.post("/api/v1/timelines/geneva/events/", {**NEW_BULLETIN, "status": "review"}, format="json")
    event = Event.objects.get(pk=draft.json()["id"])
    services.event_schedule(
        event=event, user=editor.user, publish_at=datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
    )
    changed = reporter.patch(f"/api/v1/events/{event.pk}/", {"headline": "عنوان آخر"}, format="json")
    assert changed.status_code == 200
    event.refresh_from_db()
    assert (event.publish_at, event.status) == (None, Event.Status.IN_REVIEW)


def test_a_staff_account_without_a_newsroom_role_reads_as_a_reader(story):
    hidden = TimelineFactory(slug="in-preparation")
    EventFactory(timeline=hidden, number=None, status=Event.Status.DRAFT)
    unpublished_speaker = PersonFactory(slug="only-in-drafts")
    client = APIClient()
    user = UserFactory(is_staff=True)
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    timelines = [t["slug"] for t in client.get("/api/v1/timelines/").json()["results"]]
    assert "in-preparation" not in timelines
    assert client.get("/api/v1/timelines/in-preparation/").status_code == 404
    assert client.get(f"/api/v1/persons/{unpublished_speaker.slug}/").status_code == 404
    events = client.get("/api/v1/timelines/geneva/events/").json()["results"]
    assert [e["number"] for e in events] == [17, 18]
    assert "status" not in events[0]
    assert client.post("/api/v1/timelines/geneva/events/", NEW_BULLETIN, format="json").status_code == 403


def test_writes_need_authentication_and_staff(api, story):
    assert api.post("/api/v1/timelines/geneva/events/", NEW_BULLETIN, format="json").status_code == 401
    assert api.patch("/api/v1/timelines/geneva/events/18/", {"headline": "x"}, format="json").status_code == 401
    outsider = APIClient()
    user = UserFactory(is_staff=False)
    outsider.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    assert outsider.post("/api/v1/timelines/geneva/events/", NEW_BULLETIN, format="json").status_code == 403
    assert Event.objects.count() == 4


def test_validation_errors_name_the_fields(story):
    editor = token_client(NewsroomRole.EDITOR)
    bad = {"date": "9/1/2022", "status": "shouting", "statements": [{"text": "", "speaker": "nobody"}]}
    response = editor.post("/api/v1/timelines/geneva/events/", bad, format="json")
    assert response.status_code == 400
    errors = response.json()
    assert {"date", "status", "statements"} <= set(errors)
    assert "speaker" in errors["statements"]["0"]  # by the index of the statement at fault
    assert Event.objects.count() == 4


def test_a_field_nobody_declared_is_a_400_naming_it(story):
    client = token_client(NewsroomRole.EDITOR)
    body = {
        **NEW_BULLETIN,
        "headine": "عنوان بخطأ إملائي",
        "statements": [
            {"kind": "direct", "text": "لن نقبل", "speaker": "antony-blinken", "sorce": "cnn"},
            {"text": "سنعود", "speaker": {"name": "Wendy Sherman", "anonymus": True}},
        ],
    }
    response = client.post("/api/v1/timelines/geneva/events/", body, format="json")
    assert response.status_code == 400
    unknown = response.json()["headine"]
    assert response.json() == {
        "headine": unknown,
        "statements": {"0": {"sorce": unknown}, "1": {"speaker": {"anonymus": unknown}}},
    }
    assert not Event.objects.filter(number=21).exists()
    patch = client.patch("/api/v1/timelines/geneva/events/18/", {"headlin": "x"}, format="json")
    assert (patch.status_code, list(patch.json())) == (400, ["headlin"])


def test_a_value_of_another_json_type_is_a_400_naming_it(story):
    """DRF alone would read 21 from "21", true from "yes" and "12" from 12: the schema says which type each is."""
    client = token_client(NewsroomRole.EDITOR)
    body = {
        "headline": 12,
        "date": "2022-01-10",
        "number": "21",
        "is_key": "yes",
        "statements": [{"text": "سنعود", "kind": 1, "speaker": {"name": "Wendy Sherman", "anonymous": "no"}}],
    }
    response = client.post("/api/v1/timelines/geneva/events/", body, format="json")
    assert response.status_code == 400
    errors = response.json()
    assert set(errors) == {"headline", "number", "is_key", "statements"}
    assert errors["statements"] == {"0": {"kind": errors["headline"], "speaker": {"anonymous": errors["is_key"]}}}
    assert not Event.objects.filter(number=21).exists()
    # null stays DRF's business: allowed where the field allows it.
    body = {**NEW_BULLETIN, "time": None, "number": None}
    fine = client.post("/api/v1/timelines/geneva/events/", body, format="json")
    assert fine.status_code == 201, fine.json()


def test_a_failing_statement_leaves_nothing_written(story):
    editor = token_client(NewsroomRole.EDITOR)
    PersonFactory(name="سامي نعمان")
    PersonFactory(name="سامي نعمان")
    statements = [
        {"text": "نص", "speaker": {"name": "Wendy Sherman"}},
        {"text": "نص", "speaker": {"name": "سامي نعمان"}},  # two people have this name: refused after the first
    ]
    response = editor.post(
        "/api/v1/timelines/geneva/events/", {**NEW_BULLETIN, "statements": statements}, format="json"
    )
    assert response.status_code == 400
    assert "سامي نعمان" in str(response.json())
    assert not Event.objects.filter(number=21).exists()
    assert Person.objects.filter(name="Wendy Sherman").count() == 0


def test_if_match_prevents_lost_updates(story):
    editor = token_client(NewsroomRole.EDITOR)
    etag = editor.get("/api/v1/timelines/geneva/events/18/")["ETag"]
    first = editor.patch(
        "/api/v1/timelines/geneva/events/18/", {"headline": "تعديل أول"}, format="json", HTTP_IF_MATCH=etag
    )
    assert first.status_code == 200
    stale = editor.patch(
        "/api/v1/timelines/geneva/events/18/", {"headline": "تعديل ثان"}, format="json", HTTP_IF_MATCH=etag
    )
    assert stale.status_code == 412
    assert Event.objects.get(number=18).headline == "تعديل أول"
    fresh = editor.patch(
        "/api/v1/timelines/geneva/events/18/", {"headline": "تعديل ثان"}, format="json", HTTP_IF_MATCH=first["ETag"]
    )
    assert fresh.status_code == 200


def test_put_replaces_statements(story):
    editor = token_client(NewsroomRole.EDITOR)
    body = {
        "headline": "عنوان",
        "date": "2022-01-09",
        "body": "نص",
        "status": "published",
        "statements": [{"kind": "paraphrase", "text": "جديد", "speaker": "senior-official"}],
    }
    response = editor.put("/api/v1/timelines/geneva/events/18/", body, format="json")
    assert response.status_code == 200
    event = Event.objects.get(number=18)
    assert [s.text for s in event.statements.all()] == ["جديد"]
    assert Statement.objects.filter(text="من الصعب رؤية تقدم").count() == 0


def test_session_writes_keep_csrf(story):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(UserFactory(role=NewsroomRole.EDITOR))
    assert client.post("/api/v1/timelines/geneva/events/", NEW_BULLETIN, format="json").status_code == 403


# --- retractions, exports of drafts, errors ----------------------------------------------------------------------


def test_a_retracted_bulletin_answers_410_in_the_api_as_on_the_site(api, story):
    chief = UserFactory(role=NewsroomRole.CHIEF)
    services.event_retract(event=Event.objects.get(number=18), user=chief, reason="نُسب التصريح إلى غير قائله")
    for path in ("/api/v1/timelines/geneva/events/18/", "/api/v1/timelines/geneva/events/18/ninjs/"):
        response = api.get(path)
        assert response.status_code == 410, path
        assert response.json() == {
            "detail": "سُحبت هذه النشرة",
            "number": 18,
            "retraction_reason": "نُسب التصريح إلى غير قائله",
            "url": "http://testserver/timelines/geneva/18/",
        }
    assert api.get("/timelines/geneva/18/").status_code == 410
    # A number nobody ever used stays a plain 404.
    assert api.get("/api/v1/timelines/geneva/events/99/").status_code == 404
    assert api.get("/api/v1/timelines/geneva/events/99/ninjs/").status_code == 404


def test_the_ninjs_of_a_draft_is_a_404_for_readers_and_a_409_saying_why_for_staff(api, story):
    assert api.get("/api/v1/timelines/geneva/events/19/ninjs/").status_code == 404
    staff = token_client(NewsroomRole.REPORTER).get("/api/v1/timelines/geneva/events/19/ninjs/")
    assert staff.status_code == 409
    assert "detail" in staff.json()
    # A timeline with no published bulletin yet is no exception: staff are told, readers learn nothing.
    TimelineFactory(slug="in-preparation")
    EventFactory(timeline=Timeline.objects.get(slug="in-preparation"), number=1, status=DRAFT)
    assert api.get("/api/v1/timelines/in-preparation/events/1/ninjs/").status_code == 404
    staff = token_client(NewsroomRole.EDITOR).get("/api/v1/timelines/in-preparation/events/1/ninjs/")
    assert staff.status_code == 409


def test_the_csv_answers_a_client_that_asks_for_csv(api, story):
    response = api.get("/api/v1/timelines/geneva/statements.csv", HTTP_ACCEPT="text/csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    error = api.get("/api/v1/timelines/geneva/statements.csv?bogus=1", HTTP_ACCEPT="text/csv")
    assert (error.status_code, error["Content-Type"]) == (400, "application/json")
    assert "bogus" in error.json()


@pytest.fixture
def failing_reads(monkeypatch):
    """Every bulletin list fails as a bug would, from inside DRF's view."""

    def fail(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(TimelineEventViewSet, "list", fail)


def test_an_unexpected_error_is_a_json_500_and_still_reported(story, failing_reads, caplog):
    reported = []

    def report(sender, request, **kwargs):
        reported.append(request.path)

    got_request_exception.connect(report)
    try:
        response = APIClient(raise_request_exception=False).get("/api/v1/timelines/geneva/events/")
    finally:
        got_request_exception.disconnect(report)
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "حدث خطأ في الخادم."}
    assert "a bug" not in response.content.decode()
    assert reported == ["/api/v1/timelines/geneva/events/"]
    logged = [record for record in caplog.records if record.name == "django.request" and record.levelname == "ERROR"]
    assert len(logged) == 1
    assert logged[0].exc_info[1].args == ("a bug",)


def test_an_unexpected_error_under_debug_goes_on_to_the_developers_page(story, failing_reads, settings):
    settings.DEBUG = True
    response = APIClient(raise_request_exception=False).get("/api/v1/timelines/geneva/events/")
    assert response.status_code == 500
    assert response["Content-Type"].startswith("text/html")

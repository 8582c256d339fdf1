"""Bulletins are rendered when written and stored (renderings.RenderedBulletin): after one edit only that bulletin
is rendered again (at write time, in each interface language), and no kind of edit ever shows a stale bulletin. The
whole-response cache is bypassed here (a session cookie does that) so that the stored renderings alone are under
test."""

from __future__ import annotations

import datetime
import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token

from tests.factories import PersonFactory, SourceFactory, TimelineFactory, UserFactory
from timeline import bulletin_fragments, services
from timeline.models import Event, Place
from timeline.roles import NewsroomRole
from timeline.serializers import EventSerializer

pytestmark = pytest.mark.django_db
PAGE = "/timelines/geneva/"


@pytest.fixture
def story():
    cache.clear()
    editor = UserFactory(role=NewsroomRole.CHIEF)
    timeline = TimelineFactory(slug="geneva")
    speaker = PersonFactory(name="أنطوني بلينكن", slug="antony-blinken")
    source = SourceFactory(name="رويترز", slug="reuters")
    events = {}
    for number in (17, 18, 19):
        event = services.event_create(
            timeline=timeline,
            user=editor,
            number=number,
            headline=f"عنوان {number}",
            date=datetime.date(2022, 1, number - 9),
            status=Event.Status.PUBLISHED,
        )
        services.statement_add(event=event, user=editor, speaker=speaker, source=source, text=f"تصريح {number}")
        events[number] = event
    yield {"editor": editor, "speaker": speaker, "source": source, "events": events}
    cache.clear()


@pytest.fixture
def reader(client):
    # Any session skips the whole-response cache; the page itself is the public one.
    client.cookies["sessionid"] = "not-a-session"
    return client


@pytest.fixture
def renders(monkeypatch):
    calls: list[str] = []
    original = bulletin_fragments.render_to_string

    def counting(template, context):
        calls.append(context["event"].headline)
        return original(template, context)

    monkeypatch.setattr(bulletin_fragments, "render_to_string", counting)
    return calls


def test_a_warm_page_renders_no_bulletin_and_reads_no_statement(reader, story, renders):
    assert reader.get(PAGE).status_code == 200
    assert len(renders) == 3
    renders.clear()
    with CaptureQueriesContext(connection) as queries:
        page = reader.get(PAGE).content.decode()
    assert renders == []
    assert "تصريح 18" in page
    assert not [q["sql"] for q in queries if "timeline_statement" in q["sql"] or "timeline_correction" in q["sql"]]


def test_after_one_edit_only_that_bulletin_is_rendered_again(
    reader, story, renders, settings, django_capture_on_commit_callbacks
):
    reader.get(PAGE)
    renders.clear()
    settings.TASALSUL_PURGE_AFTER_COMMIT = True  # rendered after commit, as in production
    with django_capture_on_commit_callbacks(execute=True):
        services.event_update(event=story["events"][18], user=story["editor"], headline="عنوان معدل")
    # Rendered when written, once per interface language; the reader's page renders nothing.
    assert renders == ["عنوان معدل", "عنوان معدل"]
    renders.clear()
    page = reader.get(PAGE).content.decode()
    assert renders == []
    assert "عنوان معدل" in page
    assert "عنوان 17" in page


def bulletins_of(response) -> str:
    """The rendered bulletins alone (the page's JSON-LD repeats headlines and bodies)."""
    page = response.content.decode()
    return page[page.index("<article") : page.rindex("</article>")]


def _publish_draft(story):
    draft = services.event_create(
        timeline=story["events"][17].timeline,
        user=story["editor"],
        number=20,
        headline="عنوان المسودة",
        date=datetime.date(2022, 1, 12),
    )
    services.event_publish(event=draft, user=story["editor"])
    return "عنوان المسودة", True


def _edit(story):
    services.event_update(event=story["events"][18], user=story["editor"], body="فقرة جديدة")
    return "فقرة جديدة", True


def _add_statement(story):
    event = story["events"][18]
    services.statement_add(event=event, user=story["editor"], speaker=story["speaker"], text="تصريح إضافي")
    return "تصريح إضافي", True


def _correct(story):
    services.event_correct(event=story["events"][18], user=story["editor"], note="صُحّح التاريخ")
    return "صُحّح التاريخ", True


def _retract(story):
    services.event_retract(event=story["events"][18], user=story["editor"], reason="نسب خاطئ")
    return "عنوان 18", False


def _renumber(story):
    services.event_renumber(event=story["events"][18], user=story["editor"], number=30)
    return 'id="30"', True


def _rename_person(story):
    speaker = story["speaker"]
    speaker.name = "أنتوني بلينكن"
    speaker.save()
    services.person_changed(person=speaker)
    return "أنتوني بلينكن", True


def _rename_source(story):
    source = story["source"]
    source.name = "وكالة رويترز"
    source.save()
    return "وكالة رويترز", True


def _rename_place(story):
    place = Place.objects.create(name="جنيف")
    story["events"][18].places.add(place)
    services.event_statements_sync(event=story["events"][18])  # as the admin does after saving its tags
    place.name = "مدينة جنيف"
    place.save()
    return "مدينة جنيف", True


@pytest.mark.parametrize(
    "edit",
    [
        _publish_draft,
        _edit,
        _add_statement,
        _correct,
        _retract,
        _renumber,
        _rename_person,
        _rename_source,
        _rename_place,
    ],
)
def test_no_edit_ever_shows_a_stale_bulletin(reader, story, edit):
    reader.get(PAGE)
    reader.get("/en" + PAGE)
    text, shown = edit(story)
    assert (text in bulletins_of(reader.get(PAGE))) is shown
    assert (text in bulletins_of(reader.get("/en" + PAGE))) is shown


def test_a_cold_page_reads_stored_renderings_and_renders_nothing(
    reader, story, renders, settings, django_capture_on_commit_callbacks
):
    """Published bulletins were rendered when written: the first reader of the page renders none of them."""
    settings.TASALSUL_PURGE_AFTER_COMMIT = True
    with django_capture_on_commit_callbacks(execute=True):
        services.event_update(event=story["events"][17], user=story["editor"], headline="عنوان 17 معدل")
        for number in (18, 19):
            services.statement_add(
                event=story["events"][number], user=story["editor"], speaker=story["speaker"], text="ثان"
            )
    renders.clear()
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        page = reader.get(PAGE).content.decode()
    assert renders == []
    assert "تصريح 18" in page
    assert not [q["sql"] for q in queries if "timeline_statement" in q["sql"]]


def test_a_rename_drops_the_stored_renderings_in_its_transaction_and_a_task_rebuilds_them(story, renders):
    from renderings.models import RenderedBulletin

    assert RenderedBulletin.objects.filter(variant="html:ar").count() == 3
    renders.clear()
    speaker = story["speaker"]
    speaker.name = "أنتوني بلينكن"
    speaker.save()
    assert sorted(renders) == sorted(["عنوان 17", "عنوان 18", "عنوان 19"] * 2)
    stored = RenderedBulletin.objects.filter(variant="html:ar").values_list("content", flat=True)
    assert all("أنتوني بلينكن" in html for html in stored)


def test_fragments_are_per_language(reader, story):
    arabic = reader.get(PAGE).content.decode()
    english = reader.get("/en" + PAGE).content.decode()
    assert "يناير" in arabic
    assert "January" in english


# --- The API's bulletins ----------------------------------------------------------------------------------------

API = "/api/v1/timelines/geneva/events/"


@pytest.fixture
def serializations(monkeypatch):
    calls: list[str] = []
    original = EventSerializer.to_representation

    def counting(self, event):
        calls.append(event.headline)
        return original(self, event)

    monkeypatch.setattr(EventSerializer, "to_representation", counting)
    return calls


def test_a_warm_api_page_serializes_no_bulletin_and_reads_no_statement(reader, story, serializations):
    first = reader.get(API).json()
    assert len(serializations) == 3
    serializations.clear()
    with CaptureQueriesContext(connection) as queries:
        again = reader.get(API).json()
    assert again == first
    assert serializations == []
    assert not [q["sql"] for q in queries if "timeline_statement" in q["sql"]]


def test_after_one_edit_the_api_serializes_only_that_bulletin_again(reader, story, serializations):
    reader.get(API)
    serializations.clear()
    services.event_update(event=story["events"][18], user=story["editor"], headline="عنوان معدل")
    headlines = [row["headline"] for row in reader.get(API).json()["results"]]
    assert serializations == ["عنوان معدل"]
    assert headlines == ["عنوان 17", "عنوان معدل", "عنوان 19"]


@pytest.mark.parametrize("edit", [_edit, _add_statement, _retract, _renumber, _rename_person, _rename_source])
def test_no_edit_ever_shows_a_stale_bulletin_in_the_api(reader, story, edit):
    reader.get(API)
    text, shown = edit(story)
    if text.startswith('id="'):
        text = '"number":' + text[4:-1]
    assert (text in reader.get(API).content.decode()) is shown


def test_staff_get_statuses_and_drafts_never_from_the_cache(reader, story):
    reader.get(API)
    token = Token.objects.create(user=story["editor"]).key
    services.event_create(timeline=story["events"][17].timeline, user=story["editor"], number=25, headline="مسودة")
    staff = reader.get(API, HTTP_AUTHORIZATION=f"Token {token}").json()["results"]
    assert [row["status"] for row in staff] == ["published", "published", "published", "draft"]
    public = reader.get(API).json()["results"]
    assert all("status" not in row for row in public)
    assert "مسودة" not in json.dumps(public, ensure_ascii=False)


def test_a_deploy_that_changes_the_time_zone_or_the_template_tags_makes_stored_renderings_stale(
    reader, story, renders, settings, tmp_path, monkeypatch
):
    """What a rendering is made by but its bulletin's version does not follow: a changed time zone (its times are
    written in it) or changed template tags re-render every stored bulletin on the next read, never serve the old."""
    reader.get(PAGE)
    renders.clear()
    settings.TIME_ZONE = "Asia/Riyadh"
    assert reader.get(PAGE).status_code == 200
    assert sorted(renders) == ["عنوان 17", "عنوان 18", "عنوان 19"]

    renders.clear()
    tags = tmp_path / "templatetags"
    tags.mkdir()
    (tags / "newsroom.py").write_text("# a changed filter\n")
    real = bulletin_fragments.code_version

    def with_changed_tags(*paths: str) -> str:
        return real(*(str(tags) if path.endswith("templatetags") else path for path in paths))

    monkeypatch.setattr(bulletin_fragments, "code_version", with_changed_tags)
    reader.get(PAGE)
    assert sorted(renders) == ["عنوان 17", "عنوان 18", "عنوان 19"]

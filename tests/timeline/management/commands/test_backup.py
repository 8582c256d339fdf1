"""`manage.py backup` and `manage.py restore`: a whole newsroom out and back in, the API unchanged byte for byte."""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path

import PIL.Image
import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client

from tests.factories import PersonFactory, RoleFactory, SourceFactory, TimelineFactory, UserFactory
from timeline import services
from timeline.models import Event, Person, Place, Revision, Statement, Timeline, Topic
from timeline.roles import NewsroomRole

API_PATHS = [
    "/api/v1/timelines/",
    "/api/v1/timelines/geneva/",
    "/api/v1/timelines/geneva/events/",
    "/api/v1/timelines/geneva/events/1/",
    "/api/v1/timelines/geneva/events/2/",
    "/api/v1/timelines/geneva/events/1/ninjs/",
    "/api/v1/events/?place=geneva",
    "/api/v1/timelines/geneva/timelinejs.json",
    "/api/v1/timelines/geneva/statements.csv",
    "/api/v1/events/?q=محادثات",
    "/api/v1/events/?pagination=cursor&page_size=1",
    "/api/v1/statements/",
    "/api/v1/persons/",
    "/api/v1/persons/blinken/",
    "/api/v1/sources/",
    "/api/v1/sources/reuters/",
]


def _newsroom() -> None:
    """A small newsroom touched by every kind of write: publish, edit, correct, retract, renumber, drafts."""
    chief = UserFactory(username="chief", role=NewsroomRole.CHIEF)
    UserFactory(username="reporter", role=NewsroomRole.REPORTER)
    timeline = TimelineFactory(slug="geneva", title="محادثات جنيف")
    blinken = PersonFactory(name="أنطوني بلينكن", slug="blinken")
    minister = RoleFactory(person=blinken, title="وزير الخارجية الأمريكي")
    ryabkov = PersonFactory(name="سيرغي ريابكوف", slug="ryabkov")
    reuters = SourceFactory(name="رويترز", slug="reuters")
    first = services.event_create(
        timeline=timeline,
        user=chief,
        headline="بلينكن لا يتوقع اختراقات في محادثات جنيف",
        body="قال وزير الخارجية الأمريكي إنه لا يتوقع اختراقات.\n\nوتبدأ المحادثات غدًا.",
        date=datetime.date(2022, 1, 9),
    )
    services.statement_add(
        event=first, user=chief, speaker=blinken, text="لا أتوقع اختراقات", role=minister, source=reuters
    )
    services.statement_add(
        event=first, user=chief, speaker=ryabkov, text="إن موسكو لن تتنازل", kind=Statement.Kind.PARAPHRASE
    )
    first.topics.add(Topic.objects.create(name="العقوبات"))
    first.places.add(Place.objects.create(name="جنيف", name_en="Geneva", latitude="46.20222", longitude="6.14569"))
    photo = io.BytesIO()
    PIL.Image.new("RGB", (640, 400), (30, 60, 90)).save(photo, "JPEG")
    upload = SimpleUploadedFile("geneva.jpg", photo.getvalue(), content_type="image/jpeg")
    services.media_add_image(event=first, user=chief, upload=upload, alt_text="قصر الأمم في جنيف", credit="رويترز")
    services.media_add_embed(event=first, user=chief, url="https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    services.event_publish(event=first, user=chief)
    services.event_update(event=first, user=chief, headline="بلينكن: لا اختراقات متوقعة في محادثات جنيف")
    services.event_correct(event=first, user=chief, note="صُحّح العنوان.")
    second = services.event_create(
        timeline=timeline,
        user=chief,
        headline="انطلاق المحادثات",
        body="بدأت المحادثات.",
        date=datetime.date(2022, 1, 10),
    )
    services.event_publish(event=second, user=chief)
    third = services.event_create(timeline=timeline, user=chief, headline="خبر سُحب", date=datetime.date(2022, 1, 11))
    services.event_publish(event=third, user=chief)
    services.event_retract(event=third, user=chief, reason="نُشر خطأً.")
    fourth = services.event_create(timeline=timeline, user=chief, headline="خبر نُقل", date=datetime.date(2022, 1, 12))
    services.event_publish(event=fourth, user=chief)
    services.event_renumber(event=fourth, user=chief, number=9)
    services.event_create(timeline=timeline, user=chief, headline="مسودة سرية", date=datetime.date(2022, 1, 13))
    cache.clear()


def _api_snapshot() -> dict[str, tuple[int, bytes, str | None, str | None]]:
    client = Client()
    snapshot = {}
    for path in API_PATHS:
        response = client.get(path)
        snapshot[path] = (response.status_code, response.content, response.get("ETag"), response.get("Last-Modified"))
    return snapshot


def _empty_the_database() -> None:
    # What an operator starts from: a new database, migrated (flush re-runs the post-migrate set-up, so the
    # newsroom's groups and the content types come back, the latter under new ids).
    call_command("flush", interactive=False, verbosity=0)
    cache.clear()


@pytest.mark.django_db(transaction=True)
def test_restoring_into_an_empty_database_gives_byte_identical_api_output(tmp_path: Path) -> None:
    _newsroom()
    before = _api_snapshot()
    assert all(status == 200 for status, *_rest in before.values()), {p: s[0] for p, s in before.items()}
    backup = tmp_path / "newsroom.json"
    call_command("backup", str(backup), stderr=io.StringIO())

    _empty_the_database()
    assert not Event.objects.exists()
    assert Client().get("/api/v1/timelines/geneva/").status_code == 404
    progress = io.StringIO()
    call_command("restore", str(backup), stderr=progress)

    after = _api_snapshot()
    for path in API_PATHS:
        assert after[path] == before[path], path
    assert "Restored bulletins" in progress.getvalue()
    assert "5/5" in progress.getvalue()


@pytest.mark.django_db(transaction=True)
def test_restore_keeps_drafts_revisions_history_and_roles_but_no_passwords(tmp_path: Path) -> None:
    _newsroom()
    draft_headlines = list(Event.objects.exclude(status=Event.Status.PUBLISHED).values_list("headline", flat=True))
    revisions = list(Revision.objects.order_by("pk").values_list("object_id", "number", "data", "summary"))
    assert revisions, "the newsroom above writes revisions"
    backup = tmp_path / "newsroom.json"
    call_command("backup", str(backup), stderr=io.StringIO())
    assert "password" not in backup.read_text(encoding="utf-8")

    _empty_the_database()
    call_command("restore", str(backup), stderr=io.StringIO())

    assert sorted(Event.objects.exclude(status=Event.Status.PUBLISHED).values_list("headline", flat=True)) == sorted(
        draft_headlines
    )
    assert list(Revision.objects.order_by("pk").values_list("object_id", "number", "data", "summary")) == revisions
    chief = get_user_model().objects.get(username="chief")
    assert list(chief.groups.values_list("name", flat=True)) == ["Chief"]
    assert chief.is_staff
    assert not chief.has_usable_password()
    # The restored history still works: the former number 4 leads to where the bulletin went.
    moved = Client().get("/timelines/geneva/4/")
    assert moved.status_code == 301
    assert moved["Location"].endswith("/timelines/geneva/9/")
    # New rows after a restore get fresh ids (the sequences moved past the restored ones).
    timeline = Timeline.objects.get(slug="geneva")
    created = services.event_create(
        timeline=timeline, user=chief, headline="بعد الاستعادة", date=datetime.date(2022, 2, 1)
    )
    assert created.number is None  # a draft takes its number when first published
    assert services.event_publish(event=created, user=chief).number == 10  # after 9, the highest shown
    assert Person.objects.create(name="شخص جديد", slug="new-person").pk > max(
        Person.objects.exclude(slug="new-person").values_list("pk", flat=True)
    )


@pytest.mark.django_db(transaction=True)
def test_restore_refuses_a_database_that_is_not_empty_and_changes_nothing(tmp_path: Path) -> None:
    _newsroom()
    backup = tmp_path / "newsroom.json"
    call_command("backup", str(backup), stderr=io.StringIO())
    statements = Statement.objects.count()
    with pytest.raises(CommandError, match=r"needs an empty, migrated database.*timelines"):
        call_command("restore", str(backup), stderr=io.StringIO())
    assert Statement.objects.count() == statements


@pytest.mark.django_db(transaction=True)
def test_a_broken_backup_restores_nothing_and_names_the_record(tmp_path: Path) -> None:
    _newsroom()
    backup = tmp_path / "newsroom.json"
    call_command("backup", str(backup), stderr=io.StringIO())
    document = json.loads(backup.read_text(encoding="utf-8"))
    document["statements"][1]["said_on"] = "not a date"
    backup.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    _empty_the_database()

    with pytest.raises(CommandError, match="statements, record 2: “said_on”"):
        call_command("restore", str(backup), stderr=io.StringIO())
    assert not Timeline.objects.exists()
    assert not get_user_model().objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not a JSON backup"),
        ('{"format": "something-else"}', "not a Tasalsul backup"),
        ('{"format": "tasalsul-backup", "version": 99}', "format version 99"),
        ('{"format": "tasalsul-backup", "version": 1, "schema": "9999_future"}', "newer Tasalsul"),
    ],
)
def test_restore_explains_what_is_wrong_with_the_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "backup.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        call_command("restore", str(path), stderr=io.StringIO())


@pytest.mark.django_db
def test_backup_is_a_versioned_document_with_counts_and_shows_progress(tmp_path: Path) -> None:
    _newsroom()
    progress = io.StringIO()
    path = tmp_path / "newsroom.json"
    call_command("backup", str(path), stderr=progress)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "tasalsul-backup"
    assert document["version"] == 1
    assert document["counts"]["bulletins"] == len(document["bulletins"]) == 5
    assert document["counts"]["users"] == 2
    assert not (tmp_path / "newsroom.json.partial").exists()
    for section in ("users", "timelines", "people", "bulletins", "statements", "revisions"):
        assert f"Saved {section}" in progress.getvalue()
    # Microseconds survive (the API shows them): DjangoJSONEncoder would have cut them to milliseconds.
    stamp = Event.objects.get(number=1).updated_at.isoformat()
    assert any(row["updated_at"] == stamp for row in document["bulletins"])

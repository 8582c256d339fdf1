"""Imports and the caches (#18): `import_bulletins --publish` writes its bulletins in bulk, without the signals the
services' saves send, so it purges what they reach itself, once, after the commit. Drafts reach nothing public."""

from __future__ import annotations

import datetime

import pytest
from django.core.cache import cache
from django.core.management import call_command

from tests.factories import PersonFactory, TimelineFactory, UserFactory
from timeline import services
from timeline.frontend_cache.backends import RecordingBackend
from timeline.models import Event, Person
from timeline.roles import NewsroomRole

pytestmark = pytest.mark.django_db

PAGE, API = "/timelines/geneva/", "/api/v1/timelines/geneva/events/"
OTHER_PAGE = "/timelines/sudan/"

# Speakers named without a title, and already known: the import creates no person and no role, whose own signals
# would purge too, so what is purged here is the import's doing alone.
CHRONOLOGY = """\
(2) وصول الوفد الثاني إلى المدينة - 11 يناير 2022
قال سمير الحداد إن الوفد وصل صباحا وإن الجلسة الأولى تبدأ غدا.
(3) جلسة مطولة تنتهي بلا بيان - 12 يناير 2022
وقالت ليلى منصور إن الجلسة استمرت ست ساعات دون اتفاق على نص مشترك.
"""


@pytest.fixture
def newsroom(settings, tmp_path):
    cache.clear()
    settings.TASALSUL_FRONTEND_CACHE = {"record": {"BACKEND": "timeline.frontend_cache.backends.RecordingBackend"}}
    chief = UserFactory(username="rania", role=NewsroomRole.CHIEF)
    geneva = TimelineFactory(slug="geneva", title="محادثات المدينة")
    sudan = TimelineFactory(slug="sudan", title="السودان")
    haddad = PersonFactory(name="سمير الحداد", slug="samir-haddad")
    PersonFactory(name="ليلى منصور", slug="laila-mansour")
    first = services.event_create(
        timeline=geneva,
        user=chief,
        number=1,
        headline="افتتاح المحادثات في المدينة",
        date=datetime.date(2022, 1, 10),
        status=Event.Status.PUBLISHED,
    )
    services.statement_add(event=first, user=chief, speaker=haddad, text="المحادثات تبدأ اليوم")
    services.event_create(
        timeline=sudan,
        user=chief,
        number=1,
        headline="عنوان من الخرطوم",
        date=datetime.date(2023, 4, 15),
        status=Event.Status.PUBLISHED,
    )
    path = tmp_path / "chronology.txt"
    path.write_text(CHRONOLOGY, encoding="utf-8")
    RecordingBackend.purged.clear()
    yield {"chief": chief, "geneva": geneva, "haddad": haddad, "first": first, "path": path}
    cache.clear()


def hit(client, path: str) -> bool:
    return client.get(path).get("X-Cache") == "hit"


def warm(client, *paths: str) -> None:
    for path in paths:
        assert client.get(path).status_code == 200, path
        assert hit(client, path), path


def purged() -> set[str]:
    return set().union(*RecordingBackend.purged) if RecordingBackend.purged else set()


def import_file(newsroom, *options: str) -> None:
    call_command("import_bulletins", str(newsroom["path"]), "--timeline", "geneva", "--as", "rania", *options)


def test_a_cached_timeline_page_and_api_list_show_the_bulletins_an_import_publishes(client, newsroom):
    warm(client, PAGE, API, OTHER_PAGE, "/timelines/geneva/1/")
    import_file(newsroom, "--publish")
    page, api = client.get(PAGE), client.get(API)
    assert page.get("X-Cache") != "hit"
    assert api.get("X-Cache") != "hit"
    for headline in ("وصول الوفد الثاني إلى المدينة", "جلسة مطولة تنتهي بلا بيان"):
        assert headline in page.content.decode()
        assert headline in api.content.decode()
    # The bulletin before them now links to (2); another timeline's page is not touched.
    assert not hit(client, "/timelines/geneva/1/")
    assert hit(client, OTHER_PAGE)


def test_an_import_purges_once_after_its_commit(newsroom, settings, django_capture_on_commit_callbacks):
    settings.TASALSUL_PURGE_AFTER_COMMIT = True
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        import_file(newsroom, "--publish")
        assert RecordingBackend.purged == []  # nothing before the commit
    assert callbacks
    assert len(RecordingBackend.purged) == 1  # one purge for the whole import, not one a bulletin
    keys = purged()
    geneva, haddad, first = newsroom["geneva"], newsroom["haddad"], newsroom["first"]
    assert {"home", "bulletins", f"timeline-{geneva.pk}-bulletins", f"person-{haddad.pk}-bulletins"} <= keys
    assert f"bulletin-{first.pk}" in keys  # its "next" link
    # The searches the new words match (PostgreSQL labels searches by word; elsewhere they go with "bulletins").
    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        assert any(key.startswith("s-") for key in keys)


def test_importing_drafts_purges_nothing_public(client, newsroom):
    warm(client, PAGE, API)
    import_file(newsroom)
    assert Event.objects.filter(timeline=newsroom["geneva"], status=Event.Status.DRAFT).count() == 2
    assert purged() == set()
    assert hit(client, PAGE)
    assert hit(client, API)


def test_a_dry_run_purges_nothing(client, newsroom):
    warm(client, PAGE)
    import_file(newsroom, "--publish", "--dry-run")
    assert purged() == set()
    assert hit(client, PAGE)


def test_a_title_an_import_gives_a_quoted_person_purges_their_bulletins_and_a_new_persons_purges_nothing(
    client, newsroom, tmp_path
):
    """A statement without a role of its own shows the role its speaker held that day: a new role for someone
    already quoted changes bulletins readers may have cached. A person the import creates is in no public bulletin."""
    path = tmp_path / "titles.txt"
    path.write_text(
        "(2) وصول الوفد الثاني إلى المدينة - 11 يناير 2022\n"
        "قال رئيس الوفد سمير الحداد إن الوفد وصل صباحا.\n"
        "وقالت المتحدثة باسم البعثة رنا الخطيب إن الجلسة تبدأ غدا.\n",
        encoding="utf-8",
    )
    first, haddad = newsroom["first"], newsroom["haddad"]
    warm(client, "/timelines/geneva/1/")
    call_command("import_bulletins", str(path), "--timeline", "geneva", "--as", "rania")  # drafts: no purge of its own
    khatib = Person.objects.get(name="رنا الخطيب")
    assert [role.title for role in haddad.roles.all()] == ["رئيس الوفد"]
    assert [role.title for role in khatib.roles.all()] == ["المتحدثة باسم البعثة"]
    keys = purged()
    assert {f"bulletin-{first.pk}", f"person-{haddad.pk}"} <= keys  # the bulletin quoting al-Haddad, his page
    assert f"person-{khatib.pk}" in keys  # her page's key is cheap to send; no bulletin of hers was looked for
    assert not hit(client, "/timelines/geneva/1/")

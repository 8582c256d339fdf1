"""Invalidation scoped to what changed, and exact (#18): each kind of change purges the keys of the responses that
show it, and leaves another timeline's pages cached. Responses carry their surrogate keys for a shared tier."""

from __future__ import annotations

import datetime

import pytest
from django.core.cache import cache

from tests.factories import PersonFactory, RoleFactory, SourceFactory, TimelineFactory, UserFactory
from timeline import services
from timeline.frontend_cache.backends import RecordingBackend
from timeline.frontend_cache.keys import bulletin_search_keys
from timeline.models import Event, Media, Place, Topic
from timeline.roles import NewsroomRole

pytestmark = pytest.mark.django_db


@pytest.fixture
def newsroom(settings):
    cache.clear()
    settings.TASALSUL_FRONTEND_CACHE = {"record": {"BACKEND": "timeline.frontend_cache.backends.RecordingBackend"}}
    RecordingBackend.purged.clear()
    editor = UserFactory(role=NewsroomRole.CHIEF)
    geneva = TimelineFactory(slug="geneva", title="محادثات جنيف")
    sudan = TimelineFactory(slug="sudan", title="السودان")
    speaker = PersonFactory(name="أنطوني بلينكن", slug="antony-blinken")
    other_speaker = PersonFactory(name="عبد الفتاح البرهان", slug="burhan")
    source = SourceFactory(name="رويترز", slug="reuters")
    topic = Topic.objects.create(name="الأمن الأوروبي")
    place = Place.objects.create(name="جنيف")
    events = {}
    for number in (17, 18):
        event = services.event_create(
            timeline=geneva,
            user=editor,
            number=number,
            headline=f"عنوان جنيف {number}",
            date=datetime.date(2022, 1, number - 9),
            status=Event.Status.PUBLISHED,
        )
        services.statement_add(event=event, user=editor, speaker=speaker, source=source, text=f"تصريح {number}")
        events[number] = event
    events[18].topics.add(topic)
    events[18].places.add(place)
    khartoum = services.event_create(
        timeline=sudan,
        user=editor,
        number=1,
        headline="عنوان الخرطوم",
        date=datetime.date(2023, 4, 15),
        status=Event.Status.PUBLISHED,
    )
    services.statement_add(event=khartoum, user=editor, speaker=other_speaker, text="تصريح الخرطوم")
    RecordingBackend.purged.clear()
    yield {
        "editor": editor,
        "geneva": geneva,
        "sudan": sudan,
        "speaker": speaker,
        "source": source,
        "topic": topic,
        "place": place,
        "events": events,
        "khartoum": khartoum,
    }
    cache.clear()


@pytest.fixture
def committing(settings, django_capture_on_commit_callbacks):
    """Purges after the commit, as in production (the search words a service writes last are then in)."""
    settings.TASALSUL_PURGE_AFTER_COMMIT = True

    def commit():
        return django_capture_on_commit_callbacks(execute=True)

    return commit


def purged() -> set[str]:
    return set().union(*RecordingBackend.purged) if RecordingBackend.purged else set()


def hit(client, path: str) -> bool:
    return client.get(path).get("X-Cache") == "hit"


def warm(client, *paths: str) -> None:
    for path in paths:
        assert client.get(path).status_code == 200, path
        assert hit(client, path), path


def keys_of(client, path: str) -> set[str]:
    return set(client.get(path)["Surrogate-Key"].split())


# --- Keys on responses ------------------------------------------------------------------------------------------


def test_a_timeline_page_carries_its_list_and_bulletin_keys(client, newsroom):
    geneva, events = newsroom["geneva"], newsroom["events"]
    keys = keys_of(client, "/timelines/geneva/")
    assert {f"timeline-{geneva.pk}-bulletins", f"bulletin-{events[17].pk}", f"bulletin-{events[18].pk}"} <= keys
    assert f"bulletin-{newsroom['khartoum'].pk}" not in keys
    response = client.get("/timelines/geneva/")
    assert response["Cache-Tag"] == ",".join(sorted(keys))
    # A shared cache keeps it until a purge (a day at most), while browsers revalidate.
    assert response["Surrogate-Control"] == "max-age=86400, stale-if-error=86400"
    assert "no-cache" in response["Cache-Control"]


def test_a_permalink_carries_its_bulletin_not_its_timeline_list(client, newsroom):
    keys = keys_of(client, "/timelines/geneva/18/")
    assert f"bulletin-{newsroom['events'][18].pk}" in keys
    assert f"timeline-{newsroom['geneva'].pk}-bulletins" not in keys


def test_people_and_sources_pages_carry_their_list_keys(client, newsroom):
    assert f"person-{newsroom['speaker'].pk}-bulletins" in keys_of(client, "/people/antony-blinken/")
    assert f"source-{newsroom['source'].pk}-bulletins" in keys_of(client, "/sources/reuters/")
    assert "home" in keys_of(client, "/")
    assert "bulletins" in keys_of(client, "/api/v1/events/")


def test_staff_and_token_requests_carry_no_keys(client, newsroom):
    client.force_login(newsroom["editor"])
    assert "Surrogate-Key" not in client.get("/timelines/geneva/")
    assert "Surrogate-Key" not in client.get("/api/v1/timelines/geneva/events/")


# --- What each change reaches -------------------------------------------------------------------------------------

GENEVA = ["/timelines/geneva/", "/api/v1/timelines/geneva/events/", "/timelines/geneva/feed/rss/"]
SUDAN = ["/timelines/sudan/", "/api/v1/timelines/sudan/events/", "/timelines/sudan/1/", "/people/burhan/"]


def _publish(n):
    draft = services.event_create(
        timeline=n["geneva"], user=n["editor"], headline="خبر جديد", date=datetime.date(2022, 1, 12)
    )
    services.event_publish(event=draft, user=n["editor"])
    return "/timelines/geneva/", "خبر جديد"


def _edit(n):
    services.event_update(event=n["events"][18], user=n["editor"], headline="عنوان معدل")
    return "/timelines/geneva/18/", "عنوان معدل"


def _correct(n):
    services.event_correct(event=n["events"][18], user=n["editor"], note="صُحّح التاريخ")
    return "/timelines/geneva/18/", "صُحّح التاريخ"


def _retract(n):
    services.event_retract(event=n["events"][18], user=n["editor"], reason="نسب خاطئ")
    return "/api/v1/timelines/geneva/events/", "-عنوان جنيف 18"


def _renumber(n):
    services.event_renumber(event=n["events"][18], user=n["editor"], number=30)
    return "/api/v1/timelines/geneva/events/", '"number":30'


def _add_statement(n):
    services.statement_add(event=n["events"][17], user=n["editor"], speaker=n["speaker"], text="تصريح إضافي")
    return "/people/antony-blinken/", "تصريح إضافي"


def _rename_person(n):
    n["speaker"].name = "أنتوني بلينكن"
    n["speaker"].save()
    return "/timelines/geneva/", "أنتوني بلينكن"


def _role(n):
    role = RoleFactory(person=n["speaker"], title="وزير الخارجية الأمريكي")
    services.event_statements_sync(event=n["events"][18])
    role.title = "كبير الدبلوماسيين الأمريكيين"
    role.save()
    return "/timelines/geneva/", "كبير الدبلوماسيين الأمريكيين"


def _alias(n):
    services.person_changed(person=n["speaker"])
    from timeline.models import PersonAlias

    PersonAlias.objects.create(person=n["speaker"], name="Antony J. Blinken")
    return "/api/v1/persons/antony-blinken/", "Antony J. Blinken"


def _rename_source(n):
    n["source"].name = "وكالة رويترز"
    n["source"].save()
    return "/timelines/geneva/18/", "وكالة رويترز"


def _delete_topic(n):
    n["topic"].delete()
    return "/timelines/geneva/18/", "-الأمن الأوروبي"


def _rename_place(n):
    n["place"].name = "مدينة جنيف"
    n["place"].save()
    return "/timelines/geneva/18/", "مدينة جنيف"


def _add_media(n):
    services.media_add_embed(
        event=n["events"][18], user=n["editor"], url="https://www.youtube.com/watch?v=dQw4w9WgXcQ", caption="مؤتمر صحفي"
    )
    return "/timelines/geneva/18/", "مؤتمر صحفي"


def _remove_media(n):
    media = services.media_add_embed(
        event=n["events"][18], user=n["editor"], url="https://www.youtube.com/watch?v=dQw4w9WgXcQ", caption="مؤتمر صحفي"
    )
    cache.clear()
    warm_all()
    services.media_remove(media=Media.objects.get(pk=media.pk), user=n["editor"])
    return "/timelines/geneva/18/", "-مؤتمر صحفي"


def _translate(n):
    english = TimelineFactory(slug="geneva-en", title="Geneva talks", language="en")
    services.event_create(
        timeline=english, user=n["editor"], headline="Talks open", date=datetime.date(2022, 1, 9), status="published"
    )
    services.timeline_link_translation(timeline=n["geneva"], translation=english, user=n["editor"])
    return "/timelines/geneva/", "geneva-en"


def _delete_draft(n):
    draft = services.event_create(
        timeline=n["geneva"], user=n["editor"], headline="مسودة", date=datetime.date(2022, 1, 2)
    )
    services.event_delete(event=draft, user=n["editor"])
    return "/timelines/geneva/", "-مسودة"


def _rename_timeline(n):
    n["geneva"].title = "مفاوضات جنيف"
    n["geneva"].save()
    return "/timelines/geneva/18/", "مفاوضات جنيف"


_client = None


def warm_all() -> None:
    warm(
        _client, *GENEVA, "/timelines/geneva/18/", "/people/antony-blinken/", "/api/v1/persons/antony-blinken/", *SUDAN
    )


CHANGES = [
    _publish,
    _edit,
    _correct,
    _retract,
    _renumber,
    _add_statement,
    _rename_person,
    _role,
    _alias,
    _rename_source,
    _delete_topic,
    _rename_place,
    _add_media,
    _remove_media,
    _translate,
    _delete_draft,
    _rename_timeline,
]


@pytest.mark.parametrize("change", CHANGES, ids=[change.__name__.strip("_") for change in CHANGES])
def test_each_change_shows_at_once_and_leaves_the_other_timeline_cached(client, newsroom, change):
    global _client
    _client = client
    warm_all()
    path, text = change(newsroom)
    body = client.get(path).content.decode()
    if text.startswith("-"):
        assert text[1:] not in body, path
    else:
        assert text in body, path
    # Scoped: the other story's pages, and its speaker's, were not purged.
    assert all(hit(client, other) for other in SUDAN), [other for other in SUDAN if not hit(client, other)]
    assert f"timeline-{newsroom['sudan'].pk}-bulletins" not in purged()


def test_a_publication_purges_its_timeline_people_sources_topics_places_home_and_neighbours(
    client, newsroom, committing
):
    n = newsroom
    with committing():
        services.event_update(event=n["events"][18], user=n["editor"], body="فقرة")
    expected = {
        f"bulletin-{n['events'][18].pk}",
        f"bulletin-{n['events'][17].pk}",  # its neighbour links to it
        f"timeline-{n['geneva'].pk}-bulletins",
        f"person-{n['speaker'].pk}-bulletins",
        f"source-{n['source'].pk}-bulletins",
        f"topic-{n['topic'].pk}-bulletins",
        f"place-{n['place'].pk}-bulletins",
        "home",
        "bulletins",
        "people",  # it names a person
        "sources",  # and cites a source
    }
    # And on PostgreSQL the searches of its words (keys.py), none other.
    words = bulletin_search_keys([n["events"][18].pk], "default")
    assert purged() == expected | words
    assert {key for key in purged() if key.startswith("s-")} == words


def test_a_draft_edit_purges_nothing(client, newsroom):
    draft = services.event_create(
        timeline=newsroom["geneva"], user=newsroom["editor"], headline="مسودة", date=datetime.date(2022, 1, 2)
    )
    services.event_update(event=draft, user=newsroom["editor"], headline="مسودة معدلة")
    services.statement_add(event=draft, user=newsroom["editor"], speaker=newsroom["speaker"], text="سري")
    assert purged() == set()
    warm(client, "/timelines/geneva/")
    services.event_update(event=draft, user=newsroom["editor"], body="نص")
    assert hit(client, "/timelines/geneva/")


def test_purges_wait_for_the_commit(newsroom, settings, django_capture_on_commit_callbacks):
    settings.TASALSUL_PURGE_AFTER_COMMIT = True
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        services.event_update(event=newsroom["events"][18], user=newsroom["editor"], headline="بعد الالتزام")
        assert purged() == set()  # nothing before the commit
    assert callbacks
    assert f"bulletin-{newsroom['events'][18].pk}" in purged()


def _edit_then_fail(event: Event, editor) -> None:
    """An edit in its own transaction (or savepoint) that fails after writing: everything it wrote rolls back."""
    from django.db import transaction

    with transaction.atomic():
        services.event_update(event=event, user=editor, headline="لن تُحفظ")
        raise RuntimeError("the request fails after the edit")


def test_a_change_rolled_back_purges_nothing_then_or_later(newsroom, settings, django_capture_on_commit_callbacks):
    """An edit whose transaction fails leaves the pages as they were: nothing to purge, neither at its rollback
    nor with the next commit in the same worker (its record used to wait in the thread for the next purge)."""
    settings.TASALSUL_PURGE_AFTER_COMMIT = True
    geneva_bulletin = newsroom["events"][18]
    with pytest.raises(RuntimeError):
        _edit_then_fail(geneva_bulletin, newsroom["editor"])
    geneva_bulletin.refresh_from_db()
    assert geneva_bulletin.headline == "عنوان جنيف 18"
    with django_capture_on_commit_callbacks(execute=True):
        services.event_update(event=newsroom["khartoum"], user=newsroom["editor"], headline="بعد الإخفاق")
    assert f"bulletin-{newsroom['khartoum'].pk}" in purged()
    assert f"bulletin-{geneva_bulletin.pk}" not in purged()
    assert f"timeline-{newsroom['geneva'].pk}-bulletins" not in purged()


def test_a_savepoint_rolled_back_keeps_the_purges_of_the_transaction_around_it(
    newsroom, settings, django_capture_on_commit_callbacks
):
    settings.TASALSUL_PURGE_AFTER_COMMIT = True
    with django_capture_on_commit_callbacks(execute=True):
        services.event_update(event=newsroom["khartoum"], user=newsroom["editor"], headline="تُحفظ")
        with pytest.raises(RuntimeError):
            _edit_then_fail(newsroom["events"][18], newsroom["editor"])
    assert f"bulletin-{newsroom['khartoum'].pk}" in purged()
    assert f"timeline-{newsroom['sudan'].pk}-bulletins" in purged()


def test_a_response_made_while_its_keys_were_purged_is_kept_nowhere(client, newsroom, monkeypatch):
    """A render that read the old bulletin before a purge landed is served once, never stored (here or by a
    tier)."""
    from newsroom import response_cache
    from timeline.frontend_cache.backends import purge

    original = response_cache.surrogate_keys.Collected.keys

    def purge_meanwhile(self, request):
        keys = original(self, request)
        purge(keys)  # an editor's commit landed while this page was being made
        return keys

    monkeypatch.setattr(response_cache.surrogate_keys.Collected, "keys", purge_meanwhile)
    response = client.get("/timelines/geneva/")
    assert response["Surrogate-Control"] == "no-store"
    assert "Surrogate-Key" not in response
    monkeypatch.setattr(response_cache.surrogate_keys.Collected, "keys", original)
    assert client.get("/timelines/geneva/")["X-Cache"] == "miss"


def test_with_a_replica_a_page_made_within_its_lag_of_a_purge_is_kept_nowhere(client, newsroom, settings):
    """A replica may not yet have replayed the change a purge announced: a page made from it in the second after the
    purge is served but stored neither here nor by the tier; with no doubt allowed, the same page is kept."""
    from timeline.frontend_cache.backends import purge

    page = "/timelines/geneva/"
    settings.TASALSUL_PURGE_CLOCK_SKEW = 1.0
    purge([f"timeline-{newsroom['geneva'].pk}-bulletins"])
    response = client.get(page)
    assert response["Surrogate-Control"] == "no-store"
    assert not hit(client, page)

    settings.TASALSUL_PURGE_CLOCK_SKEW = 0.0
    purge([f"timeline-{newsroom['geneva'].pk}-bulletins"])
    assert "Surrogate-Key" in client.get(page)
    assert hit(client, page)


@pytest.mark.parametrize(
    ("environment", "seconds"),
    [
        ({}, 0.0),
        ({"DATABASE_REPLICA_URL": "postgres://u@replica.example:5432/news"}, 1.0),
        (
            {"DATABASE_REPLICA_URL": "postgres://u@replica.example:5432/news", "TASALSUL_PURGE_CLOCK_SKEW_MS": "250"},
            0.25,
        ),
    ],
)
def test_the_doubt_about_a_purge_defaults_to_a_second_with_a_replica(environment, seconds):
    import subprocess
    import sys

    code = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'newsroom.settings.dev'; django.setup(); "
        "from django.conf import settings; print(settings.TASALSUL_PURGE_CLOCK_SKEW)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", **environment},
        check=True,
    )
    assert float(result.stdout.strip()) == seconds


SEARCH = "/search/?q=%D8%A7%D9%84%D8%A3%D9%85%D9%86%D9%8A%D8%A9"  # الأمنية
API_SEARCH = "/api/v1/events/?q=%D8%A7%D9%84%D8%A3%D9%85%D9%86%D9%8A%D8%A9"


def _new_bulletin(newsroom, headline: str, committing) -> Event:
    with committing():
        return services.event_create(
            timeline=newsroom["geneva"],
            user=newsroom["editor"],
            headline=headline,
            date=datetime.date(2022, 1, 11),
            status=Event.Status.PUBLISHED,
        )


def _headline(newsroom, headline: str, committing) -> None:
    with committing():
        services.event_update(event=newsroom["events"][17], user=newsroom["editor"], headline=headline)


@pytest.mark.postgresql
def test_a_search_is_purged_by_a_bulletin_holding_its_word_and_by_no_other(client, newsroom, committing):
    _headline(newsroom, "الضمانات الأمنية في جنيف", committing)
    warm(client, SEARCH, API_SEARCH)
    keys = client.get(SEARCH)["Surrogate-Key"].split()
    assert "searches" in keys
    assert "bulletins" not in keys
    assert any(key.startswith("s-") for key in keys)

    _new_bulletin(newsroom, "وصول الوفد الروسي إلى جنيف", committing)  # not the word searched for
    assert hit(client, SEARCH)
    assert hit(client, API_SEARCH)
    assert not hit(client, "/api/v1/events/")  # the list of every bulletin does change

    _new_bulletin(newsroom, "مباحثات أمنية مغلقة", committing)  # the same word, otherwise spelt: it matches
    assert not hit(client, SEARCH)
    assert "مباحثات أمنية مغلقة" in client.get(API_SEARCH).content.decode()


@pytest.mark.postgresql
def test_a_bulletin_losing_the_word_leaves_the_search_at_once(client, newsroom, committing):
    _headline(newsroom, "الضمانات الأمنية في جنيف", committing)
    warm(client, API_SEARCH)
    assert "الضمانات الأمنية" in client.get(API_SEARCH).content.decode()
    _headline(newsroom, "الضمانات في جنيف", committing)
    assert "الضمانات في جنيف" not in client.get(API_SEARCH).content.decode()
    assert client.get(API_SEARCH).json()["count"] == 0


@pytest.mark.postgresql
def test_what_reaches_every_list_reaches_the_searches(client, newsroom, committing):
    _headline(newsroom, "الضمانات الأمنية في جنيف", committing)
    warm(client, SEARCH)
    other = PersonFactory(name="سيرغي لافروف", slug="lavrov")
    with committing():
        other.name = "سيرجي لافروف"
        other.save()
    assert "searches" in purged()
    assert not hit(client, SEARCH)


@pytest.mark.postgresql
@pytest.mark.parametrize(
    ("query", "broad"),
    [("-الأمنية", True), ("جنيف or -الأمنية", True), ("جنيف -الأمنية", False), ('"الضمانات الأمنية"', False)],
)
def test_searches_whose_words_cannot_be_known_are_labelled_as_every_list(client, newsroom, query, broad):
    keys = client.get("/api/v1/events/", {"q": query})["Surrogate-Key"].split()
    assert ("bulletins" in keys) is broad
    assert ("searches" in keys) is not broad


def test_a_search_is_labelled_by_its_words_with_full_text_search_else_as_every_list(client, newsroom, committing):
    from django.db import connection

    warm(client, SEARCH)
    keys = client.get(SEARCH)["Surrogate-Key"].split()
    _new_bulletin(newsroom, "وصول الوفد الروسي إلى جنيف", committing)
    if connection.vendor == "postgresql":
        assert "bulletins" not in keys
        assert hit(client, SEARCH)
    else:  # SQLite's search matches the beginnings of words: which words a search needs cannot be told
        assert "bulletins" in keys
        assert not hit(client, SEARCH)


# --- The API's lists of people and sources ------------------------------------------------------------------------

PEOPLE_LISTS = ("/api/v1/persons/", "/api/v1/sources/")


def test_a_publication_naming_no_one_leaves_the_lists_of_people_and_sources_cached(client, newsroom, committing):
    warm(client, *PEOPLE_LISTS)
    _new_bulletin(newsroom, "وصول الوفود إلى جنيف", committing)
    assert all(hit(client, path) for path in PEOPLE_LISTS)
    assert not hit(client, "/timelines/geneva/")


def test_the_lists_of_people_and_sources_show_a_new_speaker_and_source_at_once(client, newsroom, committing):
    warm(client, *PEOPLE_LISTS)
    n = newsroom
    speaker = PersonFactory(name="كايا كالاس", slug="kaja-kallas")
    source = SourceFactory(name="وكالة الأنباء الإستونية", slug="err")
    assert "kaja-kallas" not in client.get("/api/v1/persons/").content.decode()  # named in no bulletin yet
    bulletin = _new_bulletin(n, "كالاس في جنيف", committing)
    with committing():
        services.statement_add(event=bulletin, user=n["editor"], speaker=speaker, source=source, text="نرحب")
    assert "kaja-kallas" in client.get("/api/v1/persons/").content.decode()
    assert '"err"' in client.get("/api/v1/sources/").content.decode()
    # Retracting her only bulletin takes her off the list as at once.
    warm(client, *PEOPLE_LISTS)
    with committing():
        services.event_retract(event=bulletin, user=n["editor"], reason="نُشرت خطأً")
    assert "kaja-kallas" not in client.get("/api/v1/persons/").content.decode()


def test_a_person_renamed_or_given_a_role_is_fresh_in_the_list_of_people(client, newsroom, committing):
    warm(client, "/api/v1/persons/")
    with committing():
        newsroom["speaker"].name = "أنتوني جون بلينكن"
        newsroom["speaker"].save()
    assert "أنتوني جون بلينكن" in client.get("/api/v1/persons/").content.decode()
    warm(client, "/api/v1/persons/")
    with committing():
        newsroom["speaker"].roles.create(title="وزير الخارجية الأمريكي")
    assert "وزير الخارجية الأمريكي" in client.get("/api/v1/persons/").content.decode()


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_a_reader_between_a_publication_and_its_commit_does_not_keep_the_old_answer():
    """A reader's request made while a publication is written but not yet committed reads the old rows. Purging
    after the commit keeps that answer from outliving it: the next reader is told of the new bulletin. (Purged
    before the commit, the stale "0 new" answer was kept as fresh and the embed's live poll never saw bulletin 2.)"""
    import threading

    from django.db import connection, transaction
    from django.test import Client

    timeline = TimelineFactory(slug="geneva", is_live=True)
    editor = UserFactory(role=NewsroomRole.CHIEF)
    services.event_create(
        timeline=timeline, user=editor, headline="الأولى", date=datetime.date(2022, 1, 1), status="published"
    )
    answers: list[dict] = []

    def read() -> None:
        try:
            answers.append(Client().get("/timelines/geneva/updates/?after=1").json())
        finally:
            connection.close()  # this thread's own connection

    with transaction.atomic():
        services.event_create(
            timeline=timeline, user=editor, headline="الثانية", date=datetime.date(2022, 1, 2), status="published"
        )
        reader = threading.Thread(target=read)
        reader.start()
        reader.join()
    assert answers == [{"count": 0, "url": "/timelines/geneva/"}]  # not committed yet
    assert Client().get("/timelines/geneva/updates/?after=1").json()["count"] == 1

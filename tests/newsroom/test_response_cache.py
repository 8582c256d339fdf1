"""Anonymous responses are cached whole, and every kind of edit shows on the very next request: publishing, editing,
correcting, retracting, renumbering a bulletin, renaming a person it quotes."""

import datetime
import socket

import pytest
from django.core.cache import cache
from django.test import override_settings

from tests.factories import PersonFactory, TimelineFactory, UserFactory
from timeline import services
from timeline.models import Event
from timeline.roles import NewsroomRole

pytestmark = pytest.mark.django_db
SURFACES = [
    "/timelines/geneva/",
    "/timelines/geneva/feed/rss/",
    "/timelines/geneva/feed.json",
    "/api/v1/timelines/geneva/events/",
    "/api/v1/events/",
    "/api/v1/timelines/geneva/timelinejs.json",
    "/api/v1/timelines/geneva/statements.csv",
    "/en/timelines/geneva/",
]


@pytest.fixture
def story():
    cache.clear()
    editor = UserFactory(role=NewsroomRole.CHIEF)
    timeline = TimelineFactory(slug="geneva")
    speaker = PersonFactory(name="أنطوني بلينكن", slug="antony-blinken")
    events = []
    for number in (17, 18):
        event = services.event_create(
            timeline=timeline,
            user=editor,
            number=number,
            headline=f"عنوان {number}",
            date=datetime.date(2022, 1, number - 9),
            status=Event.Status.PUBLISHED,
        )
        services.statement_add(event=event, user=editor, speaker=speaker, text=f"تصريح {number}")
        events.append(event)
    draft = services.event_create(
        timeline=timeline, user=editor, number=19, headline="عنوان المسودة", date=datetime.date(2022, 1, 11)
    )
    yield {"editor": editor, "timeline": timeline, "speaker": speaker, "eighteen": events[1], "draft": draft}
    cache.clear()


def warm(client, paths=SURFACES):
    for path in paths:
        assert client.get(path).status_code == 200, path
    for path in paths:
        assert client.get(path)["X-Cache"] == "hit", path


def everywhere(client, text, paths=SURFACES):
    return {path: text in client.get(path).content.decode() for path in paths}


def test_responses_are_cached_for_anonymous_readers_only(client, story):
    first = client.get("/timelines/geneva/")
    assert first["X-Cache"] == "miss"
    assert client.get("/timelines/geneva/")["X-Cache"] == "hit"
    client.force_login(story["editor"])
    assert "X-Cache" not in client.get("/api/v1/timelines/geneva/events/")
    assert "عنوان المسودة" in client.get("/api/v1/timelines/geneva/events/").content.decode()


def test_publishing_shows_at_once(client, story):
    warm(client)
    services.event_publish(event=story["draft"], user=story["editor"])
    # (The statements CSV has no headlines, and the draft no statements.)
    assert all(everywhere(client, "عنوان المسودة", [p for p in SURFACES if not p.endswith(".csv")]).values())


def test_editing_shows_at_once(client, story):
    warm(client)
    services.event_update(event=story["eighteen"], user=story["editor"], headline="عنوان معدل")
    assert all(everywhere(client, "عنوان معدل", [p for p in SURFACES if not p.endswith(".csv")]).values())


def test_correcting_shows_at_once(client, story):
    warm(client, ["/timelines/geneva/", "/timelines/geneva/18/"])
    services.event_correct(event=story["eighteen"], user=story["editor"], note="كان التاريخ خاطئًا")
    assert all(everywhere(client, "كان التاريخ خاطئًا", ["/timelines/geneva/", "/timelines/geneva/18/"]).values())


def test_retracting_shows_at_once(client, story):
    warm(client)
    services.event_retract(event=story["eighteen"], user=story["editor"], reason="نسب خاطئ")
    assert not any(everywhere(client, "عنوان 18").values())
    assert client.get("/timelines/geneva/18/").status_code == 410


def test_renumbering_shows_at_once(client, story):
    warm(client)
    services.event_renumber(event=story["eighteen"], user=story["editor"], number=30)
    assert '"number":30' in client.get("/api/v1/timelines/geneva/events/").content.decode()
    assert 'id="30"' in client.get("/timelines/geneva/").content.decode()
    assert client.get("/timelines/geneva/18/").status_code == 301


def test_renaming_a_quoted_person_shows_at_once(client, story):
    warm(client, [*SURFACES, "/people/antony-blinken/"])
    speaker = story["speaker"]
    speaker.name = "أنتوني بلينكن"
    speaker.save()
    services.person_changed(person=speaker)
    surfaces = [
        "/timelines/geneva/",
        "/api/v1/timelines/geneva/events/",
        "/api/v1/timelines/geneva/statements.csv",
        "/people/antony-blinken/",
    ]
    assert all(everywhere(client, "أنتوني بلينكن", surfaces).values())


def redis_available() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


@pytest.mark.parametrize(
    "backend",
    [
        "django.core.cache.backends.redis.RedisCache",
        # Production's: a hit is checked against its keys' purges in Redis, in the same round trip.
        "newsroom.tolerant_cache.OutageTolerantRedisCache",
    ],
)
def test_the_same_with_redis_as_the_cache(client, story, backend):
    if not redis_available():
        pytest.skip("needs Redis on 127.0.0.1:6379 (CI starts it)")
    redis = {
        "default": {
            "BACKEND": backend,
            "LOCATION": "redis://127.0.0.1:6379/14",
            "KEY_PREFIX": "tasalsul-test",
        }
    }
    with override_settings(CACHES=redis):
        from django.core.cache import caches

        caches["default"].clear()
        warm(client, ["/timelines/geneva/", "/api/v1/events/"])
        services.event_update(event=story["eighteen"], user=story["editor"], headline="عنوان في ريديس")
        assert all(everywhere(client, "عنوان في ريديس", ["/timelines/geneva/", "/api/v1/events/"]).values())
        caches["default"].clear()


REPRESENTATION = ("Vary", "Content-Type", "Content-Language", "ETag", "Cache-Control", "Access-Control-Allow-Origin")


@pytest.mark.parametrize("accept_encoding", ["", "br, gzip"])
def test_a_hit_says_what_the_miss_said(client, story, accept_encoding):
    """A shared cache downstream keys its copies on Vary: a hit that named other headers than the miss did would
    have it keep (or serve) the wrong copy."""
    for path in [*SURFACES, "/", "/en/", "/sitemap.xml", "/robots.txt", "/people/antony-blinken/"]:
        headers = {"HTTP_ACCEPT_ENCODING": accept_encoding, "HTTP_ORIGIN": "https://elsewhere.example"}
        miss, hit = client.get(path, **headers), client.get(path, **headers)
        assert (miss["X-Cache"], hit["X-Cache"]) == ("miss", "hit"), path
        assert {name: miss.get(name) for name in REPRESENTATION} == {name: hit.get(name) for name in REPRESENTATION}, (
            path
        )
        assert "Cookie" in hit["Vary"], path
        cache.clear()


def test_the_language_is_the_addresss_so_one_copy_serves_every_browser(client, story):
    first = client.get("/timelines/geneva/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert first["X-Cache"] == "miss"
    again = client.get("/timelines/geneva/", HTTP_ACCEPT_LANGUAGE="ar-EG")
    assert again["X-Cache"] == "hit"
    assert again.content == first.content
    assert again["Content-Language"] == "ar"

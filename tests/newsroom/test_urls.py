"""Every address that answers GET answers HEAD the same way (crawlers, link checkers and feed readers ask HEAD first),
and robots.txt keeps crawlers out of search in both languages."""

import datetime
import io

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from PIL import Image

from tests.factories import EventFactory, PersonFactory, SourceFactory, StatementFactory, TimelineFactory, UserFactory
from timeline import services
from timeline.models import Event
from timeline.preview import preview_token
from timeline.roles import NewsroomRole

pytestmark = pytest.mark.django_db

# Addresses that only take writes (or are the admin's, which has its own tests): nothing to HEAD there.
WRITE_ONLY = {"set_language", "timeline:preview-publish"}


def _routes(resolver: URLResolver, namespace: str = "") -> set[str]:
    names = set()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace == "admin":
                continue
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= _routes(pattern, inner)
        elif isinstance(pattern, URLPattern):
            names.add(f"{namespace}{pattern.name}" if pattern.name else str(pattern.pattern))
    return names


@pytest.fixture
def story():
    cache.clear()
    timeline = TimelineFactory(slug="geneva", title="محادثات جنيف", language="ar", is_live=True)
    speaker = PersonFactory(slug="antony-blinken")
    source = SourceFactory(slug="cnn")
    event = EventFactory(timeline=timeline, number=18, status=Event.Status.PUBLISHED, date=datetime.date(2022, 1, 9))
    StatementFactory(event=event, speaker=speaker, source=source, position=1)
    services.event_statements_sync(event=event)
    image = io.BytesIO()
    Image.new("RGB", (600, 400), (200, 30, 30)).save(image, "JPEG")
    photo = services.media_add_image(
        event=event,
        user=None,
        upload=SimpleUploadedFile("photo.jpg", image.getvalue(), content_type="image/jpeg"),
        alt_text="صورة",
    )
    draft = EventFactory(timeline=timeline, number=19, status=Event.Status.DRAFT)
    yield {"photo": photo.renditions[0]["name"], "draft": draft, "event": event}
    cache.clear()


def addresses(story) -> dict[str, tuple[str, str]]:
    """A real address for each route, and who reads it (staff for the preview)."""
    photo = "/media/" + story["photo"]
    return {
        "sitemap": ("/sitemap.xml", "reader"),
        "robots-txt": ("/robots.txt", "reader"),
        "oembed": ("/oembed?url=http://testserver/timelines/geneva/", "reader"),
        "share-card": ("/share.png", "reader"),
        "newsroom-logo": ("/newsroom-logo.png", "reader"),
        "^media/bulletins/(?P<folder>[0-9a-f]{32})/(?P<name>[0-9]{1,5}\\.(?:jpg|png))$": (photo, "reader"),
        "healthz": ("/healthz", "reader"),
        "readyz": ("/readyz", "reader"),
        "api-schema": ("/api/v1/schema/", "reader"),
        "api-docs": ("/api/v1/docs/", "reader"),
        "api-timeline-list": ("/api/v1/timelines/", "reader"),
        "api-timeline-detail": ("/api/v1/timelines/geneva/", "reader"),
        "api-timeline-event-list": ("/api/v1/timelines/geneva/events/", "reader"),
        "api-timeline-event-detail": ("/api/v1/timelines/geneva/events/18/", "reader"),
        "api-event-ninjs": ("/api/v1/timelines/geneva/events/18/ninjs/", "reader"),
        "api-timelinejs": ("/api/v1/timelines/geneva/timelinejs.json", "reader"),
        "api-statements-csv": ("/api/v1/timelines/geneva/statements.csv", "reader"),
        "api-event-list": ("/api/v1/events/", "reader"),
        "api-event-detail": (f"/api/v1/events/{story['event'].pk}/", "reader"),
        "api-statement-list": ("/api/v1/statements/", "reader"),
        "api-person-list": ("/api/v1/persons/", "reader"),
        "api-person-detail": ("/api/v1/persons/antony-blinken/", "reader"),
        "api-source-list": ("/api/v1/sources/", "reader"),
        "api-source-detail": ("/api/v1/sources/cnn/", "reader"),
        "timeline:timeline-list": ("/", "reader"),
        "timeline:search": ("/search/?q=جنيف", "reader"),
        "timeline:timeline-detail": ("/timelines/geneva/", "reader"),
        "timeline:timeline-updates": ("/timelines/geneva/updates/?after=17", "reader"),
        "timeline:timeline-embed": ("/embed/timelines/geneva/", "reader"),
        "timeline:timeline-rss": ("/timelines/geneva/feed/rss/", "reader"),
        "timeline:timeline-atom": ("/timelines/geneva/feed/atom/", "reader"),
        "timeline:timeline-json-feed": ("/timelines/geneva/feed.json", "reader"),
        "timeline:event-detail": ("/timelines/geneva/18/", "reader"),
        "timeline:corrections": ("/timelines/geneva/corrections/", "reader"),
        "timeline:corrections-feed": ("/timelines/geneva/corrections/feed/", "reader"),
        "timeline:preview": (f"/preview/{preview_token(story['draft'])}/", "staff"),
        "timeline:person-detail": ("/people/antony-blinken/", "reader"),
        "timeline:source-detail": ("/sources/cnn/", "reader"),
    }


def test_every_route_is_checked_below(story):
    """A new address must say how it answers HEAD: add it to addresses() (or to WRITE_ONLY)."""
    assert _routes(get_resolver()) - WRITE_ONLY == set(addresses(story))


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_every_get_answers_head_alike(story):
    reader, staff = Client(), Client()
    staff.force_login(UserFactory(role=NewsroomRole.EDITOR))
    for name, (path, who) in addresses(story).items():
        client = staff if who == "staff" else reader
        got, head = client.get(path), client.head(path)
        assert got.status_code == 200, (name, path, got.status_code)
        assert head.status_code == 200, (name, path, head.status_code)
        assert head["Content-Type"] == got["Content-Type"], name
        assert body(head) == b"", name
        assert body(got), name
        if path.startswith(("/robots.txt", "/oembed", "/timelines/geneva/updates/", "/timelines/geneva/feed.json")):
            # The ones that refused HEAD (405) before: the same length is announced.
            assert head.get("Content-Length") == got.get("Content-Length"), name


def test_robots_keep_crawlers_out_of_search_in_both_languages(client):
    lines = client.get("/robots.txt").content.decode().splitlines()
    assert {"Disallow: /search/", "Disallow: /en/search/"} <= set(lines)
    assert "Sitemap: http://testserver/sitemap.xml" in lines

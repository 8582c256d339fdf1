"""The language is the address's: Arabic at the root, English under /en/, whatever the browser asks for; so no
answer varies on Accept-Language."""

import datetime

import pytest
from django.core.cache import cache

from tests.factories import EventFactory, TimelineFactory
from timeline.models import Event

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    cache.clear()
    timeline = TimelineFactory(slug="geneva", title="محادثات جنيف", language="ar")
    EventFactory(timeline=timeline, number=18, status=Event.Status.PUBLISHED, date=datetime.date(2022, 1, 9))
    yield timeline
    cache.clear()


@pytest.mark.parametrize(
    ("path", "language"),
    [
        ("/", "ar"),
        ("/timelines/geneva/", "ar"),
        ("/robots.txt", "ar"),
        ("/api/v1/timelines/", "ar"),
        ("/en/", "en"),
        ("/en/timelines/geneva/", "en"),
        ("/en/search/?q=x", "en"),
    ],
)
def test_the_path_alone_decides_and_nothing_varies_on_accept_language(client, story, path, language):
    answers = [
        client.get(path, HTTP_ACCEPT_LANGUAGE=asked, HTTP_COOKIE=f"django_language={asked}")
        for asked in ("en", "ar", "fr")
    ]
    for response in answers:
        assert response.status_code == 200, path
        assert response["Content-Language"] == language, path
        assert "accept-language" not in response.get("Vary", "").lower(), path
    if response["Content-Type"].startswith("text/html"):
        assert f'<html lang="{language}"' in answers[0].content.decode()
    cache.clear()


def test_a_missing_page_says_its_language_too(client):
    assert client.get("/en/no-such-page/", HTTP_ACCEPT_LANGUAGE="ar")["Content-Language"] == "en"
    assert "Accept-Language" not in client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="en").get("Vary", "")

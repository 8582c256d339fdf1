"""Our text in other people's formats: TimelineJS renders a slide's headline and text and a media's caption and
credit as HTML, so what editors typed (plain text, whatever characters) is escaped into them, never run or parsed."""

import datetime

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from tests.factories import EventFactory, PersonFactory, StatementFactory, TimelineFactory
from timeline import services
from timeline.models import Event

pytestmark = pytest.mark.django_db
HOSTILE = '<img src=x onerror="alert(1)"> & <b>'
ESCAPED = "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;b&gt;"


@pytest.fixture
def slides() -> dict:
    cache.clear()
    timeline = TimelineFactory(slug="geneva", title=f"جنيف {HOSTILE}", summary=f"ملخص {HOSTILE}")
    event = EventFactory(
        timeline=timeline,
        number=18,
        status=Event.Status.PUBLISHED,
        date=datetime.date(2022, 1, 9),
        headline=f"بلينكن {HOSTILE}",
        body=f"فقرة {HOSTILE}",
    )
    StatementFactory(event=event, speaker=PersonFactory(name=f"شخص {HOSTILE}"), text=f"قال {HOSTILE}")
    services.media_add_embed(
        event=event,
        user=None,
        url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        caption=f"تعليق {HOSTILE}",
        credit=f"حقوق {HOSTILE}",
    )
    yield APIClient().get("/api/v1/timelines/geneva/timelinejs.json").json()
    cache.clear()


def test_the_title_slide_escapes_the_timelines_title_and_summary(slides):
    assert slides["title"]["text"] == {"headline": f"جنيف {ESCAPED}", "text": f"<p>ملخص {ESCAPED}</p>"}


def test_a_slide_escapes_the_headline_caption_and_credit(slides):
    slide = slides["events"][0]
    assert slide["text"]["headline"] == f"(18) بلينكن {ESCAPED}"
    assert slide["media"]["caption"] == f"تعليق {ESCAPED}"
    assert slide["media"]["credit"] == f"حقوق {ESCAPED}"


def test_the_slide_text_holds_only_our_own_markup(slides):
    text = slides["events"][0]["text"]["text"]
    assert HOSTILE not in text
    assert "<img" not in text
    assert "<b>" not in text
    assert f"فقرة {ESCAPED}" in text
    assert f"قال {ESCAPED}" in text
    assert f"شخص {ESCAPED}" in text


def test_plain_arabic_text_is_unchanged(slides):
    """Escaping changes only what HTML reads as markup: Arabic, digits and punctuation stay as they were."""
    timeline = TimelineFactory(slug="plain", title="محادثات جنيف: «الجولة الثانية»")
    EventFactory(
        timeline=timeline, number=1, status=Event.Status.PUBLISHED, date=datetime.date(2022, 1, 9), headline="نص، ١٨"
    )
    data = APIClient().get("/api/v1/timelines/plain/timelinejs.json").json()
    assert data["title"]["text"]["headline"] == "محادثات جنيف: «الجولة الثانية»"
    assert data["events"][0]["text"]["headline"] == "(1) نص، ١٨"

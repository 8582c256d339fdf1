"""Feeds, read the way feed readers read them: feedparser for RSS and Atom, the JSON Feed 1.1 rules for JSON."""

import datetime

import feedparser
import pytest

from tests.factories import EventFactory, PersonFactory, StatementFactory, TimelineFactory
from timeline.models import Event

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    timeline = TimelineFactory(slug="geneva", title="محادثات جنيف", summary="تسلسل المحادثات")
    for number in (17, 18):
        event = EventFactory(
            timeline=timeline,
            number=number,
            headline=f"النشرة {number}",
            status=Event.Status.PUBLISHED,
            date=datetime.date(2022, 1, number - 9),
            body="فقرة <script>alert(1)</script>",
        )
        StatementFactory(event=event, speaker=PersonFactory(name="<b>بلينكن</b>"), text="نص & رمز")
    EventFactory(timeline=timeline, number=19, headline="مسودة سرية", status=Event.Status.DRAFT)
    return timeline


@pytest.mark.parametrize(
    ("path", "version"), [("/timelines/geneva/feed/rss/", "rss20"), ("/timelines/geneva/feed/atom/", "atom10")]
)
def test_rss_and_atom_parse_cleanly_with_published_bulletins_newest_first(client, story, path, version):
    feed = feedparser.parse(client.get(path).content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == version
    assert feed.feed.title == "محادثات جنيف"
    assert [entry.title for entry in feed.entries] == ["(18) النشرة 18", "(17) النشرة 17"]
    assert feed.entries[0].link == "http://testserver/timelines/geneva/18/"
    summary = feed.entries[0].get("summary", "")
    assert "<script>" not in summary
    assert "&lt;b&gt;بلينكن" in summary or "<b>" not in summary


def test_json_feed(client, story):
    response = client.get("/timelines/geneva/feed.json")
    assert response["Content-Type"] == "application/feed+json"
    feed = response.json()
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] == "محادثات جنيف"
    assert feed["feed_url"] == "http://testserver/timelines/geneva/feed.json"
    assert [item["title"] for item in feed["items"]] == ["(18) النشرة 18", "(17) النشرة 17"]
    item = feed["items"][0]
    assert isinstance(item["id"], str)
    assert datetime.datetime.fromisoformat(item["date_published"]).tzinfo is not None
    assert "&lt;script&gt;" in item["content_html"]
    assert "&lt;b&gt;بلينكن&lt;/b&gt;" in item["content_html"]
    assert "مسودة" not in response.content.decode()

"""/sitemap.xml as crawlers read it, against the pages it lists: each page's canonical address is its entry, and its
`hreflang` alternates are exactly the sitemap's (only real translations; none for the rest)."""

import re
import xml.etree.ElementTree as ET

import pytest

from tests.factories import EventFactory, PersonFactory, SourceFactory, StatementFactory, TimelineFactory
from timeline import services
from timeline.models import Event

pytestmark = pytest.mark.django_db
PUBLISHED, DRAFT = Event.Status.PUBLISHED, Event.Status.DRAFT
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def newsroom():
    """An Arabic story and its English translation (17 and 18 in both; 19 a draft in English), an Arabic story
    without translation, and the people and sources quoted in them."""
    arabic = TimelineFactory(slug="geneva", title="محادثات جنيف", language="ar")
    english = TimelineFactory(slug="geneva-en", title="The Geneva talks", language="en")
    alone = TimelineFactory(slug="alone", title="قصة وحيدة", language="ar")
    speaker = PersonFactory(slug="speaker")
    source = SourceFactory(slug="agency")
    for timeline, numbers in ((arabic, (17, 18, 19)), (english, (17, 18)), (alone, (1,))):
        for number in numbers:
            event = EventFactory(timeline=timeline, number=number, status=PUBLISHED)
            StatementFactory(event=event, speaker=speaker, source=source)
    EventFactory(timeline=english, number=19, status=DRAFT)
    services.timeline_link_translation(timeline=arabic, translation=english, user=None)


def sitemap_entries(client) -> dict[str, dict[str, str]]:
    """Each address in the sitemap, with its alternates by language."""
    root = ET.fromstring(client.get("/sitemap.xml").content)
    return {
        url.findtext("s:loc", namespaces=SITEMAP): {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", SITEMAP)
        }
        for url in root.findall("s:url", SITEMAP)
    }


def head(client, url: str) -> tuple[str, dict[str, str]]:
    """A page's canonical address and its hreflang alternates."""
    response = client.get(url.removeprefix("http://testserver"))
    assert response.status_code == 200, url
    content = response.content.decode()
    canonical = re.search(r'<link rel="canonical" href="([^"]+)">', content)[1]
    found = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', content)
    assert len(found) == len(dict(found)), (url, found)  # one per language
    return canonical, dict(found)


def test_every_page_agrees_with_the_sitemap(client, newsroom):
    entries = sitemap_entries(client)
    assert len(entries) == 3 + 6 + 2  # timelines, published bulletins, the person and the source
    for url, alternates in entries.items():
        canonical, found = head(client, url)
        assert canonical == url
        assert found == alternates, url


def test_only_real_translations_are_alternates(client, newsroom):
    entries = sitemap_entries(client)
    pair = {"ar": "http://testserver/timelines/geneva/", "en": "http://testserver/en/timelines/geneva-en/"}
    assert entries["http://testserver/timelines/geneva/"] == pair
    assert entries["http://testserver/en/timelines/geneva-en/"] == pair  # an English story at its English address
    assert entries["http://testserver/timelines/geneva/18/"] == {
        "ar": "http://testserver/timelines/geneva/18/",
        "en": "http://testserver/en/timelines/geneva-en/18/",
    }
    assert entries["http://testserver/timelines/geneva/19/"] == {}  # its translation is a draft
    assert entries["http://testserver/timelines/alone/"] == {}
    assert entries["http://testserver/people/speaker/"] == {}
    assert entries["http://testserver/sources/agency/"] == {}
    # The other interface's copies are not in the sitemap: they are the same pages.
    assert not any(url.startswith("http://testserver/en/timelines/geneva/") for url in entries)


def test_the_other_interface_s_copy_points_to_the_listed_page(client, newsroom):
    """/en/ copies of Arabic pages (and root copies of English ones) name the listed page as canonical and give
    the same alternates, so crawlers fold them into it."""
    entries = sitemap_entries(client)
    for copy, listed in [
        ("/en/timelines/geneva/", "http://testserver/timelines/geneva/"),
        ("/en/timelines/geneva/18/", "http://testserver/timelines/geneva/18/"),
        ("/timelines/geneva-en/18/", "http://testserver/en/timelines/geneva-en/18/"),
        ("/en/timelines/alone/1/", "http://testserver/timelines/alone/1/"),
    ]:
        canonical, found = head(client, copy)
        assert canonical == listed, copy
        assert found == entries[listed], copy


def test_drafts_are_not_listed(client, newsroom):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "geneva-en/19/" not in sitemap

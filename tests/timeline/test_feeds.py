"""Feeds, read the way feed readers read them: feedparser for RSS and Atom, the JSON Feed 1.1 rules for JSON, and the
W3C Feed Validator (../shared/validators/validate-feed) on every feed, in both interfaces, with corrections."""

import datetime
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest
from django.test import override_settings

from tests.factories import EventFactory, PersonFactory, StatementFactory, TimelineFactory, UserFactory
from timeline import services
from timeline.models import Event

pytestmark = pytest.mark.django_db

# Beside the checkout (../shared/validators), unless TASALSUL_FEED_VALIDATOR names it.
VALIDATOR = Path(
    os.environ.get("TASALSUL_FEED_VALIDATOR")
    or Path(__file__).resolve().parents[3] / "shared" / "validators" / "validate-feed"
)
UNDER_CI = os.environ.get("CI", "").lower() == "true"
ATOM = {"atom": "http://www.w3.org/2005/Atom"}
FEEDS = ["feed/rss/", "feed/atom/", "corrections/feed/"]


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
            created_by=UserFactory(first_name="سلمى", last_name="الكاتبة"),
        )
        StatementFactory(event=event, speaker=PersonFactory(name="<b>بلينكن</b>"), text="نص & رمز")
    services.event_correct(event=event, user=None, note="كان التاريخ <خطأ> & صُحّح")
    EventFactory(timeline=timeline, number=19, headline="مسودة سرية", status=Event.Status.DRAFT)
    return timeline


@pytest.fixture
def english_story():
    """An English timeline with a published bulletin and a correction whose note looks like markup."""
    timeline = TimelineFactory(slug="talks", title="The Geneva talks", summary="How the talks went", language="en")
    event = EventFactory(
        timeline=timeline,
        number=1,
        headline="Talks open: <today> & more",
        status=Event.Status.PUBLISHED,
        body="The first day.",
    )
    StatementFactory(event=event, speaker=PersonFactory(name="A. Speaker"), text="We will talk.")
    services.event_correct(event=event, user=None, note="The date was <b>wrong</b> & is now fixed")
    return timeline


def xml(client, path: str) -> ET.Element:
    response = client.get(path)
    assert response.status_code == 200, path
    return ET.fromstring(response.content)


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


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_each_feed_says_its_story_s_language_in_either_interface(client, story, english_story, prefix):
    for slug, language in (("geneva", "ar"), ("talks", "en")):
        rss = xml(client, f"{prefix}/timelines/{slug}/feed/rss/")
        assert rss.findtext("channel/language") == language
        atom = xml(client, f"{prefix}/timelines/{slug}/feed/atom/")
        assert atom.get("{http://www.w3.org/XML/1998/namespace}lang") == language
        corrections = xml(client, f"{prefix}/timelines/{slug}/corrections/feed/")
        assert corrections.findtext("channel/language") == language
        assert client.get(f"{prefix}/timelines/{slug}/feed.json").json()["language"] == language


def test_the_english_story_s_corrections_feed_is_in_english_at_the_root(client, english_story):
    channel = xml(client, "/timelines/talks/corrections/feed/").find("channel")
    assert channel.findtext("title") == "Corrections: The Geneva talks"
    assert channel.findtext("description") == "Corrections to the bulletins of “The Geneva talks”."


def test_the_arabic_story_s_corrections_feed_is_in_arabic_under_en(client, story):
    channel = xml(client, "/en/timelines/geneva/corrections/feed/").find("channel")
    assert channel.findtext("title") == "التصحيحات: محادثات جنيف"


def test_a_correction_note_is_text_in_the_description(client, english_story):
    [item] = xml(client, "/timelines/talks/corrections/feed/").findall("channel/item")
    # The description is HTML: the note's "<b>" reaches readers as those characters, not as bold.
    assert item.findtext("description") == "The date was &lt;b&gt;wrong&lt;/b&gt; &amp; is now fixed"
    entry = feedparser.parse(client.get("/timelines/talks/corrections/feed/").content).entries[0]
    assert entry.summary == "The date was &lt;b&gt;wrong&lt;/b&gt; &amp; is now fixed"


def test_a_headline_s_markup_characters_are_text_in_rss(client, english_story):
    """RSS never says whether a title is text or HTML: "<" and "&" are written as hexadecimal references, as the
    RSS Profile advises, which any XML parser reads back as the same characters."""
    response = client.get("/timelines/talks/feed/rss/")
    assert b"<title>(1) Talks open: &#x3C;today&#x3E; &#x26; more</title>" in response.content
    assert ET.fromstring(response.content).findtext("channel/item/title") == "(1) Talks open: <today> & more"


def _ids(client, path: str) -> list[str]:
    if path.endswith("feed.json"):
        return [item["id"] for item in client.get(path).json()["items"]]
    root = xml(client, path)
    if root.tag == "rss":
        return [item.findtext("guid") for item in root.findall("channel/item")]
    return [entry.findtext("atom:id", namespaces=ATOM) for entry in root.findall("atom:entry", ATOM)]


@pytest.mark.parametrize("feed", ["feed/rss/", "feed/atom/", "feed.json", "corrections/feed/"])
def test_ids_are_absolute_and_the_same_in_both_interfaces(client, story, english_story, feed):
    for slug in ("geneva", "talks"):
        arabic_interface = _ids(client, f"/timelines/{slug}/{feed}")
        english_interface = _ids(client, f"/en/timelines/{slug}/{feed}")
        assert arabic_interface, (slug, feed)
        assert arabic_interface == english_interface
    # Each bulletin by its canonical address: the Arabic story at the root, the English one under /en/.
    assert _ids(client, "/en/timelines/geneva/feed/rss/")[0] == "http://testserver/timelines/geneva/18/"
    assert _ids(client, "/timelines/talks/feed/atom/")[0] == "http://testserver/en/timelines/talks/1/"


def test_links_stay_in_the_reader_s_interface(client, story):
    rss = xml(client, "/en/timelines/geneva/feed/rss/")
    assert rss.findtext("channel/item/link") == "http://testserver/en/timelines/geneva/18/"
    assert rss.find("channel/item/guid").get("isPermaLink") == "true"


def test_atom_names_the_newsroom_as_author(client, story):
    atom = xml(client, "/timelines/geneva/feed/atom/")
    assert atom.findtext("atom:author/atom:name", namespaces=ATOM) == "تسلسل"
    assert atom.findtext("atom:author/atom:uri", namespaces=ATOM) == "http://testserver/"
    assert atom.findtext("atom:id", namespaces=ATOM) == "http://testserver/timelines/geneva/"
    for entry in atom.findall("atom:entry", ATOM):
        assert entry.findtext("atom:author/atom:name", namespaces=ATOM) == "تسلسل"
    with override_settings(TASALSUL_NEWSROOM_NAME="Al-Khabar", TASALSUL_NEWSROOM_URL="https://news.example/"):
        atom = xml(client, "/en/timelines/geneva/feed/atom/")
    assert atom.findtext("atom:author/atom:name", namespaces=ATOM) == "Al-Khabar"
    assert atom.findtext("atom:author/atom:uri", namespaces=ATOM) == "https://news.example/"


def test_json_feed(client, story):
    response = client.get("/timelines/geneva/feed.json")
    assert response["Content-Type"] == "application/feed+json"
    feed = response.json()
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] == "محادثات جنيف"
    assert feed["feed_url"] == "http://testserver/timelines/geneva/feed.json"
    assert feed["authors"] == [{"name": "تسلسل", "url": "http://testserver/"}]
    assert [item["title"] for item in feed["items"]] == ["(18) النشرة 18", "(17) النشرة 17"]
    item = feed["items"][0]
    assert isinstance(item["id"], str)
    for key in ("date_published", "date_modified"):
        assert datetime.datetime.fromisoformat(item[key]).tzinfo is not None
    assert item["date_modified"] >= item["date_published"]
    assert "&lt;script&gt;" in item["content_html"]
    assert "&lt;b&gt;بلينكن&lt;/b&gt;" in item["content_html"]
    assert "مسودة" not in response.content.decode()


def test_a_json_feed_item_s_author_is_the_newsroom_never_the_speaker(client, story):
    items = client.get("/timelines/geneva/feed.json").json()["items"]
    assert [item["authors"] for item in items] == [[{"name": "تسلسل", "url": "http://testserver/"}]] * 2
    assert "بلينكن" not in str([item["authors"] for item in items])


@override_settings(TASALSUL_SIGNED_BULLETINS=True)
def test_a_newsroom_that_signs_names_the_bulletin_s_writer(client, story):
    unsigned = EventFactory(timeline=story, number=20, status=Event.Status.PUBLISHED, created_by=UserFactory())
    StatementFactory(event=unsigned, speaker=PersonFactory(name="متحدث"), text="قول")
    items = {item["title"]: item["authors"] for item in client.get("/timelines/geneva/feed.json").json()["items"]}
    assert items["(18) النشرة 18"] == [{"name": "سلمى الكاتبة"}]
    # A writer without a full name: a login name is no byline, so the newsroom signs.
    assert items[f"(20) {unsigned.headline}"] == [{"name": "تسلسل", "url": "http://testserver/"}]
    rss = xml(client, "/timelines/geneva/feed/rss/")
    creators = [item.findtext("{http://purl.org/dc/elements/1.1/}creator") for item in rss.findall("channel/item")]
    assert creators == ["تسلسل", "سلمى الكاتبة", "سلمى الكاتبة"]


# --- the W3C Feed Validator ------------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_every_feed_passes_the_w3c_feed_validator(live_server, story, english_story):
    """0 errors and 0 warnings on every RSS and Atom feed of an Arabic and an English story, from both
    interfaces, with corrections present. Fetched over HTTP, as the validator checks a feed's self link against
    the address it read it from."""
    if not VALIDATOR.exists():
        if UNDER_CI:
            pytest.fail(f"the W3C Feed Validator is missing under CI: {VALIDATOR}")
        pytest.skip(f"the W3C Feed Validator is not on this machine ({VALIDATOR})")
    urls = [
        f"{live_server.url}{prefix}/timelines/{slug}/{feed}"
        for prefix in ("", "/en")
        for slug in ("geneva", "talks")
        for feed in FEEDS
    ]
    # Our Python (which has html5lib, the validator's one dependency) rather than the script's first python3.
    result = subprocess.run(
        [sys.executable, str(VALIDATOR), *urls], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": 0 problem(s)") == len(urls), result.stdout


def test_a_feed_s_contents_are_stored_and_a_renamed_speaker_shows_at_once(client, story):
    """Entries' contents come from renderings stored when first made (variant "feed"), published bulletins only;
    a change to what they show (a speaker renamed) drops them, so the next feed says the new name."""
    from renderings.models import RenderedBulletin

    client.get("/timelines/geneva/feed/rss/")
    stored = RenderedBulletin.objects.filter(variant="feed", event__timeline=story)
    assert sorted(stored.values_list("event__number", flat=True)) == [17, 18]
    for speaker in PersonFactory._meta.model.objects.filter(name="<b>بلينكن</b>"):
        speaker.name = "أنتوني بلينكن"
        speaker.save()
    for path in ("/timelines/geneva/feed/rss/", "/timelines/geneva/feed/atom/", "/timelines/geneva/feed.json"):
        body = client.get(path).content.decode()
        assert "أنتوني بلينكن" in body, path
        assert "b&gt;بلينكن" not in body, path
        assert "b&#x3E;بلينكن" not in body, path
        assert "\\u003cb\\u003eبلينكن" not in body, path


def test_ids_of_a_story_with_an_arabic_address_are_its_bulletins_canonical_addresses(client):
    from django.test import RequestFactory

    from timeline import publisher

    timeline = TimelineFactory(slug="محادثات-جنيف", title="محادثات جنيف")
    event = EventFactory(
        timeline=timeline, number=7, headline="نشرة", status=Event.Status.PUBLISHED, date=datetime.date(2022, 1, 9)
    )
    root = ET.fromstring(client.get(f"{timeline.get_absolute_url()}feed/rss/").content)
    expected = publisher.canonical_url(RequestFactory().get("/"), event)
    assert [item.findtext("guid") for item in root.findall("channel/item")] == [expected]

"""The embeddable timeline and the oEmbed provider: only the embed page may be framed, by anyone; oEmbed answers for
a public timeline's address with a rich response framing it; drafts reach neither."""

import datetime
import json
import re

import pytest
from django.core.cache import cache
from django.utils.translation import gettext

from tests.factories import EventFactory, StatementFactory, TimelineFactory
from timeline.models import Event

pytestmark = pytest.mark.django_db
PUBLISHED, DRAFT = Event.Status.PUBLISHED, Event.Status.DRAFT


@pytest.fixture
def story():
    cache.clear()
    timeline = TimelineFactory(slug="geneva", title="محادثات جنيف", language="ar", is_live=True)
    for number in range(1, 15):
        event = EventFactory(
            timeline=timeline,
            number=number,
            status=PUBLISHED,
            headline=f"نشرة رقم {number}",
            date=datetime.date(2022, 1, 1) + datetime.timedelta(days=number),
        )
        StatementFactory(event=event, text=f"قول {number}")
    EventFactory(timeline=timeline, number=15, status=DRAFT, headline="مسودة سرية", date=datetime.date(2022, 2, 1))
    TimelineFactory(slug="secret", title="قصة قيد الإعداد")  # nothing published
    yield timeline
    cache.clear()


def test_the_embed_page_shows_the_latest_bulletins_without_the_site_around_them(client, story):
    response = client.get("/embed/timelines/geneva/")
    assert response.status_code == 200
    page = response.content.decode()
    numbers = [int(n) for n in re.findall(r'<article class="event[^"]*" id="(\d+)"', page)]
    assert numbers == list(range(14, 4, -1))  # the latest ten, newest first
    assert '<html lang="ar" dir="rtl">' in page
    assert "site-header" not in page
    assert "site-search" not in page
    assert 'id="live-updates"' in page  # a live timeline keeps itself current
    assert "مسودة سرية" not in page
    fewer = client.get("/embed/timelines/geneva/", {"count": "3"}).content.decode()
    assert len(re.findall(r"<article ", fewer)) == 3
    assert client.get("/embed/timelines/geneva/", {"count": "0"}).status_code == 400
    assert client.get("/embed/timelines/geneva/", {"count": "51"}).status_code == 400


def test_only_the_embed_page_may_be_framed(client, story):
    embed = client.get("/embed/timelines/geneva/")
    assert "X-Frame-Options" not in embed
    assert "frame-ancestors *" in embed["Content-Security-Policy"]
    page = client.get("/timelines/geneva/")
    assert page["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in page["Content-Security-Policy"]


def test_drafts_and_unpublished_timelines_are_not_embeddable(client, story):
    assert client.get("/embed/timelines/secret/").status_code == 404
    assert client.get("/embed/timelines/nowhere/").status_code == 404
    assert "مسودة سرية" not in client.get("/embed/timelines/geneva/", {"count": "50"}).content.decode()


def test_an_english_timeline_is_embedded_in_english(client):
    TimelineFactory(slug="talks", language="en", title="Geneva talks")
    timeline = TimelineFactory._meta.model.objects.get(slug="talks")
    EventFactory(timeline=timeline, number=1, status=PUBLISHED, headline="Talks open", date=datetime.date(2022, 1, 10))
    data = client.get("/oembed", {"url": "http://testserver/en/timelines/talks/"}).json()
    assert 'src="http://testserver/en/embed/timelines/talks/"' in data["html"]
    page = client.get("/en/embed/timelines/talks/").content.decode()
    assert '<html lang="en" dir="ltr">' in page
    assert "The whole timeline" in page


def test_oembed_answers_a_rich_response_framing_the_embed_page(client, story):
    response = client.get("/oembed", {"url": "http://testserver/timelines/geneva/", "maxwidth": "400"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    data = response.json()
    assert data["version"] == "1.0"
    assert data["type"] == "rich"
    assert data["title"] == "محادثات جنيف"
    assert data["provider_url"] == "http://testserver/"
    assert (data["width"], data["height"]) == (400, 640)
    assert data["html"].startswith('<iframe src="http://testserver/embed/timelines/geneva/" width="400" height="640"')
    assert 'title="محادثات جنيف"' in data["html"]
    # The embed page's own address works too; and the answer may be read from other sites' scripts.
    again = client.get("/oembed", {"url": "http://testserver/embed/timelines/geneva/"})
    assert again.json()["html"] == client.get("/oembed", {"url": "http://testserver/timelines/geneva/"}).json()["html"]
    assert again["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"url": "http://testserver/timelines/secret/"}, 404),
        ({"url": "http://testserver/timelines/geneva/15/"}, 404),
        ({"url": "http://elsewhere.example/timelines/geneva/"}, 404),
        ({"url": "javascript:alert(1)"}, 404),
        ({}, 400),
        ({"url": "http://testserver/timelines/geneva/", "maxwidth": "wide"}, 400),
        ({"url": "http://testserver/timelines/geneva/", "format": "xml"}, 501),
    ],
)
def test_oembed_refuses_what_it_cannot_embed_and_says_why(client, story, params, status):
    response = client.get("/oembed", params)
    assert response.status_code == status
    assert json.loads(response.content)["detail"]


def test_the_timeline_page_offers_the_embed_code_and_oembed_discovery(client, story):
    page = client.get("/timelines/geneva/").content.decode()
    discovery = re.search(r'<link rel="alternate" type="application/json\+oembed" title="[^"]+" href="([^"]+)">', page)
    assert discovery is not None
    assert discovery.group(1) == (
        "http://testserver/oembed?url=http%3A%2F%2Ftestserver%2Ftimelines%2Fgeneva%2F&amp;format=json"
    )
    code = re.search(r'<textarea id="embed-code"[^>]*>(.*?)</textarea>', page, re.S).group(1)
    assert code.startswith("&lt;iframe src=&quot;http://testserver/embed/timelines/geneva/&quot;")
    assert client.get("/oembed?url=http%3A%2F%2Ftestserver%2Ftimelines%2Fgeneva%2F&format=json").status_code == 200


# --- bad input (#17) -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["http://[::1/", "http://[::1]:99999/timelines/geneva/", "http://testserver:port/", "https://[/"]
)
def test_oembed_refuses_an_address_it_cannot_read_with_a_400(client, story, url):
    response = client.get("/oembed", {"url": url})
    assert response.status_code in (400, 404)
    assert "detail" in response.json()


def test_oembed_names_an_unclosed_ipv6_address_as_no_web_address(client, story):
    response = client.get("/oembed", {"url": "http://[::1/"})
    assert response.status_code == 400
    assert response.json() == {"detail": gettext("url is not a web address.")}


@pytest.mark.parametrize("name", ["maxwidth", "maxheight"])
@pytest.mark.parametrize("value", ["²", "①", "٣٠٠", "-5", "0", "1e3", "999999999999999999999"])
def test_oembed_sizes_must_be_whole_numbers(client, story, name, value):
    response = client.get("/oembed", {"url": "http://testserver/timelines/geneva/", name: value})
    if value == "٣٠٠":  # Arabic-Indic digits are digits: 300
        assert response.json()[name.removeprefix("max")] == 300
    else:
        assert response.status_code == 400
        assert name in response.json()["detail"]


def test_a_huge_size_asks_for_the_default(client, story):
    response = client.get("/oembed", {"url": "http://testserver/timelines/geneva/", "maxwidth": "9" * 20})
    assert response.json()["width"] == 480


@pytest.mark.parametrize("count", ["²", "①", "0", "51", "-1", "99999999999999999999"])
def test_the_embed_count_must_be_a_whole_number_up_to_fifty(client, story, count):
    assert client.get("/embed/timelines/geneva/", {"count": count}).status_code == 400


def test_an_empty_oembed_format_is_the_default_json(client, story):
    response = client.get("/oembed", {"url": "http://testserver/timelines/geneva/", "format": ""})
    assert response.status_code == 200
    assert response.json()["type"] == "rich"

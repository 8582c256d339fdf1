"""Pages as search engines and link previews read them: JSON-LD and Open Graph extracted with extruct, the
properties Google lists as required or recommended for articles and live blogs, the drawn share card and logo."""

import datetime
import io
import json

import extruct
import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image

from tests.factories import (
    AnonymousPersonFactory,
    EventFactory,
    PersonFactory,
    SourceFactory,
    StatementFactory,
    TimelineFactory,
    UserFactory,
)
from timeline import services
from timeline.models import Event

pytestmark = pytest.mark.django_db
PUBLISHED = Event.Status.PUBLISHED
ARTICLE_TYPES = {"NewsArticle", "BlogPosting", "LiveBlogPosting", "Article"}


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Whole pages are cached by content version: a setting changed in a test must not meet an earlier page."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def story():
    timeline = TimelineFactory(
        slug="geneva", title="محادثات جنيف", summary="تسلسل المحادثات", language="ar", is_live=False
    )
    blinken = PersonFactory(name="أنطوني بلينكن", name_latin="Antony Blinken", slug="antony-blinken")
    source = SourceFactory(name="وكالة", slug="agency")
    for number, day in ((17, 8), (18, 9)):
        event = EventFactory(
            timeline=timeline,
            number=number,
            headline=f"النشرة {number}",
            status=PUBLISHED,
            date=datetime.date(2022, 1, day),
            time=datetime.time(14, 30) if number == 18 else None,
            published_at=datetime.datetime(2022, 1, day, 15, tzinfo=datetime.UTC),
            created_by=UserFactory(first_name="سلمى", last_name="الكاتبة"),
        )
        StatementFactory(event=event, speaker=blinken, source=source, text=f"قول {number}")
    EventFactory(timeline=timeline, number=19, headline="مسودة سرية", status=Event.Status.DRAFT)
    return timeline


def extract(client, url: str) -> dict:
    response = client.get(url)
    assert response.status_code == 200, url
    return extruct.extract(
        response.content.decode(), base_url=f"http://testserver{url}", syntaxes=["json-ld", "opengraph"], uniform=True
    )


def json_ld(client, url: str) -> dict:
    [item] = extract(client, url)["json-ld"]
    return item


def open_graph(client, url: str) -> dict:
    [properties] = extract(client, url)["opengraph"]
    return properties


def moment(value: str) -> datetime.datetime:
    """An ISO 8601 date and time that names its time zone, as Google asks."""
    parsed = datetime.datetime.fromisoformat(value)
    assert parsed.tzinfo is not None, value
    return parsed


def absolute(url: str) -> str:
    assert url.startswith(("http://", "https://")), url
    return url


def check_image(client, url: str, *, least: int = 1) -> Image.Image:
    """The address answers with an image at least `least` pixels on each side."""
    assert url.startswith("http://testserver/"), url
    response = client.get(url.removeprefix("http://testserver"))
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("image/")
    image = Image.open(io.BytesIO(b"".join(response) if response.streaming else response.content))
    assert min(image.size) >= least, (url, image.size)
    return image


def check_article(client, item: dict) -> None:
    """What Google lists for Article-type markup (NewsArticle, BlogPosting, LiveBlogPosting), required or
    recommended: headline, image, datePublished and dateModified with a time zone, author with name and url,
    and the publisher with its name and logo."""
    assert item["@type"] in ARTICLE_TYPES
    assert item["headline"].strip()
    images = item["image"] if isinstance(item["image"], list) else [item["image"]]
    assert images
    for image in images:
        check_image(client, absolute(image["url"] if isinstance(image, dict) else image))
    assert moment(item["dateModified"]) >= moment(item["datePublished"])
    authors = item["author"] if isinstance(item["author"], list) else [item["author"]]
    for author in authors:
        assert author["@type"] in {"Person", "Organization"}
        assert author["name"].strip()
        if author["@type"] == "Organization":
            absolute(author["url"])
    publisher = item["publisher"]
    assert publisher["@type"] == "Organization"
    assert publisher["name"].strip()
    absolute(publisher["url"])


def check_publisher_logo(client, publisher: dict) -> None:
    assert publisher["logo"]["@type"] == "ImageObject"
    check_image(client, absolute(publisher["logo"]["url"]), least=112)  # Google's smallest logo


# --- the timeline: a LiveBlogPosting -----------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/timelines/geneva/", "/en/timelines/geneva/", "/timelines/geneva/?order=oldest"])
def test_the_timeline_is_a_complete_live_blog_posting(client, story, url):
    data = json_ld(client, url)
    assert data["@type"] == "LiveBlogPosting"
    # One story whichever interface or order it is read in: its canonical address.
    assert data["@id"] == data["url"] == "http://testserver/timelines/geneva/"
    check_article(client, data)
    check_publisher_logo(client, data["publisher"])
    assert data["datePublished"] == "2022-01-08T15:00:00+00:00"  # the first bulletin's publication
    assert moment(data["coverageStartTime"]) == datetime.datetime(2022, 1, 8, tzinfo=datetime.UTC)
    assert moment(data["coverageEndTime"]) == datetime.datetime(2022, 1, 9, 14, 30, tzinfo=datetime.UTC)
    updates = data["liveBlogUpdate"]
    assert sorted(update["headline"] for update in updates) == ["(17) النشرة 17", "(18) النشرة 18"]
    for update in updates:
        check_article(client, update)
        assert update["articleBody"]
    assert "مسودة" not in json.dumps(data, ensure_ascii=False)


def test_a_live_story_has_no_end(client, story):
    story.is_live = True
    story.save()
    assert "coverageEndTime" not in json_ld(client, "/timelines/geneva/")


def test_the_author_is_the_newsroom_never_a_speaker(client, story):
    for url in ["/timelines/geneva/", "/timelines/geneva/18/"]:
        data = json_ld(client, url)
        assert data["author"]["@type"] == "Organization"
        assert data["author"]["name"] == data["publisher"]["name"] == "تسلسل"
        assert data["author"]["@id"] == data["publisher"]["@id"] == "http://testserver/#organization"
        assert data["author"]["url"] == "http://testserver/"
        assert "بلينكن" not in json.dumps(data["author"], ensure_ascii=False)


@override_settings(
    TASALSUL_NEWSROOM_NAME="Al-Khabar",
    TASALSUL_NEWSROOM_URL="https://news.example/",
    TASALSUL_NEWSROOM_LOGO="/static/favicon.svg",
)
def test_the_newsroom_comes_from_the_settings(client, story):
    data = json_ld(client, "/timelines/geneva/18/")
    assert data["publisher"] == {
        "@type": "Organization",
        "@id": "https://news.example/#organization",
        "name": "Al-Khabar",
        "url": "https://news.example/",
        "logo": {"@type": "ImageObject", "url": "http://testserver/static/favicon.svg"},
    }
    assert data["author"]["name"] == "Al-Khabar"
    assert open_graph(client, "/timelines/geneva/18/")["og:site_name"] == "Al-Khabar"


@override_settings(TASALSUL_SIGNED_BULLETINS=True)
def test_a_newsroom_that_signs_names_the_writer(client, story):
    data = json_ld(client, "/timelines/geneva/18/")
    assert data["author"] == {"@type": "Person", "name": "سلمى الكاتبة"}
    assert data["publisher"]["name"] == "تسلسل"
    for update in json_ld(client, "/timelines/geneva/")["liveBlogUpdate"]:
        assert update["author"]["name"] == "سلمى الكاتبة"


# --- a bulletin's page ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/timelines/geneva/18/", "/en/timelines/geneva/18/"])
def test_a_bulletin_is_a_complete_article_part_of_its_live_blog(client, story, url):
    data = json_ld(client, url)
    check_article(client, data)
    check_publisher_logo(client, data["publisher"])
    assert data["@id"] == data["url"] == "http://testserver/timelines/geneva/18/"
    assert data["datePublished"] == "2022-01-09T15:00:00+00:00"
    part_of = data["isPartOf"]
    assert part_of["@type"] == "LiveBlogPosting"
    assert part_of["@id"] == json_ld(client, "/timelines/geneva/")["@id"]
    [quote] = data["citation"]
    assert quote["spokenByCharacter"]["name"] == "أنطوني بلينكن"  # the speaker is quoted, not the author


def test_a_photo_is_the_image_and_the_share_card(client, story):
    event = Event.objects.get(timeline=story, number=18)
    buffer = io.BytesIO()
    Image.new("RGB", (1600, 1000), (20, 20, 200)).save(buffer, "JPEG")
    upload = SimpleUploadedFile("photo.jpg", buffer.getvalue(), content_type="image/jpeg")
    services.media_add_image(event=event, user=None, upload=upload, alt_text="قاعة المؤتمر", credit="وكالة")
    data = json_ld(client, "/timelines/geneva/18/")
    assert [image["width"] for image in data["image"]] == [1440]
    assert open_graph(client, "/timelines/geneva/18/")["og:image"] == data["image"][0]["url"]
    assert json_ld(client, "/timelines/geneva/")["image"][0]["url"] == data["image"][0]["url"]
    check_article(client, data)


# --- Open Graph on every page -----------------------------------------------------------------------------------

PAGES = [
    "/",
    "/timelines/geneva/",
    "/timelines/geneva/18/",
    "/timelines/geneva/corrections/",
    "/people/antony-blinken/",
    "/sources/agency/",
    "/search/?q=قول",
]


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_every_page_has_a_share_image(client, story, prefix):
    for url in PAGES:
        properties = open_graph(client, f"{prefix}{url}")
        image = check_image(client, absolute(properties["og:image"]))
        assert image.size == (int(properties["og:image:width"]), int(properties["og:image:height"])), url
        assert properties["og:image:alt"].strip()
        assert properties["og:title"].strip()


def test_the_person_page_is_titled_in_the_page_s_language(client, story):
    assert open_graph(client, "/people/antony-blinken/")["og:title"] == "أنطوني بلينكن"
    english = client.get("/en/people/antony-blinken/").content.decode()
    assert open_graph(client, "/en/people/antony-blinken/")["og:title"] == "Antony Blinken"
    assert '<meta name="twitter:title" content="Antony Blinken">' in english
    assert "<title>Antony Blinken · " in english
    # An anonymous speaker has no Latin name: the description stays.
    anonymous = AnonymousPersonFactory(description="مسؤول كبير", slug="official")
    StatementFactory(event=Event.objects.get(timeline=story, number=18), speaker=anonymous)
    assert open_graph(client, "/en/people/official/")["og:title"] == "مسؤول كبير"


# --- the drawn images --------------------------------------------------------------------------------------------


def test_the_share_card_and_the_logo_are_drawn_here_and_cached(client):
    for url, size in (("/share.png", (1200, 630)), ("/newsroom-logo.png", (512, 512))):
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"] == "image/png"
        assert response["Cache-Control"] == "public, max-age=86400"
        assert Image.open(io.BytesIO(response.content)).size == size
        assert client.get(url, headers={"if-none-match": response["ETag"]}).status_code == 304
        assert client.head(url).status_code == 200
        assert client.post(url).status_code == 405


def test_the_share_card_names_the_newsroom(client):
    default = client.get("/share.png").content
    cache.clear()  # whole responses are cached by content version, which a setting does not change
    with override_settings(TASALSUL_NEWSROOM_NAME="Al-Khabar"):
        assert client.get("/share.png").content != default
        assert open_graph(client, "/")["og:image:alt"] == "Al-Khabar"

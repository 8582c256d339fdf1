"""Text responses travel compressed, in Brotli or gzip as the client prefers; photos, tiny answers and anything that
may hold a secret (BREACH: a signed-in user's pages, a page with a CSRF token) do not."""

import datetime
import gzip
import io

import brotli
import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from newsroom.compression import MIN_SIZE, preferred_encoding
from tests.factories import EventFactory, StatementFactory, TimelineFactory, UserFactory
from timeline import services
from timeline.models import Event
from timeline.roles import NewsroomRole

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    cache.clear()
    timeline = TimelineFactory(slug="geneva", title="محادثات جنيف", language="ar")
    for number in range(1, 13):
        event = EventFactory(
            timeline=timeline, number=number, status=Event.Status.PUBLISHED, date=datetime.date(2022, 1, number)
        )
        StatementFactory(event=event, position=1, text="لا نتوقع اختراقات في هذه الجولة من المحادثات " * 3)
    yield timeline
    cache.clear()


def decoded(response) -> bytes:
    encoding = response.get("Content-Encoding")
    if encoding == "br":
        return brotli.decompress(response.content)
    if encoding == "gzip":
        return gzip.decompress(response.content)
    return response.content


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("", None),
        ("identity", None),
        ("gzip", "gzip"),
        ("br", "br"),
        ("gzip, deflate, br, zstd", "br"),
        ("br;q=0.5, gzip", "gzip"),
        ("br;q=0, gzip", "gzip"),
        ("gzip;q=0", None),
        ("GZIP;Q=0.8", "gzip"),
        ("*", "br"),
        ("*;q=0.1, br;q=0", "gzip"),
        ("br;q=nonsense, gzip", "gzip"),
    ],
)
def test_the_clients_preference_is_read_with_its_weights(header, expected):
    assert preferred_encoding(header) == expected


@pytest.mark.parametrize(
    "path",
    [
        "/timelines/geneva/",
        "/en/timelines/geneva/",
        "/timelines/geneva/feed/rss/",
        "/timelines/geneva/feed.json",
        "/sitemap.xml",
        "/api/v1/timelines/geneva/events/",
        "/api/v1/timelines/geneva/statements.csv",
        "/api/v1/schema/",
    ],
)
def test_text_is_compressed_as_the_client_prefers(client, story, path):
    plain = client.get(path)
    assert "Content-Encoding" not in plain
    assert len(plain.content) >= MIN_SIZE, path
    for accept, encoding in (("gzip, deflate, br", "br"), ("gzip", "gzip"), ("br;q=0.5, gzip", "gzip")):
        response = client.get(path, HTTP_ACCEPT_ENCODING=accept)
        assert response["Content-Encoding"] == encoding, (path, accept)
        assert decoded(response) == plain.content, (path, accept)
        assert int(response["Content-Length"]) == len(response.content) < len(plain.content) / 2, (path, accept)
        assert "Accept-Encoding" in response["Vary"], path
    assert "Accept-Encoding" in plain["Vary"]


def test_a_compressed_page_still_answers_its_conditional_get(client, story):
    response = client.get("/timelines/geneva/", HTTP_ACCEPT_ENCODING="br")
    # The compressed body is another byte sequence: the same validator, weak.
    assert response["ETag"] == "W/" + client.get("/timelines/geneva/")["ETag"]
    again = client.get("/timelines/geneva/", HTTP_ACCEPT_ENCODING="br", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    api = client.get("/api/v1/timelines/geneva/events/", HTTP_ACCEPT_ENCODING="gzip")
    assert api["ETag"].startswith('W/"')
    again = client.get("/api/v1/timelines/geneva/events/", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=api["ETag"])
    assert again.status_code == 304


def test_a_head_announces_the_compressed_length(client, story):
    got = client.get("/timelines/geneva/", HTTP_ACCEPT_ENCODING="br")
    head = client.head("/timelines/geneva/", HTTP_ACCEPT_ENCODING="br")
    assert (head["Content-Encoding"], head["Content-Length"]) == ("br", got["Content-Length"])


def test_tiny_answers_and_photos_are_left_alone(client, story):
    tiny = client.get("/robots.txt", HTTP_ACCEPT_ENCODING="br, gzip")
    assert len(tiny.content) < MIN_SIZE
    assert "Content-Encoding" not in tiny
    image = io.BytesIO()
    Image.new("RGB", (600, 400), (200, 30, 30)).save(image, "JPEG")
    media = services.media_add_image(
        event=Event.objects.get(number=1),
        user=None,
        upload=SimpleUploadedFile("photo.jpg", image.getvalue(), content_type="image/jpeg"),
        alt_text="صورة",
    )
    photo = client.get("/media/" + media.renditions[0]["name"], HTTP_ACCEPT_ENCODING="br, gzip")
    assert photo.status_code == 200
    assert "Content-Encoding" not in photo
    assert b"".join(photo.streaming_content)[:2] == b"\xff\xd8"  # a JPEG, as stored


def test_nothing_a_signed_in_user_reads_is_compressed(client, story):
    client.force_login(UserFactory(role=NewsroomRole.EDITOR))
    for path in ("/timelines/geneva/", "/api/v1/timelines/geneva/events/", "/admin/"):
        response = client.get(path, HTTP_ACCEPT_ENCODING="br, gzip")
        assert response.status_code == 200, path
        assert "Content-Encoding" not in response, path


def test_a_page_with_a_csrf_token_is_never_compressed(story):
    """The admin's login form, to someone with no session yet: its token is a secret the form repeats."""
    response = Client().get("/admin/login/", HTTP_ACCEPT_ENCODING="br, gzip")
    assert response.status_code == 200
    assert b"csrfmiddlewaretoken" in response.content
    assert "Content-Encoding" not in response


def test_gzip_is_not_sent_to_a_client_that_refuses_it(client, story):
    response = client.get("/timelines/geneva/", HTTP_ACCEPT_ENCODING="gzip;q=0, identity")
    assert "Content-Encoding" not in response
    assert "Accept-Encoding" in response["Vary"]

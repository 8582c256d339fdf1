"""Photos and embeds in bulletins: what an upload must be, what is stored (no metadata, several widths), how readers
see them (alt text, srcset, click-to-load placeholders), where other formats carry them (API, TimelineJS, ninjs,
JSON-LD, Open Graph), and that a draft's photo is reachable by no reader."""

import datetime
import io
import json
import re
from pathlib import Path

import jsonschema
import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import ExifTags, Image

from tests.factories import EventFactory, TimelineFactory, UserFactory
from timeline import services
from timeline.embeds import embed_for
from timeline.models import Event, Media

pytestmark = pytest.mark.django_db
PUBLISHED, DRAFT = Event.Status.PUBLISHED, Event.Status.DRAFT
SCHEMA = Path(__file__).resolve().parent.parent / "data" / "ninjs-schema_2.2.json"


def photo_bytes(width: int = 300, height: int = 200, *, fmt: str = "JPEG", gps: bool = False, rotate: bool = False):
    image = Image.new("RGB", (width, height), (200, 30, 30))
    image.paste((20, 20, 200), (0, 0, width // 2, height))  # left half blue: shows which way it was turned
    exif = Image.Exif()
    if gps:
        exif[ExifTags.Base.Make] = "SpyCam"
        exif[ExifTags.IFD.GPSInfo] = {ExifTags.GPS.GPSLatitudeRef: "N", ExifTags.GPS.GPSLatitude: (46.0, 12.0, 8.0)}
    if rotate:
        exif[ExifTags.Base.Orientation] = 6  # the camera was held upright: show it turned a quarter
    buffer = io.BytesIO()
    image.save(buffer, fmt, **({"exif": exif} if (gps or rotate) else {}))
    return buffer.getvalue()


def upload(data: bytes, name: str = "photo.jpg", content_type: str = "image/jpeg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=content_type)


def stored_files() -> list[Path]:
    return sorted(path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file())


@pytest.fixture
def bulletin():
    cache.clear()
    timeline = TimelineFactory(slug="geneva-talks", language="ar", title="محادثات جنيف")
    event = EventFactory(
        timeline=timeline,
        number=18,
        status=PUBLISHED,
        headline="بلينكن لا يتوقع اختراقات",
        date=datetime.date(2022, 1, 9),
    )
    yield event
    cache.clear()


def add_photo(event: Event, **kwargs) -> Media:
    values = {"alt_text": "بلينكن ولافروف يتصافحان في جنيف", "credit": "رويترز", "caption": "في جنيف"}
    values.update(kwargs)
    data = values.pop("data", None) or photo_bytes(1600, 1000)
    return services.media_add_image(event=event, user=None, upload=upload(data), **values)


@pytest.fixture
def in_english():
    """The refusals' wording is checked in English (the suite's default language is Arabic)."""
    with translation.override("en"):
        yield


# --- What an upload must be --------------------------------------------------------------------------------------


def test_a_renamed_file_that_is_not_an_image_is_refused_and_nothing_is_stored(bulletin, in_english):
    pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    before = stored_files()
    with pytest.raises(ValidationError) as refused:
        services.media_add_image(event=bulletin, user=None, upload=upload(pdf, "photo.jpg"), alt_text="صورة")
    assert "not a photo" in refused.value.messages[0]
    assert not Media.objects.exists()
    assert stored_files() == before


def test_an_image_type_we_do_not_accept_is_refused_by_its_content(bulletin, in_english):
    with pytest.raises(ValidationError) as refused:
        add_photo(bulletin, data=photo_bytes(fmt="TIFF"))
    assert "TIFF" in refused.value.messages[0]


def test_an_oversized_file_is_refused_with_its_size_and_the_limit(bulletin, settings, in_english):
    settings.TASALSUL_MAX_UPLOAD_BYTES = 2000
    data = photo_bytes(1200, 900)
    assert len(data) > 2000
    with pytest.raises(ValidationError) as refused:
        add_photo(bulletin, data=data)
    message = refused.value.messages[0]
    assert "largest photo accepted" in message
    # Both sizes, written for people (19.0 KB, 2.0 KB), not in bytes.
    assert re.search(r"19[.,]0", message)
    assert re.search(r"\b2[.,]0", message)
    assert "2000" not in message
    assert not Media.objects.exists()


def test_a_photo_needs_its_alternative_text(bulletin):
    with pytest.raises(ValidationError) as refused:
        add_photo(bulletin, alt_text="   ")
    assert "alt_text" in refused.value.message_dict
    assert not Media.objects.exists()


def test_a_reporter_may_not_change_the_photos_of_a_published_bulletin(bulletin, reporter_user):
    with pytest.raises(PermissionDenied):
        services.media_add_image(event=bulletin, user=reporter_user, upload=upload(photo_bytes()), alt_text="صورة")


# --- What is stored ----------------------------------------------------------------------------------------------


def test_gps_and_camera_metadata_are_gone_after_re_encoding(bulletin):
    original = photo_bytes(1200, 800, gps=True)
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the upload does carry it
    media = add_photo(bulletin, data=original)
    assert len(media.renditions) == 3  # 480, 960 and its own 1200
    for size in media.renditions:
        path = Path(settings.MEDIA_ROOT) / size["name"]
        data = path.read_bytes()
        assert b"SpyCam" not in data
        assert b"Exif" not in data
        stored = Image.open(path)
        assert not stored.getexif()
        assert "exif" not in stored.info


def test_the_camera_orientation_is_applied_to_the_pixels(bulletin):
    media = add_photo(bulletin, data=photo_bytes(300, 200, rotate=True))
    assert (media.width, media.height) == (200, 300)  # turned upright, with no tag left to say so
    stored = Image.open(Path(settings.MEDIA_ROOT) / media.image.name).convert("RGB")
    top, bottom = stored.getpixel((100, 10)), stored.getpixel((100, 290))
    assert top[2] > 150 > bottom[2]  # the blue half, once the left, is now at the top


def test_sizes_are_made_for_each_width_narrower_than_the_photo_and_no_wider(bulletin):
    large = add_photo(bulletin, data=photo_bytes(3000, 2000))
    assert [size["width"] for size in large.renditions] == [480, 960, 1440, 2048]
    assert large.renditions[-1]["height"] == 1365
    small = add_photo(bulletin, data=photo_bytes(800, 400))
    assert [(size["width"], size["height"]) for size in small.renditions] == [(480, 240), (800, 400)]


def test_a_photo_with_transparency_stays_transparent(bulletin):
    image = Image.new("RGBA", (600, 300), (0, 0, 0, 0))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    media = add_photo(bulletin, data=buffer.getvalue())
    assert media.image.name.endswith(".png")
    assert Image.open(Path(settings.MEDIA_ROOT) / media.image.name).mode == "RGBA"


def test_replacing_and_removing_a_photo_delete_its_old_files(bulletin, django_capture_on_commit_callbacks):
    media = add_photo(bulletin)
    old = [Path(settings.MEDIA_ROOT) / size["name"] for size in media.renditions]
    with django_capture_on_commit_callbacks(execute=True):
        services.media_update(media=media, user=None, upload=upload(photo_bytes(700, 500)), credit="أ ف ب")
    assert not any(path.exists() for path in old)
    media.refresh_from_db()
    assert media.credit == "أ ف ب"
    assert media.width == 700
    new = [Path(settings.MEDIA_ROOT) / size["name"] for size in media.renditions]
    with django_capture_on_commit_callbacks(execute=True):
        services.media_remove(media=media, user=None)
    assert not any(path.exists() for path in new)
    assert not Media.objects.exists()


# --- Embeds --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "provider", "frame"),
    [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3",
            "youtube",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        ("https://youtu.be/dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://x.com/StateDept/status/1480183019482779650", "x", "id=1480183019482779650"),
        ("https://twitter.com/mfa_russia/status/123456789", "x", "platform.twitter.com/embed/Tweet.html"),
        ("https://www.instagram.com/p/CYgKx1aLk3B/", "instagram", "https://www.instagram.com/p/CYgKx1aLk3B/embed/"),
        ("https://www.facebook.com/StateDept/posts/10158", "facebook", "facebook.com/plugins/post.php?href=https%3A"),
        ("https://www.facebook.com/StateDept/videos/2981", "facebook", "facebook.com/plugins/video.php"),
    ],
)
def test_links_to_each_platform_are_recognised(url, provider, frame):
    embed = embed_for(url)
    assert embed.provider == provider
    assert frame in embed.frame_url


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("https://vimeo.com/123456", "Only links to YouTube"),
        ("javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ", "Only links to YouTube"),
        ("https://www.youtube.com/@StateDept", "does not point to a single video"),
        ("https://x.com/StateDept", "does not point to a single video"),
    ],
)
def test_links_that_cannot_be_embedded_are_refused_with_the_reason(bulletin, url, problem, in_english):
    with pytest.raises(ValidationError) as refused:
        services.media_add_embed(event=bulletin, user=None, url=url)
    assert problem in " ".join(refused.value.messages)
    assert not Media.objects.exists()


# --- What readers see ----------------------------------------------------------------------------------------------


def test_a_photo_shows_with_its_alt_text_sizes_dimensions_and_credit(client, bulletin):
    media = add_photo(bulletin, data=photo_bytes(2000, 1000))
    page = client.get(bulletin.get_absolute_url()).content.decode()
    img = re.search(r"<img [^>]*>", page.split('class="media media--photo"')[1]).group(0)
    assert 'alt="بلينكن ولافروف يتصافحان في جنيف"' in img
    assert 'width="2000" height="1000"' in img
    srcset = re.search(r'srcset="([^"]+)"', img).group(1)
    assert [entry.rsplit(" ", 1)[1] for entry in srcset.split(", ")] == ["480w", "960w", "1440w", "2000w"]
    assert f'src="/media/{media.image.name}"' in img
    assert "رويترز" in page
    assert "في جنيف" in page
    for entry in srcset.split(", "):  # every size is served
        response = client.get(entry.rsplit(" ", 1)[0])
        assert response.status_code == 200
        assert response["Content-Type"] == "image/jpeg"


def test_an_embed_is_a_placeholder_that_loads_nothing_from_the_platform(client, bulletin):
    services.media_add_embed(
        event=bulletin, user=None, url="https://www.youtube.com/watch?v=dQw4w9WgXcQ", caption="المؤتمر الصحفي"
    )
    response = client.get(bulletin.get_absolute_url())
    page = response.content.decode()
    assert 'data-frame="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in page
    assert "<iframe" not in page
    assert not re.search(r'<script[^>]+src="https?://', page)  # no third-party script, nothing fetched from them
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in page  # the link still works without script
    assert "https://www.youtube-nocookie.com" in response["Content-Security-Policy"]  # allowed once clicked


def test_a_new_photo_on_a_published_bulletin_shows_on_the_timeline_page_at_once(client, bulletin):
    assert "media--photo" not in client.get(bulletin.timeline.get_absolute_url()).content.decode()
    add_photo(bulletin)
    assert "media--photo" in client.get(bulletin.timeline.get_absolute_url()).content.decode()


def test_pages_give_the_photo_to_link_previews_and_search_engines(client, bulletin):
    media = add_photo(bulletin, data=photo_bytes(2400, 1200))
    page = client.get(bulletin.get_absolute_url()).content.decode()
    card = media.size_for(1200)
    assert f'<meta property="og:image" content="http://testserver{card["url"]}">' in page
    assert card["width"] == 1440
    assert 'name="twitter:card" content="summary_large_image"' in page
    data = json.loads(re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', page, re.S).group(1))
    assert data["image"][0]["url"] == f"http://testserver{card['url']}"
    assert data["image"][0]["creditText"] == "رويترز"
    timeline_page = client.get(bulletin.timeline.get_absolute_url()).content.decode()
    assert f'<meta property="og:image" content="http://testserver{card["url"]}">' in timeline_page


# --- API and exports --------------------------------------------------------------------------------------------


def test_the_api_lists_media_with_absolute_addresses(client, editor_client, bulletin):
    media = add_photo(bulletin, data=photo_bytes(1000, 500))
    services.media_add_embed(event=bulletin, user=None, url="https://x.com/StateDept/status/1480183019482779650")
    for reader in (client, editor_client):  # the cached anonymous path and staff's fresh one
        listed = reader.get("/api/v1/timelines/geneva-talks/events/").json()["results"][0]["media"]
        photo, post = listed
        assert photo["type"] == "image"
        assert photo["url"] == f"http://testserver/media/{media.image.name}"
        assert (photo["width"], photo["height"], photo["alt"], photo["credit"]) == (
            1000,
            500,
            "بلينكن ولافروف يتصافحان في جنيف",
            "رويترز",
        )
        assert [size["width"] for size in photo["sizes"]] == [480, 960, 1000]
        assert all(size["url"].startswith("http://testserver/media/bulletins/") for size in photo["sizes"])
        assert post["type"] == "embed"
        assert post["provider"] == "x"
        assert post["url"] == "https://x.com/StateDept/status/1480183019482779650"
        assert post["player_url"].startswith("https://platform.twitter.com/embed/Tweet.html?id=1480183019482779650")
    detail = client.get("/api/v1/timelines/geneva-talks/events/18/").json()
    assert len(detail["media"]) == 2


def test_timelinejs_slides_and_ninjs_carry_the_photo(client, bulletin):
    media = add_photo(bulletin, data=photo_bytes(1000, 500))
    slides = client.get("/api/v1/timelines/geneva-talks/timelinejs.json").json()["events"]
    assert slides[0]["media"] == {
        "url": f"http://testserver/media/{media.image.name}",
        "thumbnail": f"http://testserver{media.thumbnail_url}",
        "alt": "بلينكن ولافروف يتصافحان في جنيف",
        "caption": "في جنيف",
        "credit": "رويترز",
    }
    item = client.get("/api/v1/timelines/geneva-talks/events/18/ninjs/").json()
    picture = item["associations"][0]
    assert picture["type"] == "picture"
    assert picture["by"] == "رويترز"
    assert [rendition["width"] for rendition in picture["renditions"]] == [480, 960, 1000]
    schema = json.loads(SCHEMA.read_text())
    jsonschema.validate(item, schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_the_json_feed_gives_each_item_its_photo(client, bulletin):
    media = add_photo(bulletin, data=photo_bytes(1000, 500))
    item = client.get("/timelines/geneva-talks/feed.json").json()["items"][0]
    assert item["image"] == f"http://testserver/media/{media.image.name}"


# --- Drafts ----------------------------------------------------------------------------------------------------


def test_a_drafts_photo_is_served_to_staff_only_until_the_bulletin_is_published(client, editor_client, bulletin):
    draft = EventFactory(timeline=bulletin.timeline, number=19, status=DRAFT, date=datetime.date(2022, 1, 10))
    media = add_photo(draft)
    address = f"/media/{media.image.name}"
    assert client.get(address).status_code == 404
    assert editor_client.get(address).status_code == 200
    assert editor_client.get(address)["Cache-Control"] == "private, no-store"
    assert "media--photo" not in client.get(bulletin.timeline.get_absolute_url()).content.decode()
    assert '"media": [{' not in client.get("/api/v1/timelines/geneva-talks/events/").content.decode()
    services.event_publish(event=draft, user=None)
    assert client.get(address).status_code == 200
    services.event_unpublish(event=draft, user=None)
    assert client.get(address).status_code == 404


def test_only_stored_sizes_are_served(client, bulletin):
    media = add_photo(bulletin)
    folder = media.image.name.split("/")[1]
    assert client.get(f"/media/bulletins/{folder}/1234.jpg").status_code == 404
    assert client.get(f"/media/bulletins/{folder}/..%2F..%2Fsettings.py").status_code == 404
    assert client.get("/media/bulletins/" + "0" * 32 + "/480.jpg").status_code == 404


# --- The admin ----------------------------------------------------------------------------------------------------


def inline_data(event: Event, **media) -> dict:
    """The change form as an editor submits it, with the statement inline empty and one media form."""
    data = {
        "opened_version": event.version,
        "timeline": event.timeline_id,
        "number": event.number,
        "status": event.status,
        "headline": event.headline,
        "date": event.date.isoformat(),
        "body": event.body,
        "statements-TOTAL_FORMS": 0,
        "statements-INITIAL_FORMS": 0,
        "media-TOTAL_FORMS": 1,
        "media-INITIAL_FORMS": 0,
        "media-0-position": 0,
        "media-0-kind": "image",
    }
    data.update({f"media-0-{name}": value for name, value in media.items()})
    return data


def test_an_editor_adds_a_photo_with_its_credit_to_bulletin_18_in_the_admin(editor_client, client, bulletin):
    bulletin.status = DRAFT
    bulletin.save()
    address = f"/admin/timeline/event/{bulletin.pk}/change/"
    form = editor_client.get(address).content.decode()
    assert 'name="media-0-image"' in form or "media-TOTAL_FORMS" in form
    response = editor_client.post(
        address,
        inline_data(
            bulletin,
            image=upload(photo_bytes(1200, 800, gps=True)),
            alt_text="بلينكن في مؤتمر صحفي",
            credit="رويترز / دينيس باليبوز",
        ),
    )
    assert response.status_code == 302, response.context["inline_admin_formsets"][1].formset.errors
    media = bulletin.media.get()
    assert media.credit == "رويترز / دينيس باليبوز"
    assert b"SpyCam" not in (Path(settings.MEDIA_ROOT) / media.image.name).read_bytes()
    services.event_publish(event=bulletin, user=None)
    page = client.get(bulletin.get_absolute_url()).content.decode()
    assert 'alt="بلينكن في مؤتمر صحفي"' in page
    assert "رويترز / دينيس باليبوز" in page


def test_the_admin_shows_a_refused_upload_beside_its_field(editor_client, bulletin):
    bulletin.status = DRAFT
    bulletin.save()
    response = editor_client.post(
        f"/admin/timeline/event/{bulletin.pk}/change/",
        inline_data(bulletin, image=upload(b"#!/bin/sh\necho hi\n", "photo.jpg"), alt_text="صورة"),
    )
    assert response.status_code == 200
    errors = response.context["inline_admin_formsets"][1].formset.errors[0]
    assert "image" in errors
    assert not Media.objects.exists()


def test_the_admin_refuses_a_photo_without_alt_text_and_a_link_it_cannot_embed(editor_client, bulletin):
    bulletin.status = DRAFT
    bulletin.save()
    address = f"/admin/timeline/event/{bulletin.pk}/change/"
    response = editor_client.post(address, inline_data(bulletin, image=upload(photo_bytes()), alt_text=""))
    assert "alt_text" in response.context["inline_admin_formsets"][1].formset.errors[0]
    response = editor_client.post(address, inline_data(bulletin, kind="embed", embed_url="https://vimeo.com/1"))
    assert "embed_url" in response.context["inline_admin_formsets"][1].formset.errors[0]
    assert not Media.objects.exists()


def test_staff_without_media_permission_cannot_add_photos(bulletin):
    user = UserFactory(is_staff=True)
    with pytest.raises(PermissionDenied):
        services.media_add_image(event=bulletin, user=user, upload=upload(photo_bytes()), alt_text="صورة")

"""Photos and embeds in Chromium: the photo arrives in the size the screen needs, and an embedded video stays a
placeholder that contacts no one until the reader clicks it."""

import datetime
import io
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tests.factories import EventFactory, TimelineFactory, UserFactory
from timeline import services
from timeline.models import Event
from timeline.roles import NewsroomRole


def wait_until(page, expression: str, timeout: float = 10_000) -> None:
    """`page.wait_for_function`, without its polling: that compiles the expression in the page with `new Function`,
    which the site's Content Security Policy forbids (no 'unsafe-eval'), so it failed whenever the image was not
    loaded at the first look. `page.evaluate` is not subject to the policy."""
    waited = 0.0
    while not page.evaluate(expression):
        assert waited < timeout, f"still false after {timeout / 1000:.0f} s: {expression}"
        page.wait_for_timeout(50)
        waited += 50


pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"


@pytest.fixture
def bulletin():
    timeline = TimelineFactory(slug="geneva", title="المحادثات الأمنية في جنيف", is_live=False)
    event = EventFactory(
        timeline=timeline,
        number=18,
        status=Event.Status.PUBLISHED,
        headline="بلينكن لا يتوقع اختراقات في محادثات جنيف",
        date=datetime.date(2022, 1, 9),
    )
    photo = io.BytesIO()
    image = Image.new("RGB", (2400, 1350), (40, 70, 120))
    image.paste((230, 230, 230), (0, 900, 2400, 1350))
    image.save(photo, "JPEG")
    services.media_add_image(
        event=event,
        user=None,
        upload=SimpleUploadedFile("geneva.jpg", photo.getvalue(), content_type="image/jpeg"),
        alt_text="قصر الأمم في جنيف",
        caption="مقر المحادثات",
        credit="رويترز",
    )
    services.media_add_embed(event=event, user=None, url="https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    return event


def test_the_photo_loads_in_a_fitting_size_and_the_video_waits_for_a_click(page, live_server, bulletin):
    own_host = urlsplit(live_server.url).netloc
    contacted = []
    page.on("request", lambda request: contacted.append(urlsplit(request.url).netloc))
    # No network here: the video platform's frame is answered locally, so the test can see that it was asked for.
    page.route(
        "https://www.youtube-nocookie.com/**",
        lambda route: route.fulfill(status=200, content_type="text/html", body="<p>video</p>"),
    )
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}{bulletin.get_absolute_url()}")
    photo = page.locator("figure.media--photo img")
    photo.scroll_into_view_if_needed()
    wait_until(page, "document.querySelector('figure.media--photo img').naturalWidth > 0")
    # A phone at 390 px (1x here) gets the 480 px file, not the 2048 px one.
    assert photo.evaluate("img => img.currentSrc").endswith("/480.jpg")
    assert photo.get_attribute("alt") == "قصر الأمم في جنيف"
    box = photo.bounding_box()
    assert abs(box["height"] - box["width"] * 1350 / 2400) < 2  # drawn at its own proportions
    assert set(contacted) == {own_host}  # nothing from YouTube, nor from anywhere else
    assert page.locator("iframe").count() == 0

    page.locator(".embed-load").click()
    frame = page.locator("iframe.embed-frame")
    frame.wait_for()
    assert frame.get_attribute("src") == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    wait_until(page, "document.querySelector('iframe.embed-frame').contentWindow !== null")
    page.wait_for_timeout(300)
    assert "www.youtube-nocookie.com" in contacted
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "bulletin-photo-and-embed-phone.png"), full_page=True)
    assert page.problems == []


def test_an_editor_adds_a_photo_with_its_credit_to_bulletin_18_in_the_admin(page, live_server, tmp_path):
    timeline = TimelineFactory(slug="geneva", title="المحادثات الأمنية في جنيف")
    event = EventFactory(
        timeline=timeline,
        number=18,
        status=Event.Status.DRAFT,
        headline="بلينكن لا يتوقع اختراقات في محادثات جنيف",
        date=datetime.date(2022, 1, 9),
    )
    UserFactory(username="noura", role=NewsroomRole.EDITOR)
    photo = tmp_path / "geneva.jpg"
    Image.new("RGB", (1600, 900), (40, 70, 120)).save(photo, "JPEG")

    page.goto("/admin/login/")
    page.fill("#id_username", "noura")
    page.fill("#id_password", "correct horse battery staple")
    page.click("input[type=submit]")
    page.goto(f"/admin/timeline/event/{event.pk}/change/")
    page.locator("#media-group .add-row a").click()
    page.set_input_files("#id_media-0-image", str(photo))
    page.fill("#id_media-0-alt_text", "بلينكن ولافروف قبل المحادثات")
    page.fill("#id_media-0-credit", "رويترز / دينيس باليبوز")
    page.click('button[name=_action][value="save"]')
    page.wait_for_selector(".messagelist .success")
    assert page.problems == []

    media = event.media.get()
    assert media.credit == "رويترز / دينيس باليبوز"
    services.event_publish(event=event, user=None)
    page.goto(event.get_absolute_url())
    img = page.locator("figure.media--photo img")
    img.scroll_into_view_if_needed()  # it is loading="lazy"
    wait_until(page, "document.querySelector('figure.media--photo img').naturalWidth > 0")
    assert img.get_attribute("alt") == "بلينكن ولافروف قبل المحادثات"
    assert "رويترز / دينيس باليبوز" in page.locator("figure.media--photo figcaption").inner_text()

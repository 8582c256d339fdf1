"""The embed code in a page of another site, in Chromium: the embed page shows the timeline in its frame and keeps
it current as bulletins are published, while the timeline's own page refuses to be framed."""

import datetime

import pytest

from tests.factories import EventFactory, TimelineFactory, UserFactory
from timeline import services
from timeline.models import Event
from timeline.roles import NewsroomRole

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_embed_code_works_on_another_site_and_only_the_embed_page_can_be_framed(
    page, live_server, other_site, settings
):
    settings.TASALSUL_LIVE_POLL_SECONDS = 1
    timeline = TimelineFactory(slug="geneva", title="محادثات جنيف", is_live=True)
    for number in (1, 2):
        EventFactory(
            timeline=timeline,
            number=number,
            status=Event.Status.PUBLISHED,
            headline=f"نشرة رقم {number}",
            date=datetime.date(2022, 1, number),
        )
    # What an editor copies from the timeline page, pasted into another site's page, beside a frame of the page.
    page.goto(f"{live_server.url}/timelines/geneva/")
    code = page.locator("#embed-code").input_value()
    assert code.startswith(f'<iframe src="{live_server.url}/embed/timelines/geneva/"')
    folder, origin = other_site
    (folder / "story.html").write_text(
        f"<!doctype html><html><body><h1>Another site</h1>{code}"
        f'<iframe name="page" src="{live_server.url}/timelines/geneva/" width="400" height="300"></iframe>'
        "</body></html>",
        encoding="utf-8",
    )
    refused = []
    page.on("console", lambda message: "frame" in message.text.lower() and refused.append(message.text))
    page.goto(f"{origin}/story.html")
    embed = page.frame_locator("iframe[src$='/embed/timelines/geneva/']")
    assert embed.locator("article").count() == 2
    assert embed.locator("article").first.get_attribute("id") == "2"  # newest first
    assert embed.locator("html").get_attribute("dir") == "rtl"

    # The timeline's own page stays unframed: Chromium refuses it (X-Frame-Options DENY, frame-ancestors 'none').
    page.wait_for_timeout(500)
    framed_page = next(frame for frame in page.frames if frame.name == "page")
    assert framed_page.locator("article").count() == 0
    assert any("refused" in message.lower() or "ancestor" in message.lower() for message in refused), refused

    # A bulletin published now shows in the other site's frame by itself.
    services.event_create(
        timeline=timeline,
        user=UserFactory(role=NewsroomRole.CHIEF),
        headline="نشرة جديدة",
        date=datetime.date(2022, 1, 3),
        status=Event.Status.PUBLISHED,
    )
    link = embed.locator("#live-updates-link")
    link.wait_for(state="visible", timeout=10_000)
    link.click()
    embed.locator("article#\\33").wait_for(timeout=10_000)  # bulletin 3, after the frame reloaded itself
    assert embed.locator("article").first.get_attribute("id") == "3"

"""The reading site in Chromium: right to left, the order toggle, go-to-number, search, live updates, and axe-core
finding no serious or critical accessibility problem, in Arabic and English, on a phone and a desktop. Screenshots
of the main pages are saved in test-artifacts/."""

import datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache

from tests.factories import (
    AnonymousPersonFactory,
    EventFactory,
    PersonFactory,
    RoleFactory,
    SourceFactory,
    StatementFactory,
    TimelineFactory,
)
from timeline import services
from timeline.models import Event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
PHONE, DESKTOP = {"width": 390, "height": 844}, {"width": 1280, "height": 900}


@pytest.fixture
def story(settings):
    settings.TASALSUL_LIVE_POLL_SECONDS = 1
    # Responses cached by an earlier test outlive its database: on PostgreSQL the flushed tables keep counting ids,
    # so this story's changes purge keys (timeline-2) that the earlier responses (timeline-1) do not carry, and the
    # live notice would poll a stale "no new bulletins" for ever.
    cache.clear()
    timeline = TimelineFactory(
        slug="geneva", title="المحادثات الأمنية في جنيف", summary="تسلسل زمني للمحادثات.", is_live=True
    )
    blinken = PersonFactory(name="أنطوني بلينكن", name_latin="Antony Blinken", slug="antony-blinken")
    role = RoleFactory(person=blinken, title="وزير الخارجية الأمريكي")
    official = AnonymousPersonFactory(slug="senior-official")
    cnn = SourceFactory(name="CNN", slug="cnn")
    for number in range(1, 61):
        event = EventFactory(
            timeline=timeline,
            number=number,
            status=Event.Status.PUBLISHED,
            is_key=number == 18,
            headline=f"بلينكن لا يتوقع اختراقات، الجولة {number}" if number == 18 else f"نشرة رقم {number}",
            date=datetime.date(2022, 1, 1) + datetime.timedelta(days=number // 3),
            body="قال وزير الخارجية الأمريكي، أنطوني بلينكن، إنه لا يتوقع اختراقات.\nوأضاف أن Antony Blinken سيعود.",
        )
        StatementFactory(
            event=event,
            speaker=blinken,
            role=role,
            source=cnn,
            kind="direct",
            position=1,
            text="من الصعب رؤية إحراز تقدم فعلي",
        )
        StatementFactory(event=event, speaker=official, kind="paraphrase", position=2, text="الإدارة منفتحة")
    for event in Event.objects.all():
        services.event_statements_sync(event=event)
    return timeline


def shoot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def test_the_timeline_reads_right_to_left_in_arabic_and_left_to_right_in_english(page, live_server, story):
    for viewport, label in ((DESKTOP, "desktop"), (PHONE, "phone")):
        page.set_viewport_size(viewport)
        page.goto(f"{live_server.url}/timelines/geneva/")
        assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
        assert page.evaluate("getComputedStyle(document.querySelector('article.event')).direction") == "rtl"
        latin = page.locator("bdi", has_text="CNN").first
        assert latin.evaluate("element => element.tagName") == "BDI"
        shoot(page, f"timeline-ar-{label}")
        page.goto(f"{live_server.url}/en/timelines/geneva/")
        assert page.evaluate("getComputedStyle(document.body).direction") == "ltr"
        assert page.evaluate("getComputedStyle(document.querySelector('article.event')).direction") == "rtl"
        shoot(page, f"timeline-en-{label}")
    page.goto(f"{live_server.url}/timelines/geneva/18/")
    shoot(page, "bulletin-ar")
    assert page.problems == []


def test_order_toggle_and_go_to_number(page, live_server, story):
    page.goto(f"{live_server.url}/timelines/geneva/")
    assert page.locator("article.event").first.get_attribute("id") == "60"
    page.click("#order-toggle")
    assert page.locator("article.event").first.get_attribute("id") == "1"
    page.fill("#go-to-number", "18")
    page.press("#go-to-number", "Enter")
    page.wait_for_url("**/timelines/geneva/?page=1&order=oldest#18")
    assert page.evaluate("document.querySelector(':target').id") == "18"
    assert page.locator("article#\\31 8").is_visible()
    assert page.problems == []


def test_search_from_the_header(page, live_server, story):
    page.goto(f"{live_server.url}/")
    page.fill("#site-search-q", "اختراق")
    page.press("#site-search-q", "Enter")
    page.wait_for_selector("ol.results li")
    assert page.locator("ol.results mark").first.inner_text() == "اختراقات"
    shoot(page, "search-ar")
    assert page.problems == []


def test_a_new_bulletin_is_announced_without_a_reload(page, live_server, story):
    page.goto(f"{live_server.url}/timelines/geneva/")
    assert page.locator("#live-updates").is_hidden()
    services.event_create(
        timeline=story, user=None, headline="نشرة عاجلة", date=datetime.date(2022, 2, 1), status=Event.Status.PUBLISHED
    )
    page.wait_for_selector("#live-updates:not([hidden])", timeout=10000)
    assert (
        "1" in page.locator("#live-updates-link").inner_text()
        or "واحدة" in page.locator("#live-updates-link").inner_text()
    )
    page.click("#live-updates-link")
    page.wait_for_selector("article#\\36 1")
    assert page.problems == []


def test_the_api_docs_work_under_the_content_security_policy(page, live_server, story):
    page.goto(f"{live_server.url}/api/v1/docs/")
    page.wait_for_selector(".opblock", timeout=15000)
    assert page.problems == []

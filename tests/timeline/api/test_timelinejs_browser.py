"""The TimelineJS export in the real client: TimelineJS3 (npm @knight-lab/timelinejs, served from node_modules)
loads our JSON from another origin in Chromium and makes a slide of every published bulletin."""

import datetime
import os
from pathlib import Path

import pytest
from django.conf import settings

from tests.factories import EventFactory, PersonFactory, StatementFactory, TimelineFactory
from timeline.models import Event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TIMELINEJS = Path(settings.BASE_DIR) / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
CDN = "https://cdn.knightlab.com/libs/timeline3/latest/"  # where TimelineJS fetches its fonts and locales
CONTENT_TYPES = {
    ".js": "application/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
}


@pytest.fixture
def timelinejs():
    if not TIMELINEJS.exists():
        message = f"needs TimelineJS at {TIMELINEJS}: run `npm ci` (make setup does when npm is installed)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return TIMELINEJS


@pytest.fixture
def embedding_site(other_site, timelinejs):
    """A page elsewhere: another origin embedding the timeline, with TimelineJS beside it."""
    folder, origin = other_site
    (folder / "dist").symlink_to(timelinejs)
    return folder, origin


def serve_from_node_modules(route) -> None:
    """TimelineJS asks its CDN for fonts and locales; the same files come from the npm package instead."""
    file = TIMELINEJS / route.request.url.removeprefix(CDN).split("?")[0]
    if file.is_file():
        route.fulfill(
            status=200, body=file.read_bytes(), content_type=CONTENT_TYPES.get(file.suffix, "application/octet-stream")
        )
    else:
        route.fulfill(status=404, body="")


def test_every_published_bulletin_becomes_a_slide(page, live_server, embedding_site):
    timeline = TimelineFactory(slug="geneva", title="محادثات جنيف", summary="تسلسل المحادثات")
    speaker = PersonFactory(name="أنطوني بلينكن")
    for number, day in ((16, 8), (17, 8), (18, 9)):
        event = EventFactory(
            timeline=timeline,
            number=number,
            headline=f"النشرة رقم {number}",
            status=Event.Status.PUBLISHED,
            date=datetime.date(2022, 1, day),
        )
        StatementFactory(event=event, speaker=speaker, text=f"تصريح في النشرة {number}")
    EventFactory(timeline=timeline, number=19, headline="مسودة لا تظهر", status=Event.Status.DRAFT)

    folder, origin = embedding_site
    export_url = f"{live_server.url}/api/v1/timelines/geneva/timelinejs.json"
    (folder / "index.html").write_text(
        f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="dist/css/timeline.css"></head>
<!-- font: null keeps the reader's own fonts, which render Arabic, instead of TimelineJS's Google web fonts. -->
<body><div id="embed" style="width: 1000px; height: 650px"></div>
<script src="dist/js/timeline.js"></script>
<script>window.timeline = new TL.Timeline("embed", "{export_url}", {{language: "ar", font: null}});</script>
</body></html>""",
        encoding="utf-8",
    )
    page.route(f"{CDN}**", serve_from_node_modules)
    page.goto(f"{origin}/index.html")
    page.wait_for_selector(".tl-slide-titleslide", timeout=20000)
    page.wait_for_function("document.querySelectorAll('.tl-slide').length >= 4", timeout=20000)

    headlines = page.locator(".tl-slide .tl-headline").all_inner_texts()
    assert "محادثات جنيف" in headlines
    for number in (16, 17, 18):
        assert f"({number}) النشرة رقم {number}" in headlines
    assert not any("مسودة" in headline for headline in headlines)
    assert page.locator(".tl-slide").count() == 4  # the title slide and three bulletins
    # Same-day bulletins keep their number order.
    order = [h for h in headlines if h.startswith("(")]
    assert order == ["(16) النشرة رقم 16", "(17) النشرة رقم 17", "(18) النشرة رقم 18"]
    assert page.problems == []

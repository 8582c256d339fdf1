"""Every public page type in Chromium, as readers get it: at 320, 390, 768 and 1,280 px, with the Arabic interface
and the English one. On each: nothing wider than the screen, nothing slanted in Arabic, every statement's kind shown
the same way (the label, quotation marks and a solid rule for a direct quote; a dotted rule and no marks for a
reported one), and on a phone the newest bulletin's headline within the first screen. axe-core finds no
accessibility violation of any impact. Screenshots of the first screen of each page go to test-artifacts/screenshots/
for a reviewer to look at."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.text import capfirst

from tests.timeline.reader_pages import ERROR_STATUS, LANGUAGES, PAGES, build_story
from timeline import views
from timeline.models import Statement

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "screenshots"
# A small phone (iPhone SE), a common one, a tablet, a desktop.
VIEWPORTS = [(320, 568), (390, 844), (768, 1024), (1280, 900)]
PHONES = {320, 390}
# The pages whose newest bulletin must be on a phone's first screen.
LIVE_PAGES = {"timeline", "embed"}

# Everything the page's own CSS and fonts do, measured in the page: the numbers the assertions read.
MEASURE = """() => {
  const arabic = /[\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF]/;
  const slanted = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!arabic.test(node.textContent) || !element.getClientRects().length) continue;
    const style = getComputedStyle(element);
    if (style.fontStyle !== "normal") slanted.push(element.tagName + ": " + node.textContent.trim().slice(0, 40));
  }
  const statements = [...document.querySelectorAll("li.statement")].map((li) => {
    const label = li.querySelector(".statement-kind");
    const text = li.querySelector(".statement-text").textContent.trim();
    return {
      kind: li.dataset.kind,
      label: label ? label.textContent.trim() : null,
      labelShown: !!label && label.getBoundingClientRect().height > 0,
      quote: !!li.querySelector("blockquote"),
      marks: /^[«“]/.test(text) && /[»”]$/.test(text),
      anyMark: /[«»“”]/.test(text),
      rule: getComputedStyle(li).borderInlineStartStyle,
      italic: getComputedStyle(li.querySelector(".statement-text")).fontStyle,
    };
  });
  // What sticks out: boxes, and text running out of its box (a long address, an unbreakable word).
  const wide = [...document.querySelectorAll("body *:not(.skip-link)")].filter((e) => {
    const r = e.getBoundingClientRect();
    return r.width && (r.right > window.innerWidth + 1 || r.left < -1);
  }).map((e) => e.tagName + "." + e.className);
  const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    if (node.parentElement.closest(".skip-link")) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width && (r.right > window.innerWidth + 1 || r.left < -1)) {
        wide.push(node.parentElement.tagName + ": " + node.textContent.trim().slice(0, 30));
        break;
      }
    }
  }
  const first = document.querySelector("article.event h1, article.event h2");
  return {
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    wide: wide.slice(-8),
    slanted: slanted,
    statements: statements,
    firstHeadlineBottom: first ? first.getBoundingClientRect().bottom + window.scrollY : null,
    height: window.innerHeight,
  };
}"""


def kind_labels(language: str) -> dict[str, str]:
    with translation.override(language):
        return {kind.value: capfirst(str(kind.label)) for kind in Statement.Kind}


@pytest.fixture(scope="module")
def tab(chromium):
    """One tab for the module, reused by every page and width: console errors go to `tab.problems`."""
    context = chromium.new_context(locale="ar", reduced_motion="reduce")
    page = context.new_page()
    page.problems = []
    page.on("console", lambda message: message.type == "error" and page.problems.append(message.text))
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    yield page
    context.close()


@pytest.fixture
def story(settings):
    settings.TASALSUL_LIVE_POLL_SECONDS = 300  # no polling while the pages are measured
    return build_story()


@pytest.fixture
def failing_source_page(monkeypatch):
    """The source page fails with an error nothing handles: the reader gets the 500 page."""

    def fail(*args, **kwargs):
        raise RuntimeError("the 500 page, on purpose")

    monkeypatch.setattr(views.SourceDetailView, "get", fail)


def visit(tab, live_server, path: str, status: int) -> None:
    tab.problems.clear()
    response = tab.goto(f"{live_server.url}{path}", wait_until="load")
    assert response.status == status, path
    tab.evaluate("document.fonts.ready.then(() => true)")


@pytest.mark.parametrize("page_type", [*PAGES, "500"])
def test_every_page_fits_every_screen_without_italics_and_with_honest_statements(
    tab, live_server, story, page_type, request
):
    if page_type == "500":
        request.getfixturevalue("failing_source_page")
        address = PAGES["source"]
    else:
        address = PAGES[page_type]
    status = ERROR_STATUS.get(page_type, 200)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for language, prefix in LANGUAGES.items():
        labels = kind_labels(language)
        for width, height in VIEWPORTS:
            tab.set_viewport_size({"width": width, "height": height})
            visit(tab, live_server, prefix + address, status)
            where = f"{page_type} {language} {width}px"
            tab.screenshot(path=str(SCREENSHOTS / f"{page_type}-{language}-{width}.png"))
            found = tab.evaluate(MEASURE)
            assert found["overflow"] <= 0, (where, found["overflow"], found["wide"])
            assert found["slanted"] == [], where
            for statement in found["statements"]:
                assert statement["label"] == labels[statement["kind"]], (where, statement)
                assert statement["labelShown"], (where, statement)
                assert statement["italic"] == "normal", (where, statement)
                if statement["kind"] == "direct":
                    assert statement["quote"], (where, statement)
                    assert statement["marks"], (where, statement)
                    assert statement["rule"] == "solid", (where, statement)
                else:
                    assert not statement["quote"], (where, statement)
                    assert not statement["anyMark"], (where, statement)
                    assert statement["rule"] == "dotted", (where, statement)
            if page_type in LIVE_PAGES and width in PHONES:
                assert found["firstHeadlineBottom"] is not None, where
                assert found["firstHeadlineBottom"] <= found["height"], (where, found["firstHeadlineBottom"])
            if page_type == "embed":
                # However wide the frame it is put in, the embed keeps to a reading measure (44 rem).
                assert tab.evaluate("document.body.getBoundingClientRect().width") <= min(width, 44 * 16), where
            if status == 200:
                assert tab.problems == [], where
    if page_type in ("timeline", "permalink", "person", "source", "search", "english-story"):
        assert found["statements"], f"{page_type}: the page was to show statements"


def test_the_newest_bulletin_says_how_long_ago_beside_its_time_and_zone(tab, live_server, story):
    tab.set_viewport_size({"width": 390, "height": 844})
    for language, prefix in LANGUAGES.items():
        visit(tab, live_server, prefix + PAGES["timeline"], 200)
        first = tab.locator("article.event").first
        assert first.get_attribute("id") == "6"
        # Published five minutes ago, at a time given to the minute: five or six minutes, in the page's language.
        expected = {"ar": r"^ · قبل [56] دقائق$", "en": r"^ · [56] minutes ago$"}[language]
        relative = first.locator(".relative-time")
        relative.wait_for()
        assert re.match(expected, relative.inner_text()), relative.inner_text()
        assert "GMT" in first.locator(".clock").inner_text() or "غرينتش" in first.locator(".clock").inner_text()


def test_a_bulletins_link_is_copied_for_sharing(chromium, live_server, story):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page = context.new_page()
    page.goto(f"{live_server.url}{PAGES['timeline']}")
    link = page.locator('article[id="5"] a.share-link')
    link.click()
    # The clipboard answers asynchronously: the link says "copied" once it has.
    page.wait_for_function(
        """() => {
            const link = document.querySelector('article[id="5"] a.share-link');
            return link.textContent === link.getAttribute("data-copied");
        }""",
        timeout=10_000,
    )
    assert link.inner_text() == link.get_attribute("data-copied")
    assert page.url == f"{live_server.url}{PAGES['timeline']}"  # copied, not followed
    assert page.evaluate("navigator.clipboard.readText()") == f"{live_server.url}/timelines/geneva/5/"
    context.close()


def test_the_fonts_come_from_our_own_origin(tab, live_server, story):
    tab.set_viewport_size({"width": 1280, "height": 900})
    requested = []
    tab.on("request", lambda request: requested.append(request.url))
    visit(tab, live_server, PAGES["permalink"], 200)
    fonts = [url for url in requested if url.endswith(".woff2")]
    assert fonts, "no web font was asked for"
    assert all(url.startswith(live_server.url) for url in requested)
    assert tab.evaluate("document.fonts.check('16px \"Tasalsul Naskh\"', 'بلينكن')")
    used = tab.evaluate(
        """() => [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family + " " + f.weight)"""
    )
    assert any("Tasalsul Naskh" in face for face in used)
    assert any("Tasalsul Serif" in face for face in used)


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_violation_on_any_page(chromium, live_server, story, axe, language, monkeypatch):
    # axe-core goes in as an inline script, which our Content Security Policy rightly refuses: this context alone
    # lets the test's own tool in.
    context = chromium.new_context(bypass_csp=True)
    page = context.new_page()
    prefix = LANGUAGES[language]
    found = {}
    for width, height in [(390, 844), (1280, 900)]:
        page.set_viewport_size({"width": width, "height": height})
        for page_type, address in PAGES.items():
            page.goto(f"{live_server.url}{prefix}{address}", wait_until="load")
            page.add_script_tag(path=str(axe))
            result = page.evaluate("async () => await axe.run(document)")
            violations = [
                (violation["id"], violation["impact"], [node["target"] for node in violation["nodes"]][:3])
                for violation in result["violations"]
            ]
            if violations:
                found[f"{page_type} {width}px"] = violations
    monkeypatch.setattr(views.SourceDetailView, "get", lambda *args, **kwargs: 1 / 0)
    page.goto(f"{live_server.url}{prefix}{PAGES['source']}", wait_until="load")
    page.add_script_tag(path=str(axe))
    violations = page.evaluate("async () => (await axe.run(document)).violations.map((v) => v.id)")
    if violations:
        found["500"] = violations
    context.close()
    assert found == {}

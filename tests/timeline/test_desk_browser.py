"""A day at the desk, in real browsers (Chromium), right to left: a reporter drafts two bulletins with statements, an
editor publishes one from the desk and schedules the other, the schedule runs, a chief renumbers; readers see
consecutive numbers throughout. With the form's targets: demo bulletin 18 fits in 2,000 px at 1,280 px wide, and a
bulletin goes from the reporter's first click to published in at most 12 user actions.

Screenshots (desk at 1,280 and 390 px, the form, the list) are written to test-artifacts/ for people to look at."""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

from tests.conftest import CHROMIUM_ARGS  # noqa: F401 (the chromium fixture launches with them)
from tests.factories import UserFactory
from timeline import services
from timeline.demo import load_demo
from timeline.models import Event, Person, Timeline
from timeline.roles import NewsroomRole

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery staple"
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
FORM_HEIGHT_TARGET = 2000
ACTIONS_TARGET = 12


class Actions:
    """A page whose user actions are counted: a click, filling one field, a key press each count one."""

    def __init__(self, page) -> None:
        self.page, self.count = page, 0

    def click(self, selector: str) -> None:
        self.count += 1
        self.page.locator(selector).first.click()

    def fill(self, selector: str, text: str) -> None:
        self.count += 1
        self.page.fill(selector, text)

    def press(self, keys: str) -> None:
        self.count += 1
        self.page.keyboard.press(keys)

    def choose(self, select_id: str, typed: str, expected: str) -> None:
        """An autocomplete: open it, type, pick (three actions)."""
        self.click(f"#{select_id} + .select2")
        self.fill(".select2-container--open .select2-search__field", typed)
        self.page.locator(".select2-results__option", has_text=expected).first.wait_for()
        self.click(f'.select2-results__option:has-text("{expected}")')


def signed_in(chromium, live_server, username: str, *, width: int = 1280):
    context = chromium.new_context(
        base_url=live_server.url, locale="ar", viewport={"width": width, "height": 900}, timezone_id="UTC"
    )
    page = context.new_page()
    page.problems = []
    page.on("console", lambda message: message.type == "error" and page.problems.append(message.text))
    page.on("pageerror", lambda error: page.problems.append(f"{page.url}: {error} {error.stack}"))
    if username:
        page.goto("/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", PASSWORD)
        page.click("input[type=submit]")
        page.wait_for_url("**/admin/")
    return context, page


def readers_see(reader, timeline: Timeline) -> list[int]:
    """The numbers a reader sees on the timeline's page, checked to run without a gap."""
    reader.goto(f"/timelines/{timeline.slug}/")
    numbers = sorted(int(n) for n in reader.locator("article.event[id]").evaluate_all("els => els.map(e => e.id)"))
    assert numbers == list(range(1, len(numbers) + 1)), f"readers see a gap: {numbers}"
    return numbers


def no_horizontal_scroll(page) -> bool:
    """Neither the page nor the bulletin list's table scrolls sideways."""
    return page.evaluate(
        """() => document.documentElement.scrollWidth <= window.innerWidth &&
             [...document.querySelectorAll('.results')].every(r => r.scrollWidth <= r.clientWidth)"""
    )


def test_demo_bulletin_18_fits_in_2000_px_at_1280_px(chromium, live_server):
    load_demo()
    UserFactory(username="hala", role=NewsroomRole.CHIEF)
    context, page = signed_in(chromium, live_server, "hala")
    try:
        event = Event.objects.get(timeline__slug="russia-us-security-talks-2022", number=18)
        assert (event.statements.count(), event.media.count()) == (3, 1)
        page.goto(f"/admin/timeline/event/{event.pk}/change/")
        page.wait_for_selector(".media-thumbnail")
        height = page.evaluate("document.documentElement.scrollHeight")
        print(f"bulletin 18 form: {height} px at 1280 px")
        assert height <= FORM_HEIGHT_TARGET, f"bulletin 18's form is {height} px tall"
        assert no_horizontal_scroll(page)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "desk-form-bulletin-18-1280.png"), full_page=True)
        # The buttons say what they do and show their keys; no status drop-down.
        assert page.locator('select[name="status"]').count() == 0
        assert page.locator("button[name=_action]").all_inner_texts() == ["احفظ التعديل Ctrl+S"]
        assert page.problems == []
    finally:
        context.close()


def test_a_day_at_the_desk(chromium, live_server):
    UserFactory(username="reem", role=NewsroomRole.REPORTER)
    UserFactory(username="noura", role=NewsroomRole.EDITOR)
    UserFactory(username="hala", role=NewsroomRole.CHIEF)
    load_demo()  # its people (Blinken, Sherman with their roles) and another live story on the desk
    blinken = Person.objects.get(slug="antony-blinken")
    timeline = Timeline.objects.create(slug="geneva-day", title="يوم في جنيف", language="ar", is_live=True)
    for day, headline in enumerate(["وصول الوفدين إلى جنيف", "بدء الجلسة الأولى"], start=10):
        services.event_create(
            timeline=timeline, user=None, headline=headline, date=datetime.date(2022, 1, day), status="published"
        )

    reader_context, reader = signed_in(chromium, live_server, "")
    reporter_context, reporter = signed_in(chromium, live_server, "reem")
    editor_context, editor = signed_in(chromium, live_server, "noura")
    try:
        assert readers_see(reader, timeline) == [1, 2]
        ARTIFACTS.mkdir(exist_ok=True)

        # The editor's desk is open all along; its counts will move by themselves.
        waiting = int(editor.locator('[data-count="review"]').inner_text())  # the demo's own bulletin in review

        # The reporter's first bulletin, counted from the desk's button to published.
        counted = Actions(reporter)
        counted.click(f'a.desk-new-bulletin[href$="?timeline={timeline.pk}"]')
        reporter.wait_for_selector("#id_headline")
        assert reporter.input_value("#id_timeline") == str(timeline.pk)
        counted.fill("#id_headline", "بلينكن: لا نتوقع اختراقات هذا الأسبوع")
        counted.fill("#id_date", "2022-01-12")
        counted.fill("#id_body", "قال وزير الخارجية الأمريكي إنه لا يتوقع اختراقات في محادثات جنيف.")
        counted.fill("#id_statements-0-text", "لا أتوقع أي اختراقات هذا الأسبوع")
        # A transliteration the records do not hold: the picker still finds him.
        counted.choose("id_statements-0-speaker", "بلنكن", "أنطوني بلينكن")
        reporter.wait_for_function("() => document.getElementById('id_statements-0-role').value !== ''")
        minister = blinken.role_on(datetime.date(2022, 1, 12))
        assert reporter.input_value("#id_statements-0-role") == str(minister.pk)  # filled in from the date
        assert reporter.locator("button[name=_action]").evaluate_all("bs => bs.map(b => b.value)") == [
            "review",
            "save",
        ]
        counted.press("Control+Enter")  # the reporter's primary button: send for review
        reporter.wait_for_url("**/admin/")
        assert "للمراجعة" in reporter.locator(".messagelist .success").inner_text()
        first = Event.objects.for_timeline(timeline).get(headline="بلينكن: لا نتوقع اختراقات هذا الأسبوع")
        assert (first.status, first.number) == (Event.Status.IN_REVIEW, None)
        assert [(s.speaker, s.role, s.kind) for s in first.statements.all()] == [(blinken, minister, "direct")]

        # The second bulletin: saved as a draft with Ctrl+S on the way, a paraphrase, then sent for review.
        reporter.click(f'a.desk-new-bulletin[href$="?timeline={timeline.pk}"]')
        reporter.fill("#id_headline", "شيرمان: رفضنا مقترحات روسية لا يمكن قبولها")
        reporter.fill("#id_date", "2022-01-12")
        reporter.fill("#id_statements-0-text", "رفضنا مقترحات أمنية لا يمكن قبولها")
        Actions(reporter).choose("id_statements-0-speaker", "شرمان", "ويندي شيرمان")
        reporter.click('#id_statements-0-kind label:has-text("نقل بتصرف")')
        reporter.keyboard.press("Control+s")
        reporter.wait_for_selector(".messagelist .success")
        second = Event.objects.for_timeline(timeline).get(headline__startswith="شيرمان: رفضنا")
        assert (second.status, second.number) == (Event.Status.DRAFT, None)
        assert f"مسودة #{second.pk}" in reporter.locator(".messagelist .success").inner_text()
        reporter.click('button[value="review"]')
        reporter.wait_for_url("**/admin/")
        assert readers_see(reader, timeline) == [1, 2]  # nothing in review shows, and no number is taken

        # The editor's desk counts moved without a reload.
        editor.evaluate("document.querySelector('.desk').refreshCounts()")
        editor.wait_for_function(
            "n => document.querySelector('[data-count=\"review\"]').textContent.trim() === String(n)", arg=waiting + 2
        )
        assert editor.locator(".desk-refresh").is_visible()
        editor.set_viewport_size({"width": 1280, "height": 900})
        editor.reload()
        editor.screenshot(path=str(ARTIFACTS / "desk-1280.png"), full_page=True)

        # The editor publishes the first from the desk: two more actions.
        editor_actions = Actions(editor)
        editor_actions.click(f'.desk-section--review a[href$="/{first.pk}/change/"]')
        editor.wait_for_selector("#id_headline")
        editor_actions.press("Control+Enter")
        editor.wait_for_url("**/admin/")
        total = counted.count + editor_actions.count
        print(f"reporter to published: {total} actions")
        assert total <= ACTIONS_TARGET, f"reporter to published took {total} actions"
        first.refresh_from_db()
        assert (first.status, first.number) == (Event.Status.PUBLISHED, 3)
        assert "(3)" in editor.locator(".messagelist .success").inner_text()
        assert readers_see(reader, timeline) == [1, 2, 3]

        # ... and schedules the second for two hours from now.
        editor.click(f'.desk-section--review a[href$="/{second.pk}/change/"]')
        later = timezone.localtime() + datetime.timedelta(hours=2)
        editor.fill("#id_schedule_at", later.strftime("%Y-%m-%dT%H:%M"))
        editor.click('button[value="schedule"]')
        editor.wait_for_url("**/admin/")
        second.refresh_from_db()
        assert second.publish_at is not None
        assert second.number is None
        scheduled = editor.locator(".desk-section--scheduled").inner_text()
        assert "شيرمان" in scheduled
        assert later.strftime("%H:%M") in scheduled
        assert readers_see(reader, timeline) == [1, 2, 3]

        # The phone-sized desk, then the list at 1,280 px without sideways scrolling.
        editor.set_viewport_size({"width": 390, "height": 844})
        editor.goto("/admin/")
        assert no_horizontal_scroll(editor)
        editor.screenshot(path=str(ARTIFACTS / "desk-390.png"), full_page=True)
        editor.set_viewport_size({"width": 1280, "height": 900})
        editor.goto("/admin/timeline/event/?timeline=all")  # every timeline: the widest list, with their titles
        assert no_horizontal_scroll(editor)
        editor.goto(f"/admin/timeline/event/?timeline__id__exact={timeline.pk}")
        assert no_horizontal_scroll(editor)
        editor.screenshot(path=str(ARTIFACTS / "desk-list-1280.png"), full_page=True)
        editor.fill("#searchbar", "(3)")
        editor.keyboard.press("Enter")
        editor.wait_for_selector("#result_list")
        assert editor.locator("#result_list tbody tr").count() == 1

        # The schedule runs: the second takes the next number.
        services.publish_due(now=second.publish_at + datetime.timedelta(minutes=1))
        second.refresh_from_db()
        assert (second.status, second.number) == (Event.Status.PUBLISHED, 4)
        assert readers_see(reader, timeline) == [1, 2, 3, 4]

        # A chief puts Sherman's bulletin before Blinken's: (4) becomes (3), and (3) moves up to (4).
        chief_context, chief = signed_in(chromium, live_server, "hala")
        try:
            chief.goto(f"/admin/timeline/event/{second.pk}/change/")
            chief.fill("#id_number", "3")
            chief.check('input[name="change_kind"][value="update"]')
            chief.keyboard.press("Control+s")
            chief.wait_for_selector(".messagelist .success, .errornote")
            assert chief.locator(".errornote, .errorlist").all_inner_texts() == []
            assert chief.problems == []
        finally:
            chief_context.close()
        second.refresh_from_db()
        first.refresh_from_db()
        assert (second.number, first.number) == (3, 4)
        assert readers_see(reader, timeline) == [1, 2, 3, 4]
        assert re.search("شيرمان", reader.locator('article.event[id="3"]').inner_text())

        assert reporter.problems == []
        assert editor.problems == []
        assert reader.problems == []
    finally:
        reader_context.close()
        reporter_context.close()
        editor_context.close()

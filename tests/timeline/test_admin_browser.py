"""An editor enters bulletin 18 of the seed chronology through the admin in a real browser (Chromium), right to left,
with its statements attributed through the speaker and source autocompletes."""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings

from tests.factories import (
    AnonymousPersonFactory,
    EventFactory,
    PersonFactory,
    RoleFactory,
    SourceFactory,
    TimelineFactory,
    UserFactory,
)
from timeline.models import Event, Statement
from timeline.roles import NewsroomRole

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SEEDS = Path(settings.BASE_DIR).parent / "shared" / "seeds"
HEADER = re.compile(r"^\((\d+)\)\s*(.+?)\s*-\s*(\d{1,2}) يناير (\d{4})$")


def bulletin_18() -> tuple[str, datetime.date, list[str]]:
    """Headline, date and paragraphs of bulletin 18, read from the seed text."""
    seeds = sorted(SEEDS.glob("000_*.txt"))
    if not seeds:
        pytest.skip(f"the seed chronology is not at {SEEDS}")
    lines = [line.strip() for line in seeds[0].read_text(encoding="utf-8").splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if line.startswith("(18)"))
    number, headline, day, year = HEADER.match(lines[start]).groups()
    assert number == "18"
    return headline, datetime.date(int(year), 1, int(day)), lines[start + 1 :]


def choose(page, select_id: str, term: str, expected: str) -> None:
    """Pick `expected` in a Django admin autocomplete (select2) by typing `term`."""
    page.click(f"#{select_id} + .select2")
    page.fill(".select2-container--open .select2-search__field", term)
    page.locator(".select2-results__option", has_text=expected).first.click()


def test_an_editor_enters_bulletin_18_of_the_seed_in_the_admin(page, live_server):
    headline, day, paragraphs = bulletin_18()
    timeline = TimelineFactory(title="المحادثات الأمريكية الروسية")
    EventFactory(timeline=timeline, number=17, headline="مسؤول أمريكي: منفتحون على بحث نشر الصواريخ")
    blinken = PersonFactory(name="أنطوني بلينكن", name_latin="Antony Blinken")
    blinken.aliases.create(name="بلينكن")
    RoleFactory(person=blinken, title="وزير الخارجية الأمريكي", start_date=datetime.date(2021, 1, 26))
    AnonymousPersonFactory(description="مسئول كبير في الإدارة الأمريكية")
    SourceFactory(name="CNN")
    UserFactory(username="noura", role=NewsroomRole.EDITOR)

    page.goto("/admin/login/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.fill("#id_username", "noura")
    page.fill("#id_password", "correct horse battery staple")
    page.click("input[type=submit]")

    page.goto(f"/admin/timeline/event/add/?timeline={timeline.pk}")
    page.fill("#id_headline", headline)
    page.fill("#id_date", day.isoformat())
    page.fill("#id_body", "\n".join(paragraphs))

    quotes = [re.search(r"“(.+?)”", paragraph).group(1) for paragraph in paragraphs[1:3]]
    statements = [
        ("بلينكن", "أنطوني بلينكن", "paraphrase", paragraphs[0]),
        ("بلينكن", "أنطوني بلينكن", "direct", quotes[0]),
        ("مسئول", "مسئول كبير في الإدارة الأمريكية", "direct", quotes[1]),
    ]
    for index, (term, speaker, kind, text) in enumerate(statements):
        if index > 0:  # a new bulletin opens with one statement; the others are added
            page.click("#statements-group .add-row a")
        page.fill(f"#id_statements-{index}-text", text)  # the text comes first
        choose(page, f"id_statements-{index}-speaker", term, speaker)
        page.check(f'#id_statements-{index}-kind input[value="{kind}"]', force=True)  # the two-way switch
        choose(page, f"id_statements-{index}-source", "CNN", "CNN")
    page.click('button[name=_action][value="publish"]')

    page.wait_for_selector(".messagelist .success")
    assert page.problems == []
    event = Event.objects.for_timeline(timeline).get(number=18)
    assert event.headline == headline == "بلينكن لا يتوقع اختراقات في المحادثات مع روسيا في جنيف"
    assert event.date == datetime.date(2022, 1, 9)
    assert event.paragraphs == paragraphs
    saved = list(event.statements.select_related("speaker", "role", "source"))
    assert [(s.position, s.kind, s.speaker.display_name) for s in saved] == [
        (1, Statement.Kind.PARAPHRASE, "أنطوني بلينكن"),
        (2, Statement.Kind.DIRECT, "أنطوني بلينكن"),
        (3, Statement.Kind.DIRECT, "مسئول كبير في الإدارة الأمريكية"),
    ]
    assert saved[0].role.title == "وزير الخارجية الأمريكي"
    assert {s.source.name for s in saved} == {"CNN"}
    assert saved[1].text.startswith("من الصعب رؤية إحراز تقدم فعلي")

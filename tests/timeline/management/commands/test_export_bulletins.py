import datetime
from io import StringIO

import pytest
from django.core.management import call_command

from tests.factories import EventFactory, TimelineFactory
from timeline.importing.lines import numbered_lines
from timeline.importing.writing import bulletins_import
from timeline.models import Event

pytestmark = pytest.mark.django_db


def export(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("export_bulletins", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_export_writes_the_import_format_and_reads_back_the_same(tmp_path):
    source = TimelineFactory(slug="source", language="ar")
    EventFactory(timeline=source, number=2, headline="الثانية", date=datetime.date(2022, 1, 10), body="ب\nج")
    EventFactory(timeline=source, number=1, headline="الأولى", date=datetime.date(2022, 1, 9), body="أ")
    text, _err = export("--timeline", "source")
    assert text == "(1) الأولى - 9 يناير 2022\nأ\n(2) الثانية - 10 يناير 2022\nب\nج\n"

    target = TimelineFactory(slug="target")
    bulletins_import(lines=numbered_lines(text), user=None, timeline=target)
    copied = Event.objects.for_timeline(target).order_by("number").values_list("number", "headline", "date", "body")
    original = Event.objects.for_timeline(source).order_by("number").values_list("number", "headline", "date", "body")
    assert list(copied) == list(original)

    path = tmp_path / "out.txt"
    export("--timeline", "source", str(path))
    assert path.read_text(encoding="utf-8") == text


def test_english_dates_and_published_only():
    timeline = TimelineFactory(slug="talks", language="en")
    EventFactory(
        timeline=timeline,
        number=1,
        headline="Talks open",
        date=datetime.date(2022, 1, 10),
        body="x",
        status=Event.Status.PUBLISHED,
    )
    EventFactory(timeline=timeline, number=2, headline="Secret draft", status=Event.Status.DRAFT)
    text, _err = export("--timeline", "talks", "--published")
    assert text == "(1) Talks open - 10 January 2022\nx\n"


def test_an_incomplete_bulletin_is_reported_not_mangled():
    timeline = TimelineFactory(slug="story")
    EventFactory(timeline=timeline, number=7, headline="", date=None, body="نص قبل العنوان")
    EventFactory(timeline=timeline, number=8, headline="الثامنة")
    EventFactory(timeline=timeline, number=9, headline="", date=None, body="ناقصة")
    text, err = export("--timeline", "story")
    assert text.startswith("نص قبل العنوان\n(8) الثامنة")
    assert "ناقصة" not in text
    assert "Bulletin (9)" in err

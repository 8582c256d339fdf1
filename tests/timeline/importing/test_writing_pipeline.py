"""The import's pipeline (#14): on PostgreSQL the text is read in a forked child and each batch written by a second
thread while the next is read. It must give what reading and writing one after the other gives: the same
bulletins, one person per speaker across batches, errors naming their lines, and nothing written when anything
fails, however late."""

from __future__ import annotations

import io
import multiprocessing

import pytest

from tests.factories import TimelineFactory
from timeline.importing import rows
from timeline.importing.chronology import parse_chronology, parse_chronology_batches
from timeline.importing.lines import WireTextError, decode_lines, numbered_lines
from timeline.importing.writing import BulletinImportError, bulletins_import
from timeline.models import Event, Person, Revision, Statement

pytestmark = pytest.mark.django_db


def chronology(count: int) -> str:
    """Bulletins whose speakers come back in later ones, by surname only."""
    parts = []
    for number in range(1, count + 1):
        parts.append(f"({number}) جلسة رقم {number} في العاصمة - {number % 28 + 1} مارس 2024")
        if number % 3 == 1:
            parts.append(f"قال وزير المالية، كريم الساعدي، إن الجلسة رقم {number} انتهت باتفاق أولي.")
        else:
            parts.append(f"وأوضح الساعدي: “سنعود إلى الطاولة بعد الجلسة {number}”.")
        parts.append("ووصل الوفدان قبل الظهر.")
    return "\n".join(parts) + "\n"


def summary(parsed) -> list[tuple]:
    return [
        (
            b.number,
            b.headline,
            b.date,
            b.paragraphs,
            [(s.kind, s.text, s.speaker and s.speaker.label) for s in b.statements],
        )
        for b in parsed
    ]


def test_reading_in_a_child_gives_what_reading_here_gives():
    text = chronology(40)
    here = list(parse_chronology(numbered_lines(text)))
    batches = list(parse_chronology_batches(numbered_lines(text), batch_size=7, in_child=True))
    assert [len(batch) for batch in batches] == [7, 7, 7, 7, 7, 5]
    there = [bulletin for batch in batches for bulletin in batch]
    assert summary(there) == summary(here)
    # One speaker is one object, across batches too (the speakers' directory knows them by identity).
    speakers = {id(s.speaker) for b in there for s in b.statements if s.speaker is not None}
    assert len(speakers) == len({id(s.speaker) for b in here for s in b.statements if s.speaker is not None})
    assert not multiprocessing.active_children()


def test_an_undecodable_line_is_raised_where_it_comes_after_the_batches_before_it():
    raw = chronology(30).encode().splitlines(keepends=True)
    raw.insert(60, b"bad \xff byte\n")
    batches = parse_chronology_batches(decode_lines(raw), batch_size=10, in_child=True)
    assert len(next(batches)) == 10
    with pytest.raises(WireTextError) as error:
        list(batches)
    assert error.value.line == 61
    assert "not UTF-8" in str(error.value)
    assert not multiprocessing.active_children()


def test_a_reading_abandoned_half_way_stops_its_child():
    batches = parse_chronology_batches(numbered_lines(chronology(300)), batch_size=10, in_child=True)
    next(batches)
    batches.close()
    assert not multiprocessing.active_children()


def test_a_long_import_in_small_batches_writes_everything_once():
    timeline = TimelineFactory(slug="capital")
    report = bulletins_import(
        lines=numbered_lines(chronology(60)), user=None, timeline=timeline, batch_size=7, publish=False
    )
    assert report.created == 60
    assert Event.objects.filter(timeline=timeline).count() == 60
    assert sorted(Event.objects.values_list("number", flat=True)) == list(range(1, 61))
    assert Statement.objects.count() == report.statements == 60
    # The speaker named in full in (1) and by surname after: one person, in every batch.
    assert list(Person.objects.values_list("name", flat=True)) == ["كريم الساعدي"]
    assert Event.persons.through.objects.count() == 60
    assert Revision.objects.count() == 60
    assert {event.search_statements.count(" ") > 1 for event in Event.objects.all()} == {True}


def test_a_write_that_fails_late_leaves_nothing_and_says_why(monkeypatch):
    timeline = TimelineFactory(slug="capital")
    original, calls = rows._insert, []

    def failing(model, *args, **kwargs):
        if model is Statement:
            calls.append(model)
            if len(calls) == 3:
                raise RuntimeError("the disk is full")
        return original(model, *args, **kwargs)

    monkeypatch.setattr(rows, "_insert", failing)
    with pytest.raises(RuntimeError, match="the disk is full"):
        bulletins_import(lines=numbered_lines(chronology(50)), user=None, timeline=timeline, batch_size=10)
    assert not Event.objects.exists()
    assert not Statement.objects.exists()
    assert not Person.objects.exists()


def test_an_error_in_the_last_batch_leaves_nothing_written():
    timeline = TimelineFactory(slug="capital")
    text = chronology(45) + "(45) رقم مكرر - 1 أبريل 2024\n"
    with pytest.raises(BulletinImportError) as error:
        bulletins_import(lines=decode_lines(io.BytesIO(text.encode())), user=None, timeline=timeline, batch_size=10)
    assert "appears twice" in str(error.value)
    assert not Event.objects.exists()
    assert not Revision.objects.exists()

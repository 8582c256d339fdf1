"""Header lines: what opens a bulletin, and what is refused rather than taken as body text."""

import datetime

import pytest

from timeline.importing.chronology import parse_chronology
from timeline.importing.headers import parse_header
from timeline.importing.lines import numbered_lines

D, T = datetime.date, datetime.time


@pytest.mark.parametrize(
    ("line", "headline", "date", "time"),
    [
        (
            "(5) الأمم المتحدة تدعو إلى هدنة - 2025-12-16",
            "الأمم المتحدة تدعو إلى هدنة",
            D(2025, 12, 16),
            None,
        ),
        (
            "(6) غزة - مصدر: الوفد يصل غدًا - 29 يناير 2011م",
            "غزة - مصدر: الوفد يصل غدًا",
            D(2011, 1, 29),
            None,
        ),
        (
            "(7) عودة الهدوء – الخميس 20 مايو 2021 20:55",
            "عودة الهدوء",
            D(2021, 5, 20),
            T(20, 55),
        ),
        (
            "(8) Talks resume — Thursday, May 20, 2021 2:06 AM",
            "Talks resume",
            D(2021, 5, 20),
            T(2, 6),
        ),
    ],
)
def test_headers_as_outlets_print_them(line, headline, date, time):
    bulletin = parse_header(line, 3)
    assert bulletin.errors == []
    assert (bulletin.headline, bulletin.date, bulletin.time) == (headline, date, time)


def test_a_header_whose_date_cannot_be_read_is_an_error_on_its_line_not_body_text():
    text = "(1) بدء المحادثات - 9 يناير 2022\nقال الوزير إن الجولة بدأت.\n(2) تعثر المحادثات - 2022-14-10\nفقرة"
    first, second = parse_chronology(numbered_lines(text))
    assert first.paragraphs == ["قال الوزير إن الجولة بدأت."]
    [error] = second.errors
    assert error.line == 3
    assert "there is no month 14" in str(error)


def test_the_next_number_without_any_date_is_an_error_naming_the_line():
    text = "(1) بدء المحادثات - 9 يناير 2022\nفقرة أولى\n(2) تعثر المحادثات\nفقرة ثانية"
    first, second = parse_chronology(numbered_lines(text))
    assert first.paragraphs == ["فقرة أولى"]
    assert [error.line for error in second.errors] == [3]
    assert "no date after the headline" in str(second.errors[0])


@pytest.mark.parametrize("line", ["(1) أولًا، لا بد من التهدئة", "(2023) كان عامًا صعبًا", "(4) نقاط الاتفاق الأربع"])
def test_a_numbered_point_inside_a_bulletin_stays_a_paragraph(line):
    text = f"(1) بدء المحادثات - 9 يناير 2022\n{line}"
    [bulletin] = parse_chronology(numbered_lines(text))
    assert bulletin.paragraphs == [line]
    assert bulletin.errors == []


def test_month_first_dates_through_the_chronology():
    [bulletin] = parse_chronology(numbered_lines("(3) Aid convoy enters - 03/11/2025\nText."), date_order="mdy")
    assert bulletin.date == D(2025, 3, 11)


def test_warnings_travel_with_the_bulletin():
    [bulletin] = parse_chronology(numbered_lines("(3) عنوان - الجمعة 20 مايو 2021\nفقرة"))
    assert bulletin.errors == []
    assert "Thursday" in bulletin.warnings[0]

"""Header lines: `(18) headline - 9 يناير 2022` opens a bulletin."""

from __future__ import annotations

import datetime
import re

from timeline.arabic import to_latin_digits
from timeline.importing.dates import format_date, parse_printed_date
from timeline.importing.lines import WireTextError
from timeline.importing.parsed import ParsedBulletin

HEADLINE_MAX_LENGTH = 300

_HEADER = re.compile(r"^\s*\(\s*(?P<number>[0-9٠-٩۰-۹]+)\s*\)\s*(?P<rest>.*)$")
# The date follows a dash; the date itself may hold dashes (2025-12-16), so each dash is tried from the left.
_DASH = re.compile(r"\s*(?:--|[-–—])\s*")
_DIGIT = re.compile(r"[0-9٠-٩۰-۹]")
# What makes the text after a dash look like a date someone meant: a year, or a day and month in digits.
_DATE_LIKE = re.compile(r"[0-9٠-٩۰-۹]{4}|[0-9٠-٩۰-۹]{1,2}\s*[-/.]\s*[0-9٠-٩۰-۹]{1,2}\s*[-/.]")


def parse_header(
    text: str, line: int, *, date_order: str = "dmy", next_number: int | None = None
) -> ParsedBulletin | None:
    """The bulletin a header line opens, or None when the line is a paragraph. A header whose number, headline or
    date is wrong is returned with the error attached, so that the parse goes on and reports every problem.

    A line that starts with `(N)` is a header when a date follows a dash. It is a header that cannot be read (an
    error, never body text) when what follows a dash looks like a date but is not one, or when N is the number the
    chronology expects next (`next_number`) and the line has no date at all."""
    match = _HEADER.match(text)
    if match is None:
        return None
    rest = match["rest"]
    number = int(to_latin_digits(match["number"]))
    printed, problem, headline = None, None, ""
    for dash in _DASH.finditer(rest):
        tail = rest[dash.end() :]
        if not _DIGIT.search(tail):
            continue
        try:
            printed = parse_printed_date(tail, date_order)
        except ValueError as error:
            if problem is None and _DATE_LIKE.search(tail):
                problem, headline = str(error), rest[: dash.start()].strip()
            continue
        headline = rest[: dash.start()].strip()
        break
    if printed is None and problem is None:
        if number != next_number or len(rest) > HEADLINE_MAX_LENGTH or not rest.strip():
            return None
        problem = "no date after the headline: a header ends with “ - 9 يناير 2022”"
        headline = rest.strip()
    bulletin = ParsedBulletin(number=number, headline=headline, date=None, line=line)
    if printed is not None:
        bulletin.date, bulletin.time, bulletin.warnings = printed.date, printed.time, printed.warnings
    else:
        bulletin.errors.append(WireTextError(line, f"bulletin ({number}): {problem}"))
    if number < 1:
        bulletin.errors.append(WireTextError(line, "bulletin numbers start at 1"))
    if not headline:
        bulletin.errors.append(WireTextError(line, f"bulletin ({number}) has no headline before the dash"))
    elif len(headline) > HEADLINE_MAX_LENGTH:
        bulletin.errors.append(
            WireTextError(line, f"bulletin ({number}): the headline is {len(headline)} characters; at most 300")
        )
    return bulletin


def format_header(number: int, headline: str, day: datetime.date, language: str) -> str:
    return f"({number}) {headline} - {format_date(day, language)}"

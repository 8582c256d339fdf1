"""Header lines: `(18) headline - 9 يناير 2022` opens a bulletin."""

from __future__ import annotations

import datetime
import re

from timeline.arabic import to_latin_digits
from timeline.importing.dates import format_date, parse_date
from timeline.importing.lines import WireTextError
from timeline.importing.parsed import ParsedBulletin

HEADLINE_MAX_LENGTH = 300

_HEADER = re.compile(r"^\s*\(\s*(?P<number>[0-9٠-٩۰-۹]+)\s*\)\s*(?P<rest>.*)$")
# The date is the part after the last dash; it ends in a year (either digit set).
_DATE_TAIL = re.compile(r"\s*[-–—]\s*(?P<date>[^-–—]*?[0-9٠-٩۰-۹]{4})\s*\.?\s*$")


def parse_header(text: str, line: int) -> ParsedBulletin | None:
    """The bulletin a header line opens, or None when the line is a paragraph. A header whose number, headline or
    date is wrong is returned with the error attached, so that the parse goes on and reports every problem."""
    match = _HEADER.match(text)
    if match is None:
        return None
    tail = _DATE_TAIL.search(match["rest"])
    if tail is None:
        return None
    number = int(to_latin_digits(match["number"]))
    headline = match["rest"][: tail.start()].strip()
    bulletin = ParsedBulletin(number=number, headline=headline, date=None, line=line)
    try:
        bulletin.date = parse_date(tail["date"])
    except ValueError as error:
        bulletin.errors.append(WireTextError(line, f"bulletin ({number}): {error}"))
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

"""Dates as bulletin headers print them."""

from __future__ import annotations

import datetime
import re

from timeline.arabic import fold, to_latin_digits

_MONTH_NAMES = {
    1: ["يناير", "كانون الثاني", "جانفي", "January", "Jan"],
    2: ["فبراير", "شباط", "فيفري", "February", "Feb"],
    3: ["مارس", "آذار", "March", "Mar"],
    4: ["أبريل", "إبريل", "نيسان", "أفريل", "April", "Apr"],
    5: ["مايو", "أيار", "ماي", "May"],
    6: ["يونيو", "يونية", "حزيران", "جوان", "June", "Jun"],
    7: ["يوليو", "يولية", "تموز", "جويلية", "July", "Jul"],
    8: ["أغسطس", "آب", "أوت", "August", "Aug"],
    9: ["سبتمبر", "أيلول", "September", "Sep", "Sept"],
    10: ["أكتوبر", "تشرين الأول", "October", "Oct"],
    11: ["نوفمبر", "تشرين الثاني", "November", "Nov"],
    12: ["ديسمبر", "كانون الأول", "December", "Dec"],
}
MONTHS = {fold(name): number for number, names in _MONTH_NAMES.items() for name in names}
ARABIC_MONTHS = {number: names[0] for number, names in _MONTH_NAMES.items()}
ENGLISH_MONTHS = dict(
    enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        start=1,
    )
)

_DAY_FIRST = re.compile(r"^(?P<day>\d{1,2})\s*(?P<month>[^\d]+?)\s*,?\s*(?P<year>\d{4})$")
_MONTH_FIRST = re.compile(r"^(?P<month>[A-Za-z]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(?P<year>\d{4})$")


def _month_number(name: str) -> int | None:
    """A month name in any of the forms above; "كانون الثاني/يناير" counts when its parts agree."""
    candidates = {MONTHS.get(fold(part)) for part in re.split(r"\s*/\s*", name.strip().rstrip("،,."))}
    if len(candidates) == 1 and None not in candidates:
        return candidates.pop()
    return None


def parse_date(text: str) -> datetime.date:
    """`9 يناير 2022`, `٩ كانون الثاني ٢٠٢٢`, `9 January 2022` or `January 9, 2022`. Raises ValueError that says why."""
    cleaned = to_latin_digits(text).strip().rstrip(".")
    match = _DAY_FIRST.match(cleaned) or _MONTH_FIRST.match(cleaned)
    if match is None:
        raise ValueError(f"“{text}” is not a date; write it as 9 يناير 2022, 9 January 2022 or January 9, 2022")
    month = _month_number(match["month"])
    if month is None:
        raise ValueError(f"“{match['month'].strip()}” is not a month name")
    day, year = int(match["day"]), int(match["year"])
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise ValueError(f"“{text}” is not a real date: month {month} of {year} has no day {day}") from None


def format_date(day: datetime.date, language: str) -> str:
    if language == "ar":
        return f"{day.day} {ARABIC_MONTHS[day.month]} {day.year}"
    return f"{day.day} {ENGLISH_MONTHS[day.month]} {day.year}"

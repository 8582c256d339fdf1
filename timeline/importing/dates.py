"""Dates as bulletin headers print them."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from hijridate import Hijri

from timeline.arabic import fold, to_latin_digits

# Egyptian and Gulf, Levantine, Algerian and Tunisian, and Moroccan names (يوليوز، غشت، شتنبر، نونبر، دجنبر, as
# Hespress and MAP print them), then English.
_MONTH_NAMES = {
    1: ["يناير", "كانون الثاني", "جانفي", "January", "Jan"],
    2: ["فبراير", "شباط", "فيفري", "February", "Feb"],
    3: ["مارس", "آذار", "March", "Mar"],
    4: ["أبريل", "إبريل", "نيسان", "أفريل", "April", "Apr"],
    5: ["مايو", "أيار", "ماي", "May"],
    6: ["يونيو", "يونية", "حزيران", "جوان", "June", "Jun"],
    7: ["يوليو", "يولية", "تموز", "جويلية", "يوليوز", "July", "Jul"],
    8: ["أغسطس", "آب", "أوت", "غشت", "August", "Aug"],
    9: ["سبتمبر", "أيلول", "شتنبر", "September", "Sep", "Sept"],
    10: ["أكتوبر", "تشرين الأول", "October", "Oct"],
    11: ["نوفمبر", "تشرين الثاني", "نونبر", "November", "Nov"],
    12: ["ديسمبر", "كانون الأول", "دجنبر", "December", "Dec"],
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

_WEEKDAYS = {
    0: ["الاثنين", "الإثنين", "Monday", "Mon"],
    1: ["الثلاثاء", "Tuesday", "Tue", "Tues"],
    2: ["الأربعاء", "الاربعاء", "Wednesday", "Wed"],
    3: ["الخميس", "Thursday", "Thu", "Thurs"],
    4: ["الجمعة", "Friday", "Fri"],
    5: ["السبت", "Saturday", "Sat"],
    6: ["الأحد", "الاحد", "Sunday", "Sun"],
}
WEEKDAYS = {fold(name): number for number, names in _WEEKDAYS.items() for name in names}
_WEEKDAY = re.compile(
    r"^(?:(?:يوم|ال)\s*)?(?P<weekday>"
    + "|".join(sorted({re.escape(n) for names in _WEEKDAYS.values() for n in names}, key=len, reverse=True))
    + r")\.?(?![\w])\s*[،,]?\s*",
    re.IGNORECASE,
)
_HIJRI_MONTHS = {
    1: ["محرم"],
    2: ["صفر"],
    3: ["ربيع الأول", "ربيع الاول"],
    4: ["ربيع الآخر", "ربيع الثاني", "ربيع الاخر"],
    5: ["جمادى الأولى", "جمادى الاولى", "جمادى الأول"],
    6: ["جمادى الآخرة", "جمادى الثانية", "جمادى الاخرة"],
    7: ["رجب"],
    8: ["شعبان"],
    9: ["رمضان"],
    10: ["شوال"],
    11: ["ذو القعدة", "ذي القعدة"],
    12: ["ذو الحجة", "ذي الحجة"],
}
HIJRI_MONTHS = {fold(name): number for number, names in _HIJRI_MONTHS.items() for name in names}
# "الموافق 24 صفر 1432هـ", "(24 صفر 1432 هـ)", "/ 24 صفر 1432 هجري": a Hijri date printed beside the Gregorian one;
# "الموافق 24 صفر 1432" without هـ too (Levantine desks drop it), where الموافق says which date it is.
_HIJRI = re.compile(
    r"[\s،,/(\[-]*(?:(?:الموافق|الموافق\s+ل|الموافق\s+لـ)?\s*(?P<day>\d{1,2})\s+(?P<month>[^\d()]+?)\s*"
    r"(?P<year>1[3-5]\d\d)\s*(?:هـ|ه|هجري|هجرية|AH)\.?"
    r"|الموافق\s*(?:لـ|ل)?\s*(?P<bare_day>\d{1,2})\s+(?P<bare_month>[^\d()]+?)\s*(?P<bare_year>1[3-5]\d\d))"
    r"\s*[)\]]?\s*$"
)
# "11 صفر 1447هـ الموافق 5 أغسطس 2025", "11 صفر 1447 هـ (5 أغسطس 2025)", "11 صفر 1447هـ": the Hijri date first (Saudi
# and other Gulf desks), the Gregorian one after it, or none; "7 جمادى الآخرة 1447 الموافق 28 تشرين الثاني 2025"
# without هـ, where الموافق follows it.
_HIJRI_FIRST = re.compile(
    r"^(?P<day>\d{1,2})\s+(?P<month>[^\d()]+?)\s*(?P<year>1[3-5]\d\d)\s*"
    r"(?:(?P<suffix>هـ|ه|هجري|هجرية|AH)\.?(?![\w])[\s،,/()\[\]-]*(?:الموافق\s*(?:لـ|ل)?\s*)?"
    r"|[\s،,/-]*الموافق\s*(?:لـ|ل)?\s*)"
)
_ISO_T = re.compile(r"(?<=^\d{4}-\d{2}-\d{2})T(?=\d{2}:\d{2})")
_TIME = re.compile(
    r"(?:^|[\s،,|-]+)(?:(?:الساعة|at)\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?\s*"
    r"(?P<half>a\.?m\.?|p\.?m\.?|ص|م|صباحا|صباحًا|مساء|مساءً|مساءا)?\s*"
    r"(?:\(?(?:GMT|UTC|بتوقيت\s+\S+|ت\.?\s*غ|[A-Z]{2,4}\b)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?|[+-]\d{2}:?\d{2}|Z)?\s*$",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"^(?P<a>\d{1,4})\s*(?P<sep>[-/.])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?P<c>\d{1,4})$")
_NAMED_MONTH_IN_SLASHES = re.compile(r"^(?P<day>\d{1,2})\s*[-/]\s*(?P<month>[^\d/-]+?)\s*[-/]\s*(?P<year>\d{4})$")
_DAY_FIRST = re.compile(
    r"^(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:of\s+)?[,،]?\s*(?P<month>[^\d]+?)\s*[,،]?\s*(?P<year>\d{4})$",
    re.IGNORECASE,
)
_MONTH_FIRST = re.compile(
    r"^(?P<month>[A-Za-z]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(?P<year>\d{4})$", re.IGNORECASE
)
# The year's era letter: "2011م", "2011 م", "2011 AD".
_ERA = re.compile(r"(?<=\d{4})\s*(?:م|ميلادي|ميلادية|AD|CE)\.?$")
DATE_ORDERS = ("dmy", "mdy")
# What a page prints before its date: "Issued on: 05/03/2025" (France 24), "Published: ...", "Last updated on ...",
# "نشر في: ...", "آخر تحديث: ...".
_DATE_LABEL = re.compile(
    r"^(?:(?:first\s+)?published|(?:last\s+)?updated|issued|posted|modified|نشر|تاريخ\s+النشر|آخر\s+تحديث)"
    r"(?:\s+(?:on|في|at))?\s*:?\s*(?=\S)",
    re.IGNORECASE,
)


def _month_number(name: str) -> int | None:
    """A month name in any of the forms above; "كانون الثاني/يناير" counts when its parts agree."""
    candidates = {MONTHS.get(fold(part)) for part in re.split(r"\s*[/(),،]\s*", name.strip().rstrip("،,.")) if part}
    if len(candidates) == 1 and None not in candidates:
        return candidates.pop()
    return None


def _real_date(text: str, year: int, month: int, day: int) -> datetime.date:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        if not 1 <= month <= 12:
            raise ValueError(f"“{text}” is not a real date: there is no month {month}") from None
        raise ValueError(f"“{text}” is not a real date: month {month} of {year} has no day {day}") from None


def _numeric(text: str, match: re.Match, date_order: str) -> datetime.date:
    a, b, c = match["a"], match["b"], match["c"]
    if len(a) == 4:  # 2025-12-16, 2017.11.30: year first is always year, month, day
        return _real_date(text, int(a), int(b), int(c))
    if len(c) != 4:
        raise ValueError(f"“{text}” has no four-digit year")
    first, second = int(a), int(b)
    day, month = (first, second) if date_order == "dmy" else (second, first)
    if month > 12 and day <= 12:
        other = "mdy" if date_order == "dmy" else "dmy"
        raise ValueError(
            f"“{text}” is not a real date read {date_order} (there is no month {month}); "
            f"if this text writes dates {other}, import it with the date order “{other}”"
        )
    return _real_date(text, int(c), month, day)


def parse_date(text: str, date_order: str = "dmy") -> datetime.date:
    """A date as headers print it: `9 يناير 2022`, `٩ كانون الثاني ٢٠٢٢`, `9 January 2022`, `January 9, 2022`,
    `8th, October 2023`, `21/فبراير/2017`, `29 يناير 2011م`, or numeric (`2025-12-16`, `22/01/2020`, `03-11-2025`,
    `2017.11.30`), read day first unless `date_order` is "mdy". Raises ValueError that says why."""
    cleaned = _ERA.sub("", " ".join(to_latin_digits(text).split()).strip().rstrip("."))
    numeric = _NUMERIC.match(cleaned)
    if numeric is not None:
        return _numeric(text, numeric, date_order)
    match = _NAMED_MONTH_IN_SLASHES.match(cleaned) or _DAY_FIRST.match(cleaned) or _MONTH_FIRST.match(cleaned)
    if match is None:
        raise ValueError(
            f"“{text}” is not a date; write it as 9 يناير 2022, 9 January 2022, January 9, 2022 or 2022-01-09"
        )
    month = _month_number(match["month"])
    if month is None:
        raise ValueError(f"“{match['month'].strip()}” is not a month name")
    return _real_date(text, int(match["year"]), month, int(match["day"]))


def _hijri_parts(match: re.Match) -> tuple[str, str, str]:
    """Day, month name and year of a printed Hijri date, with or without its هـ."""
    if match.re is _HIJRI and match["bare_day"]:
        return match["bare_day"], match["bare_month"].strip(" ،,/"), match["bare_year"]
    return match["day"], match["month"].strip(" ،,/"), match["year"]


def _printed_as_hijri(match: re.Match) -> bool:
    """Whether a match is a Hijri date: with its هـ, or without it only when the month is a Hijri month's name (a
    year of 13xx-15xx after another month is no Hijri date)."""
    if (match.re is _HIJRI_FIRST and match["suffix"]) or (match.re is _HIJRI and not match["bare_day"]):
        return True
    return fold(_hijri_parts(match)[1]) in HIJRI_MONTHS


def _hijri_text(match: re.Match) -> str:
    day, month, year = _hijri_parts(match)
    return f"{day} {month} {year}هـ"


def _from_hijri(match: re.Match) -> datetime.date:
    """The Gregorian date of a printed Hijri one (the Umm al-Qura calendar); ValueError says why it cannot be."""
    day, name, year = _hijri_parts(match)
    month = HIJRI_MONTHS.get(fold(name))
    if month is None:
        raise ValueError(f"“{name}” is not a Hijri month name")
    try:
        return Hijri(int(year), month, int(day)).to_gregorian()
    except (ValueError, OverflowError):
        raise ValueError(f"{_hijri_text(match)} is not a real Hijri date") from None


def _hijri_check(match: re.Match, day: datetime.date) -> str | None:
    """A warning when the Hijri date beside the Gregorian one is more than a day or two away from it (the month's
    start depends on the moon's sighting, which the calendar cannot know)."""
    try:
        printed = _from_hijri(match)
    except ValueError as error:
        return f"{error}; the Hijri date was ignored"
    if abs((printed - day).days) > 2:
        hijri = _hijri_text(match)
        return f"the Hijri date {hijri} is {printed.isoformat()}, not {day.isoformat()}; the Gregorian date was kept"
    return None


@dataclass
class PrintedDate:
    """A header's date as printed: the date, the time if given, and what a reader should be told about it."""

    date: datetime.date
    time: datetime.time | None = None
    warnings: list[str] = field(default_factory=list)


def parse_printed_date(text: str, date_order: str = "dmy") -> PrintedDate:
    """A header's whole date part: an optional weekday first (`الخميس 20 مايو 2021`, `Thursday, May 20, 2021`),
    the date, an optional time after it (`20:55`, `08:28 م`, `2:06 AM`, `14:30 GMT`, `14:05:33 +0300`), an optional
    Hijri date beside it (`الموافق 24 صفر 1432هـ`) or before it (`11 صفر 1447هـ الموافق 5 أغسطس 2025`), or the
    Hijri date alone (read by Umm al-Qura, with a warning). A weekday or Hijri date that disagrees with the date is a
    warning, not an error: desks get those wrong more often than the date itself."""
    cleaned = " ".join(to_latin_digits(text).split()).strip(" .،,")
    cleaned = _DATE_LABEL.sub("", cleaned, count=1)  # "Issued on: 05/03/2025 - 21:14", "Updated: ..."
    cleaned = _ISO_T.sub(" ", cleaned, count=1)  # ISO 8601 as a CMS prints it: "2026-03-13T11:20:00+04:00"
    warnings = []
    weekday = None
    named = _WEEKDAY.match(cleaned)
    if named is not None:
        weekday = WEEKDAYS.get(fold(named["weekday"]))
        cleaned = cleaned[named.end() :]
    hijri = _HIJRI_FIRST.match(cleaned)
    if hijri is not None and not _printed_as_hijri(hijri):
        hijri = None
    if hijri is not None:
        cleaned = cleaned[hijri.end() :].strip(" ،,/-()[]")
        if not cleaned:
            return _hijri_only(hijri, named, weekday)
    else:
        hijri = _HIJRI.search(cleaned)
        if hijri is not None and hijri.start() > 0 and _printed_as_hijri(hijri):
            cleaned = cleaned[: hijri.start()].strip(" ،,/-")
        else:
            hijri = None
    time = None
    clock = _TIME.search(cleaned)
    if clock is not None and clock.start() > 0:
        time = _clock(text, clock)
        cleaned = cleaned[: clock.start()].strip(" ،,-|")
    day = parse_date(cleaned, date_order)
    if weekday is not None and weekday != day.weekday():
        warnings.append(
            f"the header says {named['weekday']}, but {day.isoformat()} was a {day.strftime('%A')}; the date was kept"
        )
    if hijri is not None:
        problem = _hijri_check(hijri, day)
        if problem:
            warnings.append(problem)
    return PrintedDate(date=day, time=time, warnings=warnings)


def _hijri_only(hijri: re.Match, named: re.Match | None, weekday: int | None) -> PrintedDate:
    """A date printed in the Hijri calendar alone: its Gregorian day by Umm al-Qura, with a warning to check it
    (where the month began on a sighting, the desk's day may be one off)."""
    day = _from_hijri(hijri)
    warnings = [
        f"the date is printed in the Hijri calendar only ({_hijri_text(hijri)}): read as {day.isoformat()} by the "
        "Umm al-Qura calendar; check it"
    ]
    if named is not None and weekday != day.weekday():
        warnings.append(
            f"the header says {named['weekday']}, but {day.isoformat()} was a {day.strftime('%A')}; the date was kept"
        )
    return PrintedDate(date=day, warnings=warnings)


def _clock(text: str, match: re.Match) -> datetime.time:
    hour, minute = int(match["hour"]), int(match["minute"])
    half = fold(match["half"] or "").replace(".", "")
    if half in ("pm", "م", "مساء", "مساءا") and hour < 12:
        hour += 12
    elif half in ("am", "ص", "صباحا") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        raise ValueError(f"“{text}”: {match['hour']}:{match['minute']} is not a time of day")
    return datetime.time(hour, minute)


def format_date(day: datetime.date, language: str) -> str:
    if language == "ar":
        return f"{day.day} {ARABIC_MONTHS[day.month]} {day.year}"
    return f"{day.day} {ENGLISH_MONTHS[day.month]} {day.year}"

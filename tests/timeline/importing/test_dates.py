"""Dates as outlets print them in bulletin headers."""

import datetime

import pytest

from timeline.importing.dates import parse_date, parse_printed_date

D = datetime.date
T = datetime.time


@pytest.mark.parametrize(
    ("printed", "date", "time"),
    [
        ("الخميس 20 مايو 2021", D(2021, 5, 20), None),
        ("الخميس، 20 مايو 2021", D(2021, 5, 20), None),
        ("Thursday, May 20, 2021", D(2021, 5, 20), None),
        ("20 مايو 2021 20:55", D(2021, 5, 20), T(20, 55)),
        ("20 مايو 2021 - 08:28 م", D(2021, 5, 20), T(20, 28)),
        ("20 مايو 2021 الساعة 09:05 صباحًا", D(2021, 5, 20), T(9, 5)),
        ("May 20, 2021 2:06 AM", D(2021, 5, 20), T(2, 6)),
        ("May 20, 2021 12:15 p.m.", D(2021, 5, 20), T(12, 15)),
        ("20 May 2021 14:30 GMT", D(2021, 5, 20), T(14, 30)),
        ("Wed, 10 Sep 2025 14:05:33 +0300", D(2025, 9, 10), T(14, 5)),  # RFC 2822, as feeds and e-mail print it
        ("10 Sep 2025 14:05 +03:00", D(2025, 9, 10), T(14, 5)),
        ("10 Sep 2025 14:05 GMT+03:00", D(2025, 9, 10), T(14, 5)),
        ("2026-03-13T11:20:00+04:00", D(2026, 3, 13), T(11, 20)),  # ISO 8601, as a CMS prints it
        ("2026-03-13T11:20:00.000Z", D(2026, 3, 13), T(11, 20)),
        ("2026-03-13T11:20", D(2026, 3, 13), T(11, 20)),
        ("29 يناير 2011م", D(2011, 1, 29), None),
        ("29 يناير 2011 م", D(2011, 1, 29), None),
        ("2025-12-16", D(2025, 12, 16), None),
        ("03-11-2025", D(2025, 11, 3), None),
        ("22/01/2020", D(2020, 1, 22), None),
        ("2017.11.30", D(2017, 11, 30), None),
        ("8th, October 2023", D(2023, 10, 8), None),
        ("1st of March 2024", D(2024, 3, 1), None),
        ("21/فبراير/2017", D(2017, 2, 21), None),
        ("21-فبراير-2017", D(2017, 2, 21), None),
        ("٩ جانفي ٢٠٢٢", D(2022, 1, 9), None),
        ("الخميس 25 شتنبر 2025", D(2025, 9, 25), None),  # Moroccan month names
        ("3 دجنبر 2024", D(2024, 12, 3), None),
        ("14 يوليوز 2025", D(2025, 7, 14), None),
        ("9 غشت 2025", D(2025, 8, 9), None),
        ("12 نونبر 2025", D(2025, 11, 12), None),
        ("الأربعاء 3 آذار 2021", D(2021, 3, 3), None),
        ("9 كانون الثاني/يناير 2022", D(2022, 1, 9), None),
        ("الأحد 9 يناير 2022 الموافق 6 جمادى الآخرة 1443هـ", D(2022, 1, 9), None),
        ("29 يناير 2011م الموافق 24 صفر 1432 هـ", D(2011, 1, 29), None),
    ],
)
def test_printed_dates_are_read(printed, date, time):
    read = parse_printed_date(printed)
    assert (read.date, read.time, read.warnings) == (date, time, [])


def test_numeric_dates_read_month_first_when_told():
    assert parse_printed_date("03/11/2025", "mdy").date == D(2025, 3, 11)
    assert parse_printed_date("2025-03-11", "mdy").date == D(2025, 3, 11)  # year first is always year-month-day


def test_a_day_first_date_that_only_reads_month_first_says_so():
    with pytest.raises(ValueError, match="date order “mdy”"):
        parse_date("03/25/2025")


@pytest.mark.parametrize(
    ("printed", "problem"),
    [
        ("31/02/2024", "is not a real date"),
        ("2024-13-01", "there is no month 13"),
        ("9 رمضان 2022", "is not a month name"),
        ("قبل يومين 2022", "is not a date"),
        ("20 مايو 2021 25:10", "is not a time of day"),
    ],
)
def test_dates_that_cannot_be_read_say_why(printed, problem):
    with pytest.raises(ValueError, match=problem):
        parse_printed_date(printed)


def test_a_weekday_that_disagrees_is_a_warning_and_the_date_is_kept():
    read = parse_printed_date("الجمعة 20 مايو 2021")  # a Thursday
    assert read.date == D(2021, 5, 20)
    assert read.warnings == ["the header says الجمعة, but 2021-05-20 was a Thursday; the date was kept"]


@pytest.mark.parametrize(
    ("printed", "date", "time"),
    [
        ("الثلاثاء 11 صفر 1447هـ الموافق 5 أغسطس 2025", D(2025, 8, 5), None),
        ("11 صفر 1447 هـ - 5 أغسطس 2025", D(2025, 8, 5), None),
        ("11 صفر 1447هـ (5 أغسطس 2025)", D(2025, 8, 5), None),
        ("11 صفر 1447هـ / 5-8-2025", D(2025, 8, 5), None),
        ("الثلاثاء، 11 صفر 1447 هجري الموافق لـ 5 أغسطس 2025 10:40 ص", D(2025, 8, 5), T(10, 40)),
    ],
)
def test_a_hijri_date_printed_first_gives_way_to_the_gregorian_after_it(printed, date, time):
    read = parse_printed_date(printed)
    assert (read.date, read.time, read.warnings) == (date, time, [])


@pytest.mark.parametrize(
    "printed",
    [
        "الجمعة 7 جمادى الآخرة 1447 الموافق 28 تشرين الثاني 2025",
        "7 جمادى الآخرة 1447، الموافق لـ 28 تشرين الثاني 2025",
        "الجمعة 28 تشرين الثاني 2025 الموافق 7 جمادى الآخرة 1447",
    ],
)
def test_a_hijri_date_without_its_h_is_read_where_al_muwafiq_links_it_to_the_gregorian(printed):
    """Levantine desks often drop the هـ after the Hijri year: الموافق still says which date is which."""
    read = parse_printed_date(printed)
    assert (read.date, read.warnings) == (D(2025, 11, 28), [])


def test_a_hijri_date_without_its_h_far_from_the_gregorian_is_a_warning_too():
    read = parse_printed_date("28 تشرين الثاني 2025 الموافق 7 شعبان 1447")
    assert read.date == D(2025, 11, 28)
    assert read.warnings == ["the Hijri date 7 شعبان 1447هـ is 2026-01-26, not 2025-11-28; the Gregorian date was kept"]


def test_a_year_of_14xx_after_a_month_that_is_not_hijri_is_no_hijri_date():
    with pytest.raises(ValueError, match="not a date"):
        parse_printed_date("7 أيار 1447 الموافق 28 تشرين الثاني 2025")


def test_a_hijri_date_alone_is_read_by_umm_al_qura_with_a_warning_to_check_it():
    read = parse_printed_date("الثلاثاء 11 صفر 1447هـ")
    assert read.date == D(2025, 8, 5)
    assert read.warnings == [
        "the date is printed in the Hijri calendar only (11 صفر 1447هـ): read as 2025-08-05 by the Umm al-Qura "
        "calendar; check it"
    ]


@pytest.mark.parametrize(
    ("printed", "problem"),
    [("11 صفرون 1447هـ", "is not a Hijri month name"), ("31 صفر 1447هـ", "is not a real Hijri date")],
)
def test_a_hijri_date_alone_that_cannot_be_read_says_why(printed, problem):
    with pytest.raises(ValueError, match=problem):
        parse_printed_date(printed)


def test_a_hijri_date_printed_first_far_from_the_gregorian_is_a_warning():
    read = parse_printed_date("11 رجب 1447هـ الموافق 5 أغسطس 2025")
    assert read.date == D(2025, 8, 5)
    assert read.warnings == ["the Hijri date 11 رجب 1447هـ is 2025-12-31, not 2025-08-05; the Gregorian date was kept"]


def test_a_hijri_date_far_from_the_gregorian_is_a_warning():
    read = parse_printed_date("9 يناير 2022 الموافق 6 رجب 1443هـ")
    assert read.date == D(2022, 1, 9)
    assert len(read.warnings) == 1
    assert "1443" in read.warnings[0]
    assert "the Gregorian date was kept" in read.warnings[0]


@pytest.mark.parametrize(
    "printed",
    [
        "Issued on: 05/03/2025 - 21:14",
        "Published: 05/03/2025 21:14",
        "Last updated on 05/03/2025 21:14",
        "نشر في: 05/03/2025 21:14",
    ],
)
def test_what_a_page_prints_before_its_date_is_no_part_of_it(printed):
    read = parse_printed_date(printed)
    assert (read.date, read.time) == (D(2025, 3, 5), T(21, 14))

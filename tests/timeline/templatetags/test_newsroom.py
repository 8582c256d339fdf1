import datetime

from django.test import override_settings
from django.utils import translation

from timeline.templatetags.newsroom import clock, digits, highlight, hijri, json_ld, long_date


def test_hijri_dates_in_the_umm_al_qura_calendar():
    # The Hijri date writes its digits as the Gregorian date beside it does: one date line, one digit system.
    with translation.override("ar"):
        assert hijri(datetime.date(2022, 1, 9)) == "6 جمادى الآخرة 1443 هـ"
        with override_settings(TASALSUL_ARABIC_INDIC_DIGITS=True):
            assert hijri(datetime.date(2022, 1, 9)) == "٦ جمادى الآخرة ١٤٤٣ هـ"
    assert hijri(datetime.date(1900, 1, 1)) == ""  # outside the calendar's tables
    assert hijri(None) == ""


def test_long_dates_follow_the_language():
    with translation.override("ar"):
        assert long_date(datetime.date(2022, 1, 9)) == "9 يناير 2022"
    with translation.override("en"):
        assert long_date(datetime.date(2022, 1, 9)) == "9 January 2022"


@override_settings(TASALSUL_ARABIC_INDIC_DIGITS=True)
def test_arabic_indic_digits_only_in_arabic():
    with translation.override("ar"):
        assert digits(2022) == "٢٠٢٢"
    with translation.override("en"):
        assert digits(2022) == "2022"


def test_highlight_marks_matches_whatever_the_spelling_and_escapes_the_rest():
    assert str(highlight("قال المسئولون <b>إن</b>", "مسؤول")) == "قال <mark>المسئولون</mark> &lt;b&gt;إن&lt;/b&gt;"
    assert str(highlight("لا اختراقات", "")) == "لا اختراقات"


def test_json_ld_escapes_markup():
    html = str(json_ld({"headline": "</script><script>x()</script> & more"}))
    assert html.count("</script>") == 1
    assert "\\u003c/script\\u003e" in html


@override_settings(TIME_ZONE="Asia/Beirut")
def test_a_bulletins_time_says_its_zone_in_the_pages_language():
    class Bulletin:
        date, time = datetime.date(2022, 1, 9), datetime.time(14, 30)

    with translation.override("en"):
        assert clock(Bulletin()) == "14:30 GMT+2"
    with translation.override("ar"):
        assert clock(Bulletin()) == "14:30 بتوقيت غرينتش+2"
    Bulletin.time = None
    assert clock(Bulletin()) == ""

"""Template helpers for the reading site: dates in both calendars, digits, highlighted search words, JSON-LD."""

from __future__ import annotations

import datetime
import json
import re
from typing import Any

from django import template
from django.conf import settings
from django.utils import formats, timezone, translation
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from hijridate import Gregorian

from timeline.arabic import fold, light_stem, to_arabic_indic_digits

register = template.Library()
_WORD = re.compile(r"\w+")


@register.filter
def digits(value: Any) -> str:
    """Arabic-Indic digits (٠١٢٣...) in Arabic pages when the site is set to use them (TASALSUL_ARABIC_INDIC_DIGITS)."""
    text = str(value)
    if settings.TASALSUL_ARABIC_INDIC_DIGITS and translation.get_language() == "ar":
        return to_arabic_indic_digits(text)
    return text


@register.filter
def long_date(day: datetime.date | None) -> str:
    """9 يناير 2022 / 9 January 2022, in the page's language."""
    if day is None:
        return ""
    return digits(formats.date_format(day, "j F Y"))


@register.filter
def hijri(day: datetime.date | None) -> str:
    """The Umm al-Qura date, in Arabic: 6 جمادى الآخرة 1443 هـ. Its digits are the site's, like the Gregorian date
    beside it (one date line, one digit system). Empty outside the calendar's range."""
    if day is None:
        return ""
    try:
        date = Gregorian(day.year, day.month, day.day).to_hijri()
    except (OverflowError, ValueError):
        return ""
    return digits(f"{date.day} {date.month_name('ar')} {date.year} {date.notation('ar')}")


def _moment(event: Any) -> datetime.datetime | None:
    """When a bulletin's event happened, in the site's time zone, if its time is known."""
    if getattr(event, "date", None) is None or getattr(event, "time", None) is None:
        return None
    return timezone.make_aware(datetime.datetime.combine(event.date, event.time))


@register.filter
def moment_iso(event: Any) -> str:
    """The `datetime` attribute of a bulletin's <time>: its date and time with the zone's offset, or its date."""
    moment = _moment(event)
    if moment is not None:
        return moment.isoformat(timespec="minutes")
    return event.date.isoformat() if getattr(event, "date", None) else ""


@register.filter
def clock(event: Any) -> str:
    """A bulletin's time with its zone, in the page's language: 14:30 GMT+2 / 14:30 بتوقيت غرينتش+2."""
    moment = _moment(event)
    if moment is None:
        return ""
    offset = moment.utcoffset() or datetime.timedelta()
    minutes = int(offset.total_seconds()) // 60
    zone = ""
    if minutes:
        hours, rest = divmod(abs(minutes), 60)
        zone = ("+" if minutes > 0 else "-") + str(hours) + (f":{rest:02d}" if rest else "")
    # The zone's sign and digits read left to right inside Arabic text: isolated by the template.
    return digits(_("%(time)s GMT%(offset)s") % {"time": moment.strftime("%H:%M"), "offset": zone})


_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


@register.filter
def text_lang(text: Any) -> str:
    """The language of a name or a title we hold no language for (a source's name, a role): Arabic if it is
    written in Arabic letters, English otherwise. For the `lang` attribute of runs of the other language."""
    return "ar" if _ARABIC_LETTER.search(str(text or "")) else "en"


@register.simple_tag
def digit_system() -> str:
    """The digits the site writes Arabic with, as Unicode names them (for the scripts' Intl formatting)."""
    return "arab" if settings.TASALSUL_ARABIC_INDIC_DIGITS else "latn"


@register.simple_tag
def interface_direction() -> str:
    """The interface language's direction, for the interface's own words inside text of the other direction (a
    badge or a label in English inside an Arabic bulletin read on /en/): `{% interface_direction as ui_dir %}`."""
    return "rtl" if translation.get_language_bidi() else "ltr"


_CREDIT_LABEL = re.compile(r"^\s*[^\s:：]{1,20}\s*[:：]")


@register.filter
def credit_line(credit: str) -> str:
    """A photo's credit with its label: "Photo: AFP" / "تصوير: أ ف ب", unless the editor gave the credit its own
    label ("رسم: ...", "Illustration: ..."), which is kept alone rather than doubled."""
    if not credit or _CREDIT_LABEL.match(credit):
        return credit
    return _("Photo: %(credit)s") % {"credit": credit}


@register.simple_tag
def highlight(text: str, query: str) -> SafeString:
    """`text`, escaped, with the words that the search query matched (by spelling-folded stem) in <mark>."""
    wanted = {light_stem(word) for word in _WORD.findall(fold(query or ""))}
    if not wanted:
        return escape(text)
    parts, last = [], 0
    for match in _WORD.finditer(text):
        stem = light_stem(fold(match.group()))
        if stem in wanted or any(stem.startswith(term) for term in wanted if len(term) > 2):
            parts.append(escape(text[last : match.start()]))
            parts.append(format_html("<mark>{}</mark>", match.group()))
            last = match.end()
    parts.append(escape(text[last:]))
    return mark_safe("".join(str(part) for part in parts))


@register.filter
def json_ld(data: dict[str, Any]) -> SafeString:
    """A <script type="application/ld+json"> block; <, > and & are escaped so the text cannot close the script."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')

"""Template helpers for the reading site: dates in both calendars, digits, highlighted search words, JSON-LD."""

from __future__ import annotations

import datetime
import json
import re
from typing import Any

from django import template
from django.conf import settings
from django.utils import formats, translation
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
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
    """The Umm al-Qura date, in Arabic: ٦ جمادى الآخرة ١٤٤٣ هـ. Empty outside the calendar's range."""
    if day is None:
        return ""
    try:
        date = Gregorian(day.year, day.month, day.day).to_hijri()
    except (OverflowError, ValueError):
        return ""
    return to_arabic_indic_digits(f"{date.day} {date.month_name('ar')} {date.year} {date.notation('ar')}")


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

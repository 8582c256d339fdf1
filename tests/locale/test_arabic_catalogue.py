"""The Arabic interface catalogue is complete and compiled: a string added to the code without a translation, or a
.po edited without `make messages`, fails here."""

import gettext
import re
from pathlib import Path

from django.conf import settings

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "ar" / "LC_MESSAGES"
# Strings our templates fall back on that Django's own Arabic catalogue already translates.
FROM_DJANGO = {"Django site admin", "Django administration", "Home"}


def _unescape(text: str) -> str:
    return text.replace('\\"', '"').replace("\\\\", "\\")


def _single_line_entries(po_text: str) -> dict[str, str]:
    """msgid -> msgstr for the singular entries (a string's continuation lines joined; plural and obsolete entries
    and the header left out)."""
    entries: dict[str, str] = {}
    for block in po_text.split("\n\n"):
        lines = [line for line in block.splitlines() if line and not line.startswith("#")]
        if not lines or any(line.startswith("msgid_plural") for line in lines):
            continue
        fields: dict[str, str] = {}
        current = None
        for line in lines:
            match = re.match(r'^(msgctxt|msgid|msgstr) "(.*)"$', line)
            if match:
                current = match.group(1)
                fields[current] = match.group(2)
            elif current and line.startswith('"'):
                fields[current] += line[1:-1]
        msgid = fields.get("msgid", "")
        if msgid and msgid not in FROM_DJANGO and "msgctxt" not in fields:
            entries[_unescape(msgid)] = _unescape(fields.get("msgstr", ""))
    return entries


def test_every_string_has_an_arabic_translation():
    entries = _single_line_entries((CATALOGUE / "django.po").read_text(encoding="utf-8"))
    assert len(entries) > 100
    assert [msgid for msgid, msgstr in entries.items() if not msgstr] == []


def test_the_compiled_catalogue_matches_the_source():
    entries = _single_line_entries((CATALOGUE / "django.po").read_text(encoding="utf-8"))
    with (CATALOGUE / "django.mo").open("rb") as compiled:
        translations = gettext.GNUTranslations(compiled)
    stale = [msgid for msgid, msgstr in entries.items() if translations.gettext(msgid) != msgstr]
    assert stale == []

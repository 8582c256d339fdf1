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
    pairs = re.findall(r'^msgid "(.+)"\nmsgstr "(.*)"$', po_text, flags=re.MULTILINE)
    return {_unescape(msgid): _unescape(msgstr) for msgid, msgstr in pairs if msgid not in FROM_DJANGO}


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

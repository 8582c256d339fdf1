"""Arabic text handling shared by the importer and search: digits, spelling folds, and spelling-tolerant patterns."""

import re

# Arabic-Indic (U+0660..) and Eastern Arabic-Indic (U+06F0..) digits to ASCII.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_TO_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# Harakat (fathatan .. sukun), the superscript alef, and tatweel: marks a reader may or may not type.
MARKS = "\u064b-\u065f\u0670\u0640"
_MARKS_RE = re.compile(f"[{MARKS}]")
# Hamza on a seat (ؤ ئ) folds to bare hamza, so that مسئول (Egyptian) and مسؤول (Levantine) are one word.
_FOLDS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ؤ": "ء", "ئ": "ء", "ة": "ه"})
_SPACES_RE = re.compile(r"\s+")

# Each folded letter stands for every spelling that folds to it.
_LETTER_CLASSES = {"ا": "[اأإآٱ]", "ي": "[يى]", "ء": "[ءؤئ]", "ه": "[هة]"}


def to_latin_digits(text: str) -> str:
    return text.translate(_DIGITS)


def to_arabic_indic_digits(text: str) -> str:
    return text.translate(_TO_ARABIC_INDIC)


def fold(text: str) -> str:
    """The spelling-insensitive form of `text`: no harakat or tatweel, one form of alef, ya, waw and ta marbuta,
    ASCII digits, single spaces, Latin letters case-folded. مسئول، مسؤول and مسؤولٌ all fold to مسءول."""
    text = _MARKS_RE.sub("", text).translate(_FOLDS).translate(_DIGITS)
    return _SPACES_RE.sub(" ", text).strip().casefold()


def flexible(word: str) -> str:
    """A regular expression matching `word` however it is spelt: any hamza form, ى/ي, ة/ه, with or without harakat
    and tatweel between its letters."""
    parts = []
    for letter in fold(word):
        if letter == " ":
            parts.append(r"\s+")
            continue
        parts.append(_LETTER_CLASSES.get(letter, re.escape(letter)))
        parts.append(f"[{MARKS}]*")
    return "".join(parts)

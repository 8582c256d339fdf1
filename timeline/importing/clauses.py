"""Pieces both languages' readers share: quotation marks, sentence ends, and what a reader found in a paragraph
before anyone knows who the speaker is."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext_noop

# Why a reader is less sure of a statement; shown in the import preview, translated there.
NOT_CLOSED = gettext_noop("the quotation is not closed")
NO_MARKS = gettext_noop("said after a colon, without quotation marks")
NO_SPEAKER = gettext_noop("no speaker could be read: give it one")

# Each opening mark and the marks that may close it: desks mix “ ” with ", and leave « » unbalanced.
OPENING = {"“": '”"', "«": "»”", '"': '"”', "„": "“”", "‘": "’", "‹": "›"}
CLOSING = '”»"’›“'
# Longer than any person's name: words beyond it are not a name, whatever they look like.
NAME_MAX_LENGTH = 120
TITLE_MAX_LENGTH = 200  # Role.title
TRIM = " \t،,:;؛.-–—\u200f\u200e"
# Found by regular expression rather than letter by letter: the readers ask for quotations in every paragraph.
_OPENING_MARK = re.compile("[" + re.escape("".join(OPENING)) + "]")
_CLOSERS = {mark: re.compile("[" + re.escape(closers) + "]") for mark, closers in OPENING.items()}


@dataclass(frozen=True)
class Subject:
    """Who a clause says is speaking, as written, before it is matched to anyone.

    At most one of `name`, `description` and `refers_back` is set; none of them means the verb stood alone ("وأضاف",
    "he said"): the previous speaker goes on."""

    name: str = ""  # a person's name: "أنطوني بلينكن", "Antony Blinken"
    title: str = ""  # the role the text gives them here: "وزير الخارجية الأمريكي"
    description: str = ""  # an unnamed speaker: "مسؤول كبير في الإدارة الأمريكية"
    refers_back: str = ""  # a title or generic noun meaning someone named earlier: "الوزير", "the official"
    unreadable: str = ""  # words that are none of these (an organisation, a document): kept for the editor
    demonym: str = ""  # the nationality a name was introduced with: "الفرنسي" in "الفرنسي جان ميشيل لوران، مدرب ..."

    @property
    def continues(self) -> bool:
        return not (self.name or self.description or self.refers_back or self.unreadable)


@dataclass
class Found:
    """A statement found in a paragraph: its words, kind and subject, and how sure the reader is (0..1)."""

    kind: str
    text: str
    subject: Subject
    confidence: float
    doubts: list[str] = field(default_factory=list)


@functools.lru_cache(maxsize=4096)
def quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where quotations are, marks included; an opening mark that is never closed runs to the end. (Remembered: the
    readers ask again for the same paragraph and its sentences.)"""
    spans, position = [], 0
    while (opening := _OPENING_MARK.search(text, position)) is not None:
        end = closing_mark(text, opening.start())
        if end is None:
            spans.append((opening.start(), len(text)))
            break
        spans.append((opening.start(), end + 1))
        position = end + 1
    return tuple(spans)


def closing_mark(text: str, opening: int) -> int | None:
    """Where the quotation opened at `opening` closes, or None. A straight quote closes at the next straight or
    curly closing quote; a curly or angled one at its own closing mark, or at another style's when desks mixed."""
    closing = _CLOSERS[text[opening]].search(text, opening + 1)
    return None if closing is None else closing.start()


def inside(position: int, spans: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> bool:
    return any(start < position < end for start, end in spans)


_ABBREVIATION = re.compile(
    r"[\s(.](?:\w|Dr|Mr|Mrs|Ms|St|Gen|Lt|Col|Maj|Sgt|Prof|Rep|Sen|Gov|No|Jr|Sr|Eng|Engr|Capt|Cmdr|Adm"
    r"|Brig|Rev|Hon|Amb|Supt|Insp|Cpl|Pvt|Mme|Mt|Ft)$"
)


def sentence_end(text: str, start: int = 0) -> int:
    """The end of the sentence that starts at `start`: the first full stop, question or exclamation mark outside
    quotation marks and not between digits (3.5), or the end of the text."""
    spans = quoted_spans(text)
    for match in re.finditer(r"[.!?؟]", text[start:]):
        position = start + match.start()
        if inside(position, spans):
            continue
        if text[position] == "." and 0 < position < len(text) - 1:
            if text[position - 1].isdigit() and text[position + 1].isdigit():
                continue
            # Initials and abbreviations: "U.S.", "P.K. Pole", "Dr.", "أ.ش.أ". After initials a capital letter more
            # often starts a title or a name ("U.S. Secretary of State") than a new sentence.
            # Only the few letters before the stop can be an abbreviation (searching the whole text before it was
            # most of the time a sentence took); a space stands for the start of the text.
            if _ABBREVIATION.search(text[position - 6 : position] if position > 6 else " " + text[:position]):
                continue
        return position
    return len(text)


# Counted in UTF-8 rather than by regular expression (a tenth of the time; every paragraph is asked twice): a
# character of U+0600-U+06FF is the only one whose encoding holds a byte D8-DB, an ASCII letter the only one whose
# encoding holds a byte A-Z or a-z.
_NOT_ARABIC_LEAD = bytes(byte for byte in range(256) if not 0xD8 <= byte <= 0xDB)
_NOT_LATIN_LETTER = bytes(byte for byte in range(256) if not chr(byte).isascii() or not chr(byte).isalpha())


def is_arabic(text: str) -> bool:
    """Which reader a text is for: more letters of the Arabic block than Latin letters (a tie is Arabic)."""
    encoded = text.encode("utf-8", "surrogatepass")  # a lone surrogate from a JSON body is not a letter
    return len(encoded.translate(None, _NOT_ARABIC_LEAD)) >= len(encoded.translate(None, _NOT_LATIN_LETTER))


def clean(text: str) -> str:
    return text.strip(TRIM)


def strip_marks(text: str) -> str:
    """A direct quotation's words without their marks or the punctuation around them."""
    text = clean(text)
    if text and text[0] in OPENING:
        text = text[1:]
    if text and text[-1] in CLOSING:
        text = text[:-1]
    return text.strip()

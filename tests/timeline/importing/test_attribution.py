"""Attribution's choice of reader: a paragraph goes to the Arabic or the English reader by its letters."""

from __future__ import annotations

import re

import pytest

from timeline.importing.attribution import Attribution


def _by_regular_expression(text: str) -> bool:
    # The rule as first written: letters of the Arabic block against ASCII letters, a tie being Arabic.
    return len(re.findall(r"[\u0600-\u06ff]", text)) >= len(re.findall(r"[A-Za-z]", text))


@pytest.mark.parametrize(
    ("paragraph", "arabic"),
    [
        ("قال وزير الخارجية إن المحادثات كانت صريحة.", True),
        ("Blinken said the talks were frank.", False),
        ('قال رئيس "Meta" للشؤون العالمية إن الشركة ستلتزم.', True),  # a brand inside Arabic copy
        ("The minister, speaking to «الأهرام», said the deal stood.", False),  # an outlet inside English copy
        ("ab يب", True),  # two letters each: a tie is read as Arabic
        ("abc يب", False),
        ("٢٠٢٥، ؟ AB", True),  # Arabic digits and punctuation count, as the Arabic block does
        ("وزیر امور خارجه گفت", True),  # Persian letters in the Arabic block
        ("Ünal Çevik dedi", False),  # Turkish: only ASCII letters count, so 8 against 0 Arabic
        ("", True),
        ("12:30 — 2025-12-16", True),
        ("\ud800 said", False),  # a lone surrogate (a careless JSON client) is neither, and no error
    ],
)
def test_a_paragraph_goes_to_the_reader_of_its_letters(paragraph: str, arabic: bool) -> None:
    assert Attribution.is_arabic(paragraph) is arabic
    assert _by_regular_expression(paragraph) is arabic

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


def test_the_source_is_the_one_this_bulletin_left_unnamed_never_another_bulletins():
    attribution = Attribution()
    first = attribution.statements("قال مصدر أمني في المحافظة إن الطريق أغلق ليلًا.", 1)
    attribution.new_bulletin()
    unnamed = attribution.statements("قال عضو في لجنة التفاوض الحكومية إن جولة جديدة ستعقد الأسبوع المقبل.", 3)
    # "المصدر" is the member this bulletin left unnamed, whatever it called him; not the security source before
    again = attribution.statements("وأوضح المصدر، الذي طلب عدم نشر اسمه، أن الوسيط قدم مقترحًا مكتوبًا.", 4)
    assert again[0].speaker is unnamed[0].speaker
    assert again[0].speaker is not first[0].speaker
    attribution.new_bulletin()
    # with no one left unnamed in the bulletin, the source is no one the reader can tell
    alone = attribution.statements("وأوضح المصدر أن الوسيط قدم مقترحًا مكتوبًا.", 6)
    assert [statement.speaker for statement in alone] in ([], [None])

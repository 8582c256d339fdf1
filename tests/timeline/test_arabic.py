"""timeline.arabic: the fast fold and search_terms give what the plain definitions give, for any text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from timeline import arabic

# Arabic letters, harakat, tatweel, both sets of Arabic digits, Latin letters whose case folding changes their
# length, other scripts' marks, punctuation and every kind of space.
TEXT = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.sampled_from(list("abcXYZİßΣﬁ 0129_.,،:“”\t\n\u00a0\u2009")),
    ),
    max_size=200,
)


def plain_fold(text: str) -> str:
    """fold as first written: one translate, then case folding and single spaces."""
    return " ".join(text.translate(arabic._FOLD_TABLE).casefold().split())


@given(TEXT)
def test_fold_is_the_plain_translation(text):
    assert arabic.fold(text) == plain_fold(text)
    assert arabic.fold(text) == plain_fold(text)  # again, from the cache for short texts


@given(TEXT)
def test_search_terms_are_the_stemmed_words_of_the_folded_text(text):
    expected = [arabic.light_stem(word) for word in re.findall(r"\w+", plain_fold(text))]
    assert arabic.search_terms(text) == expected
    terms = arabic.search_terms(text)
    terms.append("x")  # a caller's list is its own, never the cache's
    assert arabic.search_terms(text) == expected


def test_the_spellings_of_one_word_fold_together():
    assert {arabic.fold(word) for word in ("مسئول", "مسؤول", "مسؤولٌ", "مسـؤول")} == {"مسءول"}
    assert arabic.fold("  ٢٠٢٢  إلى  ") == "2022 الي"


def test_ch_written_tsh_or_jim_is_one_name_key():
    assert arabic.name_key("عباس عراقتشي") == arabic.name_key("عباس عراقجي")
    assert arabic.name_key("بوتشيتينو") == arabic.name_key("بوجيتينو") == arabic.name_key("بوچيتينو")
    assert arabic.name_key("سامي الخطيب") != arabic.name_key("سامي الجطيب")

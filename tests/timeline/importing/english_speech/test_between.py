"""What stands between an English speech verb and the words: whom it was told to (reporters, jurors, an outlet named
in quotation marks or by its possessive), an occasion before a colon, a time.
Sentences written for these tests in the manner of wire services and UN briefings."""

import pytest

from tests.timeline.importing.reading import read
from timeline.importing.parsed import DIRECT, PARAPHRASE


def test_a_clause_after_told_is_what_was_said():
    [(_kind, speaker, _title, text)] = read(
        "A Western diplomat in Bamako, who asked not to be named, told Reuters the junta seemed to expect the "
        "sanctions to be lifted."
    )
    assert speaker == "Western diplomat"
    assert text == "the junta seemed to expect the sanctions to be lifted"


def test_an_occasion_then_a_colon_then_the_quotation():
    [(kind, _speaker, _title, text)] = read(
        'Coach Ana Silva said after the final whistle: "We never stopped believing."'
    )
    assert (kind, text) == (DIRECT, "We never stopped believing.")


@pytest.mark.parametrize(
    "paragraph",
    [
        'A spokesperson for the Ministry of Water told the weekly "Rose al-Youssef" that the pumps would be repaired.',
        'A spokesperson for the Ministry of Water told "Al-Masry Al-Youm" the pumps would be repaired.',
        'A spokesperson for the Ministry of Water said in an interview with "Asharq Al-Awsat" that the pumps would be '
        "repaired.",
    ],
)
def test_an_outlet_named_in_quotation_marks_is_whom_it_was_told_to(paragraph):
    [(kind, speaker, _title, text)] = read(paragraph)
    assert (kind, speaker, text) == (
        PARAPHRASE,
        "spokesperson for the Ministry of Water",
        "the pumps would be repaired",
    )


@pytest.mark.parametrize("audience", ["jurors", "investors", "the jurors"])
def test_people_in_the_plural_after_told_are_whom_it_was_told_to(audience):
    assert read(f"Judge Anne Price told {audience} they should ignore the remark.") == [
        (PARAPHRASE, "Anne Price", "Judge", "they should ignore the remark")
    ]


def test_the_that_of_a_relative_clause_after_a_time_does_not_start_the_words():
    assert read("Party leader Sipho Dube said on Friday his party would not back any bill that raised taxes.") == [
        (PARAPHRASE, "Sipho Dube", "Party leader", "his party would not back any bill that raised taxes")
    ]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Starmer told Reuters the plan to expand the port was on track.", "the plan to expand the port was on track"),
        ("Starmer told reporters the decision to leave was final.", "the decision to leave was final"),
        ("The minister told the BBC the talks would resume.", "the talks would resume"),
    ],
)
def test_told_with_a_clause_after_whom_is_still_words_said(sentence, text):
    [(kind, _speaker, _title, found_text)] = read(sentence)
    assert (kind, found_text) == (PARAPHRASE, text)


@pytest.mark.parametrize(
    "whom",
    ["the club's website", "the club's official website", "the Guardian newspaper", "Al Arabiya television", "the BBC"],
)
def test_an_outlet_told_with_its_possessive_or_its_noun_is_not_the_words(whom):
    found = read(f'Liverpool captain Virgil van Dijk told {whom} the win was "for the fans".')
    assert found == [(PARAPHRASE, "Virgil van Dijk", "Liverpool captain", 'the win was "for the fans"')]

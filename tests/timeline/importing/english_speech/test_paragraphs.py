"""English paragraphs as desks paste them: datelines ("WASHINGTON, Oct 22 (Reuters) -", "Sharjah:", "Rome (AFP) -")
and sentences that initials do not end.
Sentences written for these tests in the manner of wire services and UN briefings."""

import pytest

from tests.timeline.importing.reading import read
from timeline.importing.parsed import PARAPHRASE


@pytest.mark.parametrize(
    "dateline", ["WASHINGTON, Oct 22 (Reuters) -", "GENEVA (AP) —", "(CNN)--", "UNITED NATIONS, Dec 3 (Reuters) -"]
)
def test_a_dateline_before_the_speaker(dateline):
    [(kind, speaker, _title, text)] = read(
        f"{dateline} Senator Lindsey Graham said the vote would take place on Friday."
    )
    assert (kind, speaker, text) == (PARAPHRASE, "Lindsey Graham", "the vote would take place on Friday")


@pytest.mark.parametrize(
    ("sentence", "speaker", "title"),
    [
        (
            "WASHINGTON, March 4 (Reuters) - U.S. Trade Representative Jamieson Greer said on Tuesday that tariffs "
            "would stay in place.",
            "Jamieson Greer",
            "U.S. Trade Representative",
        ),
        (
            "Chief Electoral Officer P.K. Pole told reporters that the count would begin at 8 a.m.",
            "P.K. Pole",
            "Chief Electoral Officer",
        ),
    ],
)
def test_initials_neither_end_a_sentence_nor_a_name(sentence, speaker, title):
    [(_kind, read_speaker, read_title, _text)] = read(sentence)
    assert (read_speaker, read_title) == (speaker, title)


def test_a_known_place_in_title_case_and_a_dash_is_a_dateline():
    assert read("Rabat - Prime Minister Nadia Alaoui said the plan would be ready by June.") == [
        (PARAPHRASE, "Nadia Alaoui", "Prime Minister", "the plan would be ready by June")
    ]


def test_a_gulf_citys_dateline_before_a_colon():
    assert read("Sharjah: Residents said the roads had flooded overnight.") == [
        (PARAPHRASE, "Residents", "", "the roads had flooded overnight")
    ]


def test_a_dateline_of_two_places_joined_by_a_slash():
    assert read("JUBA/WAU (Radio Tamazuj) – Floods have cut the main road, witnesses said.") == [
        (PARAPHRASE, "witnesses", "", "Floods have cut the main road")
    ]


def test_a_place_and_an_agency_in_title_case_before_a_dash_are_a_dateline():
    assert read("Rome (AFP) – Prime Minister Giulia Conti said Italy would not send troops.") == [
        (PARAPHRASE, "Giulia Conti", "Prime Minister", "Italy would not send troops")
    ]


def test_a_town_in_title_case_with_an_agency_and_a_hyphen_is_a_dateline():
    assert read("Lugano (AFP) - Swiss coach Marco Keller said the team was ready.") == [
        (PARAPHRASE, "Marco Keller", "Swiss coach", "the team was ready")
    ]

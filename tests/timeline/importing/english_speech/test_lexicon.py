"""The English reader's word lists: speech verbs that report words only before "that" or a clause (testified,
disclosed, countered), and companies, regulators, outlets, bodies and teams named alone, with the people whose names
look like theirs left out of the lists.
Sentences written for these tests in the manner of wire services and UN briefings."""

import pytest

from tests.timeline.importing.reading import read
from timeline.importing.attribution import Attribution
from timeline.importing.parsed import DIRECT, PARAPHRASE


def test_testified_attributes_a_quotation():
    assert read('"I never saw the money," Paul Hewitt, 58, testified.') == [
        (DIRECT, "Paul Hewitt", "", "I never saw the money")
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Northgate United said the striker would miss a month.",
        "Real Madrid said the defender had a hamstring injury.",
        "Amnesty said the trial had been unfair.",
    ],
)
def test_a_club_or_a_rights_group_is_no_person(paragraph):
    [statement] = Attribution().statements(paragraph, 1)
    assert statement.speaker is None


@pytest.mark.parametrize("club_or_regulator", ["City", "Rovers", "Ofcom", "Celtic"])
def test_a_club_or_a_regulator_by_one_word_is_no_person(club_or_regulator):
    assert [speaker for _kind, speaker, _title, _text in read(f"{club_or_regulator} said the fine was unfair.")] == [
        None
    ]


@pytest.mark.parametrize("company", ["Nvidia", "Samsung", "Arsenal", "Aramco", "Maersk"])
def test_a_company_or_a_club_wire_copy_names_by_one_word_is_no_person(company):
    assert [speaker for _kind, speaker, _title, _text in read(f"{company} said the results beat forecasts.")] == [None]


@pytest.mark.parametrize("outlet", ["Reuters reported that", "Bloomberg said", "Fitch said", "S&P Global said"])
def test_an_outlet_or_a_rating_agency_by_name_is_no_person(outlet):
    assert [speaker for _kind, speaker, _title, _text in read(f"{outlet} the bank was weighing job cuts.")] == [None]


@pytest.mark.parametrize("company", ["Goldman Sachs", "Red Bull", "Nippon Steel", "Sinar Oil", "Delta Electric"])
def test_a_company_of_two_words_is_no_person(company):
    assert [speaker for _kind, speaker, _title, _text in read(f"{company} said the results beat forecasts.")] == [None]


@pytest.mark.parametrize(
    "body",
    ["Oxford Economics", "Oxfam", "Greenpeace", "Islamic Jihad", "Bruegel, a Brussels-based think tank,"],
)
def test_consultancies_charities_and_armed_groups_by_name_are_no_one(body):
    assert [speaker for _kind, speaker, _title, _text in read(f"{body} said the plan would fail.")] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Finance Minister Zainab Ahmed disclosed that the deficit would narrow next year.",
        "Finance Minister Zainab Ahmed maintains that the deficit would narrow next year.",
    ],
)
def test_disclosed_and_maintains_before_that(sentence):
    # Nigerian and Indian desks report with "disclosed that"; "maintains that" as "maintained that" does
    [(kind, speaker, title, text)] = read(sentence)
    assert (kind, speaker, title, text) == (
        PARAPHRASE,
        "Zainab Ahmed",
        "Finance Minister",
        "the deficit would narrow next year",
    )


def test_disclosed_with_an_object_is_no_speech():
    assert read("The ministry disclosed the figures on Tuesday.") == []


@pytest.mark.parametrize(
    "name",
    [
        *("Petrobras", "Equinor", "Hindalco", "Codelco", "Rheinmetall", "Commerzbank", "Kakao", "Qantas", "Teva"),
        *("Rio Tinto", "Novo Nordisk", "Sebi", "Ofwat", "Bafin", "Sama", "Al-Manar", "Al Arabiya", "Kommersant"),
        *("Yonhap", "Oxfam", "Unicef", "Fifa", "Al Ahly", "Al-Hilal", "Flamengo", "Boca Juniors", "McLaren"),
        *("Telefónica", "Ørsted", "Itaú"),  # accented names, found only when listed
    ],
)
@pytest.mark.parametrize(
    "sentence",
    [
        "{} said the plan would be ready by the end of the month.",
        "{} told Reuters the talks had been put off until March.",
        "{} said in a statement that no decision had been taken.",
    ],
)
def test_companies_regulators_outlets_bodies_and_teams_speaking_alone_are_no_one(name, sentence):
    [(_kind, speaker, _title, _text)] = read(sentence.format(name))
    assert speaker is None


def test_people_whose_names_are_near_a_known_body_stay_people():
    # Family names that are also a club's, a firm's or a city's are left out of the lists: Lyon, Takeda, Valencia.
    found = read(
        "Lyon told reporters he expected the pitch to turn from the second day.",
        "Takeda said in a statement that she would not stand again.",
        "Striker Enner Valencia said the squad was ready.",
        "Milan Novak, the club's doctor, said the injury was not serious.",
        "Ana Vale, a nurse in Porto, said the wards were full.",
        'Vale added that "no one has slept for days".',
    )
    assert [speaker for _kind, speaker, _title, _text in found] == [
        "Lyon",
        "Takeda",
        "Enner Valencia",
        "Milan Novak",
        "Ana Vale",
        "Ana Vale",
    ]


def test_a_listed_body_of_two_words_reporting_is_no_one():
    found = read(
        "Al Jazeera reported that the ceasefire talks had stalled.",
        "Boca Juniors announced that the coach would stay.",
        "Asharq Al-Awsat reported that the envoy had left Riyadh.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == [None, None, None]


def test_players_known_by_one_name_near_a_listed_club_or_agency_stay_people():
    # Gavi, Braga and Efe are left out of the lists; Hikma (a drugmaker) is listed but was someone's name first.
    found = read(
        "Gavi told reporters the team had not given up on the title.",
        "Braga said in a statement that she would appeal the ban.",
        "Efe told the club's website he was happy to stay.",
        "Hikma Saleh, a teacher in Amman, said the school had shut.",
        'Hikma added that "the children have nowhere to go".',
    )
    assert [speaker for _kind, speaker, _title, _text in found] == [
        "Gavi",
        "Braga",
        "Efe",
        "Hikma Saleh",
        "Hikma Saleh",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Aldar Properties said sales rose 30%.",
        "Dubai Holding told Gulf News the project was on schedule.",
        "Qatar Investments said it would sell the stake.",
        "Anghami said revenue grew 40%.",
        "Fawry said in a filing that net profit doubled.",
        "Orascom said the contract was worth $1 billion.",
        "Sobha Realty said the tower would open in 2027.",
    ],
)
def test_gulf_and_egyptian_firms_speaking_alone_are_no_one(sentence):
    # a firm's word after its name (Properties, Realty), a place then Holding or Investments, or a listed name
    [(_kind, speaker, _title, _text)] = read(sentence)
    assert speaker is None


def test_people_named_like_those_firms_stay_people():
    found = read(
        "Michael Holding said the pitch would help the spinners.",
        "Defense Minister Israel Katz said the operation would go on.",
        "Jordan Henderson said the squad was ready.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == [
        "Michael Holding",
        "Israel Katz",
        "Jordan Henderson",
    ]


@pytest.mark.parametrize(
    "outlet",
    [
        *("Hespress", "Naharnet", "Elaph", "Al-Monitor", "Al-Qabas", "Al Rai", "Enab Baladi", "Mada Masr"),
        *("Middle East Eye", "Ahram Online", "Al-Quds Al-Arabi", "Sudan Tribune", "Daily Nation", "El Watan"),
        *("The New Arab", "Gulf Gazette"),
    ],
)
def test_regional_papers_cited_alone_are_no_one(outlet):
    [(_kind, speaker, _title, _text)] = read(f"{outlet} reported that the talks had stalled.")
    assert speaker is None


def test_people_named_like_regional_papers_stay_people():
    found = read(
        "Sarah Herald said the talks had stalled.",
        "Sheikh Mohammed Al-Bayan said the talks had stalled.",
        "Dawn said the talks had stalled.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["Sarah Herald", "Mohammed Al-Bayan", "Dawn"]


@pytest.mark.parametrize(
    "body",
    [
        *("Al-Wahda", "Al Jazira", "Shabab Al-Ahli", "Al-Quwa Al-Jawiya", "Dhofar", "JS Kabylie", "Neom SC"),
        *("Etoile du Sahel", "Al-Merrikh", "Banque Misr", "Banque du Liban", "Boubyan", "Sanabil"),
    ],
)
def test_arab_clubs_and_banks_speaking_alone_are_no_one(body):
    [(_kind, speaker, _title, _text)] = read(f"{body} said in a statement that the deal had been completed.")
    assert speaker is None


def test_a_club_whose_name_is_also_a_persons_stays_theirs():
    found = read(
        "Striker Ahmed Al-Nasr scored twice.",
        "Al-Nasr said the team deserved the win.",
        "Raja said the team deserved the win.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["Ahmed Al-Nasr", "Raja"]


def test_countered_lamented_and_hinted_report_words_and_their_objects_do_not():
    found = read(
        "Opposition leader Sara Haddad countered that the school was shut.",
        '"Nobody listens to us any more," Sara Haddad lamented.',
        "Sara Haddad hinted that she would run again.",
        "Sara Haddad countered the proposal with a plan of her own.",
        "Sara Haddad hinted at a reshuffle.",
        "Sara Haddad lamented the loss of her shop.",
    )
    assert [(kind, text) for kind, _speaker, _title, text in found] == [
        (PARAPHRASE, "the school was shut"),
        (DIRECT, "Nobody listens to us any more"),
        (PARAPHRASE, "she would run again"),
    ]

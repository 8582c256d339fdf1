"""Names and titles in English subjects: where a title ends and the name starts, ranks, courtesy titles, particles
and lineages, ages, employers after a name, and a title as a role.
Sentences written for these tests in the manner of wire services and UN briefings."""

import pytest

from tests.timeline.importing.reading import read
from timeline.importing.attribution import Attribution
from timeline.importing.parsed import DIRECT, PARAPHRASE


@pytest.mark.parametrize(
    ("subject", "name", "title"),
    [
        ("Chancellor of the Exchequer Rachel Reeves", "Rachel Reeves", "Chancellor of the Exchequer"),
        ("Deputy Governor for Monetary Policy Sarah Breeden", "Sarah Breeden", "Deputy Governor for Monetary Policy"),
        ("Minister of Water and Irrigation Raed Abu Saud", "Raed Abu Saud", "Minister of Water and Irrigation"),
        ("Minister for Foreign Affairs Senator the Hon Penny Wong", "Penny Wong", "Minister for Foreign Affairs"),
        ("Minister for Trade the Hon Don Farrell MP", "Don Farrell", "Minister for Trade"),
        ("Secretary of Defense Lloyd J. Austin III", "Lloyd J. Austin III", "Secretary of Defense"),
    ],
)
def test_a_title_with_of_and_for_ends_where_the_name_begins(subject, name, title):
    [(_kind, speaker, read_title, _text)] = read(f"{subject} said the talks would resume next week.")
    assert (speaker, read_title) == (name, title)


def test_what_someone_does_and_for_whom_are_not_the_name():
    [(_kind, speaker, title, _text)] = read(
        "Strategist Maya Lindqvist of Baltic Capital Research said the rally would not outlast the summer."
    )
    assert (speaker, title) == ("Maya Lindqvist", "Strategist")


def test_a_surname_finds_the_person_named_with_jr():
    attribution = Attribution()
    first = attribution.statements("General Romeo Brawner Jr. said the navy would escort the supply boats.", 1)
    later = attribution.statements('"We will not be intimidated," Brawner told reporters.', 2)
    assert later[0].speaker is first[0].speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker", "title"),
    [
        (
            "15:40 GMT - Scottish First Minister John Swinney said turnout looked higher than expected.",
            "John Swinney",
            "Scottish First Minister",
        ),
        (
            "Green Party co-leader Carla Denyer, 38, said the result was historic.",
            "Carla Denyer",
            "Green Party co-leader",
        ),
        (
            "Army spokesman Colonel Olivier Rebelo said the convoy had reached the border.",
            "Olivier Rebelo",
            "Army spokesman",
        ),
        (
            "Attorney General Merrick Garland said the review would be made public.",
            "Merrick Garland",
            "Attorney General",
        ),
        (
            "Strategist Tom Becker of Harbourside Partners said the rally had further to run.",
            "Tom Becker",
            "Strategist",
        ),
        (
            "Karim Haddad, a nurse who has been working at the clinic since 2019, said supplies ran out on Monday.",
            "Karim Haddad",
            "nurse",
        ),
        (
            "Lena Okafor, a lawyer who represents three of the families, said they would appeal.",
            "Lena Okafor",
            "lawyer who represents three of the families",
        ),
    ],
)
def test_roles_as_posts_without_clocks_ages_ranks_or_what_people_did(paragraph, speaker, title):
    [(_kind, found_speaker, found_title, _text)] = read(paragraph)
    assert (found_speaker, found_title) == (speaker, title)


def test_a_european_surname_alone_with_its_particle():
    found = read(
        "Dutch Prime Minister Dick van den Berg said the plan was final.",
        '"We will not reopen it," van den Berg told a meeting in Utrecht.',
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["Dick van den Berg", "Dick van den Berg"]


def test_another_before_a_post_is_no_part_of_it():
    assert read("Another witness, Leila Mansour, said the lorry had not slowed down.") == [
        (PARAPHRASE, "Leila Mansour", "witness", "the lorry had not slowed down")
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "title"),
    [
        (
            '"Delays are our biggest risk," said Khalid Sultan Al Mazrouei, Director of the Ports Authority.',
            "Khalid Sultan Al Mazrouei",
            "Director of the Ports Authority",
        ),
        ('"Delays are our biggest risk," said Oman\'s Sultan Haitham bin Tarik.', "Haitham bin Tarik", "Oman's Sultan"),
    ],
)
def test_a_title_that_is_also_a_name_after_a_given_name(paragraph, speaker, title):
    [(_kind, found_speaker, found_title, _text)] = read(paragraph)
    assert (found_speaker, found_title) == (speaker, title)


def test_an_age_and_a_country_are_no_post():
    assert read("Silva, a 19-year-old Brazilian, said the club had treated him well.") == [
        (PARAPHRASE, "Silva", "", "the club had treated him well")
    ]


def test_a_countrys_adjective_right_after_a_posts_noun_is_a_given_name():
    assert read("Bowling coach Danish Malik said the pitch had helped the spinners.") == [
        (PARAPHRASE, "Danish Malik", "Bowling coach", "the pitch had helped the spinners")
    ]


def test_a_whip_is_a_post():
    assert read("Opposition Chief Whip Mary Wanjiru said the vote would be challenged.") == [
        (PARAPHRASE, "Mary Wanjiru", "Opposition Chief Whip", "the vote would be challenged")
    ]


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        ("Crown Prince Salem bin Rashid said the kingdom would invest abroad.", "Crown Prince"),
        ("Dubai Crown Prince Sheikh Rashid said the city would keep growing.", "Dubai Crown Prince"),
        ("Prince Faisal bin Rashid said the kingdom would invest abroad.", ""),
    ],
)
def test_crown_prince_is_a_post_and_prince_alone_a_courtesy(paragraph, title):
    assert read(paragraph)[0][2] == title


def test_he_his_excellency_and_a_long_post_before_a_courtesy_titled_name():
    found = read(
        "Doha: HE the Minister of State at the Ministry of Foreign Affairs Dr. Khalid bin Saad Al Marri said that "
        "the corridor would open next week."
    )
    assert found == [
        (
            PARAPHRASE,
            "Khalid bin Saad Al Marri",
            "Minister of State at the Ministry of Foreign Affairs",
            "the corridor would open next week",
        )
    ]


def test_a_courtesy_word_that_ends_a_name_is_a_family_name():
    assert read("Association chairman Farooq Ahmed Sheikh said exports had fallen by a tenth.") == [
        (PARAPHRASE, "Farooq Ahmed Sheikh", "Association chairman", "exports had fallen by a tenth")
    ]
    assert read("Dubai Crown Prince Sheikh Hamdan said the tower would open in May.")[0][1] == "Hamdan"


def test_a_bracket_inside_a_post_closes_it_before_the_name():
    assert read("Minister for Finance (Revenue Division) Bilal Azhar Qureshi said on Monday the tax would stay.") == [
        (PARAPHRASE, "Bilal Azhar Qureshi", "Minister for Finance (Revenue Division)", "the tax would stay")
    ]


@pytest.mark.parametrize(
    ("post_and_name", "name", "family_name"),
    [
        ("Secretary for Housing Grace Wong Mei-ling", "Grace Wong Mei-ling", "Wong"),
        ("Minister of State for Education Tan Wei Jie", "Tan Wei Jie", "Tan"),
    ],
)
def test_an_east_asian_name_after_a_posts_for_is_whole_and_its_family_name_refers_back(
    post_and_name, name, family_name
):
    found = read(
        f"{post_and_name} said the first flats would be ready in June.", f"{family_name} said rents would stay low."
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        (name, post_and_name.removesuffix(f" {name}")),
        (name, post_and_name.removesuffix(f" {name}")),
    ]


def test_someone_described_by_post_then_named_with_an_age_is_one_speaker():
    # (read as the importer does: the statements are stored after the whole bulletin is read, so the first one is
    # looked at after the second paragraph named its speaker)
    attribution = Attribution()
    statements = [
        *attribution.statements(
            "A retired police inspector told the inquiry on Monday that the warning lights had failed twice that week.",
            1,
        ),
        *attribution.statements('"Nobody listened to us," Peter Quayle, 71, said.', 2),
    ]
    found = [(statement.kind, statement.speaker.label, statement.title, statement.text) for statement in statements]
    assert statements[0].speaker is statements[1].speaker
    assert found == [
        (PARAPHRASE, "Peter Quayle", "retired police inspector", "the warning lights had failed twice that week"),
        (DIRECT, "Peter Quayle", "retired police inspector", "Nobody listened to us"),
    ]


@pytest.mark.parametrize(
    "first",
    [
        "A resident told the inquiry on Monday that the warning lights had failed twice that week.",
        "Harbour master Ann Kerr told the inquiry on Monday that the warning lights had failed twice that week.",
        "A senior official told the inquiry on Monday that the warning lights had failed twice that week.",
    ],
)
def test_a_name_with_an_age_is_someone_new_after_a_named_or_unnamed_source(first):
    found = read(first, '"Nobody listened to us," Peter Quayle, 71, said.')
    assert found[0][1] != "Peter Quayle"
    assert found[1][1] == "Peter Quayle"


@pytest.mark.parametrize(
    ("subject", "name", "title"),
    [
        ("Lt. Gen. Omar Haddad, the director of operations,", "Omar Haddad", "director of operations"),
        ("Lt Col Grace Ndlovu", "Grace Ndlovu", "Lt Col"),
        ("Brigade Commander Brig. Gen. Tomas Reyes", "Tomas Reyes", "Brigade Commander"),
        ("Sgt. Ana Ortiz", "Ana Ortiz", "Sgt."),
    ],
)
def test_an_abbreviated_rank_before_a_name_is_no_part_of_it(subject, name, title):
    [(_kind, speaker, role, _text)] = read(f"{subject} said the convoy had turned back.")
    assert (speaker, role) == (name, title)


def test_a_plurals_possessive_names_a_body_not_the_speaker():
    found = read(
        "Also speaking, the chairman of the Northern Farmers' Union, Alhaji Musa Danjuma, said prices would hold."
    )
    assert found == [(PARAPHRASE, "Musa Danjuma", "chairman of the Northern Farmers' Union", "prices would hold")]


def test_whose_post_it_is_and_where_someone_works_are_no_part_of_the_role():
    assert read("In mitigation, her barrister, Tom Hale KC, said she was deeply sorry.") == [
        (PARAPHRASE, "Tom Hale", "barrister", "she was deeply sorry")
    ]
    assert read("Jo Park, of the campaign group Save Our Parks, said the plan was a land grab.") == [
        (PARAPHRASE, "Jo Park", "campaign group Save Our Parks", "the plan was a land grab")
    ]


def test_an_employer_after_of_is_still_the_post():
    assert read("Lars Holm, of Nordic Equity Research, said the rally would fade.")[0][2] == "Nordic Equity Research"


def test_a_company_word_that_is_someone_named_before_stays_that_person():
    found = read(
        "Elena Shell, who runs a bakery in Leith, said the rent had doubled.",
        "Shell said she would close the shop in March.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["Elena Shell", "Elena Shell"]


def test_an_outlets_possessive_before_a_name_is_neither_name_nor_post():
    assert read("Sky News' Lina Haddad, reporting from Beirut, said the port was closed.")[0][1] == "Lina Haddad"
    assert read("Al Jazeera's Omar Saleh, reporting from Amman, said crowds grew.")[0][1:3] == ("Omar Saleh", "")


@pytest.mark.parametrize("group", ["Paramedics", "Firefighters", "Organisers", "Physicians", "Volunteers"])
def test_people_in_the_plural_by_one_word_are_an_unnamed_group(group):
    attribution = Attribution()
    [statement] = attribution.statements(f"{group} said the road had been closed for hours.", 1)
    assert statement.speaker.is_anonymous
    assert statement.speaker.label == group


@pytest.mark.parametrize(
    "sentence",
    [
        "Her agent Paolo Rinaldi said the striker would stay until the summer.",
        "His agent Paolo Rinaldi told Sky Italia the striker would stay until the summer.",
        '"The striker would stay until the summer," her agent Paolo Rinaldi told reporters.',
    ],
)
def test_a_post_after_his_or_her_and_then_a_name_without_commas(sentence):
    [(_kind, speaker, title, text)] = read(sentence)
    assert (speaker, title, text.lower()) == ("Paolo Rinaldi", "agent", "the striker would stay until the summer")


def test_a_champion_or_a_medallist_is_a_person_a_reference_back_can_mean():
    found = read(
        "Sofia Brandt insisted she was not worried after finishing fifth in Doha.",
        '"It is only the first race," the two-time world champion said.',
    )
    assert found[1] == (DIRECT, "Sofia Brandt", "two-time world champion", "It is only the first race")


def test_ben_opens_a_name_as_bin_does_and_le_monde_is_still_no_one():
    assert read("England captain Ben Carver said the pitch was flat.")[0][1:3] == ("Ben Carver", "England captain")
    assert read("Le Monde reported that the deal was off.")[0][1] is None


def test_a_post_no_one_was_named_in_whose_holders_copy_leaves_unnamed_is_an_unnamed_speaker():
    attribution = Attribution()
    [statement] = attribution.statements("The embassy spokesperson said the visa rules had not changed.", 1)
    assert statement.speaker.is_anonymous
    assert statement.speaker.label == "embassy spokesperson"
    # (a post of one person, such as a minister's, is left for the editor)
    assert read("The interior minister said the border would close.")[0][1] is None


def test_a_surname_without_its_hyphenated_article_is_the_same_person():
    found = read(
        "Army chief Abdel Fattah al-Burhan said the war would end only with victory.",
        "Burhan told troops in Omdurman that the siege would be broken.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["Abdel Fattah al-Burhan"] * 2


@pytest.mark.parametrize(
    ("subject", "name", "title"),
    [
        ("Former Liberal leader David Steel", "David Steel", "Former Liberal leader"),
        ("Actress Debra Winger", "Debra Winger", "Actress"),
        ("Businessman Ali Reza Khan", "Ali Reza Khan", "Businessman"),
    ],
)
def test_surnames_that_are_words_of_trade_or_sport_and_a_trade_before_a_name(subject, name, title):
    assert read(f"{subject} said the deal was off.")[0][1:3] == (name, title)


@pytest.mark.parametrize(
    ("sentence", "speaker", "title"),
    [
        ("China's ambassador Fu Cong said the council should act.", "Fu Cong", "China's ambassador"),
        (
            "Russia's deputy ambassador Dmitry Polyanskiy said the council should act.",
            "Dmitry Polyanskiy",
            "Russia's deputy ambassador",
        ),
        ("Ambassador Dmitry Polyanskiy said the council should act.", "Dmitry Polyanskiy", ""),
    ],
)
def test_an_ambassador_in_lower_case_is_the_post(sentence, speaker, title):
    # Capitalised before a name, "Ambassador" is a form of address; in lower case after a country it is the post.
    [(_kind, found_speaker, found_title, _text)] = read(sentence)
    assert (found_speaker, found_title) == (speaker, title)


@pytest.mark.parametrize(
    ("sentence", "speaker", "title"),
    [
        ("London-based economist Jane Foley said the levies were lawful.", "Jane Foley", "London-based economist"),
        ("Team-mate Charles Leclerc said the car had a gearbox problem.", "Charles Leclerc", "Team-mate"),
        ("Teammate Lando Norris said the car had a gearbox problem.", "Lando Norris", "Teammate"),
    ],
)
def test_a_post_after_where_someone_is_based_and_a_team_mate_are_no_part_of_the_name(sentence, speaker, title):
    [(_kind, found_speaker, found_title, _text)] = read(sentence)
    assert (found_speaker, found_title) == (speaker, title)


def test_the_n_year_old_is_the_one_the_bulletin_gave_that_age():
    found = read(
        "Pakistan captain Mohammad Rizwan said his side had let the nation down.",
        "Coach Aaqib Javed said the selectors would meet on Monday.",
        "Rizwan, 32, added that the pitch had not been easy to read.",
        "Star batter Babar Azam said he was ready to open again.",
        '"Babar is our best player," the 32-year-old said.',
        '"We will be back," the 29-year-old said.',
    )
    assert [speaker for _kind, speaker, _title, _text in found] == [
        "Mohammad Rizwan",
        "Aaqib Javed",
        "Mohammad Rizwan",
        "Babar Azam",
        "Mohammad Rizwan",  # the age given before
        "Babar Azam",  # no one was given that age: the latest named, as before
    ]


def test_a_surname_with_two_particles_opening_a_sentence_is_the_one_named_before():
    found = read(
        "Ursula von der Leyen said Europe was ready.",
        'Von der Leyen told MEPs that the package was "the largest ever".',
        "Opposition senator Lucía de la Fuente said the deal should be put to a vote.",
        "De la Fuente told reporters that the vote would fail.",
        "De Beers said diamond prices would fall.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == [
        "Ursula von der Leyen",
        "Ursula von der Leyen",
        "Lucía de la Fuente",
        "Lucía de la Fuente",
        None,
    ]


def test_west_african_courtesy_titles_are_no_part_of_the_name():
    found = read(
        "Dangote Group President, Aliko Dangote, said the refinery would begin exports in June.",
        "Alhaji Dangote, who spoke in Abuja, added that the plant was running at full capacity.",
        "National Security Adviser Mallam Nuhu Ribadu said the attackers had been identified.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["Aliko Dangote", "Aliko Dangote", "Nuhu Ribadu"]


@pytest.mark.parametrize("palace", ["Baabda Palace", "Carthage Palace", "Ittihadiya Palace", "The Elysee Palace"])
def test_a_palace_speaking_for_its_president_is_no_one(palace):
    [(_kind, speaker, _title, _text)] = read(f"{palace} said the president had met the envoy.")
    assert speaker is None


def test_a_post_at_a_club_called_palace_keeps_its_holder():
    [(_kind, speaker, title, _text)] = read("Palace manager Oliver Glasner said the team was ready.")
    assert (speaker, title) == ("Oliver Glasner", "Palace manager")


@pytest.mark.parametrize(
    ("sentence", "speaker", "title"),
    [
        ('"The market is pricing in a risk premium," said Tamas Varga of PVM Oil Associates.', "Tamas Varga", ""),
        ('"The market is pricing in a risk premium," said Ed Moya of Oanda.', "Ed Moya", ""),
        (
            '"The market is pricing in a risk premium," said Paul Johnson of the Institute for Fiscal Studies.',
            "Paul Johnson",
            "",
        ),
        (
            '"The market is pricing in a risk premium," said Governor Andrew Bailey of the Bank of England.',
            "Andrew Bailey",
            "Governor",
        ),
    ],
)
def test_a_full_name_then_where_the_person_works_is_the_speaker(sentence, speaker, title):
    assert read(sentence) == [(DIRECT, speaker, title, "The market is pricing in a risk premium")]


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        (
            "HH Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum, Crown Prince of Dubai,",
            "Hamdan bin Mohammed bin Rashid Al Maktoum",
        ),
        ("HRH Prince Faisal bin Farhan, Minister of Foreign Affairs,", "Faisal bin Farhan"),
        (
            "Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani, the Qatari prime minister,",
            "Mohammed bin Abdulrahman bin Jassim Al Thani",
        ),
    ],
)
def test_a_long_lineage_and_his_highness_abbreviated_name_the_speaker(subject, name):
    # the lineage's particles (bin, Al) do not count towards a name's length; HH and HRH are set aside as H.H. is
    [(_kind, speaker, _title, _text)] = read(f"{subject} said the economy had grown.")
    assert speaker == name


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        # where they work, or a group they belong to, after the name: the post before the name is the role
        ("Chief engineer Samir Haddad, from the Technical University of Munich,", "Chief engineer"),
        ("Veteran diplomat Karen Holt, one of three envoys at the talks,", "Veteran diplomat"),
        # a rank before the name is no post: the post after it is the role, even ending on a body's capitals
        (
            "Lieutenant General Omar Rashid, spokesman for the Combined Security Command,",
            "spokesman for the Combined Security Command",
        ),
    ],
)
def test_which_of_two_titles_is_the_role(subject, title):
    [(_kind, _speaker, read_title, _text)] = read(f"{subject} said the road would reopen on Sunday.")
    assert read_title == title

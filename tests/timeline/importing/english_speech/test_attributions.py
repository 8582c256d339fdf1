"""Where the attribution sits in an English sentence: speech verbs before and after the words, quotes before and
after their speakers and split by them, `according to`, a participle after a deed, headings, transcripts' answers
and links before a colon, and a quotation left open that goes on in the next paragraph.
Sentences written for these tests in the manner of wire services and UN briefings."""

import pytest

from tests.timeline.importing.reading import read
from timeline.importing.attribution import Attribution
from timeline.importing.parsed import DIRECT, PARAPHRASE


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Penny Wong says the region cannot afford another crisis.",
        "Foreign Minister Penny Wong warned that the region cannot afford another crisis.",
        "Foreign Minister Penny Wong told reporters that the region cannot afford another crisis.",
        "Foreign Minister Penny Wong told reporters in Canberra on Tuesday the region cannot afford another crisis.",
        "The region cannot afford another crisis, according to Foreign Minister Penny Wong.",
        "According to Foreign Minister Penny Wong, the region cannot afford another crisis.",
        "The region cannot afford another crisis, Foreign Minister Penny Wong said on Tuesday.",
    ],
)
def test_verbs_and_where_the_attribution_sits(sentence):
    [(kind, speaker, title, text)] = read(sentence)
    assert (kind, speaker, title, text.lower()) == (
        PARAPHRASE,
        "Penny Wong",
        "Foreign Minister",
        "the region cannot afford another crisis",
    )


def test_quotes_before_and_after_the_speaker_and_a_quote_that_goes_on():
    found = read(
        '"We are not leaving," Dr. Tedros Adhanom Ghebreyesus, the WHO director-general, told reporters.',
        '"The hospitals need fuel today, not next week." He added: "Every hour counts."',
        '"This is the moment to act," said Catherine Russell, the executive director of UNICEF.',
    )
    assert found == [
        (DIRECT, "Tedros Adhanom Ghebreyesus", "WHO director-general", "We are not leaving"),
        (DIRECT, "Tedros Adhanom Ghebreyesus", "WHO director-general", "The hospitals need fuel today, not next week."),
        (DIRECT, "Tedros Adhanom Ghebreyesus", "WHO director-general", "Every hour counts."),
        (DIRECT, "Catherine Russell", "executive director of UNICEF", "This is the moment to act"),
    ]


def test_a_quotation_left_open_continues_in_the_next_paragraph():
    found = read(
        'Prime Minister Mark Carney said: "We will defend our workers.',
        '"And we will not be told what to do with our own resources," he said.',
    )
    assert [(speaker, kind) for _kind, speaker, _title, _text in found for kind in [_kind]] == [
        ("Mark Carney", DIRECT),
        ("Mark Carney", DIRECT),
    ]


def test_the_last_said_attributes_when_the_words_hold_a_verb_of_their_own():
    found = read(
        "Health officials said 440 cases had been confirmed by Tuesday, nearly all of them in the province's capital, "
        "Deputy Commissioner Marta Ruiz said Wednesday."
    )
    assert [(kind, speaker, title) for kind, speaker, title, _text in found] == [
        (PARAPHRASE, "Marta Ruiz", "Deputy Commissioner")
    ]
    assert found[0][3].startswith("Health officials said 440 cases")


def test_words_then_a_speaker_alone_take_no_title_from_the_words():
    found = read("The new wards will open next month, most of them in the northern districts, Ruiz said.")
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [("Ruiz", "")]
    assert found[0][3].endswith("most of them in the northern districts")


@pytest.mark.parametrize(
    "paragraph",
    [
        "SEATTLE — DataHarbor said on Tuesday that a faulty patch for its storage service had caused the outage.",
        "Hapag-Lloyd said in a filing it now expected freight rates to stay high into the spring.",
        "Vestas said it expects order intake to recover in the second half.",
    ],
)
def test_a_company_is_not_a_person(paragraph):
    for statement in Attribution().statements(paragraph, 1):
        assert statement.speaker is None, statement.speaker


def test_a_one_word_name_saying_it_was_is_still_a_person():
    [(_kind, speaker, _title, text)] = read('Bellingham said it was "the proudest night of my career".')
    assert (speaker, text) == ("Bellingham", 'it was "the proudest night of my career"')


def test_a_source_at_the_end_of_the_sentence_speaks_for_it():
    [(kind, speaker, _title, text)] = read(
        "Several ministers had pushed for an earlier vote, according to people familiar with the talks."
    )
    assert (kind, speaker, text) == (
        PARAPHRASE,
        "people familiar with the talks",
        "Several ministers had pushed for an earlier vote",
    )


def test_doing_then_saying():
    [(_kind, speaker, title, text)] = read(
        "UNHCR chief Filippo Grandi thanked Chad for keeping its border open, saying the country had shown "
        '"remarkable generosity".'
    )
    assert (speaker, title, text) == ("Filippo Grandi", "UNHCR chief", 'the country had shown "remarkable generosity"')


def test_citing_a_reason_is_not_citing_a_source():
    assert (
        read('A court in Oslo halted the port sale, citing a "serious danger" that it would pass to foreign hands.')
        == []
    )
    [(_kind, speaker, _title, text)] = read(
        "The talks were postponed by a week, citing two officials close to the negotiations."
    )
    assert (speaker, text) == ("two officials close to the negotiations", "The talks were postponed by a week")


def test_a_speech_verb_inside_a_relative_clause_is_not_the_attribution():
    [(kind, speaker, title, text)] = read(
        "Councillor Ruth Ndlovu, who wrote the housing motion, said the city would build 4,000 homes by 2027."
    )
    assert (kind, speaker, title, text) == (
        PARAPHRASE,
        "Ruth Ndlovu",
        "Councillor",
        "the city would build 4,000 homes by 2027",
    )


def test_what_happened_before_the_trailing_speaker_is_part_of_the_words():
    [(_kind, speaker, _title, text)] = read(
        "A landslide buried a mining camp in the hills on Sunday, killing at least nine people, officials said."
    )
    assert (speaker, text) == (
        "officials",
        "A landslide buried a mining camp in the hills on Sunday, killing at least nine people",
    )


def test_according_to_a_name_then_a_post_without_its_article():
    found = read(
        "According to Lena Brandt, senior analyst at a Frankfurt research house, the cut had been fully priced in."
    )
    assert found == [
        (PARAPHRASE, "Lena Brandt", "senior analyst at a Frankfurt research house", "the cut had been fully priced in")
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "title", "text"),
    [
        (
            "Rents rose faster than wages last year, said Anna Berg, an economist at Nordic Housing.",
            "Anna Berg",
            "economist at Nordic Housing",
            "Rents rose faster than wages last year",
        ),
        (
            "The port will reopen on Monday once the channel is cleared, said Transport Minister Idris Kamara.",
            "Idris Kamara",
            "Transport Minister",
            "The port will reopen on Monday once the channel is cleared",
        ),
        (
            "The ceasefire had held through the night, said two aid workers who reached the town.",
            "two aid workers who reached the town",
            "",
            "The ceasefire had held through the night",
        ),
    ],
)
def test_reported_words_then_said_then_who_said_them(paragraph, speaker, title, text):
    assert read(paragraph) == [(PARAPHRASE, speaker, title, text)]


def test_said_the_people_after_reported_words_is_the_group_named_before():
    found = read(
        "The airline is in talks to buy 20 jets, according to people familiar with the matter.",
        "A deal could be signed next month, said the people, who asked not to be named because the talks are private.",
    )
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [
        ("people familiar with the matter", "The airline is in talks to buy 20 jets"),
        ("people familiar with the matter", "A deal could be signed next month"),
    ]


def test_a_person_speaking_of_it_is_still_a_person():
    assert read("Union leader Ahmed Ali said its members would strike.") == [
        (PARAPHRASE, "Ahmed Ali", "Union leader", "its members would strike")
    ]
    assert read("Karim Haddad said it was the best night of his life.")[0][1] == "Karim Haddad"


def test_an_aside_about_a_team_still_names_a_person():
    [(_kind, speaker, title, _text)] = read(
        "According to Leila Haddad, an engineer on the team, the satellite had fuel to spare."
    )
    assert (speaker, title) == ("Leila Haddad", "engineer on the team")


def test_a_transcripts_answer_after_a_surname_and_a_colon_is_the_person_named_before():
    found = read(
        "Foreign Minister Laila Haddad said on Tuesday that the summit would open on Sunday.",
        "Q: Will the leaders sign the visa deal?",
        "Haddad: The technical work is done. The leaders will set the date.",
    )
    assert found[-1] == (
        DIRECT,
        "Laila Haddad",
        "Foreign Minister",
        "The technical work is done. The leaders will set the date.",
    )


@pytest.mark.parametrize(
    "paragraph",
    ["Update: The ministry has raised the toll to 40.", "Rahimi: The road will reopen in a week."],
)
def test_a_heading_or_a_surname_no_one_was_called_before_a_colon_makes_no_person(paragraph):
    assert all(statement.speaker is None for statement in Attribution().statements(paragraph, 1))


@pytest.mark.parametrize(
    "paragraph",
    [
        "Related: Central bank official says cuts are coming",
        "Watch: Minister says talks will resume next week",
        "READ MORE: Envoy warns that famine is near",
    ],
)
def test_a_link_to_another_story_is_no_statement(paragraph):
    assert read(paragraph) == []


@pytest.mark.parametrize(
    ("heading", "kind", "text"),
    [
        ("Why it matters", PARAPHRASE, "the cap would save retailers about $2 billion a year"),
        ("What they're saying", DIRECT, "We will not sign a deal that hurts farmers"),
        ("Yes, but", PARAPHRASE, "the cap would save retailers about $2 billion a year"),
    ],
)
def test_a_newsletters_heading_before_a_colon_is_not_the_speaker(heading, kind, text):
    words = f'"{text}," the aide said.' if kind == DIRECT else f"An aide said {text}."
    found = read("Senior aide Ruth Okoro briefed donors on Monday.", f"{heading}: {words}")
    assert [(found_kind, found_text) for found_kind, _speaker, _title, found_text in found] == [(kind, text)]
    assert "matters" not in (found[0][1] or "")
    assert '"' not in (found[0][1] or "")


@pytest.mark.parametrize(
    "paragraph", ["Foreign minister: We will not leave the talks.", "Go deeper: Banks brace for losses"]
)
def test_a_post_before_a_colon_is_no_heading_and_a_bare_heading_no_statement(paragraph):
    found = read(paragraph)
    assert all(speaker is None or "deeper" not in speaker for _kind, speaker, _title, _text in found)
    assert all("Banks brace" not in text for _kind, _speaker, _title, text in found)


def test_a_date_after_the_speaker_of_an_inverted_said():
    found = read(
        "Bus fares will rise by four cents from April under a formula set by the regulator, said Minister for "
        "Transport Lim Boon Keat on March 3."
    )
    assert found == [
        (
            PARAPHRASE,
            "Lim Boon Keat",
            "Minister for Transport",
            "Bus fares will rise by four cents from April under a formula set by the regulator",
        )
    ]


def test_alleged_that_attributes_but_an_alleged_person_is_no_verb():
    assert read("Opposition leader Ravi Menon alleged that the tender had been rigged.") == [
        (PARAPHRASE, "Ravi Menon", "Opposition leader", "the tender had been rigged")
    ]
    assert read("The alleged gunman's lawyer said his client would plead not guilty.")[0][3] == (
        "his client would plead not guilty"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The trader is said to have left for Doha in May.",
        "That said, exports grew faster than expected.",
        "Officers sealed the said warehouse on Friday.",
        "The mayor, it is said, had known about the contract for months.",
        "Little was said about the budget at the meeting.",
    ],
)
def test_a_passive_said_the_said_and_that_said_are_no_attribution(sentence):
    assert read(sentence) == []


def test_a_speaker_set_inside_the_words_after_their_first_word():
    found = read("Mayor Lena Ortiz said the vote was close.", "This, she said, was only the first round.")
    assert found[1][:3] == (PARAPHRASE, "Lena Ortiz", "Mayor")


def test_a_heading_whose_first_word_is_a_post_is_still_a_heading():
    assert read("State of play: Two people familiar with the plans said a vote could come Friday.") == [
        (PARAPHRASE, "Two people familiar with the plans", "", "a vote could come Friday")
    ]


def test_said_first_then_a_titled_speaker_and_a_colon():
    assert read('Said Transport Minister Chan Wei Ling: "The line will open in June."') == [
        (DIRECT, "Chan Wei Ling", "Transport Minister", "The line will open in June.")
    ]
    assert all(speaker != "Abdullah" for _kind, speaker, _title, _text in read('Said Abdullah: "The talks failed."'))


def test_an_answer_under_a_full_name_in_a_briefings_transcript():
    found = read("Q: When will the vaccine arrive?", "Dr Helena Varga: Not before March. The first lots go north.")
    assert found == [(DIRECT, "Helena Varga", "", "Not before March. The first lots go north.")]
    assert read("Read More: The talks failed again on Monday night.") == []


def test_a_speaker_in_a_clause_of_with_and_after_a_deed_in_the_irregular_past():
    assert read(
        "Bond yields rose, with central bank governor Lena Holt telling Reuters that the easing cycle was over."
    ) == [(PARAPHRASE, "Lena Holt", "central bank governor", "the easing cycle was over")]
    assert read("Oil fell, with traders saying the market was oversupplied.") == [
        (PARAPHRASE, "traders", "", "the market was oversupplied")
    ]
    assert read("The talks ended with the minister saying nothing.") == []
    assert read("Finance Minister Omar Diallo took a cautious line, arguing that the deficit had to fall first.") == [
        (PARAPHRASE, "Omar Diallo", "Finance Minister", "the deficit had to fall first")
    ]


def test_who_did_something_and_said_is_the_speaker():
    assert read('Opposition leader Rui Matos attacked the budget as "a fraud" and said it would not pass.') == [
        (PARAPHRASE, "Rui Matos", "Opposition leader", "it would not pass")
    ]
    found = read(
        "Interior Minister Lea Vogt said the border would stay open.",
        "She met the mayors on Monday and told reporters the checks would end in May.",
    )
    assert found[1] == (PARAPHRASE, "Lea Vogt", "Interior Minister", "the checks would end in May")


def test_the_present_of_a_plural_subject_says():
    assert read("Growers in the Riverina say the frost has cut yields by half.") == [
        (PARAPHRASE, "Growers in the Riverina", "", "the frost has cut yields by half")
    ]
    assert read("It is too early to say whether the frost has cut yields.") == []
    assert read("The papers say nothing about who paid for the trip.") == []


def test_a_quotation_split_by_its_attribution_goes_on_after_it():
    assert read('"The region," Foreign Minister Ana Lopes said, "cannot afford another war."') == [
        (DIRECT, "Ana Lopes", "Foreign Minister", "The region"),
        (DIRECT, "Ana Lopes", "Foreign Minister", "cannot afford another war"),
    ]


def test_quoted_as_saying_gives_the_words_to_the_one_quoted():
    assert read("Local radio quoted a police commander, Omar Diallo, as saying the road had reopened.") == [
        (PARAPHRASE, "Omar Diallo", "police commander", "the road had reopened")
    ]


def test_a_post_and_a_name_before_a_colon_and_a_quotation_and_a_clefts_opening():
    assert read('Minister Adaeze Okafor: "We will finish the road by June."') == [
        (DIRECT, "Adaeze Okafor", "Minister", "We will finish the road by June.")
    ]
    assert read('Here is what Mayor Ana Ruiz said: "We are not going anywhere."') == [
        (DIRECT, "Ana Ruiz", "Mayor", "We are not going anywhere.")
    ]


@pytest.mark.parametrize(
    "sentence", ["According to him, the operation was lawful.", "The operation was lawful, according to him."]
)
def test_according_to_a_pronoun_is_the_speaker_before(sentence):
    found = read("Police spokesman Olumuyiwa Adejobi said 14 suspects had been arrested.", sentence)
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        ("Olumuyiwa Adejobi", "Police spokesman")
    ] * 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Keir Starmer told ministers to prepare a plan for the winter.",
        "The coach told his players to stay calm after the break.",
        "The minister told lawmakers not to expect a deal this week.",
        'Starmer told his cabinet ministers to "get on with it."',
        "The budget office has told agencies to prepare contingency plans.",
    ],
)
def test_told_someone_to_do_something_is_an_order_not_words_said(sentence):
    assert read(sentence) == []


def test_an_order_leaves_the_source_at_the_end_to_attribute_the_sentence():
    found = read(
        "The budget office has told agencies to prepare contingency plans, according to two administration officials."
    )
    assert found == [
        (
            PARAPHRASE,
            "two administration officials",
            "",
            "The budget office has told agencies to prepare contingency plans",
        )
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Secretary of State Marco Rubio, according to a State Department readout, told Netanyahu that the US "
        "supported Israel's right to defend itself.",
        "Secretary of State Marco Rubio, according to the readout, also said the US supported Israel's right to "
        "defend itself.",
    ],
)
def test_a_source_set_between_the_subject_and_its_verb_leaves_the_subject_speaking(sentence):
    assert read(sentence) == [
        (PARAPHRASE, "Marco Rubio", "Secretary of State", "the US supported Israel's right to defend itself")
    ]


def test_a_quote_then_a_name_and_a_long_post_between_commas_then_told_an_outlet():
    found = read(
        '"The wells are dry," Lina Haddad, a spokesperson for the UN children\'s agency in the region (UNICEF), '
        "told the BBC.",
        '"We need trucks now," she said, adding that the convoy had been stopped twice.',
    )
    assert found == [
        (
            DIRECT,
            "Lina Haddad",
            "spokesperson for the UN children's agency in the region (UNICEF)",
            "The wells are dry",
        ),
        (
            DIRECT,
            "Lina Haddad",
            "spokesperson for the UN children's agency in the region (UNICEF)",
            "We need trucks now",
        ),
        (
            PARAPHRASE,
            "Lina Haddad",
            "spokesperson for the UN children's agency in the region (UNICEF)",
            "the convoy had been stopped twice",
        ),
    ]


def test_a_question_quoted_then_who_asked_it_and_asked_elsewhere_is_no_speech():
    found = read(
        'Fatima Saleh, a teacher from Jabalia, said the school had closed. "Where will the children learn?" she asked.',
        "Minister Omar Zaki, when asked, would not give a date.",
        "Nobody answered the question the reporters asked.",
    )
    assert [(kind, speaker, text) for kind, speaker, _title, text in found] == [
        (PARAPHRASE, "Fatima Saleh", "the school had closed"),
        (DIRECT, "Fatima Saleh", "Where will the children learn?"),
    ]


def test_why_a_source_is_unnamed_after_the_verb_and_one_of_a_group_named_before():
    found = read(
        "The bank is close to a deal with the port authority, three people briefed on the talks said on Monday.",
        "The deal could be signed within weeks, one of the people said, speaking on condition of anonymity because "
        "the talks are private.",
        "Queues at the fuel station stretched for a kilometre, a local trader told the BBC, requesting anonymity for "
        "fear of arrest.",
    )
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [
        ("three people briefed on the talks", "The bank is close to a deal with the port authority"),
        ("three people briefed on the talks", "The deal could be signed within weeks"),
        ("local trader", "Queues at the fuel station stretched for a kilometre"),
    ]


def test_a_person_named_before_praises_saying_and_a_company_does_not():
    found = read(
        "Head coach Pablo Ortega said the draw was fair.",
        "The Argentine praised his goalkeeper, saying the youngster had kept them in the game.",
        "She thanked the fans, saying the club owed them everything.",
        "The club welcomed the ruling, saying it was fair.",
    )
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [
        ("Pablo Ortega", "the draw was fair"),
        ("Pablo Ortega", "the youngster had kept them in the game"),
        ("Pablo Ortega", "the club owed them everything"),
    ]


def test_a_call_made_in_a_clause_of_time_or_after_a_deed_is_the_named_doers():
    found = read(
        "Shops stayed shut across the city on Monday, with trade expected to suffer for weeks after opposition "
        "leader Nadia Karim called on her supporters to strike.",
        "President Samir Haddad, who is seeking a third term, cast his vote in Tunis and urged citizens to turn out.",
    )
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [
        ("Nadia Karim", "her supporters to strike"),
        ("Samir Haddad", "citizens to turn out"),
    ]


def test_telling_someone_that_after_a_deed_is_the_doers_statement():
    assert read(
        "Opposition leader Tamara Voss asked the electoral board on Friday to order a recount, telling its members "
        "that thousands of ballots had gone uncounted."
    ) == [(PARAPHRASE, "Tamara Voss", "Opposition leader", "thousands of ballots had gone uncounted")]

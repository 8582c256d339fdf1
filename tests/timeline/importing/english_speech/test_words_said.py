"""Where the words said start and end in English wire copy: a reported clause, a participle that goes on (", adding
that ..."), a second speaker, a trailing source and the writer's own narration cut from them.
Sentences written for these tests in the manner of wire services and UN briefings."""

import pytest

from tests.timeline.importing.reading import read
from timeline.importing.parsed import DIRECT, PARAPHRASE


def test_a_participle_adds_a_statement():
    found = read("Finance Minister Mohammed al-Jadaan said growth would slow, adding that the deficit was manageable.")
    assert found == [
        (PARAPHRASE, "Mohammed al-Jadaan", "Finance Minister", "growth would slow"),
        (PARAPHRASE, "Mohammed al-Jadaan", "Finance Minister", "the deficit was manageable"),
    ]


def test_a_participle_after_a_trailing_said_goes_on_with_the_same_speaker():
    found = read(
        "The border crossing will reopen on Sunday, Interior Minister Karim Haddad said, adding that "
        "trucks carrying aid would go first."
    )
    assert [(speaker, text.lower()) for _kind, speaker, _title, text in found] == [
        ("Karim Haddad", "the border crossing will reopen on sunday"),
        ("Karim Haddad", "trucks carrying aid would go first"),
    ]


def test_things_done_are_not_words_said_but_what_follows_is():
    found = read(
        "Chilean President Gabriel Boric declared a state of catastrophe in the region and told reporters the army "
        "would help evacuate the coast.",
        "Daniel Okoro, 38, of Croydon, admitted fraud and was remanded in custody.",
        "Queen Margrethe has declared a day of mourning, the palace said in a statement carried by the Ritzau agency.",
    )
    # The palace's words are kept for the editor, with no speaker: a palace is not a person, nor is the queen who acted.
    assert found == [
        (PARAPHRASE, "Gabriel Boric", "Chilean President", "the army would help evacuate the coast"),
        (PARAPHRASE, None, "", "Queen Margrethe has declared a day of mourning"),
    ]


def test_a_second_attribution_and_a_trailing_source_end_the_words():
    found = read(
        "Kenyan President William Ruto met opposition leaders on Monday.",
        "Ruto said the tax bill would be shelved, but the top Kenyan official also said spending cuts were coming.",
        "A senior NATO official said the exercise would go ahead in May, according to two people briefed on the plan.",
    )
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [
        ("William Ruto", "the tax bill would be shelved"),
        ("William Ruto", "spending cuts were coming"),
        ("senior NATO official", "the exercise would go ahead in May"),
    ]


def test_an_occasion_between_the_quote_s_speaker_and_what_they_added():
    found = read('"We will rebuild every house," Boric said in a televised address, adding that aid was on its way.')
    assert [(kind, text) for kind, _speaker, _title, text in found] == [
        (DIRECT, "We will rebuild every house"),
        (PARAPHRASE, "aid was on its way"),
    ]


def test_a_company_reporting_figures_and_a_quote_told_to_reporters_somewhere():
    found = read(
        "OSLO: Equinor reported a 20 percent fall in quarterly profit, citing lower gas prices.",
        "Equinor said in a statement it would keep its dividend unchanged.",
        "Chief executive Anders Opedal said the company would cut costs.",
        '"We are not done yet," he told reporters in Stavanger, promising further savings in the autumn.',
    )
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [
        (None, "it would keep its dividend unchanged"),  # the company's words, left for the editor
        ("Anders Opedal", "the company would cut costs"),
        ("Anders Opedal", "We are not done yet"),
        ("Anders Opedal", "further savings in the autumn"),
    ]


def test_what_the_speaker_went_on_to_say_or_do_ends_the_words():
    found = read(
        "Mayor Lena Park said the bridge would reopen in May, and vowed that tolls would not rise.",
        "Prime Minister Jonas Gahr Store said the talks had been useful, and offered Norway's help as a venue.",
        "The spokesman said the Secretary-General was alarmed by the shelling and called for an immediate truce.",
    )
    assert [text for _kind, _speaker, _title, text in found] == [
        "the bridge would reopen in May",
        "tolls would not rise",
        "the talks had been useful",
        "the Secretary-General was alarmed by the shelling and called for an immediate truce",
    ]


def test_announcing_a_thing_is_not_saying_words():
    found = read("Health Minister Alan Jones announced a review of waiting lists after a meeting with surgeons.")
    assert found == []


def test_a_second_speaker_named_between_commas_after_and():
    found = read(
        "The Red Cross said it had reached the valley, and its head of delegation, Marta Oyelaran, said the road "
        "was still blocked in two places."
    )
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [
        (None, "it had reached the valley"),
        ("Marta Oyelaran", "the road was still blocked in two places"),
    ]


def test_an_occasion_then_a_participle_after_a_trailing_speaker():
    found = read(
        "Two ferries sank off the coast overnight, Transport Minister Budi Santoso said in a televised address, "
        "warning that more boats were missing."
    )
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [
        ("Budi Santoso", "Two ferries sank off the coast overnight"),
        ("Budi Santoso", "more boats were missing"),
    ]


def test_the_writers_comment_after_the_words_is_not_the_words():
    [(_kind, _speaker, _title, text)] = read(
        "President Ana Ruiz said foreign observers were welcome at the count, in a rare gesture from a government that "
        "has expelled monitors before."
    )
    assert text == "foreign observers were welcome at the count"


def test_calling_on_and_a_long_title_before_a_deed_then_saying():
    found = read(
        "The UN Special Rapporteur on the right to food, Amara Okafor, on Monday condemned the blockade, saying "
        "children were already starving.",
        '"There is no time left," she said, calling on donors to release funds at once.',
    )
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [
        ("Amara Okafor", "children were already starving"),
        ("Amara Okafor", "There is no time left"),
        ("Amara Okafor", "donors to release funds at once"),
    ]


def test_the_writers_clause_after_a_closing_quotation_is_not_the_words():
    [(_kind, speaker, _title, text)] = read(
        'Health Minister Tomas Varga on Friday said the wards were "close to breaking point", as flu cases doubled.'
    )
    assert (speaker, text) == ("Tomas Varga", 'the wards were "close to breaking point"')


@pytest.mark.parametrize(
    "paragraph", ["Officials have said little about the talks.", "The minister said nothing about the budget."]
)
def test_saying_little_or_nothing_is_no_statement(paragraph):
    assert read(paragraph) == []


def test_nothing_that_opens_a_clause_is_a_statement():
    assert [text for *_rest, text in read("Minister Ana Ruiz said nothing about the budget would change.")] == [
        "nothing about the budget would change"
    ]


def test_a_source_at_the_end_of_reported_words_is_not_the_words():
    [(_kind, _speaker, title, text)] = read(
        "The crown prince told the visiting envoy that the kingdom wanted a lasting deal, the state news agency said."
    )
    assert (title, text) == ("crown prince", "the kingdom wanted a lasting deal")


@pytest.mark.parametrize(
    "after",
    [
        "a claim the opposition disputes",
        "days after the opposition rejected it",
        "echoing comments by the president",
        "without giving details",
        "in comments broadcast on state television",
        "but did not say when it would start",
        "amid protests in the capital",
        "speaking at a conference in Valencia",
    ],
)
def test_the_writers_clause_after_reported_words_is_not_the_words(after):
    assert read(f"Minister Ana Ruiz said the plan would cut costs, {after}.") == [
        (PARAPHRASE, "Ana Ruiz", "Minister", "the plan would cut costs")
    ]


@pytest.mark.parametrize("joining", [", while", ", whereas", ", and"])
def test_a_second_speaker_by_post_and_name_after_a_comma_and_a_conjunction(joining):
    found = read(
        f"Police spokesman Amir Latif said nine suspects had been held{joining} Deputy Commissioner Sara Qazi said "
        "the curfew would stay in place."
    )
    assert found == [
        (PARAPHRASE, "Amir Latif", "Police spokesman", "nine suspects had been held"),
        (PARAPHRASE, "Sara Qazi", "Deputy Commissioner", "the curfew would stay in place"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police confirmed the arrest of two men.",
        "The army denied the report.",
        "Residents recalled the floods of 1988.",
    ],
)
def test_confirmed_denied_recalled_with_a_thing_are_deeds(sentence):
    assert read(sentence) == []


def test_confirmed_that_is_still_said():
    assert read("Police spokesman Ali Haidar confirmed that two men had been arrested.") == [
        (PARAPHRASE, "Ali Haidar", "Police spokesman", "two men had been arrested")
    ]


def test_where_the_words_were_said_after_them_is_the_writers():
    found = read(
        'Chancellor Felix Brandt said Germany must "stand on its own feet," in a speech to parliament.',
        "Governor Ama Owusu pledged that every school would reopen by March, during a visit to the flooded district.",
    )
    assert [text for _kind, _speaker, _title, text in found] == [
        'Germany must "stand on its own feet,"',
        "every school would reopen by March",
    ]


def test_a_verb_of_state_after_a_quotation_goes_on_with_the_reported_clause():
    [(_kind, _speaker, _title, text)] = read(
        'Trade Minister Ola Berg said the port had "never been busier" and expected traffic to double by 2030.'
    )
    assert text == 'the port had "never been busier" and expected traffic to double by 2030'
    [(_kind, _speaker, _title, text)] = read('Mayor Tom Reid said the budget was "a disgrace" and called for a vote.')
    assert text == 'the budget was "a disgrace"'


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "Al-Nassr coach Luis Ortega admitted his team had switched off after the second goal.",
            "his team had switched off after the second goal",
        ),
        ("Prime Minister Keir Starmer announced he would step down in the spring.", "he would step down in the spring"),
        ("Opposition leader Sara Haddad claimed the vote had been rigged.", "the vote had been rigged"),
    ],
)
def test_a_verb_of_acts_with_a_clause_after_it_reports_words(sentence, text):
    # "admitted his team had ...": a subject and its own verb after "admitted" are words said, without their "that"
    [(kind, _speaker, _title, found)] = read(sentence)
    assert (kind, found) == (PARAPHRASE, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Opposition leader Sara Haddad denied the report.",
        "Opposition leader Sara Haddad claimed responsibility for the attack, which was the third this year.",
        "Police chief Omar Said confirmed the arrest of three men who had crossed the border.",
    ],
)
def test_a_verb_of_acts_with_its_object_reports_nothing(sentence):
    assert read(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Ahmed Belkacem insisted, however, that Algeria would not accept the lists.",
        "Foreign Minister Ahmed Belkacem said, for his part, that Algeria would not accept the lists.",
        "Foreign Minister Ahmed Belkacem stressed, once again, that Algeria would not accept the lists.",
    ],
)
def test_a_word_of_the_writers_between_the_verb_and_that_is_no_part_of_the_words(sentence):
    assert read(sentence) == [(PARAPHRASE, "Ahmed Belkacem", "Foreign Minister", "Algeria would not accept the lists")]


@pytest.mark.parametrize(
    "source",
    ["the Jordan News Agency, Petra, reported", "the official news agency, SPA, said", "the state agency reported"],
)
def test_a_source_named_between_commas_at_the_end_is_not_the_words(source):
    # '..., the Jordan News Agency, Petra, reported': the agency and its name vouch for the report
    found = read(f"Foreign Minister Sameh Fathy said Egypt would keep working for a deal, {source}.")
    assert found == [(PARAPHRASE, "Sameh Fathy", "Foreign Minister", "Egypt would keep working for a deal")]


def test_a_second_speaker_after_but_or_and_ends_the_first_ones_words():
    found = read(
        "Finance Minister Rami Aziz said the budget would pass, but Western economists cautioned that the deficit "
        "would grow.",
        "Governor Lina Odeh has said that the road would reopen, and her office said on Monday the works had ended.",
        "Envoy Karim Said said Oman, Kuwait and the UAE had agreed that the corridor would stay open.",
    )
    assert [(speaker, text) for _kind, speaker, _title, text in found if speaker] == [
        ("Rami Aziz", "the budget would pass"),
        ("Western economists", "the deficit would grow"),
        ("Lina Odeh", "the road would reopen"),
        ("Karim Said", "Oman, Kuwait and the UAE had agreed that the corridor would stay open"),
    ]


def test_a_second_verb_of_saying_joined_by_and_after_a_comma_is_the_same_speakers():
    found = read(
        "Economist Hana Ibrahim argued that the central bank would hold rates in June, and predicted that inflation "
        "would ease by the autumn."
    )
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [
        ("Hana Ibrahim", "the central bank would hold rates in June"),
        ("Hana Ibrahim", "inflation would ease by the autumn"),
    ]

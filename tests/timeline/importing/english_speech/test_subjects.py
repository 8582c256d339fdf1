"""Who an English subject names: a person with a title, an unnamed speaker or group, a reference back to someone named
before (a pronoun, a post, an age, a nationality), or a company, a body, a capital or a document that is no one.
Sentences written for these tests in the manner of wire services and UN briefings."""

import pytest

from tests.timeline.importing.reading import read
from timeline.importing.attribution import Attribution
from timeline.importing.parsed import DIRECT, PARAPHRASE


def test_pronouns_and_titles_refer_back_and_never_become_people():
    found = read(
        "Russian Foreign Minister Sergei Lavrov said Moscow was ready for talks.",
        "He also said sanctions would not change Russia's course.",
        "The Russian foreign minister added that a meeting could take place in Istanbul.",
        "A senior State Department official said Washington would respond in writing.",
        "The official said the reply would be sent next week.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == [
        "Sergei Lavrov",
        "Sergei Lavrov",
        "Sergei Lavrov",
        "senior State Department official",
        "senior State Department official",
    ]


def test_narration_and_institutions_are_not_people():
    assert read("Talks are due to resume in Doha next week.") == []
    [statement] = Attribution().statements("The ministry said in a statement that 12 people were injured.", 1)
    assert statement.speaker is None
    assert statement.text == "12 people were injured"


def test_a_long_occasion_before_the_speaker_is_not_the_speaker():
    found = read(
        "Foreign Minister Hakan Fidan said the ceasefire had to hold.",
        "Speaking at a news conference after hosting his counterparts from five Gulf states in Istanbul, Fidan said "
        "the second phase should start without delay.",
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        ("Hakan Fidan", "Foreign Minister"),
        ("Hakan Fidan", "Foreign Minister"),
    ]


def test_a_speaker_line_with_a_relative_clause_names_the_speaker():
    found = read(
        "Conservative MP Danny Kruger, who led the opposition to the bill, said:",
        '"We will come to regret this."',
    )
    assert [(kind, speaker, title) for kind, speaker, title, _text in found] == [
        (DIRECT, "Danny Kruger", "Conservative MP")
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        '"The strikes will continue until the threat is gone," a joint communique issued by the three allies said.',
        "Inflation fell to 2.1% in March, according to a Reuters poll of economists published on Monday.",
        "At least 40 people died in the floods, according to an AP count based on hospital records and police.",
    ],
)
def test_a_document_or_a_count_is_no_one(paragraph):
    for statement in Attribution().statements(paragraph, 1):
        assert statement.speaker is None, statement.speaker


def test_an_unnamed_speaker_keeps_where_they_are_from_when_nothing_else_tells_them_apart():
    found = read(
        "“We slept in the car for three nights,” said one farmer from Valencia.",
        "A nurse in Kharkiv, who asked not to be named, told Reuters: “The generators run for four hours a day.”",
        "A senior European diplomat in Brussels said the package would be approved next week.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == [
        "farmer from Valencia",
        "nurse in Kharkiv",
        "senior European diplomat",
    ]


def test_a_list_of_names_inside_a_title_stays_in_the_title():
    [(_kind, speaker, title, text)] = read(
        "Abu Dhabi: Shops must display prices in dirhams from January, Khalid Al Marri, Director of the Department "
        "of Economy, Tourism, Culture and Consumer Protection, said on Monday."
    )
    assert (speaker, text) == ("Khalid Al Marri", "Shops must display prices in dirhams from January")
    assert title == "Director of the Department of Economy, Tourism, Culture and Consumer Protection"


def test_the_top_diplomat_is_the_foreign_minister_of_that_country():
    found = read(
        "Turkish Foreign Minister Hakan Fidan met his Egyptian counterpart Badr Abdelatty in Ankara.",
        "Fidan said the two countries would coordinate aid to Gaza.",
        "Egypt's Foreign Minister Badr Abdelatty said the crossings must stay open.",
        "'We will not accept the displacement of Palestinians,' the top Egyptian diplomat said.",
    )
    assert [(kind, speaker) for kind, speaker, _title, _text in found] == [
        (PARAPHRASE, "Hakan Fidan"),
        (PARAPHRASE, "Badr Abdelatty"),
        (DIRECT, "Badr Abdelatty"),
    ]
    assert found[-1][3] == "We will not accept the displacement of Palestinians"


def test_sport_copy_calls_the_last_speaker_by_age_or_country():
    found = read(
        'Rebecca Peterson, the sixth seed, said she had "nothing left" after the semi-final.',
        '"It was the hardest match of my season," the 29-year-old Swede said.',
        '"She deserved to win," the Swede said of her opponent.',
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["Rebecca Peterson"] * 3


def test_a_title_with_the_body_it_serves_and_no_doing_words():
    found = read(
        "Khalid Al Mansoori, Chairman and Managing Director, Gulf Ports Authority, said volumes rose 12 percent.",
        "Marco Reus, playing his last home match, said the fans had carried the team.",
    )
    assert [title for _kind, _speaker, title, _text in found] == [
        "Chairman and Managing Director, Gulf Ports Authority",
        "",
    ]


def test_companies_named_by_what_they_are_and_what_follows_from_them():
    found = read(
        "Blackouts have eased for a third week, state utility Eskom said on Tuesday.",
        "Chipmaker Nvidia said its revenue had doubled.",
        "Meta said it would appeal, arguing in a statement that the fine was disproportionate.",
    )
    # the utility's words are not even kept (a trailing attribution that names no one); the others wait for an editor
    assert [speaker for _kind, speaker, _title, _text in found] == [None, None, None]


def test_a_company_or_body_named_by_its_apposition_or_its_head_noun_is_no_one():
    found = read(
        "Vodacom, the country's second-largest operator, said separately that it would lower data prices in March.",
        "The United Nations Development Programme warned that its funding would fall by a third next year.",
        "Tigo, a mobile group owned by Millicom, said it had restored service in the capital.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == [None, None, None]
    # A person's post with an employer after it is still a post.
    [(_kind, speaker, title, _text)] = read(
        "Grace Mwangi, chief economist at Kilimo Bank, said the harvest would lift growth."
    )
    assert (speaker, title) == ("Grace Mwangi", "chief economist at Kilimo Bank")


def test_at_least_is_a_number_not_a_place_and_a_platform_is_where_it_was_said():
    [(_kind, speaker, title, text)] = read(
        "At least nine people were hurt in the blast in Lviv, Andriy Sadovyi, the city's mayor, said on Telegram."
    )
    assert (speaker, title, text) == (
        "Andriy Sadovyi",
        "city's mayor",
        "At least nine people were hurt in the blast in Lviv",
    )


@pytest.mark.parametrize(
    ("paragraph", "description"),
    [
        (
            "Economists at a Nairobi think tank said the shilling would weaken further.",
            "Economists at a Nairobi think tank",
        ),
        ("Doctors in the eastern city said the hospital had run out of oxygen.", "Doctors in the eastern city"),
    ],
)
def test_a_plural_of_people_before_where_they_are_is_an_unnamed_group(paragraph, description):
    [statement] = Attribution().statements(paragraph, 1)
    assert statement.speaker.is_anonymous
    assert statement.speaker.label == description


def test_a_subject_with_its_apposition_before_said_is_still_the_speaker():
    assert read("Li Wen, deputy head of the port authority, said the channel would be dredged.") == [
        (PARAPHRASE, "Li Wen", "deputy head of the port authority", "the channel would be dredged")
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Harbour Freight Lines said it would add two ships to its Gulf route.",
        "Northwind Energy Partners said its profit had doubled.",
        "Kestrel Ratings said the outlook for the sovereign remained stable.",
        "Harrod's said the store would stay open late.",
    ],
)
def test_a_company_or_a_body_is_no_person(paragraph):
    [statement] = Attribution().statements(paragraph, 1)
    assert statement.speaker is None


def test_a_clause_of_time_before_the_speaker_is_no_part_of_it():
    found = read(
        "Finance Minister Maria Lopez presented the budget.",
        'When pressed on the timing, she replied that it was "a matter of weeks".',
    )
    assert found[-1] == (PARAPHRASE, "Maria Lopez", "Finance Minister", 'it was "a matter of weeks"')


def test_a_lawmakers_party_and_state_after_the_name_and_an_american_title():
    assert read('Rep. Carla Mendes (D-Ariz.) said the bill would "gut water rights."') == [
        (PARAPHRASE, "Carla Mendes", "Rep.", 'the bill would "gut water rights."')
    ]
    assert read("Alderwoman Joy Baptiste said the vote would be close.") == [
        (PARAPHRASE, "Joy Baptiste", "Alderwoman", "the vote would be close")
    ]


@pytest.mark.parametrize(("post", "initials"), [("Water Cabinet Secretary", "CS"), ("Director-General", "DG")])
def test_a_post_by_its_initials_refers_back_to_who_holds_it(post, initials):
    found = read(
        f"{post} Amina Bello said the agency had hired 200 engineers.",
        f"Speaking in Kisumu, the {initials} said more would follow next year.",
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [("Amina Bello", post)] * 2


def test_initials_no_one_holds_as_a_post_find_no_one():
    found = read(
        "Director-General Amina Bello said the agency had hired 200 engineers.", "The PS said more would follow."
    )
    assert found[1][1] is None


@pytest.mark.parametrize("members", ["comprising Chief Justice Ravi Kant and Justice Lata Iyer", "headed by Omar Said"])
def test_the_members_of_a_body_that_spoke_are_not_its_speaker(members):
    [(_kind, speaker, _title, text)] = read(f"The Bench, {members}, said the State had failed to act.")
    assert (speaker, text) == (None, "the State had failed to act")


@pytest.mark.parametrize("pronoun", ["Others", "Both", "Many", "Each", "Everyone", "Nobody"])
def test_a_pronoun_of_quantity_is_no_person(pronoun):
    assert all(speaker is None for _kind, speaker, _title, _text in read(f"{pronoun} said the bridge was unsafe."))


def test_a_one_word_name_a_companys_words_opened_with_is_a_company_later():
    found = read(
        "Zephyra will open a second factory in Pune next year, the carmaker said on Monday.",
        "Zephyra said the factory would employ 3,000 people.",
        "Chief Executive Mira Das said the company had no debt.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == [None, None, "Mira Das"]


def test_where_a_judges_words_stand_is_no_post_and_an_advocate_is_one():
    assert read("Justice R.K. Menon, in her dissent, said the law was arbitrary.") == [
        (PARAPHRASE, "R.K. Menon", "Justice", "the law was arbitrary")
    ]
    assert read("Senior Advocate Farah Qadri, appearing for the petitioners, argued that the levy was unlawful.") == [
        (PARAPHRASE, "Farah Qadri", "Senior Advocate", "the levy was unlawful")
    ]


def test_a_party_and_state_between_commas_is_no_name():
    assert read("Rep. Carla Nunez, D-Ariz., said the bill would not reach the floor before July.") == [
        (PARAPHRASE, "Carla Nunez", "Rep.", "the bill would not reach the floor before July")
    ]


@pytest.mark.parametrize("group", ["Campaigners", "Protesters", "Parents outside the school", "Farmers"])
def test_people_by_what_they_do_in_the_plural_are_unnamed(group):
    [(kind, speaker, _title, _text)] = read(f"{group} said the council had ignored them for years.")
    assert (kind, speaker) == (PARAPHRASE, group)


@pytest.mark.parametrize(
    "body",
    ["The Coastal Fishers Alliance", "The Riverside Tenants Forum", "The Northern Growers Federation", "Ottawa"],
)
def test_a_body_or_a_capital_speaking_is_no_person(body):
    assert [speaker for _kind, speaker, _title, _text in read(f"{body} said the levy was unlawful.")] == [None]


def test_one_person_close_to_a_body_is_the_person():
    assert read("One person close to the board said the vote had been delayed.") == [
        (PARAPHRASE, "person close to the board", "", "the vote had been delayed")
    ]


def test_a_courtesy_title_keeps_a_person_whose_post_ends_in_a_body_word():
    assert read('"We are behind on boosters," says Dr. Ana Ruiz, the health authority for Pima County.') == [
        (DIRECT, "Ana Ruiz", "health authority for Pima County", "We are behind on boosters")
    ]


def test_a_nickname_in_quotation_marks_and_a_party_in_brackets_are_no_part_of_the_name():
    assert read('Striker Ahmed "Hamada" Salem said the team was ready for the final.') == [
        (PARAPHRASE, "Ahmed Salem", "Striker", "the team was ready for the final")
    ]
    assert read("Opposition MK Dana Levi (Labor) said the budget would not pass.") == [
        (PARAPHRASE, "Dana Levi", "Opposition MK", "the budget would not pass")
    ]


def test_a_post_given_only_after_the_speaker_was_named_without_one():
    found = read(
        "Marta Silva insisted her side were still in the race after a 3-0 defeat.",
        '"We have come back before," the Rovers manager told reporters.',
    )
    assert found[1] == (DIRECT, "Marta Silva", "Rovers manager", "We have come back before")
    # (an unnamed speaker before is no one's post)
    found = read("Residents said the water was still rising.", '"Help is coming," the mayor told reporters.')
    assert found[1][1] is None


@pytest.mark.parametrize(
    "aside",
    ["of Ohio", "from New Hampshire", "a Democrat", "a Republican", 'known as "Mido"', "also known as Big Joe"],
)
def test_where_from_which_party_and_what_called_are_no_post(aside):
    assert read(f"Gov. Ruth Okafor, {aside}, said the state would sue.") == [
        (PARAPHRASE, "Ruth Okafor", "Gov.", "the state would sue")
    ]


@pytest.mark.parametrize("group", ["Delegates", "Lawmakers", "Candidates", "Envoys", "Delegates at the summit"])
def test_members_of_a_meeting_or_a_body_in_the_plural_are_unnamed(group):
    [statement] = Attribution().statements(f"{group} said the vote had been put off until March.", 1)
    assert statement.speaker.is_anonymous
    assert statement.speaker.label == group


@pytest.mark.parametrize(
    ("subject", "name", "title"),
    [
        ("Veterans Affairs Secretary Denis Hale", "Denis Hale", "Veterans Affairs Secretary"),
        ("Citizens Advice chief executive Clare Moran", "Clare Moran", "Citizens Advice chief executive"),
        ("Students for Fair Schools president Edward Blunt", "Edward Blunt", "Students for Fair Schools president"),
    ],
)
def test_a_body_named_by_a_plural_of_people_then_a_post_and_a_name_is_that_person(subject, name, title):
    [(_kind, speaker, read_title, _text)] = read(f"{subject} said the figures were worse than feared.")
    assert (speaker, read_title) == (name, title)


def test_a_verb_in_the_leading_phrase_is_not_the_attribution():
    assert read("In a video posted on Telegram, militia leader Omar Kass said his men would withdraw.") == [
        (PARAPHRASE, "Omar Kass", "militia leader", "his men would withdraw")
    ]


def test_a_body_named_after_a_speaker_without_a_post_takes_no_one():
    found = read(
        "Lena Moor said the ceasefire had not held.",
        "Save the Children said 40 children had been killed in the strikes.",
    )
    assert found[1][1] is None


def test_a_rank_in_a_post_and_a_players_description_refer_to_the_one_named():
    found = read(
        "World No. 3 Elena Kova beat Mia Stone 6-2 6-1 on Tuesday.",
        '"I served well," the teenager told reporters.',
        "The right-hander added that the wind had made it hard.",
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [("Elena Kova", "World No. 3")] * 2


def test_what_someone_was_does_not_replace_the_post_they_hold():
    found = read(
        "Sen. Ruth Calder said the bill would pass.",
        'Calder, a former insurance executive, added that the subsidies were "temporary from day one."',
    )
    assert [title for _kind, _speaker, title, _text in found] == ["Sen.", "Sen."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dodoma insists that the new levies are lawful.",
        "Windhoek said the new levies are lawful.",
        "The All India Muslim Personal Law Board said it would launch a nationwide protest.",
        "The Central Board of Revenue said the new levies are lawful.",
    ],
)
def test_a_capital_and_a_board_speaking_are_no_person(sentence):
    # An African or European capital speaks for its government as Ankara or Nairobi do; a board is a body.
    [(_kind, speaker, _title, _text)] = read(sentence)
    assert speaker is None


def test_a_board_before_a_post_and_a_name_is_the_post():
    [(_kind, speaker, title, _text)] = read("Board chairman Amit Rao said the plan was sound.")
    assert (speaker, title) == ("Amit Rao", "Board chairman")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Truckers at the Namanga border post said queues stretched for miles.", "Truckers at the Namanga border post"),
        (
            "Residents in the northern city of Kharkiv said the blasts shook their homes.",
            "Residents in the northern city of Kharkiv",
        ),
        ("A hospital doctor in the rebel-held town of Darkush said the blasts shook the ward.", "hospital doctor"),
        ("A joint statement issued by the governments said queues stretched for miles.", None),
        ("A post on the ministry's channel said queues stretched for miles.", None),
    ],
)
def test_a_document_word_in_where_people_are_is_no_document(sentence, speaker):
    # "post" names a document only as what speaks ("A post on X said"), not in where people are; people named by one
    # plural word keep where they are, or nothing would tell them from anyone else.
    [(_kind, found_speaker, _title, _text)] = read(sentence)
    assert found_speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Nasdaq-listed Grab said the levies were lawful.",
        "Dubai-based Emaar said the levies were lawful.",
        "State-run Petrobras said the levies were lawful.",
    ],
)
def test_a_body_after_where_it_is_listed_based_or_run_is_no_person(sentence):
    [(_kind, speaker, _title, _text)] = read(sentence)
    assert speaker is None


@pytest.mark.parametrize(
    "subject",
    [
        'Pakistan captain Mohammad Rizwan, known to fans as "Rizzy",',
        'Pakistan captain Mohammad Rizwan, known by his teammates as "Rizzy",',
        'Pakistan captain Mohammad Rizwan, popularly called "Rizzy",',
    ],
)
def test_what_someone_is_called_and_by_whom_is_no_post(subject):
    [(_kind, speaker, title, _text)] = read(f"{subject} said his side had let the nation down.")
    assert (speaker, title) == ("Mohammad Rizwan", "Pakistan captain")


@pytest.mark.parametrize(("demonym", "name"), [("Catalan", "Pep Guardiola"), ("Egyptian", "Mohamed Salah")])
def test_sport_copys_player_or_coach_by_country_is_the_one_just_named(demonym, name):
    found = read(
        f"Manchester City manager {name} said his side had been too passive.",
        f'"We have to be honest with ourselves," the {demonym} said.',
    )
    assert [speaker for _kind, speaker, _title, _text in found] == [name, name]


def test_a_name_with_which_after_it_is_a_things_and_teams_alone_are_no_one():
    found = read(
        "Sauber, which becomes Audi next year, said the team would test in Barcelona.",
        "Williams said Alex Albon would miss the next race with a wrist injury.",
        "Serena Williams said she would return to Wimbledon.",
        'Williams added that she felt "ready".',
    )
    assert [speaker for _kind, speaker, _title, _text in found] == [None, None, "Serena Williams", "Serena Williams"]


@pytest.mark.parametrize(
    ("subject", "name", "title"),
    [
        (
            "Senator Maria Delgado, the top Democrat on the Appropriations Committee,",
            "Maria Delgado",
            "top Democrat on the Appropriations Committee",
        ),
        (
            "Rep. Tom Hale, the ranking member on the House Intelligence Committee,",
            "Tom Hale",
            "ranking member on the House Intelligence Committee",
        ),
        ("Lina Saab, a member on the central bank's board,", "Lina Saab", "member on the central bank's board"),
    ],
)
def test_a_persons_place_on_a_body_is_a_post_not_a_body(subject, name, title):
    # 'X, the top Democrat on the ... Committee, said': the head noun stands before "on", so the person is no company
    found = read(f"{subject} said the offer left out the health subsidies.")
    assert found == [(PARAPHRASE, name, title, "the offer left out the health subsidies")]


def test_a_company_first_on_a_bourse_is_still_a_company():
    [(_kind, speaker, _title, _text)] = read(
        "Safaricom, the largest company on the Nairobi bourse, said profit rose 12%."
    )
    assert speaker is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A senior administration official who asked not to be named because he was not authorized to speak "
            "publicly said the list of countries could be revised.",
            "senior administration official",
        ),
        (
            "A diplomat who spoke on condition of anonymity because the talks were confidential said the list of "
            "countries could be revised.",
            "diplomat",
        ),
        (
            "Two bankers who requested that their names not be used because the matter is private said the list of "
            "countries could be revised.",
            "Two bankers",
        ),
    ],
)
def test_why_an_unnamed_source_is_unnamed_is_no_part_of_the_speaker(sentence, speaker):
    # However long the reason is, the statement stays and the description is who spoke
    assert read(sentence) == [(PARAPHRASE, speaker, "", "the list of countries could be revised")]


@pytest.mark.parametrize(
    "state", ["The Islamic Republic of Iran", "The Grand Duchy of Luxembourg", "Hong Kong of China"]
)
def test_a_states_long_name_is_no_person_at_work(state):
    [(_kind, speaker, _title, _text)] = read(f"{state} said the talks would resume.")
    assert speaker is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"We see no reason to move," said one Gulf-based analyst who declined to be named.', "Gulf-based analyst"),
        ('"We see no reason to move," a senior official who spoke on condition of anonymity said.', "senior official"),
        ('"We see no reason to move," said a diplomat who attended the meeting.', "diplomat who attended the meeting"),
    ],
)
def test_an_unnamed_source_is_described_without_why_it_is_unnamed(sentence, speaker):
    assert read(sentence) == [(DIRECT, speaker, "", "We see no reason to move")]


def test_a_name_set_after_a_leading_phrases_spokesperson_is_not_the_speaker():
    found = read(
        "UN Secretary-General António Guterres on Wednesday called on the parties to stop the fighting.",
        'In a statement issued by his spokesperson, Stéphane Dujarric, the Secretary-General said he was "appalled".',
        "Speaking to reporters, Stéphane Dujarric, the spokesman, said the convoy was waiting.",
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        ("António Guterres", "UN Secretary-General"),
        ("António Guterres", "UN Secretary-General"),
        ("Stéphane Dujarric", "spokesman"),
    ]


def test_the_nationality_and_position_of_a_player_named_before_is_that_player():
    found = read(
        "Mohamed Salah scored twice as Liverpool beat Everton 2-0 on Wednesday.",
        '"It\'s always special to score in this game," the Egyptian forward said.',
    )
    assert [(kind, speaker) for kind, speaker, _title, _text in found] == [(DIRECT, "Mohamed Salah")]


@pytest.mark.parametrize(
    ("sentence", "speaker", "title"),
    [
        (
            'Justice Sonia Sotomayor, in a dissent joined by two other justices, wrote that the ruling "guts" the law.',
            "Sonia Sotomayor",
            "Justice",
        ),
        (
            'Judge Amal Nasser, in a 40-page ruling issued late Tuesday, said the ruling "guts" the law.',
            "Amal Nasser",
            "Judge",
        ),
    ],
)
def test_where_the_words_stand_between_commas_is_no_post(sentence, speaker, title):
    assert read(sentence) == [(PARAPHRASE, speaker, title, 'the ruling "guts" the law')]


@pytest.mark.parametrize(
    "body",
    [
        "The Government of National Accord (GNA)",
        "Government of National Salvation",
        "The Ministry of Religious Endowments",
    ],
)
def test_a_body_named_with_of_and_an_adjective_is_no_person(body):
    found = read("Minister Rana Odeh arrived in the capital.", f"{body} said the border crossing would reopen.")
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [(None, "the border crossing would reopen")]


def test_a_post_at_a_body_named_with_of_keeps_its_holder():
    [(_kind, speaker, title, _text)] = read("Ministry of Water spokesman Haddad said the dam was full.")
    assert (speaker, title) == ("Haddad", "Ministry of Water spokesman")


@pytest.mark.parametrize("firms", ["Siemens and Alstom", "Nokia, Ericsson and Huawei"])
def test_firms_joined_by_and_are_no_post_of_the_person_named_before(firms):
    found = read("Chief executive Omar Nasser declined to comment.", f"{firms} said the tender was still open.")
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [(None, "the tender was still open")]


def test_a_long_aside_on_where_the_speaker_spoke_between_the_name_and_the_verb():
    [(_kind, speaker, title, text)] = read(
        "Foreign Minister Leila Nasser, speaking at a joint news conference with her Kenyan counterpart and the "
        "African Union's special envoy for the region in Nairobi, said the ceasefire was holding."
    )
    assert (speaker, title, text) == ("Leila Nasser", "Foreign Minister", "the ceasefire was holding")

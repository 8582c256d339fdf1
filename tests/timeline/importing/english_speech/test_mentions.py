"""People named in English narration without speaking yet ("Chinese President Xi Jinping held talks with ..."), known
by name, post or age to what follows; a paragraph that opens with someone is whom its "he" or "she" means.
Sentences written for these tests in the manner of wire services and UN briefings."""

from tests.timeline.importing.reading import read
from timeline.importing.attribution import Attribution
from timeline.importing.parsed import DIRECT, PARAPHRASE


def test_people_named_in_narration_are_known_to_what_follows():
    found = read(
        "BEIJING, May 16 (Xinhua) -- Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart "
        "Tokayev in the Great Hall of the People on Thursday.",
        "Xi said the two neighbours should widen cooperation on energy and transport corridors.",
        "The Kazakh president said his country valued what he called a time-tested friendship.",
        "He also said that a new rail crossing would open before the end of the year.",
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        ("Xi Jinping", "Chinese President"),
        ("Kassym-Jomart Tokayev", "Kazakh President"),
        ("Kassym-Jomart Tokayev", "Kazakh President"),
    ]


def test_a_name_in_narration_does_not_become_he_of_the_next_line():
    found = read(
        "Interior Minister Nancy Faeser said border checks would stay for six more months.",
        "The decision was welcomed by Bavarian Premier Markus Söder, whose state borders Austria.",
        "She added that the checks had stopped more than 50,000 irregular crossings.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["Nancy Faeser", "Nancy Faeser"]


def test_a_name_and_its_title_between_commas_in_narration_are_known_to_what_follows():
    found = read(
        "Rachel Reeves, the chancellor, set out £26bn of tax rises on Wednesday.",
        "“These are the right choices for working people,” Reeves told MPs.",
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [("Rachel Reeves", "chancellor")]


def test_she_said_after_a_paragraph_about_someone_is_that_person():
    found = read(
        "Health Minister Mark Holland said the clinics would open in March.",
        "Outside the clinic, Amira Haddad, whose mother waited nine months for surgery, handed out leaflets.",
        '"Nobody should wait that long," she said.',
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["Mark Holland", "Amira Haddad"]


def test_he_in_the_paragraph_that_opens_with_someone_is_that_person():
    found = read(
        'Our correspondent Lina Haddad said the count was "slow but calm".',
        "Grant Shapps, the defence secretary, has lost his seat. He told the count that the party had beaten itself.",
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        ("Lina Haddad", "correspondent"),
        ("Grant Shapps", "defence secretary"),
    ]


def test_a_post_given_only_now_belongs_to_the_person_the_paragraph_opened_with():
    attribution = Attribution()
    attribution.statements("Haiti's Prime Minister Ariel Henry said he would resign once a council was in place.", 1)
    attribution.new_bulletin()
    [statement] = attribution.statements(
        "Rishi Sunak has held Richmond and Northallerton. In a short speech at the count, the prime minister says "
        "Labour has won.",
        3,
    )
    assert (statement.speaker.label, statement.title) == ("Rishi Sunak", "prime minister")


def test_he_after_a_person_doing_something_in_narration_is_that_person():
    found = read(
        "Mayor Lena Voss said the bridge would reopen on Monday.",
        "Deputy Mayor Karl Brandt of Kiel abstained in the vote. He told reporters that the repairs had been rushed.",
    )
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [
        ("Lena Voss", "the bridge would reopen on Monday"),
        ("Karl Brandt", "the repairs had been rushed"),
    ]


def test_a_captain_named_in_narration_is_known_by_surname_after():
    found = read(
        "Kenya captain Otieno Wafula on Sunday praised the young squad after the win.",
        '"We grew up today," Wafula told reporters.',
    )
    assert found == [(DIRECT, "Otieno Wafula", "Kenya captain", "We grew up today")]


def test_a_post_with_of_and_named_in_narration_before_a_day_is_known_by_surname_after():
    found = read(
        "AMMAN - Minister of Energy and Mineral Resources Salma Qudah on Monday opened a solar plant near Maan.",
        "Qudah said that the plant would supply a tenth of the south's power, and its output would double by 2027.",
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        ("Salma Qudah", "Minister of Energy and Mineral Resources")
    ]


def test_two_people_joined_by_and_in_narration_are_no_post():
    found = read(
        "Lavrenko and U.S. Secretary of State Anna Blake met for an hour in a Geneva hotel.",
        "Blake said the talks had been useful.",
    )
    assert found[0][1] == "Anna Blake"  # (known by her full name from the narration, with her post alone)
    assert "Lavrenko" not in found[0][2]


def test_a_company_named_with_its_legal_form_is_no_person_by_its_first_word():
    found = read(
        "Corvana Inc. shares fell 4% after the recall was announced.",
        "Corvana said the recall would cost about $40 million.",
        "Chief Executive Lena Ortiz said the fault had been fixed.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == [None, "Lena Ortiz"]


def test_someone_named_in_narration_with_an_age_is_the_one_their_age_refers_to():
    found = read(
        "Kamala Dube, 31, won the 10,000m final on Sunday.",
        "The 31-year-old said she had dreamed of the title since she was a child.",
    )
    assert found == [(PARAPHRASE, "Kamala Dube", "", "she had dreamed of the title since she was a child")]


def test_a_counterpart_named_in_narration_is_known_by_name_without_a_post():
    found = read(
        "After talks with his Kenyan counterpart Musalia Odera in Nairobi, the minister left for Kampala.",
        "Odera, for his part, told reporters that its border posts would reopen.",
    )
    assert found == [(PARAPHRASE, "Musalia Odera", "", "its border posts would reopen")]


def test_he_after_narration_opening_with_a_post_in_lower_case_and_a_name_is_that_person():
    found = read(
        '"We were lucky," home team manager Tomas Berg said.',
        'Visiting goalkeeper coach Andre Silva was furious with the referee. "That was never a penalty," he said.',
        'Berg and striker Ivan Petrov walked off together. "We stay calm," he said.',
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["Tomas Berg", "Andre Silva", "Andre Silva"]


def test_an_athlete_named_in_narration_by_event_is_who_their_surname_means_later():
    found = read(
        "The sport's court on Friday upheld a two-year ban for Ethiopian marathon runner Tesfaye Bekele Alemu.",
        '"I will keep running," Alemu said in a statement.',
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        ("Tesfaye Bekele Alemu", "Ethiopian marathon runner")
    ]


def test_narration_by_surname_or_with_an_age_names_who_he_is_and_a_post_with_an_abbreviation():
    found = read(
        "Martin Keller Doyle, 61, a former treasurer of the Harbour Rowing Club, admitted fraud in March. "
        "U.K. Crown Court Judge Helen Marsh ordered him to repay the money.",
        '"You betrayed your friends," Marsh told Doyle.',
        "His lawyer, Owen Price, said his client was sorry.",
        'Doyle turned to the public gallery. "I let everyone down," he said.',
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        ("Helen Marsh", "U.K. Crown Court Judge"),
        ("Owen Price", "lawyer"),
        ("Martin Keller Doyle", "former treasurer of the Harbour Rowing Club"),
    ]


def test_how_a_player_came_on_between_commas_is_no_post_but_the_name_is_known():
    found = read(
        "Yusuf Demir, on as a late replacement, scored twice.",
        "Demir told reporters he had not expected to play.",
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [("Yusuf Demir", "")]


def test_the_player_is_the_athlete_of_the_bulletin_not_the_coach_who_spoke_after_him():
    found = read(
        "Brazilian striker Rafael Moura has been suspended for six matches after a red card on Sunday.",
        "Coach Luis Ortega said the club would not appeal.",
        '"I let my team down and I am sorry," the player wrote on Instagram.',
    )
    assert found[-1] == (DIRECT, "Rafael Moura", "Brazilian striker", "I let my team down and I am sorry")


def test_an_age_before_anyone_spoke_is_the_known_person_the_narration_named():
    attribution = Attribution()
    attribution.statements("Kenyan runner Daniel Kiprono Mutai said he would appeal the ban.", 1)
    attribution.new_bulletin()
    attribution.statements("The panel cleared former national champion Daniel Kiprono Mutai of wrongdoing.", 2)
    [statement] = attribution.statements("The 31-year-old said he had always been clean.", 3)
    # (with the post this bulletin's narration set before his name, not the one the earlier bulletin gave him)
    assert (statement.speaker.label, statement.title) == ("Daniel Kiprono Mutai", "former national champion")
    attribution.new_bulletin()
    attribution.statements("A tribunal on Monday halved the ban it had handed to Daniel Kiprono Mutai in May.", 2)
    [statement] = attribution.statements("The 31-year-old, who last raced in Boston, said he felt vindicated.", 3)
    assert (statement.speaker.label, statement.text) == ("Daniel Kiprono Mutai", "he felt vindicated")


def test_two_titled_people_named_in_narration_between_and_keep_their_own_posts():
    found = read(
        "Talks in Doha between Minister of Trade and Industry Sara Khalil and Omani Transport Minister Salim "
        "Al Harthy ended on Tuesday.",
        "The Omani minister said a rail link would be studied.",
        "Khalil said the two sides would meet again in June.",
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        ("Salim Al Harthy", "Omani Transport Minister"),
        ("Sara Khalil", "Minister of Trade and Industry"),
    ]


def test_a_name_before_and_is_no_part_of_the_next_persons_post():
    found = read(
        "Lavrenko and British Foreign Secretary Helen Marsh met in Vienna.",
        "The British foreign secretary said the talks were useful.",
    )
    assert found[0][1:3] == ("Helen Marsh", "British Foreign Secretary")

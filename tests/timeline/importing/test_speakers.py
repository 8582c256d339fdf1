import datetime

import pytest
from django.core.exceptions import ValidationError

from tests.factories import AnonymousPersonFactory, PersonFactory, RoleFactory
from timeline.importing.parsed import SpeakerMention
from timeline.importing.speakers import SpeakerDirectory
from timeline.models import Person

pytestmark = pytest.mark.django_db
DAY = datetime.date(2022, 1, 9)


def directory() -> SpeakerDirectory:
    return SpeakerDirectory(create_person=lambda **fields: Person.objects.create(**fields))


def test_names_are_found_whatever_the_spelling_and_by_latin_name_alias_or_unique_surname():
    blinken = PersonFactory(name="أنطوني بلينكن", name_latin="Antony Blinken")
    blinken.aliases.create(name="وزير الخارجية بلينكن")
    people = directory()
    for written in (
        "أنطوني بلينكن",
        "انطوني بلينكن",
        "Antony Blinken",
        "antony blinken",
        "بلينكن",
        "وزير الخارجية بلينكن",
    ):
        assert people.find(SpeakerMention(name=written)) == blinken, written


def test_anonymous_speakers_are_found_by_description_across_spellings():
    official = AnonymousPersonFactory(description="مسؤول كبير في الإدارة الأمريكية")
    assert directory().find(SpeakerMention(description="مسئول كبير في الادارة الامريكية")) == official


def test_a_shared_surname_is_ambiguous():
    first, second = PersonFactory(name="أحمد كمال"), PersonFactory(name="هدى كمال")
    people = directory()
    mention = SpeakerMention(name="كمال")
    assert people.find(mention) is None
    assert people.candidates(mention) == [first, second]
    assert people.resolve(mention, "", DAY) is None


def test_a_title_written_without_commas_is_split_from_a_known_name():
    blinken = PersonFactory(name="أنطوني بلينكن")
    resolved = directory().resolve(SpeakerMention(name="وزير الخارجية الأمريكي أنطوني بلينكن"), "", DAY)
    assert resolved.person == blinken
    assert resolved.role.title == "وزير الخارجية الأمريكي"
    assert not resolved.is_new


def test_an_unknown_speaker_is_created_once_and_then_found():
    people = directory()
    mention = SpeakerMention(name="ريم الساعدي")
    first = people.resolve(mention, "المتحدثة باسم الوزارة", DAY)
    again = people.resolve(SpeakerMention(name="الساعدي"), "", DAY)
    assert first.is_new
    assert again.person == first.person
    assert people.new_people == [first.person]
    assert [role.title for role in first.person.roles.all()] == ["المتحدثة باسم الوزارة"]


def test_without_a_title_the_role_held_that_day_is_used():
    person = PersonFactory(name="أنطوني بلينكن")
    RoleFactory(person=person, title="قديم", start_date=datetime.date(2010, 1, 1), end_date=datetime.date(2015, 1, 1))
    current = RoleFactory(person=person, title="وزير الخارجية", start_date=datetime.date(2021, 1, 26))
    people = directory()
    assert people.resolve(SpeakerMention(name="أنطوني بلينكن"), "", DAY).role == current
    assert people.resolve(SpeakerMention(name="أنطوني بلينكن"), "", datetime.date(2000, 1, 1)).role is None


def test_a_name_with_its_lineage_cut_short_finds_the_person_and_a_different_lineage_does_not():
    minister = PersonFactory(name="فيصل بن فرحان بن عبدالله")
    sheikh = PersonFactory(name="عبدالله بن زايد آل نهيان")
    people = directory()
    assert people.find(SpeakerMention(name="فيصل بن فرحان")) == minister
    assert people.find(SpeakerMention(name="عبد الله بن زايد")) == sheikh
    assert people.find(SpeakerMention(name="فيصل بن سلمان")) is None


@pytest.mark.parametrize("mention", [SpeakerMention(name="  "), SpeakerMention(description=" \t ")])
def test_a_speaker_with_neither_name_nor_description_is_refused_with_the_constraints_message(mention):
    # People are created without Django's constraint queries: this is the one rule a mention could break.
    rule = next(c for c in Person._meta.constraints if c.name == "person_named_or_described")
    with pytest.raises(ValidationError) as refused:
        directory().resolve(mention, "", DAY)
    assert refused.value.messages == [str(rule.violation_error_message)]
    assert not Person.objects.exists()


def test_a_word_alone_is_a_stored_person_only_in_a_bulletin_that_names_them_in_full():
    # "بيتيبه" sounds like the stored "كمال بوطيبة" (one skeleton), "حسين" is the stored "الطيب حسين"'s surname; but
    # the bulletin names someone else in full with that word: a new person, never the stored one.
    boutaiba, hussein = PersonFactory(name="كمال بوطيبة"), PersonFactory(name="الطيب حسين")
    people = directory()
    text = (
        "التقى الوزير وفداً برئاسة الدكتور ماركو بيتيبه، وقال بيتيبه إن الوفد سيعود.\n"
        "وأكد قائد الشرطة، اللواء حسين علي موسى، أن الطرق مغلقة. وأوضح اللواء حسين أن الفرق تعمل."
    )
    for word, stored in (("بيتيبه", boutaiba), ("حسين", hussein)):
        resolved = people.resolve(SpeakerMention(name=word), "", DAY, text)
        assert resolved.is_new
        assert resolved.person != stored
        assert resolved.person.name == word


def test_a_word_alone_is_still_the_stored_person_the_bulletin_names_in_full_in_any_spelling():
    blinken = PersonFactory(name="أنطوني بلينكن")
    guterres = PersonFactory(name="أنطونيو غوتيريش")
    people = directory()
    text = "قال وزير الخارجية الأمريكي أنطوني بلنكن إن ... ورحب الأمين العام أنطونيو غوتيريس بالاتفاق."
    assert people.resolve(SpeakerMention(name="بلنكن"), "", DAY, text).person == blinken
    assert people.resolve(SpeakerMention(name="غوتيريس"), "", DAY, text).person == guterres
    # Without a bulletin's text (a name an editor typed), a surname alone finds its one holder as before.
    assert directory().resolve(SpeakerMention(name="بلينكن"), "", DAY).person == blinken


def test_a_known_name_after_a_lineage_word_is_a_fathers_not_the_speaker_with_a_title():
    father = PersonFactory(name="سعيد المنصوري")
    resolved = directory().resolve(SpeakerMention(name="مريم بنت سعيد المنصوري"), "وزيرة الثقافة", DAY)
    assert resolved.is_new
    assert resolved.person != father
    assert resolved.person.name == "مريم بنت سعيد المنصوري"
    assert directory().resolve(SpeakerMention(name="حمد بن سعيد المنصوري"), "", DAY).person != father


def test_a_surname_alone_spelled_as_stored_is_still_that_person_in_a_follow_up():
    """A desk adding to a running story often writes the surname only ("وقال ترامب"): the stored person, when the
    word is their surname as stored and no common given name."""
    trump = PersonFactory(name="دونالد ترامب")
    othman = PersonFactory(name="الطيب عثمان")
    people = directory()
    text = "وقال ترامب للصحفيين إن المحادثات تتقدم. وأوضح عثمان أن الطرق مغلقة."
    assert people.resolve(SpeakerMention(name="ترامب"), "", DAY, text).person == trump
    resolved = people.resolve(SpeakerMention(name="عثمان"), "", DAY, text)
    assert resolved.person != othman  # a given name alone is no evidence of which عثمان
    assert resolved.is_new


def test_a_word_alone_is_the_person_its_own_bulletin_names_in_full_whatever_an_earlier_bulletin_made_of_it():
    """In one import, "عثمان" alone in a bulletin that names no one in full by it is a new person; in a later
    bulletin that names the stored "الطيب عثمان" in full, the same word is that stored person, not the first
    bulletin's reading of it."""
    othman = PersonFactory(name="الطيب عثمان")
    people = directory()
    first = "وأوضح عثمان أن الطرق مغلقة."
    later = "قال والي الخرطوم الطيب عثمان إن المعابر فتحت. وأضاف عثمان أن القوافل دخلت."
    created = people.resolve(SpeakerMention(name="عثمان"), "", DAY, first)
    assert created.is_new
    assert created.person != othman
    resolved = people.resolve(SpeakerMention(name="عثمان"), "", DAY, later)
    assert resolved.person == othman
    assert not resolved.is_new
    # and the first bulletin's عثمان is still the one a bulletin naming no one in full goes on with
    assert people.resolve(SpeakerMention(name="عثمان"), "", DAY, first).person == created.person


def test_a_given_and_family_name_with_the_same_post_is_the_person_this_import_named_in_full():
    people = directory()
    full = people.resolve(SpeakerMention(name="هشام عادل القليوبي"), "محامي المتهمة الأولى", DAY)
    # a later bulletin drops the middle name and gives the same post: the same lawyer
    again = people.resolve(SpeakerMention(name="هشام القليوبي"), "محامي المتهمة الأولى", DAY)
    assert again.person == full.person
    assert not again.is_new
    # with another post, or none, the two names may be someone else's
    other = people.resolve(SpeakerMention(name="هشام القليوبي"), "رئيس نادي القضاة", DAY)
    assert other.person != full.person
    assert people.resolve(SpeakerMention(name="هشام سامي القليوبي"), "", DAY).person != full.person


def test_a_given_and_family_name_is_not_someone_stored_before_the_import():
    stored = PersonFactory(name="لمياء فؤاد الخطيب")
    RoleFactory(person=stored, title="سفيرة")
    resolved = directory().resolve(SpeakerMention(name="لمياء الخطيب"), "سفيرة", DAY)
    assert resolved.person != stored
    assert resolved.is_new

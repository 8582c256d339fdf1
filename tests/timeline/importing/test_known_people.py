"""Which person a name means, among the people a chronology has named so far."""

from __future__ import annotations

from timeline.importing.known_people import KnownPeople
from timeline.importing.parsed import SpeakerMention


def _known(*names: str) -> tuple[KnownPeople, list[SpeakerMention]]:
    people, mentions = KnownPeople(), []
    for name in names:
        mention = SpeakerMention(name=name)
        people.add(mention)
        mentions.append(mention)
    return people, mentions


def test_a_surname_or_another_spelling_finds_the_person_named_in_full() -> None:
    people, (blinken, lavrov, guterres) = _known("أنطوني بلينكن", "سيرغي لافروف", "António Guterres")
    assert people.find("بلنكن", []) is blinken  # another desk's transliteration
    assert people.find("لافروف", []) is lavrov
    assert people.find("Guterres", []) is guterres
    assert people.find("Antonio Guterres", []) is guterres  # without the accent
    assert people.find("ماريا زاخاروفا", []) is None


def test_of_two_people_sharing_a_surname_the_bulletins_speaker_then_the_latest_named() -> None:
    people, (older, newer) = _known("Ahmed Hassan", "Mona Hassan")
    assert people.find("Hassan", []) is newer
    assert people.find("Hassan", [older]) is older


def test_a_fuller_name_given_later_is_found_by_its_new_words() -> None:
    people, (guterres,) = _known("غوتيريش")
    guterres.name = "أنطونيو غوتيريش"
    people.renamed(guterres)
    assert people.find("أنطونيو غوتيريش", []) is guterres
    assert people.find("أنطونيو", [guterres]) is guterres  # a first name, in the same bulletin


def test_lineages_and_generations_and_hyphenated_given_names() -> None:
    people, (faisal, brawner, cheung) = _known("فيصل بن فرحان بن عبدالله", "Romeo Brawner Jr.", "Karen Cheung Wai-ming")
    assert people.find("فيصل بن فرحان", []) is faisal
    assert people.find("Brawner", []) is brawner
    assert people.find("Cheung", []) is cheung


def test_someone_removed_is_no_longer_found_and_added_since_tells_who_is_new() -> None:
    people, (first,) = _known("Graham Tolley")
    mark = people.mark()
    second = SpeakerMention(name="Mark Tolley")
    people.add(second)
    assert people.added_since(mark, second)
    assert not people.added_since(mark, first)
    people.remove(second)
    assert people.find("Tolley", []) is first
    assert list(people) == [first]

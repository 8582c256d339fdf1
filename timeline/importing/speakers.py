"""Matching the speakers the importer reads in text to the people in the database.

`SpeakerDirectory` loads every person once and indexes them by spelling-folded name, Latin name, aliases, surname and
(for anonymous speakers) description, so that a whole chronology resolves with a query per new person or role,
not per statement.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ValidationError

from timeline.arabic import fold, name_key
from timeline.importing.parsed import SpeakerMention
from timeline.importing.person_names import LINEAGE_WORDS, is_given_name
from timeline.models import Person, PersonAlias, Role

_NAMED_OR_DESCRIBED = next(c for c in Person._meta.constraints if c.name == "person_named_or_described")


@dataclass
class ResolvedSpeaker:
    person: Person
    role: Role | None
    is_new: bool


def lineage_prefixes(key: str) -> list[str]:
    """The short forms an Arabic name with a lineage goes by: "محمد بن زايد" for "محمد بن زايد آل نهيان", "فيصل بن
    فرحان" for "فيصل بن فرحان بن عبدالله" (as name skeletons, where بن and آل are joined to the next word). A short
    form keeps the given name and at least one بن; what it drops starts with بن or آل/ال."""
    words = key.split()
    return [
        " ".join(words[:end])
        for end in range(2, len(words))
        if words[1].startswith("بن") and words[end].startswith(("بن", "ال"))
    ]


class SpeakerDirectory:
    def __init__(self, create_person: Callable[..., Person]) -> None:
        self._create_person = create_person
        self._people: dict[int, Person] = {}
        self._by_name: dict[str, set[int]] = defaultdict(set)
        self._by_surname: dict[str, set[int]] = defaultdict(set)
        self._by_key: dict[str, set[int]] = defaultdict(set)  # transliteration skeletons: بلنكن for بلينكن
        self._by_surname_key: dict[str, set[int]] = defaultdict(set)
        self._by_lineage_key: dict[str, set[int]] = defaultdict(set)  # فيصل بن فرحان for فيصل بن فرحان بن عبدالله
        self._by_ends_key: dict[str, set[int]] = defaultdict(set)  # ياسر الدمرداش for ياسر فتحي الدمرداش
        self._by_description: dict[str, int] = {}
        self._names: dict[int, list[str]] = defaultdict(list)  # each person's names and aliases, folded
        self._roles: dict[int, list[Role]] = {}
        self._resolved: dict[SpeakerMention, tuple[Person, bool]] = {}
        self._skeleton_of = ("", "")
        self.new_people: list[Person] = []
        for person in Person.objects.all():
            self._index(person)
        for alias in PersonAlias.objects.select_related("person"):
            self._index_name(alias.person, alias.name)

    # -- index

    def _index(self, person: Person) -> None:
        self._people[person.pk] = person
        if person.is_anonymous:
            self._by_description[fold(person.description)] = person.pk
            return
        for name in (person.name, person.name_latin):
            self._index_name(person, name)

    def _index_name(self, person: Person, name: str) -> None:
        folded = fold(name)
        if not folded:
            return
        if person.is_anonymous:
            self._by_description.setdefault(folded, person.pk)
            return
        self._by_name[folded].add(person.pk)
        self._names[person.pk].append(folded)
        self._by_surname[folded.split(" ")[-1]].add(person.pk)
        key = name_key(name)
        if key:
            self._by_key[key].add(person.pk)
            self._by_surname_key[key.split(" ")[-1]].add(person.pk)
            for prefix in lineage_prefixes(key):
                self._by_lineage_key[prefix].add(person.pk)
            words = key.split()
            if len(words) >= 3:
                self._by_ends_key[f"{words[0]} {words[-1]}"].add(person.pk)

    def _unique(self, ids: set[int]) -> Person | None:
        return self._people[next(iter(ids))] if len(ids) == 1 else None

    # -- lookups

    def find(self, mention: SpeakerMention) -> Person | None:
        """The one person the mention can mean, or None when there is none or more than one."""
        if mention.is_anonymous:
            pk = self._by_description.get(fold(mention.description))
            return self._people[pk] if pk else None
        folded, key = fold(mention.name), name_key(mention.name)
        if folded in self._by_name:
            return self._unique(self._by_name[folded])
        if key in self._by_key:
            return self._unique(self._by_key[key])
        if " " not in folded:
            return self._unique(self._by_surname.get(folded) or self._by_surname_key.get(key, set()))
        return self._unique(self._by_lineage_key.get(key, set()))

    def candidates(self, mention: SpeakerMention) -> list[Person]:
        """Everyone a named mention could mean: more than one when a surname or name is shared."""
        if mention.is_anonymous:
            return []
        folded, key = fold(mention.name), name_key(mention.name)
        ids = self._by_name.get(folded) or self._by_key.get(key)
        if not ids and " " not in folded:
            ids = self._by_surname.get(folded) or self._by_surname_key.get(key, set())
        ids = ids or set()
        return [self._people[pk] for pk in sorted(ids)]

    def split_title(self, mention: SpeakerMention) -> tuple[Person, str] | None:
        """ "وزير الخارجية أنطوني بلينكن" written without commas: a known name at the end, a title before it. A known
        name after بن/بنت/ابن/ولد is a father's: "عائشة بنت راشد الظاهري" is not "راشد الظاهري" titled "عائشة بنت"."""
        words = mention.name.split()
        for start in range(1, len(words)):
            if fold(words[start - 1]) in LINEAGE_WORDS:
                continue
            person = self._unique(self._by_name.get(fold(" ".join(words[start:])), set()))
            if person is not None:
                return person, " ".join(words[:start])
        return None

    # -- resolution

    def _skeleton(self, text: str) -> str:
        """The bulletin's text as name skeletons, padded to find whole names in it; kept for the bulletin's speakers."""
        if self._skeleton_of[0] != text:
            self._skeleton_of = (text, f" {name_key(text)} ")
        return self._skeleton_of[1]

    def _named_here(self, person: Person, text: str) -> bool:
        skeleton = self._skeleton(text)
        return any(f" {name_key(name)} " in skeleton for name in self._names[person.pk])

    def _named_in_full_here(self, mention: SpeakerMention, text: str) -> Person | None:
        """For a word alone ("عثمان"), the one stored person of that surname whom the bulletin names in full ("الطيب
        عثمان"), whatever the word meant in an earlier bulletin of the import: wire copy names a person in full where
        it first quotes them, and goes on by the surname."""
        folded = fold(mention.name)
        if mention.is_anonymous or " " in folded or not text:
            return None
        ids = self._by_surname.get(folded, set()) | self._by_surname_key.get(name_key(mention.name), set())
        named = [pk for pk in ids if " " in self._names[pk][0] and self._named_here(self._people[pk], text)]
        return self._people[named[0]] if len(named) == 1 else None

    def _not_named_in_full(self, person: Person, mention: SpeakerMention, text: str) -> bool:
        """A word alone ("عثمان", "بيرتيه") found as a stored person's surname, in a bulletin that never names that
        person in full, when the match is weak (by skeleton, or a word that is also a given name): wire copy names a
        person in full where it first quotes them, so the word is more likely a name of someone the bulletin named
        in full ("العميد عثمان الطيب آدم", "كريستوف بيرتيه") than that person ("الطيب عثمان", "ناصر بوريطة"). A stored
        one-word name or alias is itself a full name."""
        folded = fold(mention.name)
        if mention.is_anonymous or " " in folded or not text or folded in self._by_name:
            return False
        if name_key(mention.name) in self._by_key or self._named_here(person, text):
            return False
        # Their surname spelled as stored, and no common given name ("وقال ترامب" for the stored دونالد ترامب, in a
        # follow-up that does not repeat his name): that person, as a desk adding to a running story expects. A match
        # by skeleton alone (بيرتيه for بوريطة) or by a word that is also a given name (عثمان، حسين) is too weak.
        surnames = {name.rsplit(" ", 1)[-1] for name in self._names[person.pk]}
        return folded not in surnames or is_given_name(mention.name)

    def resolve(
        self, mention: SpeakerMention, title: str, day: datetime.date | None, text: str = ""
    ) -> ResolvedSpeaker | None:
        """The person (created if the database has no one by that name) and the role for a statement; None when
        the name fits several people, for an editor to choose. `text`, the bulletin's, tells whether a word alone
        (a surname) is a stored person: only if it names them in full."""
        named_here = self._named_in_full_here(mention, text)
        if named_here is not None:
            person, is_new = named_here, named_here in self.new_people
        elif mention in self._resolved:
            person, is_new = self._resolved[mention]
        else:
            person, is_new = self.find(mention), False
            if person is not None and self._not_named_in_full(person, mention, text):
                person = None
            elif person is None and len(self.candidates(mention)) > 1:
                return None
            if person is None:
                person = self._without_middle_names(mention, title)
            if person is None and not mention.is_anonymous:
                split = self.split_title(mention)
                if split is not None:
                    person, title = split[0], title or split[1]
            if person is None:
                person, is_new = self._create(mention), True
            self._resolved[mention] = (person, is_new)
        return ResolvedSpeaker(person=person, role=self._role(person, title, day, is_new=is_new), is_new=is_new)

    def _without_middle_names(self, mention: SpeakerMention, title: str) -> Person | None:
        """For a given name and a family name ("ياسر الدمرداش"), the one person this import created named with more
        between them ("ياسر فتحي الدمرداش") and given the very post the text gives now: court and sport copy names
        someone in full once, then by the two names with the same post ("محامي المتهم الثالث"). Without that post,
        with two such people, or for someone stored before (whom a desk may write either way), the two names stay
        as they are."""
        key = name_key(mention.name)
        if mention.is_anonymous or not title or len(key.split()) != 2:
            return None
        created = {person.pk for person in self.new_people}
        ids = self._by_ends_key.get(key, set()) & created
        if len(ids) != 1:
            return None
        pk = next(iter(ids))
        wanted = fold(title)
        return self._people[pk] if any(fold(role.title) == wanted for role in self._roles.get(pk, [])) else None

    def _create(self, mention: SpeakerMention) -> Person:
        # The people are created without Django's constraint queries (writing.py): the one constraint a mention could
        # break, a name or a description, is checked here, so that it is a warning for the editor, not a failed import.
        if not (mention.description if mention.is_anonymous else mention.name).strip():
            raise ValidationError(_NAMED_OR_DESCRIBED.violation_error_message)
        if mention.is_anonymous:
            person = self._create_person(is_anonymous=True, description=mention.description)
        elif mention.name.isascii():
            person = self._create_person(name=mention.name, name_latin=mention.name)
        else:
            person = self._create_person(name=mention.name)
        self._index(person)
        self.new_people.append(person)
        return person

    def _role(self, person: Person, title: str, day: datetime.date | None, *, is_new: bool) -> Role | None:
        if person.pk not in self._roles:
            self._roles[person.pk] = [] if is_new else list(person.roles.all())  # a person just created has none
        roles = self._roles[person.pk]
        if title:
            wanted = fold(title)
            for role in roles:
                if fold(role.title) == wanted:
                    return role
            # The text tells us the role only as held on that day: its start and end stay unknown.
            role = Role(person=person, title=title[:200])
            # Its person was just read or created, and a role read from text has no dates (the only constraint):
            # neither needs the queries Django would make to check them; the database still holds both.
            role.full_clean(exclude=["person"], validate_constraints=False)
            # No public bulletin shows a person this import created: the cache has nothing of theirs to purge yet
            # (the import purges its own bulletins once, after it commits).
            role.person_just_created = is_new
            role.save()
            roles.append(role)
            return role
        if day is None:
            return None
        held = [role for role in roles if role.is_held_on(day)]
        # The same preference as RoleQuerySet.held_on: the most recently started role, unknown starts last.
        held.sort(key=lambda role: (role.start_date is not None, role.start_date or day, role.pk), reverse=True)
        return held[0] if held else None

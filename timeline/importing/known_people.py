"""The people a chronology has named so far, and which of them a name means.

A surname or a transliteration variant finds the person named in full before (بلنكن is بلينكن, "Erdogan" is Recep
Tayyip Erdogan). Every person is indexed by the forms of their name a later mention can share with it (spelling,
skeleton, loose skeleton, surname, first name), so a lookup compares a name with the few people who share one of
those forms rather than with everyone named so far: a long story names hundreds of people, and scanning them all for
every mention made reading a chronology grow with the square of its length.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence

from timeline.arabic import fold, name_key
from timeline.importing.clauses import is_arabic
from timeline.importing.parsed import SpeakerMention
from timeline.importing.speakers import lineage_prefixes

_ARTICLE = re.compile(r"(?<![\w])ال(?=\w{2,})")
_LATIN_ARTICLE = re.compile(r"^(?:al|el)-(?=\w)")
_GENERATION = re.compile(r"\s+(?:Jr\.?|Sr\.?|II|III|IV)\s*$")
# A family name before a given name joined by a hyphen, at the end of a name ("Karen Cheung Wai-ming").
_HYPHENATED_GIVEN_NAME = re.compile(r"(\S+)\s+[A-Z][a-z]+-[a-z]+$")


@functools.lru_cache(maxsize=20_000)
def _is_arabic_name(name: str) -> bool:
    return is_arabic(name)


@functools.lru_cache(maxsize=20_000)
def _folded_name(name: str) -> str:
    return fold(name)


@functools.lru_cache(maxsize=20_000)
def _loose_key(name: str) -> str:
    """A name's skeleton with its articles dropped, ز heard as س and ولد written ول: what two desks' spellings of one
    name share beyond `name_key`."""
    folded = re.sub(r"(?<!\w)ولد(?!\w)", "ول", _ARTICLE.sub("", fold(name)))  # ولد and ول: "son of", two spellings
    return name_key(folded).replace("ز", "س")


@functools.lru_cache(maxsize=20_000)
def _loose_words(name: str) -> tuple[str, ...]:
    return tuple(_loose_key(name).split())


@functools.lru_cache(maxsize=20_000)
def _without_generation(name: str) -> tuple[str, ...]:
    """A name's skeleton without "Jr." or "III", which no one is called by alone: "Brawner" is Romeo Brawner Jr."""
    return tuple(name_key(_GENERATION.sub("", name)).split())


def _hyphenated_family(name: str) -> str:
    family = _HYPHENATED_GIVEN_NAME.search(name) if "-" in name else None
    return fold(family.group(1)) if family is not None else ""


def _forms(name: str) -> list[str]:
    """The index keys of a name: every form in which `find` may compare another name with it."""
    key, loose, folded = name_key(name), _loose_key(name), _folded_name(name)
    forms = [f"spelling:{folded}", f"skeleton:{key}", f"loose:{loose}"]
    if surname := _without_generation(name):
        forms.append(f"surname:{surname[-1]}")
    if loose:
        forms.append(f"loose surname:{loose.split()[-1]}")
    if folded:
        forms.append(f"spelt surname:{folded.split()[-1]}")
    if family := _hyphenated_family(name):
        forms.append(f"spelt surname:{family}")
    if key:
        forms.append(f"first:{key.split()[0]}")
    return forms


class KnownPeople:
    """Named speakers in the order first met (a person named again is moved to the end only by `add`)."""

    def __init__(self) -> None:
        self._serials: dict[SpeakerMention, int] = {}  # insertion-ordered: the order first met
        self._serial = 0
        self._index: defaultdict[str, dict[SpeakerMention, None]] = defaultdict(dict)  # ordered sets

    def __iter__(self) -> Iterator[SpeakerMention]:
        return iter(self._serials)

    def __len__(self) -> int:
        return len(self._serials)

    def add(self, mention: SpeakerMention) -> None:
        self._serial += 1
        self._serials[mention] = self._serial
        self.renamed(mention)

    def remove(self, mention: SpeakerMention) -> None:
        self._serials.pop(mention, None)

    def renamed(self, mention: SpeakerMention) -> None:
        """Index a person's (new) name. Keys of an old name stay behind: `find` checks each candidate's name as it is
        now, so they only cost a comparison."""
        for form in _forms(mention.name):
            self._index[form][mention] = None

    def mark(self) -> int:
        """A point in time: `added_since` tells whom `add` met after it."""
        return self._serial

    def added_since(self, mark: int, mention: SpeakerMention) -> bool:
        return self._serials.get(mention, 0) > mark

    def _latest_first(self, *forms: str) -> list[SpeakerMention]:
        found = {mention for form in forms for mention in self._index.get(form, ()) if mention in self._serials}
        return sorted(found, key=self._serials.__getitem__, reverse=True)

    def find(self, name: str, bulletin_speakers: Sequence[SpeakerMention]) -> SpeakerMention | None:
        """The person `name` means: the same spelling or a transliteration of a name met before, or a surname of one
        (this bulletin's speakers first, then the latest named so), a short form of a lineage; else None."""
        folded, key = fold(name), name_key(name)
        for mention in self._latest_first(f"spelling:{folded}"):
            if _folded_name(mention.name) == folded:
                return mention
        for mention in self._latest_first(f"skeleton:{key}"):
            # Skeletons of short single names meet too easily (خلف, خلاف): for those, the spelling decides.
            if name_key(mention.name) == key and (" " in key or len(key) >= 4):
                return mention
        if " " in folded:
            # Names of two words or more, spelt by another desk: "رائد صالح" for "رائد الصالح", "هانز جروندبرج"
            # for "هانس غروندبرغ"; and the Gulf way of naming by the father with the article, "فهد اليوسف" for
            # "فهد يوسف سعود الصباح" named in the same bulletin.
            loose = _loose_key(name)
            for mention in self._latest_first(f"loose:{loose}"):
                if not mention.is_anonymous and _loose_key(mention.name) == loose:
                    return mention
            if _is_arabic_name(name) and folded.split()[-1].startswith("ال") and len(loose.split()) == 2:
                for mention in reversed(bulletin_speakers):
                    theirs = _loose_key(mention.name).split() if not mention.is_anonymous else []
                    # "فهد اليوسف" for "فهد يوسف سعود الصباح"; "صباح العلي" for "صباح سالم العلي", the middle dropped
                    ends = [theirs[0], theirs[-1]] if theirs else []
                    if len(theirs) >= 3 and (theirs[:2] == loose.split() or ends == loose.split()):
                        return mention
        elif _is_arabic_name(name) and len(folded) >= 4:
            # "حساني" after "عبد العالي حساني شريف" in the same bulletin: some are called by a middle name.
            for mention in reversed(bulletin_speakers):
                middle = _folded_name(mention.name).split()[1:-1] if not mention.is_anonymous else []
                if folded in middle and len(middle) >= 1 and not folded.startswith(("بن", "ال", "ولد")):
                    return mention
        words = tuple(key.split())
        if not words:
            return None
        last = words[-1]
        loose_words = _loose_words(name)

        def shares_surname(mention: SpeakerMention) -> bool:
            theirs = _without_generation(mention.name)
            if len(words) == 1:
                # "Cheung" for "Karen Cheung Wai-ming": a family name before a given name joined by a hyphen
                if _hyphenated_family(mention.name) == folded:
                    return True
                if len(last) < 4:  # a short surname: by its spelling, not its skeleton
                    # ("Burhan" for "Abdel Fattah al-Burhan": the article joined by a hyphen is no part of it)
                    return bool(theirs) and _LATIN_ARTICLE.sub("", _folded_name(mention.name).split()[-1]) == folded
                return bool(theirs) and theirs[-1] == last
            # "Tayyip Erdogan" and "Recep Tayyip Erdogan", "قايد صالح" and "أحمد قايد صالح", either way round: the
            # shorter name is the end of the longer
            shorter = min(len(words), len(theirs))
            if shorter and words[-shorter:] == theirs[-shorter:]:
                return True
            # "ول مولاي اعلي", "ولد مولاي أعلي"
            loose_theirs = _loose_words(mention.name)
            shorter = min(len(loose_words), len(loose_theirs))
            return shorter >= 2 and loose_words[-shorter:] == loose_theirs[-shorter:]

        # Whoever shares a surname shares the last word of a skeleton, of a loose skeleton or of a spelling.
        sharing = [f"surname:{last}", f"spelt surname:{folded}"]
        if loose_words:
            sharing.append(f"loose surname:{loose_words[-1]}")
        for candidates in (reversed(bulletin_speakers), self._latest_first(*sharing)):
            for mention in candidates:
                if not mention.is_anonymous and shares_surname(mention):
                    return mention
        short_forms = lineage_prefixes(key)
        for mention in self._latest_first(f"first:{words[0]}"):  # a lineage's short form keeps the given name
            if mention.is_anonymous:
                continue
            theirs = name_key(mention.name)
            if key in lineage_prefixes(theirs) or theirs in short_forms:
                return mention  # "فيصل بن فرحان" before or after "فيصل بن فرحان بن عبدالله"
        if len(words) == 1:
            # "تيدروس" after "تيدروس أدهانوم غيبريسوس" in the same bulletin: some are called by their first name.
            for mention in reversed(bulletin_speakers):
                if not mention.is_anonymous and name_key(mention.name).split()[:1] == list(words):
                    return mention
        return None

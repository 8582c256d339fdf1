"""Who said what: the statements of a bulletin's paragraphs, with their speakers.

The language readers (`arabic_speech`, `english_speech`) find statements and the words that name their speakers.
`Attribution` follows the speakers through the chronology: a surname or a transliteration variant finds the person
named in full before (بلنكن is بلينكن), a verb alone continues with the previous speaker, "المسئول" or "the Russian
foreign minister" finds the speaker described or titled so, a speaker line ending in a colon gives its words to the
next paragraph. A speaker is named only from words that read as a name: otherwise the statement keeps no speaker,
for an editor to give it one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.arabic import fold
from timeline.importing import arabic_speech, english_speech
from timeline.importing.clauses import (
    NO_SPEAKER,
    OPENING,
    TITLE_MAX_LENGTH,
    Found,
    Subject,
    clean,
    closing_mark,
    is_arabic,
)
from timeline.importing.known_people import KnownPeople
from timeline.importing.parsed import DIRECT, ParsedStatement, SpeakerMention

_WORD = re.compile(r"\w+")
_FORMER = re.compile(r"^(?:a\s+|the\s+)?(?:former|ex-|one-time|onetime)\b", re.IGNORECASE)
# Generic nouns for whoever holds a post, and a coach's names in sport copy (folded, without the article).
_OFFICIALS = {fold("مسؤول"), fold("مسئول"), fold("مسؤولة"), fold("مسئولة")}
_COACHES = {fold("مدرب"), fold("ناخب")}
_SOURCES = {fold("مصدر"), fold("مصادر")}
# Words that say nothing about which person a reference means.
_REFERENCE_FILLER = {"ال", "the", "of", "for", "في", "باسم", "u", "s", "n", "us", "un"}


def _stem(word: str) -> str:
    """A nationality's stem, folded: الفرنسي، فرنسية -> فرنس (Arabic)."""
    return re.sub(r"(?:يه|ي)$", "", re.sub(r"^ال", "", fold(word)))


def _content_words(text: str) -> list[str]:
    words = []
    for word in _WORD.findall(fold(text)):
        if (word.startswith("ال") and len(word) > 3) or (word.startswith("لل") and len(word) > 3):
            word = word[2:]
        if word not in _REFERENCE_FILLER:
            words.append(word)
    return words


_DEMONYMS = (
    "Spaniard|Briton|Frenchman|Frenchwoman|Englishman|Welshman|Irishman|Dutchman|Swede|Serb|Croat|Norwegian"
    "|Argentinian|Brazilian|Kenyan|Australian|Canadian|Italian|Japanese|American|German|Russian|Ukrainian"
    # (sport copy's players and coaches by country: "the Egyptian added", "the Portuguese said", "the Catalan said")
    "|Egyptian|Portuguese|Catalan|Basque|Argentine|Belgian|Nigerian|Ghanaian|Senegalese|Moroccan|Algerian|Tunisian"
    "|Cameroonian|Ivorian|Colombian|Uruguayan|Chilean|Mexican|Pole|Dane|Finn|Scot|Austrian|Croatian|Serbian|Greek"
    "|Turk|Indian|Pakistani|Kiwi|Chinese|Korean|Jamaican|Ethiopian|Czech|Hungarian|Romanian|Georgian|Swiss"
)
# (and sport copy's words for a player: "the right-hander added", "the teenager said")
_PLAYERS = "right-hander|left-hander|all-rounder|youngster|teenager|rookie|debutant|paceman|spinner|playmaker"
# Sport copy's nouns for an athlete ('"...," the player wrote'), and the posts that make someone one: the latest of the
# bulletin's people who holds no other post ("the player" is not the coach who spoke after him).
_ATHLETE = re.compile(r"(?:(?:young|veteran|former)\s+)?(?:player|athlete|footballer|cricketer|sportsman|sportswoman)")
_PLAYING = re.compile(
    r"\b(?:player|athlete|footballer|cricketer|midfielder|striker|defender|goalkeeper|keeper|forward|winger|captain"
    r"|skipper|batsman|batter|bowler|all-rounder|runner|sprinter|swimmer|cyclist|boxer|international|star|champion)\b",
    re.IGNORECASE,
)
_PERSON_BY_AGE_OR_COUNTRY = re.compile(
    rf"^(?:\d{{1,3}}-year-old(?:\s+(?:{_DEMONYMS}))?|(?:{_DEMONYMS})|(?:(?:young|veteran)\s+)?(?:{_PLAYERS}))$"
)
# A name with its age between commas: "Mohammad Rizwan, 32,", "Ms Whitfield, 58,".
_NAME_AND_AGE = re.compile(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}),\s+(\d{1,3}),")
# Brands with a capital inside (CrowdStrike, PayPal), which names do only after Mc, Mac, De, Le, La, Di.
_BRAND = re.compile(r"^(?!Ma?c|De|Le|La|Di|Du|O')[A-Z][a-z]{2,}[A-Z][a-z]+$")
# "it still expected", "its Falcon sensor"; not "it was the best night of my life", which anyone may say.
_ITS = re.compile(
    r"^it\s+(?!(?:was|is|seems|seemed|appears|(?:would|will|could|might|may|must|should|has|had)\s+(?:be|been|have)\b))"
    r"|\bits\b",
    re.IGNORECASE,
)
_COMPANY_NOUNS = {
    *("company", "firm", "group", "bank", "lender", "airline", "insurer", "retailer", "giant", "operator"),
    *("manufacturer", "conglomerate", "startup", "miner", "producer", "supplier", "brand", "chain", "platform"),
}
# Words that open a company's words without naming it: "The plant will ...", "It expects ...", "Its profit ..."
_NOT_COMPANIES = {
    "the",
    "it",
    "its",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "there",
    "we",
    "our",
    "sales",
    "shares",
}


# A paragraph opening with a surname alone and what its holder did: "Holloway apologized in court."
_SURNAME_DOING = re.compile(r"([A-Z][a-z][\w'’-]+)\s+(?:[a-z]{3,}ed|has|had|was|is)\b")


class Attribution:
    """Statements paragraph after paragraph, remembering the speakers of this bulletin and of the chronology."""

    def __init__(self) -> None:
        self.previous: SpeakerMention | None = None
        self.bulletin_speakers: list[SpeakerMention] = []
        self.bulletin_titles: dict[SpeakerMention, str] = {}
        self.titles: dict[SpeakerMention, str] = {}  # the latest title each speaker was given anywhere
        self._named = KnownPeople()  # in the order first met
        self._by_description: dict[str, SpeakerMention] = {}
        self._pending: SpeakerMention | None = None  # a speaker line ending in a colon: the words come next
        self._courtesy: dict[str, SpeakerMention] = {}  # this bulletin's people by the courtesy title announcing them
        self._demonyms: dict[SpeakerMention, str] = {}  # the nationality a name was introduced with, as a stem
        self._ages: dict[str, SpeakerMention] = {}  # this bulletin's people by the age it gave them ("Rizwan, 32,")
        self._narration_titles: dict[SpeakerMention, str] = {}  # posts this bulletin's narration gave people
        self._unread_line = 0  # the line whose last statement had a subject naming no one
        self._paragraph_actor: SpeakerMention | None = None  # whom this English paragraph opened by naming
        self._pending_title = ""
        self._paragraph = ""  # the English paragraph being read
        self._named_before_paragraph = 0  # how many people were named before it
        self._bulletin_statements: list[ParsedStatement] = []
        self._bulletin_text: list[str] = []  # this bulletin's English paragraphs so far
        self._companies: set[str] = (
            set()
        )  # one-word names a company's words were about ("Apple will ..., the company said")

    def new_bulletin(self) -> None:
        self._bulletin_statements = []
        self._narration_titles = {}
        self.previous = None
        self.bulletin_speakers = []
        self.bulletin_titles = {}
        self._pending = None
        self._courtesy = {}
        self._ages = {}
        self._bulletin_text = []

    # -- speakers

    def _remember(self, mention: SpeakerMention, title: str = "") -> SpeakerMention:
        if mention not in self.bulletin_speakers:
            self.bulletin_speakers.append(mention)
        if title:
            self.bulletin_titles[mention] = title
            self.titles[mention] = title
        self.previous = mention
        return mention

    def named(self, name: str, title: str = "") -> SpeakerMention:
        """The speaker a name means: the same spelling or a transliteration of a name met before, or a surname of
        one (this bulletin's first, then the latest named so); else a new speaker."""
        mention = self._find_named(name)
        if mention is None:
            mention = SpeakerMention(name=name)
            self._named.add(mention)
        elif len(name.split()) > len(mention.name.split()):
            mention.name = name  # "غوتيريش" first, "أنطونيو غوتيريش" later: keep the fuller name
            self._named.renamed(mention)
        return self._remember(mention, title)

    def _title_of(self, mention: SpeakerMention) -> str:
        """The post this bulletin gives a speaker: as a speaker, else as the narration named them."""
        return self.bulletin_titles.get(mention) or self._narration_titles.get(mention, "")

    def _know(self, name: str, title: str) -> None:
        """Someone the narration names with their post: known by name and title for what follows, but not among
        the bulletin's speakers, whom "الوزير" or "he" refer back to."""
        mention = self._find_named(name)
        if mention is None:
            mention = SpeakerMention(name=name)
            self._named.add(mention)
        # Narration never renames a speaker: a name read there may run on into the sentence ("... بلعابد إشارة").
        if title:
            self.titles.setdefault(mention, title)
            self._narration_titles[mention] = title

    def _find_named(self, name: str) -> SpeakerMention | None:
        return self._named.find(name, self.bulletin_speakers)

    def anonymous(self, description: str) -> SpeakerMention:
        folded = fold(description)
        if folded not in self._by_description:
            self._by_description[folded] = SpeakerMention(description=description)
        return self._remember(self._by_description[folded])

    @staticmethod
    def _is_person(reference: str) -> bool:
        person_noun = arabic_speech.is_person_noun if is_arabic(reference) else english_speech.is_person_noun
        return any(person_noun(word) for word in reference.split())

    def referred_back(self, reference: str) -> SpeakerMention | None:
        """ "المسئول", "الوزير", "the Russian foreign minister": the latest speaker of this bulletin described or
        titled so, then the latest in the chronology."""
        arabic = is_arabic(reference)
        if not arabic:
            # Wire copy calls a foreign minister "the top diplomat": "the top Iranian diplomat".
            reference = re.sub(r"\btop\s+((?:[A-Z][\w-]*\s+)?)diplomat\b", r"\1foreign minister", reference)
        if not arabic and _PERSON_BY_AGE_OR_COUNTRY.match(reference.strip()):
            # "the 21-year-old Spaniard", "the 37-year-old": sport and feature copy's way of saying "he"; the one
            # this bulletin gave that age ("Rizwan, 32, added ...") when it gave it to anyone
            age = re.match(r"\d{1,3}", reference.strip())
            aged = self._ages.get(age.group(0)) if age is not None else None
            if aged is not None and aged in self.bulletin_speakers:
                return self._remember(aged)
            named = [mention for mention in reversed(self.bulletin_speakers) if not mention.is_anonymous]
            return self._remember(named[0]) if named else self._named_in_narration()
        if not arabic and _ATHLETE.fullmatch(reference.strip()):
            for mention in reversed(self.bulletin_speakers):
                title = self._title_of(mention)
                if not mention.is_anonymous and (not title or _PLAYING.search(title)):
                    return self._remember(mention)
            return self._named_in_narration()
        if arabic and arabic_speech.is_descriptor(reference.strip()):
            # "وأضاف الشاب البالغ من العمر 24 عامًا": the one just named, as "the 24-year-old" is in English
            named = [mention for mention in reversed(self.bulletin_speakers) if not mention.is_anonymous]
            return self._remember(named[0]) if named else None
        if not arabic and re.fullmatch(r"[A-Z]{2,4}", reference.strip()):
            return self._by_initials(reference.strip())
        wanted = _content_words(reference)
        if not wanted:
            return None
        head = wanted[0] if arabic else wanted[-1]  # الوزير الإيراني; the Iranian minister
        generic = not arabic and head in ("official", "leader")  # "the top Kenyan official": whoever holds a post
        if arabic and head in _COACHES:
            # "وأضاف الناخب الوطني"، "المدرب" for "مدرب المنتخب ..." or "المدير الفني ...": sport copy's coach; "المدرب
            # الفرنسي" the one whose post or introduction ("الفرنسي X، مدرب ...") gives that nationality, else the
            # latest whose nationality the text does not give
            nationalities = [_stem(word) for word in reference.split() if arabic_speech.is_nationality(word)]
            coaches = [
                mention
                for mention in reversed(self.bulletin_speakers)
                if not mention.is_anonymous
                and (
                    (theirs := set(_content_words(self.bulletin_titles.get(mention, "")))) & _COACHES
                    or {"مدير", "فني"} <= theirs
                )
            ]
            for mention in coaches:
                known = {_stem(word) for word in _content_words(self.bulletin_titles.get(mention, ""))}
                if all(nationality in known | {self._demonyms.get(mention)} for nationality in nationalities):
                    return self._remember(mention)
            unknown = [mention for mention in coaches if mention not in self._demonyms]
            if unknown:
                return self._remember(unknown[0])
        if not self._is_person(reference):
            return None  # "المؤسسة", "the ministry": a body, which no person's title stands for

        def has(theirs: set[str], word: str) -> bool:
            # "iranian" in "Iran's foreign minister", "israeli" in "Israel's ..."
            if word in theirs or (not arabic and any(len(t) >= 4 and word.startswith(t) for t in theirs)):
                return True
            # "الوزير النرويجي" for "وزير خارجية مملكة النرويج", "الرئيس الكيني" for "رئيس جمهورية كينيا": a
            # nationality agrees with its country's name
            stem = re.sub(r"(?:يه|ي)$", "", word) if arabic else word
            return stem != word and len(stem) >= 3 and any(t != word and t.startswith(stem) for t in theirs)

        # "the Iranian foreign minister" is not Oman's: a capitalised word (a nationality, a body) must be there too.
        proper = [fold(word) for word in re.findall(r"\b(?!The\b)[A-Z][a-z]+\b", reference)] if not arabic else []

        def fits(mention: SpeakerMention, title: str) -> bool:
            theirs = set(_content_words(f"{mention.description} {title}"))
            if generic and proper:
                return bool(title) and all(has(theirs, word) for word in proper)
            if head not in theirs or sum(has(theirs, word) for word in wanted) * 3 < len(wanted) * 2:
                return False
            if not all(has(theirs, word) for word in proper):
                return False
            # A nationality or affiliation decides: "الوزير الإيرلندي" is not the Jordanian minister.
            return all(has(theirs, word) for word in wanted if word.endswith(("ي", "ية", "يه")) and len(word) > 3)

        for mention in reversed(self.bulletin_speakers):
            if fits(mention, self.bulletin_titles.get(mention, "")):
                return self._remember(mention)
        if arabic and head in _OFFICIALS:
            # "وأضاف المسؤول الجهوي"، "المسؤول الأممي": a generic noun for the post of this bulletin's latest titled
            # speaker (a nationality, if given, must agree)
            nationalities = [word for word in reference.split() if arabic_speech.is_nationality(word)]
            for mention in reversed(self.bulletin_speakers):
                theirs = set(_content_words(self.bulletin_titles.get(mention, "")))
                if mention.is_anonymous or not theirs:
                    continue
                if all(has(theirs, word) for word in _content_words(" ".join(nationalities))):
                    return self._remember(mention)
        if arabic and head in _SOURCES:
            # "وأوضح المصدر، الذي فضل عدم الكشف عن هويته،": the one this bulletin left unnamed, whatever it called
            # them ("عضو في الوفد الحكومي"); never an unnamed source of another bulletin, someone else
            unnamed = [mention for mention in reversed(self.bulletin_speakers) if mention.is_anonymous]
            return self._remember(unnamed[0]) if unnamed else None
        actor = self._paragraph_actor
        if actor is not None and not self._title_of(actor):
            # "Rishi Sunak has held his seat. ..., the prime minister says ...": the person this paragraph is about,
            # whose post the text gives only now, before anyone of that post in other bulletins
            return self._remember(actor, " ".join(reference.split()))
        for mention in reversed([*self._named, *self._by_description.values()]):
            if fits(mention, self.titles.get(mention, "")):
                return self._remember(mention)
        last = self.previous
        post = reference.split()[-1].lower() if reference.split() else ""
        if (
            not arabic
            and english_speech.is_person_noun(post)
            and post not in _REFERENCE_FILLER | {"and", "to", "in", "on", "at"}  # "Save the Children" is no post
            and last in self.bulletin_speakers
            and not last.is_anonymous
            and not self._title_of(last)
        ):
            # "Pep Guardiola insisted ..." then '"...," the City manager told Sky Sports': the speaker just named
            # without a post, whose post the text gives only now, when no one anywhere holds it
            return self._remember(last, " ".join(reference.split()))
        return None

    def _named_in_narration(self) -> SpeakerMention | None:
        """Someone known from earlier bulletins whose full name this bulletin's narration gave, the latest so ("...
        the ban imposed on Moroccan midfielder Karim Benslimane"), for "the 34-year-old" before anyone spoke."""
        text = " ".join(self._bulletin_text)
        found, at = None, -1
        for mention in self._named:
            if not mention.is_anonymous and " " in mention.name and (where := text.rfind(mention.name)) > at:
                found, at = mention, where
        if found is None:
            return None
        # (the post the narration set right before the name is this bulletin's: "on Moroccan midfielder X")
        post: list[str] = []
        for word in reversed(text[:at].split()[-5:]):
            if (
                not (word[:1].isupper() or (len(word) > 3 and english_speech.is_person_noun(word)))
                or word[-1:] in ",.;:"
            ):
                break
            post.insert(0, word)
        while post and post[0].lower() in ("the", "a", "an"):
            post.pop(0)
        if post and english_speech.is_person_noun(post[-1]) and found not in self._narration_titles:
            self._narration_titles[found] = " ".join(post)
        return self._remember(found)

    def _by_initials(self, letters: str) -> SpeakerMention | None:
        """ "the CS" for "Health Cabinet Secretary Wanjiru Kiptoo", "the DG" for a Director-General, "the PM": a post
        by its initials, as Kenyan, Nigerian and South Asian papers write it, means this bulletin's latest person
        holding it; a body's initials ("the EU") match no one's post."""
        for mention in reversed(self.bulletin_speakers):
            words = [word for word in re.split(r"[\s-]+", self._title_of(mention)) if word[:1].isalpha()]
            initials = "".join(word[0] for word in words if word.lower() not in ("of", "for", "the", "and", "to"))
            if not mention.is_anonymous and initials.upper().endswith(letters):
                return self._remember(mention)
        return None

    def _post_unheld(self, reference: str) -> bool:
        """Whether an Arabic post in full ("وزير النقل") has a head that no post given in this bulletin has."""
        head = arabic_speech.unnamed_post(reference) if is_arabic(reference) else ""
        if not head:
            return False
        titles = [*self.bulletin_titles.values(), *self._narration_titles.values()]
        return all(head not in {re.sub(r"^ال", "", word) for word in fold(title).split()} for title in titles)

    def speaker_for(self, subject: Subject) -> tuple[SpeakerMention | None, str, float]:
        """The speaker a subject means, the title to record with it, and how much that costs in confidence."""
        if len(subject.title) > TITLE_MAX_LENGTH:
            subject = replace(subject, title="")  # no role is that long: a misread, better left for the editor
        if subject.name:
            known = self._title_of(self._find_named(subject.name) or SpeakerMention())
            if known and english_speech.is_rank(subject.title):
                subject = replace(subject, title="")  # "General Waker-Uz-Zaman" after "the army chief, ..."
            elif known and _FORMER.match(subject.title) and not _FORMER.match(known):
                # "Delaney, a former insurance executive, added" after "Sen. Mark Delaney": what he was, not his post
                subject = replace(subject, title="")
            mention = self.named(subject.name, subject.title)
            if subject.demonym:
                self._demonyms[mention] = _stem(subject.demonym)  # "الفرنسي X": "المدرب الفرنسي" later
            return mention, subject.title or self._title_of(mention), 0.0
        if subject.description:
            return self.anonymous(subject.description), "", 0.0
        back = subject.refers_back
        courtesy = arabic_speech.courtesy_of(back) if back and " " not in back else ""
        if courtesy:
            # "وأكد معاليه": the one this bulletin announced as معالي (not the guest announced as سعادة), else the
            # speaker before
            mention = self._courtesy.get(courtesy) or self.previous
            if mention is None:
                return None, "", 0.5
            return self._remember(mention), self.bulletin_titles.get(mention, "") or self._title_of(mention), 0.05
        if subject.refers_back:
            # "السيسي" alone, or "الوزير اليحيا": a surname (with the article) of someone named before; else a title
            # naming someone ("الوزير").
            words = subject.refers_back.split()
            named_last = len(words) == 1 or (len(words) > 1 and words[-1].startswith("ال") and len(words[-1]) > 4)
            mention = self._find_named(words[-1]) if words and named_last else None
            if mention is not None:
                return self._remember(mention), self._title_of(mention), 0.05
            mention = self.referred_back(subject.refers_back)
            if mention is None:
                if arabic_speech.names_a_post(subject.refers_back) or self._post_unheld(subject.refers_back):
                    # "وقال ممثل النيابة العامة في مرافعته" with no one of that post named: an unnamed speaker; and
                    # "وقال وزير النقل إن" (a post in full) when no one in the bulletin holds a post of that head
                    return self.anonymous(subject.refers_back), "", 0.3
                if not is_arabic(subject.refers_back) and english_speech.unnamed_post(subject.refers_back):
                    # "The Prime Minister's official spokesman said" with no spokesman named: an unnamed speaker
                    return self.anonymous(subject.refers_back), "", 0.3
                # "وشدد الوزير على ..." with no minister before: left for the editor, with the post the text gives
                return None, subject.refers_back if self._is_person(subject.refers_back) else "", 0.5
            return mention, self._title_of(mention), 0.1
        if subject.unreadable:
            return None, "", 0.5
        if self.previous is None:
            return None, "", 0.5
        # (the post the narration gave them, if they spoke first by a reference back to it: "رئيس الوزراء
        # السنغافوري"، then "، قائلًا:")
        return self.previous, self._title_of(self.previous), 0.05

    def subject(self, text: str) -> tuple[SpeakerMention | None, str]:
        """The speaker and title an editor typed, read as the text would be: "أنطوني بلينكن", "مسئول كبير ..."."""
        read = arabic_speech.read_subject if is_arabic(text) else english_speech.read_subject
        subject = read(text)
        if subject.refers_back and not (subject.name or subject.description):
            # Typed by an editor, a title alone is an unnamed speaker, not a reference.
            subject = Subject(description=subject.refers_back)
        if subject.unreadable:
            subject = Subject(name=subject.unreadable) if text.strip() else Subject()
        mention, title, _cost = self.speaker_for(subject)
        return mention, title

    # -- paragraphs

    @staticmethod
    def is_arabic(text: str) -> bool:
        return is_arabic(text)

    def statements(self, paragraph: str, line: int) -> list[ParsedStatement]:
        found: list[ParsedStatement] = []
        self._paragraph_actor = None
        self._paragraph = ""
        if self._pending is not None:
            speaker, title = self._pending, self._pending_title
            self._pending = None
            words, rest = self._words_of_speaker_line(paragraph)
            if words:
                found.append(ParsedStatement(DIRECT, words, speaker, title, line, confidence=0.8))
                self._remember(speaker)
            paragraph = rest
        arabic = is_arabic(paragraph)
        if arabic:
            for index, (courtesy, mention) in enumerate(arabic_speech.courtesy_mentions(paragraph)):
                known = self.named(mention.name, mention.title) if mention.title else self.named(mention.name)
                if courtesy:
                    self._courtesy[courtesy] = known  # "معاليه" later: the one announced as معالي
                if index > 0 or self.previous is not known:
                    self.previous = self.previous if index > 0 else known
            # Named after a post in narration, not yet speaking: known to what follows, without becoming "he".
            previous = self.previous
            for mention in arabic_speech.titled_mentions(paragraph):
                self._know(mention.name, mention.title)
            self.previous = previous
        else:
            self._paragraph, self._named_before_paragraph = paragraph, self._named.mark()
            self._bulletin_text.append(paragraph)
            # Named in narration, not yet speaking: known to what follows, without becoming "he" of the next line.
            previous = self.previous
            for mention in english_speech.mentions(paragraph):
                self.named(mention.name, mention.title)
            self.previous = previous
            self._companies |= english_speech.companies(paragraph)  # "Tesla Inc. shares fell": "Tesla said" is no one
            # A paragraph that opens with someone doing something ("Grant Shapps, the defence secretary, has lost his
            # seat"): they are who "he said" means, here and next.
            about = english_speech.narration_subject(paragraph)
            if about is not None:
                self._paragraph_actor = self.named(about.name, about.title)
            elif (alone := _SURNAME_DOING.match(paragraph.strip())) is not None:
                # "Holloway apologized in court. \"...,\" he said.": a surname alone, of someone named before
                known = self._find_named(alone.group(1))
                if known is not None and not known.is_anonymous and known.name != alone.group(1):
                    self._paragraph_actor = self._remember(known)
        read = arabic_speech.read_paragraph if arabic else english_speech.read_paragraph
        for statement in read(paragraph):
            parsed = self._parsed(statement, line)
            if parsed is not None:
                found.append(parsed)
        if not arabic:
            for aged in _NAME_AND_AGE.finditer(paragraph):
                known = self._find_named(aged.group(1))
                if known is not None:
                    self._ages[aged.group(2)] = known
        return found

    @staticmethod
    def _words_of_speaker_line(paragraph: str) -> tuple[str, str]:
        """The words a speaker line announced: the quotation the paragraph opens with, and what follows it, to read
        as usual. A paragraph that opens with no quotation was not announced ("كتب: محمود عبد الحميد" is a byline)."""
        stripped = paragraph.strip()
        if stripped[:1] in OPENING:
            closing = closing_mark(stripped, 0)
            if closing is not None:
                return stripped[1:closing].strip().rstrip(",،"), stripped[closing + 1 :]
            return clean(stripped[1:]), ""
        return "", paragraph

    def _is_company(self, subject: Subject, text: str) -> bool:
        """ "CrowdStrike said ... its Falcon sensor", "Maersk said it still expected ...": a one-word name no one was
        called before, written as a brand is or spoken of as "it", is a company's or a body's, not a person's."""
        name = subject.name
        if name in self._companies:
            return True
        # (a name in Latin letters with accents only when listed: "Telefónica said", "Ørsted said")
        listed = english_speech.is_company_name(name)
        if not name or not (name.isascii() or listed) or self._find_named(name) is not None:
            return False
        if listed or english_speech.is_company_name(f"{subject.title} {name}"):
            # "Nvidia said revenue rose", "Arsenal said in a statement", "Goldman Sachs said", "Red Bull said"
            return True
        if " " in name:
            return False
        return bool(_BRAND.match(name) or _ITS.search(" ".join(text.split()[:12])))

    def _learn_company(self, statement: Found) -> None:
        """ "Apple will open a plant in India, the company said": the one-word name the words of "the company" (the
        firm, the carmaker ...) open with is a company's, so "Apple said ..." later is no person."""
        back = statement.subject.refers_back.lower().split()
        if not back or not (back[-1] in _COMPANY_NOUNS or back[-1].endswith("maker")):
            return
        opener = re.match(r"([A-Z][\w&-]+)(?:['’]s)?\s", statement.text)
        if opener is not None and opener.group(1).lower() not in _NOT_COMPANIES:
            self._companies.add(opener.group(1))

    def _named_after_speaking(self, subject: Subject) -> SpeakerMention | None:
        """ "A former transport minister told a London court ..." then '"...," Graham Tolley, 64, testified': the
        one this bulletin just described by post, named now with an age and no post of their own, is the same speaker;
        the description's post becomes their title, on their earlier statements too."""
        unnamed = self.previous
        if unnamed is None or not unnamed.is_anonymous or not subject.name or subject.title:
            return None
        if unnamed not in self.bulletin_speakers or not english_speech.named_with_age(subject.name, self._paragraph):
            return None
        known = self._find_named(subject.name)
        if known is not None and not self._named.added_since(self._named_before_paragraph, known):
            return None  # someone named before this paragraph is someone else
        post = english_speech.post_of_description(unnamed.description)
        if not post:
            return None
        if known is not None:  # met in this paragraph's narration a moment ago
            self._named.remove(known)
            self.bulletin_speakers.remove(known)
        self._by_description.pop(fold(unnamed.description), None)
        unnamed.name, unnamed.description = subject.name, ""
        self._named.add(unnamed)
        for earlier in self._bulletin_statements:
            if earlier.speaker is unnamed and not earlier.title:
                earlier.title = post
        return self._remember(unnamed, post)

    def _parsed(self, statement: Found, line: int) -> ParsedStatement | None:
        one_word = statement.subject.name
        if (
            one_word.isascii()
            and english_speech.plural_of_people(one_word)
            and not english_speech.is_company_name(one_word)  # "Reuters reported that ..."
            and not statement.subject.title
            and self._find_named(one_word) is None
        ):
            # "Paramedics said ...", "Organisers said ...": people in the plural, unnamed, met nowhere as a name
            statement = replace(statement, subject=Subject(description=one_word))
        if self._is_company(statement.subject, statement.text):
            statement = replace(statement, subject=Subject(unreadable=statement.subject.name))
        if statement.subject.continues and line == self._unread_line:
            # "Apple said it would appeal, arguing that ...": what goes on from no one is still no one's
            statement = replace(statement, subject=Subject(unreadable="-"))
        self._unread_line = line if statement.subject.unreadable else 0
        self._learn_company(statement)
        described = self._named_after_speaking(statement.subject) if self._paragraph else None
        if described is not None:
            speaker, title, cost = described, self._title_of(described), 0.1
        else:
            speaker, title, cost = self.speaker_for(statement.subject)
        confidence = max(0.05, round(statement.confidence - cost, 2))
        doubts = list(statement.doubts)
        if speaker is None:
            doubts.append(NO_SPEAKER)
            confidence = min(confidence, 0.3)
        if not statement.text:
            if speaker is not None:
                self._pending, self._pending_title = speaker, title
            return None
        parsed = ParsedStatement(
            kind=statement.kind,
            text=statement.text,
            speaker=speaker,
            title=title,
            line=line,
            confidence=confidence,
            doubts=doubts,
        )
        self._bulletin_statements.append(parsed)
        return parsed

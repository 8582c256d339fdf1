"""Who said what: statements and their speakers in the paragraphs of a bulletin."""

from __future__ import annotations

import re

from timeline.arabic import MARKS, flexible, fold
from timeline.importing.parsed import DIRECT, PARAPHRASE, ParsedStatement, SpeakerMention

_QUOTE_PAIRS = {"“": "”", "«": "»", '"': '"', "„": "“"}
_QUOTE = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_TRIM = " \t،,:;؛.-–—"


def _is_arabic(paragraph: str) -> bool:
    return len(_ARABIC_LETTER.findall(paragraph)) >= len(_LATIN_LETTER.findall(paragraph))


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _QUOTE.finditer(text)]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < position < end for start, end in spans)


def _leading_quote(text: str) -> tuple[str, int] | None:
    """The quotation `text` starts with (its words, and where it ends), if it starts with one."""
    stripped = text.lstrip(" \t،,:")
    offset = len(text) - len(stripped)
    if not stripped or stripped[0] not in _QUOTE_PAIRS:
        return None
    closing = stripped.find(_QUOTE_PAIRS[stripped[0]], 1)
    if closing == -1:
        return stripped[1:].strip(), len(text)
    return stripped[1:closing].strip(), offset + closing + 1


def _clause(text: str) -> str:
    return text.strip(_TRIM + "\u200f\u200e")


def _words(*words: str) -> str:
    return "|".join(flexible(word) for word in sorted(words, key=len, reverse=True))


# --- Arabic ----------------------------------------------------------------------------------------------------

_AR_VERBS = ["قال", "اضاف", "تابع", "اوضح", "شدد", "اشار", "اكد", "اعتبر", "لفت"]
_AR_VERB = re.compile(rf"(?<![\w{MARKS}])(?:[وف])?(?:{_words(*_AR_VERBS)})(?:ت)?[{MARKS}]*(?![\w{MARKS}])")
_AR_PARTICIPLES = ["مشير", "مضيف", "مؤكد", "موضح", "مشدد", "لافت", "مكرر", "معتبر", "متابع", "منوه"]
_AR_PARTICIPLE = re.compile(
    rf"[،,]\s*و?(?:{_words(*_AR_PARTICIPLES)})(?:ا|ه|ة)?[{MARKS}]*(?:ا)?[{MARKS}]*(?![\w{MARKS}])"
)
# إن / أن / بأن / إلى أن / على أن, with or without a pronoun: إنه، أنها، إننا ...
_AR_THAT = re.compile(
    rf"(?<![\w{MARKS}])(?:(?:{_words('الى', 'على')})\s+)?(?:ب)?{flexible('ان')}(?:ه|ها|هم|هما|نا|ني)?[{MARKS}]*"
    rf"(?![\w{MARKS}])"
)
# What may stand between the speaker and the words: "للصحفيين", "لشبكة CNN", "في مقابلة ...", "أمس" ...
_AR_OUTLETS = _words("شبكة", "صحيفة", "وكالة", "قناة", "تلفزيون", "اذاعة", "موقع", "مجلة")
_AR_OCCASIONS = _words("مقابلة", "تصريح", "تصريحات", "حديث", "بيان", "مؤتمر", "احاطة", "كلمة")
_AR_DAYS = _words("امس", "اليوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت")
# Whom a statement was made to, after "لل": the press, a channel... Not any word so spelt, since a title has them
# too ("الأمين العام للأمم المتحدة").
_AR_LISTENERS = _words(
    "صحفي",
    "صحافي",
    "صحاف",
    "اعلام",
    "مراسل",
    "تلفزيون",
    "تليفزيون",
    "اذاع",
    "قناة",
    "وكالة",
    "صحيفة",
    "شبكة",
    "موقع",
    "مجلة",
    "نواب",
    "مشرعين",
    "حضور",
    "حاضرين",
    "جمهور",
    "مواطنين",
    "شعب",
)
_AR_AUDIENCE = re.compile(
    rf"\s(?:لل(?:{_AR_LISTENERS})\w*|ل(?:{_AR_OUTLETS})\w*|(?:{_words('في', 'خلال')})\s+(?:{_AR_OCCASIONS})"
    rf"|(?:{_AR_DAYS})(?![\w{MARKS}])|(?:{_words('امام', 'عبر')})\s)"
)
_AR_TITLE_WORDS = {
    fold(word)
    for word in [
        "وزير",
        "وزيرة",
        "رئيس",
        "رئيسة",
        "نائب",
        "نائبة",
        "متحدث",
        "متحدثة",
        "ناطق",
        "سفير",
        "سفيرة",
        "أمين",
        "مستشار",
        "مستشارة",
        "مدير",
        "مديرة",
        "قائد",
        "زعيم",
        "ملك",
        "أمير",
        "ولي",
        "مندوب",
        "مندوبة",
        "عضو",
        "السيناتور",
        "عضوة",
        "سكرتير",
        "وكيل",
        "مبعوث",
        "مبعوثة",
        "محافظ",
    ]
}
_AR_ANONYMOUS_WORDS = {
    fold(word)
    for word in [
        "مسئول",
        "مسؤول",
        "مسؤولة",
        "مصدر",
        "مصادر",
        "دبلوماسي",
        "دبلوماسية",
        "متحدث",
        "ضابط",
        "مساعد",
        "موظف",
        "شاهد",
    ]
}


def _ar_first_word(text: str) -> str:
    words = fold(text).split()
    return words[0] if words else ""


def _ar_strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


# --- English ---------------------------------------------------------------------------------------------------

_EN_VERB = re.compile(r"\b(?:said|says|added|adds|told|tells|stressed|stresses|noted|notes)\b")
_EN_PARTICIPLE = re.compile(r",\s*(?:adding|noting|stressing|saying|telling \w+)\b")
_EN_THAT = re.compile(r"^\s*(?:(?:reporters|journalists|the \w+|\w+)\s+)?that\b|^\s*that\b")
_EN_PRONOUNS = {"he", "she", "they"}
_EN_TITLE_WORDS = {
    "secretary",
    "minister",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "deputy",
    "foreign",
    "state",
    "defense",
    "defence",
    "prime",
    "chancellor",
    "general",
    "senator",
    "envoy",
    "director",
    "chief",
    "official",
    "adviser",
    "advisor",
    "us",
    "u.s.",
    "russian",
    "american",
    "national",
    "security",
    "undersecretary",
    "under",
    "vice",
    "press",
    "white",
    "house",
    "kremlin",
    "nato",
    "representative",
}
_EN_ANONYMOUS_WORDS = {"official", "officials", "source", "sources", "diplomat", "diplomats", "spokesman", "aide"}
_EN_LEADING_PHRASE = re.compile(
    r"^(?:on|in|at|during|earlier|later|meanwhile|speaking|asked|after|before)\b[^,]*,\s*", re.IGNORECASE
)


# --- Attribution -----------------------------------------------------------------------------------------------


class Attribution:
    """Who said what, paragraph after paragraph: remembers the previous speaker within a bulletin, and every
    speaker named so far, so that a surname or "المسئول" finds the person meant."""

    def __init__(self) -> None:
        self.previous: SpeakerMention | None = None
        self.bulletin_speakers: list[SpeakerMention] = []
        self.titles: dict[SpeakerMention, str] = {}
        self._by_name: dict[str, SpeakerMention] = {}  # by folded name, in the order first met
        self._by_last_word: dict[str, list[tuple[str, SpeakerMention]]] = {}
        self._by_description: dict[str, SpeakerMention] = {}

    def new_bulletin(self) -> None:
        self.previous = None
        self.bulletin_speakers = []

    # -- speakers

    def _remember(self, mention: SpeakerMention) -> SpeakerMention:
        if mention not in self.bulletin_speakers:
            self.bulletin_speakers.append(mention)
        self.previous = mention
        return mention

    def named(self, name: str) -> SpeakerMention:
        """A named speaker: the same object as an earlier mention with this name, or whose name ends with it. A
        surname means, first, someone named so in this bulletin, then the latest so named before it: two people
        may share a surname, and a bulletin speaks of its own."""
        folded = fold(name)
        mention = self._by_name.get(folded)
        if mention is None:
            in_bulletin = [earlier for earlier in self.bulletin_speakers if earlier.name]
            candidates = [(fold(earlier.name), earlier) for earlier in reversed(in_bulletin)]
            # Names sharing the last word are the only ones that can match; the index spares a scan of all of them.
            candidates += reversed(self._by_last_word.get(folded.rsplit(" ", 1)[-1], []))
            for earlier_folded, earlier in candidates:
                if earlier_folded.endswith(" " + folded) or folded.endswith(" " + earlier_folded):
                    mention = earlier
                    if len(folded) > len(earlier_folded):
                        mention.name = name  # the fuller form names the person better
                        self._file(folded, mention)
                    break
        if mention is None:
            mention = SpeakerMention(name=name)
            self._file(folded, mention)
        return self._remember(mention)

    def _file(self, folded: str, mention: SpeakerMention) -> None:
        self._by_name[folded] = mention
        self._by_last_word.setdefault(folded.rsplit(" ", 1)[-1], []).append((folded, mention))

    def anonymous(self, description: str) -> SpeakerMention:
        folded = fold(description)
        if folded not in self._by_description:
            self._by_description[folded] = SpeakerMention(description=description)
        return self._remember(self._by_description[folded])

    def referred_back(self, stem: str) -> SpeakerMention | None:
        """ "المسئول", "الوزير", "the official": the latest speaker of this bulletin described or titled so."""
        for mention in reversed(self.bulletin_speakers):
            described = fold(mention.description) or fold(self.titles.get(mention, ""))
            first = _ar_strip_article(described.split(" ")[0]) if described else ""
            if first == stem or (first and stem in described.split(" ")):
                return self._remember(mention)
        return None

    def continued(self) -> SpeakerMention | None:
        return self.previous

    def note_title(self, mention: SpeakerMention | None, title: str) -> None:
        if mention is not None and title:
            self.titles[mention] = title

    # -- Arabic subjects

    def arabic_subject(self, subject: str) -> tuple[SpeakerMention | None, str]:
        """The speaker and the title an Arabic subject phrase gives: "وزير الخارجية الأمريكي، أنطوني بلينكن"."""
        audience = _AR_AUDIENCE.search(" " + subject)
        if audience is not None:
            subject = subject[: max(audience.start() - 1, 0)]
        subject = _clause(subject)
        if not subject:
            return self.continued(), ""
        parts = [_clause(part) for part in re.split(r"[،,]", subject) if _clause(part)]
        if len(parts) >= 2:
            titled = [part for part in parts if _ar_strip_article(_ar_first_word(part)) in _AR_TITLE_WORDS]
            names = [part for part in parts if part not in titled]
            if titled and names:
                return self.named(names[0]), titled[0]
            return self.named(parts[-1]), parts[0]
        first = _ar_first_word(subject)
        if not first.startswith("ال") and first in _AR_ANONYMOUS_WORDS:
            return self.anonymous(subject), ""
        stem = _ar_strip_article(first)
        if first.startswith("ال") and (stem in _AR_ANONYMOUS_WORDS or stem in _AR_TITLE_WORDS):
            return self.referred_back(stem), ""
        return self.named(subject), ""

    # -- English subjects

    def english_subject(self, subject: str) -> tuple[SpeakerMention | None, str]:
        subject = _clause(_EN_LEADING_PHRASE.sub("", subject.strip()))
        if not subject or subject.lower() in _EN_PRONOUNS:
            return self.continued(), ""
        words = subject.split()
        lowered = [word.lower().strip(",") for word in words]
        if lowered[0] in {"a", "an"} or (
            lowered[0] not in {"the"}
            and lowered[-1] in _EN_ANONYMOUS_WORDS
            and not any(w[:1].isupper() for w in words[1:-1] if w.lower() not in _EN_TITLE_WORDS)
        ):
            description = " ".join(words[1:]) if lowered[0] in {"a", "an"} else subject
            return self.anonymous(description), ""
        if lowered[0] == "the" and len(words) <= 3:
            return self.referred_back(fold(lowered[-1])), ""
        parts = [_clause(part) for part in subject.split(",") if _clause(part)]
        if len(parts) >= 2:
            titled = [part for part in parts if part.lower().startswith("the ") or part[:1].islower()]
            names = [part for part in parts if part not in titled]
            if titled and names:
                return self.named(names[0]), titled[0].removeprefix("the ").removeprefix("The ")
            return self.named(parts[0]), parts[1]
        # "Secretary of State Antony Blinken": the name is the run of capitalised non-title words at the end.
        split = len(words)
        while split > 0 and words[split - 1][:1].isupper() and words[split - 1].lower() not in _EN_TITLE_WORDS:
            split -= 1
        if 0 < split < len(words):
            return self.named(" ".join(words[split:])), " ".join(words[:split])
        return self.named(subject), ""

    # -- paragraphs

    @staticmethod
    def is_arabic(text: str) -> bool:
        return _is_arabic(text)

    def statements(self, paragraph: str, line: int) -> list[ParsedStatement]:
        if _is_arabic(paragraph):
            return self._arabic(paragraph, line)
        return self._english(paragraph, line)

    def _statement(self, kind: str, text: str, speaker: SpeakerMention | None, title: str, line: int):
        text = _clause(text) if kind == PARAPHRASE else text.strip()
        if not text:
            return None
        self.note_title(speaker, title)
        return ParsedStatement(kind=kind, text=text, speaker=speaker, title=title, line=line)

    def _arabic(self, paragraph: str, line: int) -> list[ParsedStatement]:
        quotes = _quoted_spans(paragraph)
        found: list[ParsedStatement] = []
        for verb in _AR_VERB.finditer(paragraph):
            before = paragraph[: verb.start()].rstrip()
            if _inside(verb.start(), quotes):
                continue
            # A speech verb opens an attribution at the start of a sentence, or after a leading phrase
            # ("وفي مقابلة مع شبكة CNN، قال ...") when the sentence has none yet.
            if before and before[-1] not in ".!؟?" and not (before[-1] in "،," and not found):
                continue
            found.extend(self._arabic_attribution(paragraph, verb.end(), line))
            break
        return [statement for statement in found if statement is not None]

    def _arabic_attribution(self, paragraph: str, start: int, line: int) -> list[ParsedStatement | None]:
        rest = paragraph[start:]
        colon = re.search(r"[:：]", rest)
        opening = re.search(r"[“«\"]", rest)
        that = _AR_THAT.search(rest)
        ends = [(m.start(), kind, m) for kind, m in (("colon", colon), ("quote", opening), ("that", that)) if m]
        if not ends:
            return []
        position, kind, match = min(ends, key=lambda end: end[0])
        speaker, title = self.arabic_subject(rest[:position])
        if kind == "that":
            return self._arabic_clauses(PARAPHRASE, rest[match.end() :], speaker, title, line)
        quote = _leading_quote(rest[match.end() if kind == "colon" else position :])
        if quote is None:
            return self._arabic_clauses(PARAPHRASE, rest[position + 1 :], speaker, title, line)
        words, end = quote
        offset = (match.end() if kind == "colon" else position) + end
        return [
            self._statement(DIRECT, words, speaker, title, line),
            *self._arabic_continuations(rest[offset:], speaker, line),
        ]

    def _arabic_clauses(self, kind: str, text: str, speaker, title: str, line: int) -> list[ParsedStatement | None]:
        """Reported speech up to the next "، مشيرًا إلى أن ...", then what that participle introduces."""
        participle = self._next_participle(text)
        head = text if participle is None else text[: participle.start()]
        return [
            self._statement(kind, head, speaker, title, line),
            *self._arabic_continuations(text if participle is None else text[participle.start() :], speaker, line),
        ]

    def _next_participle(self, text: str) -> re.Match | None:
        quotes = _quoted_spans(text)
        for match in _AR_PARTICIPLE.finditer(text):
            if not _inside(match.start(), quotes):
                return match
        return None

    def _arabic_continuations(self, text: str, speaker, line: int) -> list[ParsedStatement | None]:
        participle = self._next_participle(text)
        if participle is None or (participle.start() > 3 and text[: participle.start()].strip(_TRIM + '”»"')):
            return []
        rest = text[participle.end() :]
        that = _AR_THAT.match(rest.lstrip())
        if that is not None:
            rest = rest.lstrip()[that.end() :]
        quote = _leading_quote(rest)
        if quote is not None and not _clause(rest[quote[1] :]).strip('”»"'):
            return [self._statement(DIRECT, quote[0], speaker, "", line)]
        return self._arabic_clauses(PARAPHRASE, rest, speaker, "", line)

    def _english(self, paragraph: str, line: int) -> list[ParsedStatement]:
        found: list[ParsedStatement | None] = []
        for sentence in re.split(r"(?<=[.!?])\s+(?=[“\"A-Z])", paragraph):
            found.extend(self._english_sentence(sentence, line))
        return [statement for statement in found if statement is not None]

    def _english_sentence(self, sentence: str, line: int) -> list[ParsedStatement | None]:
        quote = _leading_quote(sentence)
        if quote is not None:
            words, end = quote
            tail = sentence[end:]
            verb = _EN_VERB.search(tail)
            if verb is None or tail[: verb.start()].count(",") > 1:
                return []
            subject = tail[: verb.start()] if _clause(tail[: verb.start()]) else tail[verb.end() :]
            speaker, title = self.english_subject(re.split(r"[.,]", subject.strip(" ,"))[0])
            return [self._statement(DIRECT, words.rstrip(","), speaker, title, line)]
        quotes = _quoted_spans(sentence)
        verb = next((m for m in _EN_VERB.finditer(sentence) if not _inside(m.start(), quotes)), None)
        if verb is None:
            return []
        speaker, title = self.english_subject(sentence[: verb.start()])
        rest = sentence[verb.end() :]
        that = _EN_THAT.match(rest)
        if that is not None:
            return self._english_clauses(rest[that.end() :], speaker, title, line)
        audience = re.match(r"^\s*(?:\w+\s+){0,2}?(?=[:“\"])", rest)
        if audience is not None:
            quote = _leading_quote(rest[audience.end() :].lstrip(" :"))
            if quote is not None:
                return [self._statement(DIRECT, quote[0], speaker, title, line)]
        return self._english_clauses(rest, speaker, title, line)

    def _english_clauses(self, text: str, speaker, title: str, line: int) -> list[ParsedStatement | None]:
        participle = _EN_PARTICIPLE.search(text)
        head = text if participle is None else text[: participle.start()]
        found = [self._statement(PARAPHRASE, head, speaker, title, line)]
        if participle is not None:
            rest = re.sub(r"^\s*that\b", "", text[participle.end() :])
            quote = _leading_quote(rest)
            if quote is not None and not _clause(rest[quote[1] :]):
                found.append(self._statement(DIRECT, quote[0], speaker, "", line))
            else:
                found.extend(self._english_clauses(rest, speaker, "", line))
        return found

"""Where the words end: a quotation, a paraphrase up to the end of its sentence or the writer's gloss, and what a
participle right after them adds ("، مضيفًا أن ...")."""

from __future__ import annotations

import re

from timeline.arabic import (
    flexible,
    fold,
)
from timeline.importing.arabic_speech.lexicon import (
    _B,
    _E,
    _alternatives,
)
from timeline.importing.arabic_speech.subjects import _BODY_HEAD
from timeline.importing.arabic_speech.verbs import (
    _PARTICIPLE,
    _PARTICIPLE_OBJECT,
    _THAT,
)
from timeline.importing.clauses import (
    OPENING,
    Found,
    Subject,
    clean,
    closing_mark,
    inside,
    quoted_spans,
    sentence_end,
)
from timeline.importing.parsed import (
    DIRECT,
    PARAPHRASE,
)


def _quote_at(text: str, start: int, limit: int) -> tuple[str, int, bool]:
    """The quotation opened at `start`: its words, where it ends, and whether it was closed before `limit`."""
    closing = closing_mark(text[:limit], start)
    if closing is None:
        return text[start + 1 : limit].strip().rstrip("،,"), limit, False
    return text[start + 1 : closing].strip().rstrip("،,"), closing + 1, True


def _paraphrase_end(text: str, start: int, limit: int) -> int:
    end = min(sentence_end(text[:limit], start), limit)
    participle = _next_participle(text, start, end)
    end = participle.start() if participle is not None else end
    gloss = _GLOSS.search(text, start, end)
    end = gloss.start() if gloss is not None else end
    for narration in _BODY_ACTS.finditer(text, start, end):
        if fold(narration["verb"]).endswith("ت") and _BODY_HEAD.match(fold(narration["body"])):
            return narration.start()
    return end


# After the words, a body that acts, in the feminine past: "...، وقررت المحكمة التأجيل"، "...، وأعلنت الهيئة ...":
# the writer's narration goes on, not the speaker's words.
_BODY_ACTS = re.compile(r"\s*[،,]\s*و(?P<verb>[^\s،,]{3,})\s+(?P<body>[^\s،,]+)")


# The writer's gloss after the words, not the speaker's: "، في إشارة إلى ...", "، على حد تعبيره".
_GLOSS = re.compile(
    r"\s*[،,]\s*(?:في\s+إشارة\s+(?:إلى|الى)|على\s+حد\s+(?:تعبيره|تعبيرها|قوله|قولها)|وفق\s+تعبيره"
    # "...، وذلك في كلمته خلال ..."، "...، وذلك قبل ساعات من ...": where and when it was said, the writer's
    r"|وذلك\s+(?:في|خلال|على\s+هامش|عقب|أثناء|لدى|قبل|بعد)\s"
    # "...، في أول تعليق له على الهجمات": which time it was said, the writer's
    r"|في\s+(?:أول\s+)?(?:تعليق|رد|تصريح|ظهور|حديث|كلمة)\s+(?:له|لها|لهم)(?![\w])"
    # "...، وفق ما نقلت وكالة تاس"، "...، بحسب الوكالة": whose report it is, the writer's (not "وفق مبدأ ...")
    r"|(?:وفق(?:ا|ًا|اً)?|بحسب|حسب)\s+ما\s|(?:وفق(?:ا|ًا|اً)?\s+لـ?|بحسب|حسب)\s*(?:ال)?(?:وكالة|صحيفة|موقع|قناة|مصادر|مصدر)(?![\w]))"
)


def _next_participle(text: str, start: int, limit: int) -> re.Match | None:
    spans = quoted_spans(text)
    for match in _PARTICIPLE.finditer(text, start, limit):
        if not inside(match.start(), spans):
            return match
    return None


_BUT_WORDS = (
    "لكنه|لكنها|لكنهما|لكنهم|لكن|ولكنه|ولكنها|ولكنهما|ولكنهم|ولكن|كما|ثم|فيما|بينما"
    "|غير انه|غير انها|غير ان|الا انه|الا انها|الا ان|بيد انه|بيد انها|و"
)
# A connector left at the end of the words is a word of its own: "... إلى شركة سومو" keeps the و of its name.
_TRAILING_CONNECTOR = re.compile(rf"\s*[،,]?\s*{_B}(?:{_alternatives(_BUT_WORDS)})\s*$")
# A feeling or hope, then what it is about: "ثقته في أن", "أمله في أن", "قلقه من أن".
_OBJECT_THAT = re.compile(rf"^(?:\S+\s+){{0,2}}?\S+\s+(?:في|من|ب)?\s*{flexible('ان')}{_E}\s*")


_THIRD_PERSON_THAT = re.compile(r"(?:^|\s|ب)[اأإ]ن(?:ه|ها|هم|هما)\s*$")


def _paraphrase(
    paragraph: str, start: int, limit: int, subject: Subject, confidence: float, *, object_phrase: bool = False
) -> list[Found]:
    body = paragraph[start:limit].lstrip()
    start = limit - len(body)
    if body[:1] in OPENING:
        words, quote_end, closed = _quote_at(paragraph, start, limit)
        # إلى أن “الوفد لن يغادر”: a quotation after أن is the speaker's own words, when nothing but the end of the
        # sentence, a participle going on ("، مضيفًا أن ...") or a gloss ("، في إشارة إلى ...") follows it.
        after = paragraph[quote_end : sentence_end(paragraph[:limit], quote_end)]
        # ... but not after إنه، إنها، إنهم: "قالوا إنهم «فوجئوا بالحكم»" reports them in the third person, words
        # quoted inside the writer's sentence
        reported = _THIRD_PERSON_THAT.search(fold(paragraph[max(0, start - 12) : start]))
        ends = not clean(after).strip('”»"') or _PARTICIPLE.match(after) or _GLOSS.match(after)
        if closed and ends and reported is None:
            return [Found(DIRECT, words, subject, confidence), *_continuations(paragraph, quote_end, limit, subject)]
    end = _paraphrase_end(paragraph, start, limit)
    text = _TRAILING_CONNECTOR.sub("", clean(paragraph[start:end]))
    inner = _OBJECT_THAT.match(text) if object_phrase else None
    if inner is not None:
        text = text[inner.end() :]  # "أمله في أن تمهد الهدنة ...": the words are after أن
    if len(text.split()) < 2:
        return []
    return [Found(PARAPHRASE, text, subject, confidence), *_continuations(paragraph, end, limit, subject)]


def _continuations(paragraph: str, start: int, limit: int, subject: Subject) -> list[Found]:
    """What a participle right after a statement adds: "، مضيفًا أن ...", "، قائلًا: «...»", "، داعيًا إلى ..."."""
    participle = _next_participle(paragraph, start, limit)
    if participle is None or clean(paragraph[start : participle.start()]).strip('”»"'):
        return []
    after = participle.end()
    rest = paragraph[after:limit]
    same = Subject()  # the same speaker goes on
    stripped = rest.lstrip(" :")
    offset = after + len(rest) - len(stripped)
    if stripped[:1] in OPENING:
        words, quote_end, _closed = _quote_at(paragraph, offset, limit)
        if words:
            return [Found(DIRECT, words, same, 0.85), *_continuations(paragraph, quote_end, limit, same)]
    that = _THAT.match(stripped)
    if that is not None:
        return _paraphrase(paragraph, offset + that.end(), limit, same, 0.85)
    preposition = _PARTICIPLE_OBJECT.get(fold(participle["participle"]), "")
    if preposition:
        obj = re.match(rf"\s*{flexible(preposition)}{_E}" if len(preposition) > 1 else r"\s*ب(?=\S)", stripped)
        if obj is not None:
            return _paraphrase(paragraph, offset + obj.end(), limit, same, 0.8, object_phrase=True)
    return _paraphrase(paragraph, offset, limit, same, 0.75)

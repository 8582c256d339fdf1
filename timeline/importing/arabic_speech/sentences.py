"""Statements in Arabic paragraphs: where a speech verb opens an attribution, where its subject ends and the words
start (a colon, a quotation, إن/أن, the verb's preposition, a plain object), live-page entries and quotations that
open a paragraph. Whom a call is made on is in calls.py; a plain object after the speaker in objects.py."""

from __future__ import annotations

import dataclasses
import re

from timeline.arabic import (
    flexible,
    fold,
)
from timeline.importing.arabic_speech.calls import (
    _ACCUSING,
    _CALL_VERBS,
    _CALLED,
    _OWN_FOLLOWERS,
    _REASSURING,
    _called,
    _calls_on_without_subject,
)
from timeline.importing.arabic_speech.deeds import (
    _actor,
    _participles_after_deeds,
)
from timeline.importing.arabic_speech.lexicon import (
    _BI_OBJECT,
    _E,
    _OUTLETS,
    _alternatives,
    _folded,
)
from timeline.importing.arabic_speech.names import (
    _is_al,
    _kind_of,
    reads_as_name,
)
from timeline.importing.arabic_speech.objects import _direct_object
from timeline.importing.arabic_speech.quotes import (
    _GLOSS,
    _continuations,
    _next_participle,
    _paraphrase,
    _quote_at,
)
from timeline.importing.arabic_speech.subjects import (
    read_subject,
)
from timeline.importing.arabic_speech.verbs import (
    _ACCORDING,
    _AGENCY_DATELINE,
    _AMMA,
    _CARRIED,
    _CONNECTORS,
    _KEPT_TO_SAYING,
    _PARTICIPLE,
    _PLUPERFECT,
    _QUOTING,
    _REPORTED_FROM,
    _THAT,
    _VERB,
    _VERB_OBJECT,
    _Verb,
)
from timeline.importing.clauses import (
    CLOSING,
    NO_MARKS,
    NOT_CLOSED,
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

# Present forms that are also impersonal passives ("يُعتقد أن", it is believed) when no one stands before أن.
# The present of speech verbs, which opens after a quotation only behind a comma: "«...»، يقول X".
_PRESENT = _folded(
    "يقول تقول يرى ترى يضيف تضيف يؤكد تؤكد يعتقد تعتقد يعتبر تعتبر يشير تشير يوضح توضح يلفت تلفت يشدد تشدد يتابع تتابع"
)
_OPINIONS = _folded("يعتقد تعتقد يعتبر تعتبر")
# Figures and findings, which "indicate" in the present as narration does ("وتشير التقديرات إلى أن ..."، "تؤكد
# البيانات أن ..."): no one says them, so no statement is opened (a past verb with them, "قالت دراسة", is still
# read, and left out for the editor as naming no speaker).
_FIGURES = _folded(
    "تقديرات بيانات أرقام إحصاءات إحصائيات معطيات مؤشرات تقارير نتائج معلومات دراسة دراسات استطلاع استطلاعات "
    "التقديرات البيانات الأرقام الإحصاءات الإحصائيات المعطيات المؤشرات التقارير النتائج المعلومات الدراسة "
    "الدراسات الاستطلاع الاستطلاعات"
)


def _opens_attribution(paragraph: str, verb: _Verb, found_in_sentence: bool) -> str | None:
    """How the verb at `verb` opens an attribution: "start" (a sentence, a dateline, a connector, a leading
    phrase), "after_quote" («…»، قال X), or None when it is a verb inside narration."""
    before = paragraph[: verb.start()].rstrip()
    if fold(verb["verb"]) in _OPINIONS and not verb["prefix"] and _THAT.match(paragraph[verb.end() :].lstrip()):
        return None  # "حيث يُعتقد أن ...": it is believed, by no one in particular
    following = paragraph[verb.end() :].split(maxsplit=1)
    if fold(verb["verb"]) in _PRESENT and following and fold(following[0]) in _FIGURES:
        return None  # "وتشير تقديرات إلى أن ...": figures indicate; narration, not a statement
    if not before or before[-1] in ".!?؟":
        return "start"
    if _PLUPERFECT.search(before):
        return "pluperfect"
    if _AMMA.search(before) and (verb["prefix"] == "ف" or before.endswith("فقد")):
        return "amma"
    if before[-1] in CLOSING and fold(verb["verb"]) in _PRESENT:
        return None  # "«...» توضح أثره": a present verb straight after a quotation goes on with the sentence
    # (not "«…»، ونصحت المرضى بـ ...": a verb behind و after the comma opens a clause, the speaker's going on)
    quoted_before = before[-1] in CLOSING or (before[-1] in "،," and not verb["prefix"])
    if quoted_before and (before[-1] in CLOSING or before[:-1].rstrip()[-1:] in CLOSING):
        return "after_quote"
    if not found_in_sentence:
        written_before = _svo_subject(before)
        if written_before is not None:
            subject = read_subject(written_before)
            # A titled name, an unnamed source, a reference, or a name alone; not any words before a verb ("عاد
            # هدوء حذر إلى العاصمة ..." is another verb's sentence).
            # A name alone stands before its verb only with an aside between ("السوداني، من جهته، قال"): without
            # one, two unknown words before a verb are as likely a sentence of their own ("عاد هدوء حذر").
            aside = bool(re.search(r"[،,]", re.split(r"[.!?؟]", before)[-1]))
            bare_name = subject.name and not subject.title and aside and reads_as_name(written_before.split("،")[0])
            if (subject.name and (subject.title or bare_name)) or subject.description or subject.refers_back:
                return "svo"  # "السوداني، من جهته، قال": the speaker before the verb, whatever stands between
    connector = _CONNECTORS.search(before)
    if connector is not None and connector.start() > 0:
        head = before[: connector.start()].rstrip()
        if not head or head[-1] in ".!?؟،,:" or head[-1] in CLOSING:
            return "start"
    elif connector is not None:
        return "start"
    if (re.search(r"[-–—/:)]$", before) or _AGENCY_DATELINE.search(before)) and len(before) <= 100:
        return "start"
    if before[-1] in "،,":
        if verb["prefix"]:
            return "start"
        if found_in_sentence:
            return None
        sentence = _DATELINE.sub("", re.split(r"[.!?؟]", before)[-1], count=1)
        # "بعد ساعات من سريان وقف النار بين إسرائيل وحماس، قال ...": بين there is "between", not بيّن
        verbs = (
            match
            for match in _VERB.finditer(sentence)
            if (match["prefix"] or fold(match["verb"]) != "بين") and not _NOUN_BEFORE.search(sentence[: match.start()])
        )
        if len(sentence.split()) <= 14 and next(verbs, None) is None:
            return "start"
    return None


# A word after which a verb's letters are a noun: "في أول رد رسمي من نوعه، قال ..."، "وفي ردها على ..."، "عقب
# تصريح ...": a preposition or an ordinal takes a noun (رد، reply), never a verb.
_NOUN_BEFORE = re.compile(
    rf"(?:^|\s)(?:و?(?:{_alternatives('في|من|على|الى|إلى|عن|مع|بعد|قبل|عقب|اول|أول|آخر|اخر|ثاني')}))\s*$"
)
# A dateline before a sentence: "واشنطن (رويترز) - "، "الكويت - 22 - 7 (كونا) -- "، "بغداد: ".
_DATELINE = re.compile(r"^.{0,80}?(?:\s[-–—]+|--|[-–—]+\s|/\s*\S+\s*/|\(\S+\)\s*[-–—:]*|:)\s*")


def _svo_subject(before: str) -> str | None:
    """The subject written before its verb, when the sentence so far is nothing else: "المتحدثة باسم المفوضية جمانة
    الغلاي أوضحت ...", "أوساط وزارية قالت ...", "قيادي في الإطار، طلب عدم الكشف عن اسمه، قال ..."."""
    sentence = re.split(r"[.!?؟]", before)[-1]
    sentence = _DATELINE.sub("", sentence, count=1)
    sentence = _CONNECTORS.sub("", sentence)
    words = sentence.split()
    if not 1 <= len(words) <= 16 or _VERB.search(sentence) or _THAT.search(sentence):
        return None
    # A subject opens with a title, a name, an unnamed source or a courtesy title; a sentence that opens with و and
    # an unknown word opens with another verb ("ولوّح رئيس البرلمان ..."), whose subject _actor finds.
    first = words[0].strip("،,")
    head = re.split(r"[،,]", sentence)[0]
    if _kind_of(first) not in ("title", "al", "anonymous", "honorific") and not reads_as_name(head):
        return None  # "لوّح رئيس الحكومة ...", "عاد هدوء حذر ...": another verb opens this sentence
    if first[:1] == "و" and _kind_of(first) == "name" and "\u064b" in sentence:
        return None  # "وأصدرت الاتحادية بيانًا أكدت فيه": another verb, its doer and its indefinite object
    # Relative clauses and asides are not the speaker: "، الذي تلا المقررات،", "، من جهته،"
    parts = [part for part in re.split(r"[،,]", sentence) if part.strip()]
    parts = [part for part in parts if not re.match(r"\s*(?:الذي|التي|الذين|من جهت|من جانب|بدور)", part)]
    return "، ".join(part.strip() for part in parts) or None


# Outlets named by letters, one of them إن: "لقناة بي إن سبورتس إن ..."، "لشبكة سي إن إن إن ..." (not the words' إن).
_ACRONYM_OUTLETS = re.compile(
    r"(?<!\S)(?:سي\s+[إا]ن\s+[إا]ن|سي\s+[إا]ن\s+بي\s+سي|[إا]ن\s+بي\s+سي|بي\s+[إا]ن(?:\s+سبورتس?)?)(?!\S)"
)


def _because(that: re.Match, verb: str) -> bool:
    """Whether an أن with ل before it is "because" ("، طلب عدم نشر اسمه لأنه غير مخول بالحديث،"): the words of no
    verb but those that take إلى ("أشار لأن" is "أشار إلى أن")."""
    return fold(that.group(0)).startswith("لان") and _VERB_OBJECT.get(fold(verb), "") != "الى"


def _named_next(after: str) -> bool:
    """Whether a word then a name set between commas follow: "الولاية، الأستاذة سعاد محمد الحسن،"."""
    parts = after.split("،")
    return (
        len(parts) >= 3
        and len(parts[0].split()) == 1
        and len(parts[1].split()) >= 3
        and len(read_subject(parts[1]).name.split()) >= 2
    )


def _subject_end(rest: str, verb: str) -> tuple[int, str, re.Match | None] | None:
    """Where the subject after a verb ends, and what follows it: "colon", "quote", "that" or "object"."""
    spans = quoted_spans(rest)
    ends: list[tuple[int, str, re.Match | None]] = []
    colon = re.search(r"[:：]", rest)
    if colon is not None and not inside(colon.start(), spans):
        ends.append((colon.start(), "colon", colon))
    for start, end in spans:
        words = rest[start + 1 : end - 1].split()
        lead = rest[:start].rstrip()
        # A quoted outlet or name in the subject (لـ"رويترز"، «سي إن إن») is not the quotation; a short quotation
        # is, when nothing but punctuation follows it.
        after = clean(rest[end : sentence_end(rest, end)]) if end < len(rest) else ""
        if re.search(rf"(?:^|\s)(?:لـ?|بـ?|ب)\s*$|ـ$|(?:{_OUTLETS}|باسم|بعنوان|عملية|قانون)\s*$", lead):
            continue
        if after and (":" in after or _THAT.search(after)):
            continue  # قائد "هيئة تحرير الشام" أحمد الشرع: a quoted name inside the subject
        tail = rest[end : sentence_end(rest, end)] if end < len(rest) else ""
        if tail.strip() and not (re.match(r"\s*[،,.:؛]", tail) or _PARTICIPLE.match(tail) or _GLOSS.match(tail)):
            continue  # وصول القمر الاصطناعي "محمد بن زايد سات" إلى قاعدة ...: a quoted name the sentence goes on past
        if len(words) >= 3 or (words and not after):
            ends.append((start, "quote", None))
            break
    that = _THAT.search(rest)
    lettered = "بي " in rest or "سي " in rest
    acronyms = [(match.start() - 1, match.end()) for match in _ACRONYM_OUTLETS.finditer(rest)] if lettered else []
    while that is not None and (inside(that.start(), spans) or _because(that, verb) or inside(that.start(), acronyms)):
        that = _THAT.search(rest, that.end())
    if that is not None and that.group(0).startswith("علي ") and fold(_VERB_OBJECT.get(fold(verb), "")) != "علي":
        # "وقال أبو علي إن ...": علي written with ي before إن is the name's, after a verb that takes no على
        that = _THAT.search(rest, that.start() + 4)
    if that is not None:
        ends.append((that.start(), "that", that))
    preposition = _VERB_OBJECT.get(fold(verb), "")
    if preposition:
        pattern = rf"(?:^|\s)({flexible(preposition)}){_E}" if len(preposition) > 1 else _BI_OBJECT
        if fold(preposition) == "علي":
            # على, not the name علي: "شدد على ضرورة", "أكد على أهمية"
            nouns = _alternatives("ضرورة|اهمية|حرص|رفض|دعم|موقف|التزام")
            pattern = rf"(?:^|\s)({flexible(preposition)})(?=\s+[«\"“]?(?:ال|{nouns}))"
        matches = [match for match in re.finditer(pattern, rest) if not inside(match.start(1), spans)]
        # "وشدد المتحدث علي الخالدي في كلمته على أن": a علي written with ي before another على or an أن is the name
        while (
            matches
            and fold(preposition) == "علي"
            and matches[0].group(1).endswith("ي")
            and rest[matches[0].end() :].lstrip(' «"“').startswith("ال")
            and (len(matches) > 1 or _THAT.search(rest, matches[0].end()))
        ):
            matches = matches[1:]
        # "وناشدت وزيرة الرعاية بالولاية، الأستاذة X Y Z، المنظمات بالتدخل": a ب that ends a post, the name set
        # after it between commas, is the post's, not what was called for
        while matches and fold(preposition) == "ب" and _named_next(rest[matches[0].end() :]):
            matches = matches[1:]
        obj = matches[0] if matches else None
        if obj is not None and not inside(obj.start(1), spans):
            ends.append((obj.start(1), "object", obj))
    if not ends:
        return None
    first = min(ends, key=lambda end: end[0])
    between = rest[first[0] : that.start()] if that is not None else ""
    if first[1] == "object" and "،" in between and not _PARTICIPLE.search(between):
        # "لفت المبعوث الخاص إلى جنيف، جمال العسيري، إلى أن": the first إلى belonged to the title
        return that.start(), "that", that
    return first


# A live page's entry: "16:10 | المتحدث باسم الدفاع المدني محمود بصل للجزيرة مباشر: «...»".
# ("4:30 م: ...": the time with م or ص, then a colon)
_LIVE_ENTRY = re.compile(r"^\s*[0-9٠-٩]{1,2}[:.][0-9٠-٩]{2}(?:\s*[مص](?!\w)\s*:)?\s*(?:[|\-–—]\s*)?")
# (an outlet told, in quotation marks, may end the speaker: "مصدر في الوفد لـ\"الحدث\": ...")
_LIVE_SPEAKER = re.compile(
    r"^(?P<subject>(?:[^:«“\"]|(?<=[لـ])[\"«“][^:\"«“»”]{1,40}[\"»”]){3,160}?):\s*(?P<words>.*)$"
)


_WRITTEN_ON = re.compile(r"\s+(?:عليه|عليها|عليهم|عليهما)(?![\w])")
_EXPRESSED = re.compile(r"(?:\s+[^\s.!?؟]+){0,8}?\s+عن(?!\w)")


_ACCORDING_AFTER_QUOTE = re.compile(
    # "«...»، بحسب ما قاله الأستاذ X"، "«...»، هكذا علّق الخبير X": the one who said it, named after the words
    r"[”»\"]\s*[،,]\s*(?:(?:بحسب|حسب)\s+ما\s+(?:قاله|قالته|قال|قالت|ذكره|ذكرته)(?![\w])"
    r"|وفق(?:ا|ًا|اً)?(?:\s+لـ?|\s+ما\s+(?:قال|قالت|ذكر|ذكرت))?|بحسب|حسب|على\s+حد\s+(?:قول|تعبير)|هكذا\s+(?:عل[ّ]?ق|عل[ّ]?قت|قال|قالت|لخ[ّ]?ص|لخ[ّ]?صت))\s*"
    r"(?!ما\s)(?=[^.!?؟«“\"]{2,160}(?:[.!?؟]|$))"
)


# "تعتزم موسكو ...، وفق ما نقلت وكالة «تاس» عن نائب الوزير X.": an outlet's report of someone's words, given at the
# end of the sentence; the clause before is theirs.
_REPORTED_AT_END = re.compile(
    r"[،,]\s*(?:وذلك\s+)?(?:وفق(?:ا|ًا|اً)?\s+(?:ل)?ما|بحسب\s+ما|حسب\s+ما|حسبما)\s+(?:نقلت|نقل|نقلته|نقله|نقلها)"
    r"\s+[^.!?؟،,]{2,60}?\s+عن\s+(?P<subject>[^.!?؟،,«“\"]{2,120}?)\s*(?=[.!?؟]|$)"
)


# "وختم X حديثه للصحافة ... قائلًا: «...»"، "واختتمت كلمتها قائلة:": who ended a talk, with the words they ended it
# with (no comma before the participle, so it is no participle after a deed); no name is the speaker before.
_TALK_NOUNS = "حديث|كلمت|تصريح|تصريحات|مداخلت|رسالت|خطاب|مؤتمر|لقاء"
_ENDED_SAYING = re.compile(
    r"(?:^|[.!?؟]\s*)(?:و)?(?:ختم|اختتم|أنهى|انهى)(?:ت)?(?:\s+(?P<subject>[^.!?؟:«“\"]{2,120}?))?"
    rf"\s+(?:{_TALK_NOUNS})(?:ه|ها)(?![\w])[^.!?؟:«“\"]{{0,160}}?(?<![،,])\s+قائل(?:ا|ًا|اً|ة|ةً)?\s*:\s*"
)


def read_paragraph(paragraph: str) -> list[Found]:
    """Every statement in an Arabic paragraph, in order."""
    entry = _LIVE_ENTRY.match(paragraph)
    if entry is not None:
        paragraph = paragraph[entry.end() :]
        speaker = _LIVE_SPEAKER.match(paragraph)
        if speaker is not None and not _VERB.search(speaker["subject"]):
            subject = read_subject(speaker["subject"])
            # (or a post with no name: "المتحدث باسم شرطة عمان السلطانية: ...")
            post = bool(subject.refers_back) and _kind_of(speaker["subject"].split()[0]) == "title"
            if subject.name or subject.description or post:
                words = speaker["words"].strip()
                if not words:
                    return [Found(DIRECT, "", subject, 0.7)]  # the words are the next paragraph
                if words[:1] in OPENING:
                    quoted, _end, closed = _quote_at(words, 0, len(words))
                    return [Found(DIRECT, quoted, subject, 0.75 if closed else 0.6)]
                return [Found(PARAPHRASE, clean(words), subject, 0.6)]
    elif (
        paragraph.rstrip(" .")[-1:] in CLOSING
        and (colon := paragraph.find(":", 0, 160)) > 0
        and paragraph[colon + 1 : colon + 3].lstrip()[:1] in OPENING
        and ("،" in paragraph[:colon] or paragraph.startswith("ال") or _kind_of(paragraph.split()[0]) == "title")
    ):
        # "يورغن باور، المتحدث باسم النقابة: «...»": a speaker line with a colon and the whole quotation, no verb, as
        # pages set a speaker's words outside a live page too; only a name with its post (never "عاجل: «...»"),
        # written as the name then ، and the post, or as a post with the article then the name: no verb the lists
        # lack ("وعلق معاليه على ...:"، "وخاطب القاضي ... الحضور:"; "وأوضح X: «...»" costs nothing here)
        first, comma, _rest = paragraph[:colon].partition("،")
        if first.split() and (_kind_of(first.split()[0]) == "title" or (bool(comma) and reads_as_name(first))):
            speaker = _LIVE_SPEAKER.match(paragraph)
            words = speaker["words"].strip() if speaker is not None else ""
            closing = closing_mark(words, 0) if words[:1] in OPENING else None
            if (
                closing is not None
                and not clean(words[closing + 1 :]).strip(".")
                and not _VERB.search(speaker["subject"])
            ):
                subject = read_subject(speaker["subject"])
                if subject.name and subject.title:
                    return [Found(DIRECT, words[1:closing].strip(), subject, 0.7)]
    stripped = paragraph.strip()
    if stripped[:1] in OPENING:
        closing = closing_mark(stripped, 0)
        if closing is None or not clean(stripped[closing + 1 :]).strip('”»"'):
            # A paragraph that is only a quotation goes on with the speaker before (quotes of several paragraphs).
            words = stripped[1:closing].strip().rstrip("،,") if closing is not None else clean(stripped[1:])
            return [Found(DIRECT, words, Subject(), 0.7 if closing is not None else 0.6)] if words else []
    spans = quoted_spans(paragraph)
    # A quotation never closed does not hide the attributions after it: "«نحن صامدون، وأضاف المقداد أن ..."
    closed = [(start, end) for start, end in spans if closing_mark(paragraph, start) is not None]
    openings: list[tuple[_Verb, str, Subject | None]] = []
    for match in _VERB.finditer(paragraph):
        if inside(match.start(), closed):
            continue
        if fold(match["verb"]) == "عبر" and not _EXPRESSED.match(paragraph, match.end()):
            continue  # "عبر المنصة الوطنية": the preposition "via", not "عبّر عن" (expressed)
        if fold(match["verb"]) == "كتب" and _WRITTEN_ON.match(paragraph, match.end()):
            continue  # "لافتات كُتب عليها «لا للغلاء»": what was written on a thing, said by no one
        verb = _Verb(match)
        sentence_start = max(paragraph.rfind(mark, 0, verb.start()) for mark in ".!?؟")
        found_in_sentence = any(opening.start() > sentence_start for opening, _how, _subject in openings)
        how = _opens_attribution(paragraph, verb, found_in_sentence)
        if how is not None:
            openings.append((verb, how, None))
    for match in _QUOTING.finditer(paragraph) if "قول" in paragraph else ():
        if not inside(match.start(), closed):
            openings.append((_Verb(at=match.end()), "quoting", read_subject(match["subject"])))
    for match in _KEPT_TO_SAYING.finditer(paragraph) if "بالقول" in paragraph else ():
        if not inside(match.start(), closed):
            subject = read_subject(match["amma"] or match["subject"] or "")
            openings.append((_Verb(at=match.end()), "quoting", subject))
    for match in _REPORTED_FROM.finditer(paragraph) if "نقل" in paragraph else ():
        if not inside(match.start(), closed) and not any(o.start() == match.end() for o, _h, _s in openings):
            openings.append((_Verb(at=match.end()), "quoting", read_subject(match["subject"])))
    according = closed and ("حسب" in paragraph or "وفق" in paragraph or " حد " in paragraph or "هكذا" in paragraph)
    for match in _ACCORDING_AFTER_QUOTE.finditer(paragraph) if according else ():
        # "«...»، وفق المومني."، "«...»، بحسب المتحدث باسم الوزارة.": a quotation opening its sentence is theirs
        quote = next((start for start, end in closed if end == match.start() + 1), None)
        if quote is not None and (not paragraph[:quote].strip() or paragraph[:quote].rstrip()[-1] in ".!?؟"):
            openings.append((_Verb(at=match.end()), "after_quote", None))
    for match in _CARRIED.finditer(paragraph) if "نقل" in paragraph else ():
        if not inside(match.start(), closed):
            openings.append((_Verb(at=match.end()), "quoting", read_subject(match["subject"])))
    for match in _ACCORDING.finditer(paragraph) if ("فإن" in paragraph or "فان" in paragraph) else ():
        if not inside(match.start(), closed):
            named = match["subject"]
            if named.startswith("ل") and paragraph[match.start("subject") - 1] == "ل":
                named = "ا" + named  # "ووفقًا للمبعوث، فإن ...": لـ before the article's ل, written as one
            openings.append((_Verb(at=match.end()), "according", read_subject(named)))
    for match in _REPORTED_AT_END.finditer(paragraph) if "نقل" in paragraph else ():
        sentence_start = max(paragraph.rfind(mark, 0, match.start()) for mark in ".!?؟") + 1
        if not inside(match.start(), closed) and not any(
            sentence_start <= opening.start() < match.start() for opening, _how, _subject in openings
        ):
            openings.append((_Verb(at=sentence_start), "reported_at_end", read_subject(match["subject"])))
    for match in _ENDED_SAYING.finditer(paragraph) if "قائل" in paragraph else ():
        if not inside(match.start(), closed) and paragraph[match.end() : match.end() + 1] in OPENING:
            subject = read_subject(match["subject"]) if match["subject"] else Subject()
            openings.append((_Verb(at=match.end()), "ended_saying", subject))
    openings.extend(_participles_after_deeds(paragraph, openings, closed))
    openings.sort(key=lambda opening: opening[0].start())
    found: list[Found] = []
    for index, (verb, how, subject) in enumerate(openings):
        limit = openings[index + 1][0].start() if index + 1 < len(openings) else len(paragraph)
        if how == "after_quote":
            found.extend(_after_quote(paragraph, verb, limit, spans))
            continue
        if how == "ended_saying":
            words, quote_end, was_closed = _quote_at(paragraph, verb.start(), limit)
            if words:
                found.append(Found(DIRECT, words, subject or Subject(), 0.8 if was_closed else 0.5))
                found.extend(_continuations(paragraph, quote_end, limit, subject or Subject()))
            continue
        if how == "reported_at_end":
            start = len(paragraph) - len(paragraph[verb.start() :].lstrip())
            if paragraph[start : start + 1] == "و" and (
                paragraph[start + 1 : start + 2] in "تين" or paragraph[start + 1 : start + 3] == "ال"
            ):
                start += 1  # "وتعتزم موسكو ...": the conjunction is the writer's
            found.extend(_paraphrase(paragraph, start, limit, subject or Subject(), 0.7))
            continue
        if how == "according":
            found.extend(_paraphrase(paragraph, verb.end(), limit, subject or Subject(), 0.8))
            continue
        if how == "participle":
            going_on = _continuations(paragraph, verb.start(), limit, Subject())
            if going_on and subject is not None:
                going_on[0] = dataclasses.replace(going_on[0], subject=subject, confidence=going_on[0].confidence - 0.1)
            found.extend(going_on)
            continue
        before = paragraph[: verb.start()].rstrip()
        if how == "pluperfect":
            subject = read_subject(_PLUPERFECT.search(before)["subject"])
        elif how == "amma":
            subject = read_subject(_AMMA.search(before)["subject"])
        elif how == "svo":
            subject = read_subject(_svo_subject(before) or "")
        elif index == 0 and subject is None:
            subject = _actor(paragraph, verb)
        strong = how in ("pluperfect", "amma")  # the subject is written before the verb: none after it
        found.extend(_clause(paragraph, verb, limit, subject, strong=strong))
    return found


def _after_quote(paragraph: str, verb: _Verb, limit: int, spans: tuple[tuple[int, int], ...]) -> list[Found]:
    """«…»، قال X: the quotation before the verb is X's."""
    before = [span for span in spans if span[1] <= verb.start()]
    if not before:
        return []
    start, end = before[-1]
    words = paragraph[start + 1 : end - 1].strip()
    subject_end = min(sentence_end(paragraph[:limit], verb.end()), limit)
    # "«…»، يقول الدكتور X، أستاذ الاقتصاد، مضيفًا أن ...": the speaker ends where a participle goes on.
    participle = _next_participle(paragraph, verb.end(), subject_end)
    if participle is not None:
        subject_end = participle.start()
    tail = paragraph[verb.end() : subject_end]
    # "«…»، قال X إن ..." is an ordinary attribution that happens to follow a quotation.
    if _THAT.search(tail) or ":" in tail:
        return _clause(paragraph, verb, limit)
    # "«…»، أضافت X، «…».": a quotation split by its speaker; its second half, after the name and a comma, is
    # theirs too
    second = next((span for span in spans if verb.end() < span[0] < subject_end), None)
    if second is not None and not paragraph[verb.end() : second[0]].rstrip().endswith(("،", ",")):
        second = None
    if second is not None:
        tail = paragraph[verb.end() : second[0]].rstrip().rstrip("،,")
    subject = read_subject(tail)
    if not words:
        return []
    if second is not None and paragraph[second[1] - 1 : second[1]] in CLOSING:
        rest = paragraph[second[0] + 1 : second[1] - 1].strip()
        return [Found(DIRECT, words, subject, 0.8), *([Found(DIRECT, rest, Subject(), 0.8)] if rest else [])]
    return [
        Found(kind=DIRECT, text=words, subject=subject, confidence=0.8),
        *_continuations(paragraph, subject_end, limit, Subject()),
    ]


_OCCASION_ASIDE = re.compile(r"[،,]\s*(?:خلال|أثناء|اثناء|لدى|في|عقب|على\s+هامش)\s[^،,.!?؟]*[،,]")


def _clause(
    paragraph: str, verb: _Verb, limit: int, given: Subject | None = None, *, strong: bool = False
) -> list[Found]:
    rest_start = verb.end()
    rest = paragraph[rest_start:limit]
    calling = fold(verb["verb"]) in _CALL_VERBS
    accusing = fold(verb["verb"]) in _ACCUSING
    end = _subject_end(rest, verb["verb"])
    plain = _direct_object(rest, verb["verb"])
    if plain is not None and (end is None or plain[0] < end[0]):
        end = plain
    # "…، ودعا المواطنين ..."، "…، وناشد المجتمع الدولي ...": a call going on from a clause of the same sentence is
    # the speaker before's, and a group right after it is whom they call on (elsewhere "المجتمع" may be who calls)
    going_on = calling and paragraph[: verb.start()].rstrip().endswith(("،", ","))
    if going_on:
        # only after words said ("قال X إن ...، ودعا"), not after a deed ("أدانت الخارجية الهدم، وطالبت ...")
        sentence_start = max(paragraph.rfind(mark, 0, verb.start()) for mark in ".!?؟")
        going_on = _VERB.search(paragraph[sentence_start + 1 : verb.start()]) is not None
    first = rest.split()[0].strip("،,") if going_on and rest.split() else ""
    plural = _is_al(first) and len(fold(first)) >= 7 and fold(first).endswith(("ين", "ات"))
    # and advice or an accusation going on so is the speaker's, whomever it is of ("...، ونصحت كبار السن بأخذ اللقاح"),
    # unless a post opens a new speaker
    advising = accusing and bool(first) and _kind_of(first) not in ("title", "honorific", "anonymous")
    going_on = going_on and (fold(first) in _CALLED or plural or advising)
    if end is None and fold(verb["verb"]).startswith("ناشد"):
        # "وناشد أهوانسو المانحين توفير 400 مليون دولار": whom, then what, with no preposition between
        sentence = rest[: sentence_end(rest)]
        called = 0 if going_on else _called(sentence)
        who = read_subject(sentence[:called]) if called is not None else Subject()
        end = (called, "object_plain", None) if who.name or who.refers_back or going_on else None
    if end is None:
        return []
    position, how, match = end
    subject_text = rest[:position]
    # an occasion set between commas does not count: "X، خلال اتصال هاتفي مع الممثل الأعلى ... جوزيب بوريل، إن"
    counted = _OCCASION_ASIDE.sub("،", subject_text) if len(subject_text.split()) > 22 else subject_text
    # a sentence ends inside it, unless at an abbreviation ("د. كمال الجزولي"، "أ.د. X")
    stops = re.search(r"[.!?؟]\s", subject_text) is not None and sentence_end(subject_text) < len(subject_text)
    if len(counted.split()) > 22 or stops:
        return []
    # "وطمأن الوزير المواطنين بأن ...": whom one reassures stands before بأن as whom one calls on before إلى
    reassuring = how == "that" and fold(verb["verb"]) in _REASSURING
    called = _called(subject_text, anyone=accusing) if how == "object" and calling else None
    if reassuring:
        # a group's noun or a plural with the article after the speaker: "المواطنين"، "الأسواق"، "المستثمرين"
        groups = (
            word.start()
            for word in list(re.finditer(r"\S+", subject_text))[1:]
            if fold(word.group(0).strip("،,")) in _CALLED
            or (_is_al(word.group(0)) and len(fold(word.group(0))) >= 7 and fold(word.group(0)).endswith(("ين", "ات")))
        )
        called = next(groups, None)
    if accusing and called is None and not going_on:
        return []  # whom an accusation or advice is of cannot be told from the speaker's name: nothing read
    if how in ("object", "object_plain") and going_on:
        called = len(subject_text) - len(subject_text.lstrip())
    strong = strong and given is not None and bool(given.name or given.description or given.refers_back)
    if strong and how == "object" and calling and clean(subject_text) and called is None:
        called = len(subject_text) - len(subject_text.lstrip())  # "وكان X قد دعا المصارف في وقت سابق إلى ..."
    if called is None and how == "object" and calling and _calls_on_without_subject(subject_text, verb["verb"]):
        called = len(subject_text) - len(subject_text.lstrip())  # "ودعا الأطراف إلى ...": the speaker before
        sentence = paragraph[max(paragraph.rfind(mark, 0, verb.start()) for mark in ".!?؟") + 1 : verb.start()]
        if (
            _OWN_FOLLOWERS.match(fold(subject_text.split()[0].strip("،,")))
            and sentence.rstrip().endswith(("،", ","))
            and not (_THAT.search(sentence) or any(mark in sentence for mark in OPENING))
        ):
            # "وكان التيار قد أعلن مقاطعته، ودعا أنصاره إلى ...": a body's call going on from its deed, no one's words
            return []
    if called is not None:
        subject_text = subject_text[:called]  # "دعا X الدول إلى ...": the words start with whom X called on
    if fold(verb["verb"]) == "ابلغ" and how == "that":
        # "أبلغ مصدر مطلع \"الصباح\" أن ..."، "أبلغت الوزيرة الصحفيين أن ...": whom one told, an outlet in quotation
        # marks or a group, stands between the speaker and أن
        told = re.search(r"\s*[«“\"][^«“\"»”]{1,40}[»”\"]\s*$", subject_text)
        told_at = told.start() if told is not None else _called(subject_text)
        subject_text = subject_text[:told_at] if told_at else subject_text
    subject = read_subject(subject_text)
    one_word = bool(subject.name) and " " not in subject.name and not subject.title
    if one_word and verb.feminine and not re.search(r"[،,]|\sوهي\s", subject_text):
        # "أعلنت أرامكو أن ..."، "وقالت نواكشوط إن ...": one word, with a feminine verb and nothing that tells of a
        # woman ("فاطمة، وهي من سكان ..."), is a company, a city or a country, or a woman named before by her
        # surname: someone named before, never a new person
        subject = Subject(refers_back=subject.name)
    if called is not None and subject.unreadable and len(subject_text.split()) == 1:
        subject = Subject(refers_back=clean(subject_text))  # "ودعا خلف ..."، "ودعا السيد ...": named before
    if given is not None and (strong or not (subject.name or subject.description or subject.refers_back)):
        subject = given
    confidence = 0.9 if not subject.unreadable else 0.4
    start = rest_start + position
    if how == "colon":
        start = rest_start + match.end()
        after = paragraph[start:limit].lstrip()
        if not after:
            # A speaker line: the words are the next paragraph.
            return [Found(kind=DIRECT, text="", subject=subject, confidence=confidence)]
        if fold(verb["verb"]) == "كتب" and not paragraph[: verb.start()].strip() and after[0] not in OPENING:
            return []  # "كتب محمد عبد الرازق: ترأس ...": a byline, then the report
        start = limit - len(after) if after else limit
        that = _THAT.match(after)
        if that is not None:
            return _paraphrase(paragraph, start + that.end(), limit, subject, confidence)
        if after[0] not in OPENING:
            text_end = min(sentence_end(paragraph[:limit], start), limit)
            found = Found(DIRECT, clean(paragraph[start:text_end]), subject, confidence - 0.2, [NO_MARKS])
            return [found, *_continuations(paragraph, text_end, limit, subject)]
        how = "quote"
    if how == "quote":
        start = paragraph.index(next(ch for ch in paragraph[start:] if ch in OPENING), start)
        words, quote_end, closed = _quote_at(paragraph, start, limit)
        doubts = [] if closed else [NOT_CLOSED]
        found = Found(DIRECT, words, subject, confidence - (0 if closed else 0.3), doubts)
        return [found, *_continuations(paragraph, quote_end, limit, subject)] if words else []
    if how == "that":
        return _paraphrase(paragraph, rest_start + match.end(), limit, subject, confidence)
    if how == "object_plain":
        return _paraphrase(paragraph, rest_start + position, limit, subject, confidence - 0.15)
    if called is not None:
        return _paraphrase(paragraph, rest_start + called, limit, subject, confidence - 0.1)
    return _paraphrase(paragraph, rest_start + match.end(1), limit, subject, confidence - 0.1, object_phrase=True)

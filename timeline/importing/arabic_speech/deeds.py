"""The one who did something, when a sentence opens with a deed rather than a speech verb: "لوّح رئيس الحكومة X
بالاعتكاف، وقال ...", "دافع الوزير X عن المرسوم، موضحًا أن ..."."""

from __future__ import annotations

import re

from timeline.arabic import (
    fold,
)
from timeline.importing.arabic_speech.lexicon import (
    _alternatives,
    _folded,
)
from timeline.importing.arabic_speech.names import (
    _GIVEN_NAMES,
    _LINKS,
    _SURNAMES_LIKE_POSTS,
    _is_al,
    _kind_of,
    _split_title_and_name,
    reads_as_name,
)
from timeline.importing.arabic_speech.subjects import (
    read_subject,
)
from timeline.importing.arabic_speech.verbs import (
    _PARTICIPLE,
    _Verb,
)
from timeline.importing.clauses import (
    Subject,
    inside,
)


def _participles_after_deeds(
    paragraph: str, openings: list[tuple[_Verb, str, Subject | None]], closed: tuple[tuple[int, int], ...]
) -> list[tuple[_Verb, str, Subject | None]]:
    """A participle after a sentence that opened with a deed, not a speech verb: "دافع الوزير X عن المرسوم، موضحًا أن
    ...", "تمسك المحامي X بطلبه، مؤكدًا أن ...": the one who did it says the words."""
    found = []
    for match in _PARTICIPLE.finditer(paragraph):
        if inside(match.start(), closed):
            continue
        sentence_start = max(paragraph.rfind(mark, 0, match.start()) for mark in ".!?؟") + 1
        if any(sentence_start <= opening.start() < match.start() for opening, _how, _subject in openings):
            continue  # a statement opened in this sentence: the participle goes on with it
        if any(sentence_start <= earlier.start() for earlier, _how, _subject in found):
            continue  # the first participle of the sentence opens; the others go on with it
        subject = _doer(paragraph[sentence_start : match.start()] + "،")
        if subject is not None:
            found.append((_Verb(at=match.start(), verb=match["participle"]), "participle", subject))
    return found


# A turn of the story before its first sentence: "في المقابل، ظهر ..."، "من جهته، دعا ...".
_TURNS = "في المقابل|من جهته|من جهتها|من جانبه|من جانبها|بدوره|بدورها|في غضون ذلك|الى ذلك|في سياق متصل|في الاثناء"
_LEADING_PHRASE = re.compile(rf"^\s*(?:و)?(?:{_alternatives(_TURNS)})\s*[،,]\s*")


def _actor(paragraph: str, verb: _Verb) -> Subject | None:
    """Who a paragraph opened with, when a speech verb later in it names no one: "لوّح رئيس الحكومة حسان دياب
    بالاعتكاف، وقال إن ..." — the one who waved the threat is the one who said it."""
    head = paragraph[: verb.start()]
    # "تفقد الوزير X مرفأ طرابلس، حيث قال: ...": where he did it, he said it
    where = re.search(r"[،,]\s*حيث\s*$", head)
    if where is not None:
        head = head[: where.start() + 1]
    elif not re.search(r"[،,]\s*[وف]?$", head.rstrip() + " ") or not verb["prefix"]:
        return None
    return _doer(head)


# What a deed is done with, after ب: "أشاد بأداء ..."، "نوّه بدور ..."، "رحّب بقرار ..."، "تمسك بموقفه".
_PRAISED = _folded("أداء دور جهود جهد مستوى قرار موقف موقفه إنجاز مبادرة تعاون نتائج روح فوز انتصار التزام")
_PREPOSITIONS = _folded("في من على إلى عن مع")
_COUNTERPART = re.compile(r"^و?(?:نظير|نظيرت)(?:ه|ها|هم)$")


def _doer(head: str) -> Subject | None:
    """The titled name that does what a sentence opens with: "لوّح رئيس الحكومة حسان دياب بالاعتكاف،", "دافع
    الوزير X عن المرسوم،"; None when the sentence names no titled person before its first comma."""
    head = re.sub(r"^.{0,80}?(?:[-–—/:]|\(\S+\))\s+", "", head, count=1)  # a dateline
    head = _LEADING_PHRASE.sub("", head)
    # "وكان وكيل الأمين العام توم فليتشر قد زار أدري، وقال ...": the subject stands between كان and قد.
    pluperfect = re.match(r"^\s*و?كان(?:ت)?\s+(?P<subject>[^،,.]{2,160}?)\s+قد\s", head)
    if pluperfect is not None:
        title, name = _split_title_and_name(pluperfect["subject"])
        return Subject(name=name, title=title) if name and reads_as_name(name) else None
    words = head.split()
    if len(words) < 3 or _kind_of(words[0].rstrip("،,")) in ("title", "honorific", "al", "anonymous"):
        return None  # "وزير الصحة الدكتور X طمأن، ...": the subject first, its verb unknown; or too short
    for at in range(1, min(len(words) - 1, 4)):
        if words[at] in ("هي", "هو") and _kind_of(words[at + 1].rstrip("،,")) == "title":
            words = [words[0], *words[at + 1 :]]  # "وفازت امرأة واحدة هي النائبة X": who the one described is
            break
    phrase: list[str] = []
    named = titled = False
    for index, raw in enumerate(words[1:], start=1):
        ends_part = raw[-1:] in "،,"
        word = raw.rstrip("،,")
        following = words[index + 1] if index + 1 < len(words) else ""
        # "بمقعد في ..."، "بتهمة من ...": after a whole name, ب and a noun before a preposition is what the deed was
        # done with
        if (
            named
            and word.startswith(("بم", "بت"))
            and fold(following.rstrip("،,")) in _PREPOSITIONS
            and len(phrase) >= 2
            and _kind_of(phrase[-2]) == "name"
            and _kind_of(phrase[-1]) in ("name", "al")
            and fold(word) not in _GIVEN_NAMES
        ):
            break
        # The name ends at the verb's object: "نبيه بري بتعليق الجلسات", "بالاعتكاف" (not بري, بن, بنت).
        if named and word[:1] in "بل" and (_is_al(word) or _is_al(following)) and fold(word) not in ("بن", "بنت"):
            break
        # "انتقدت رئيسة الكتلة أنيكا فيلدهاوس المقترح": after a foreign name of two words (no Arabic given name, no
        # article), a word with the article is what the deed was done to, not a family name
        if (
            named
            and _is_al(word)
            and len(phrase) >= 2
            and all(_kind_of(part) == "name" and not _is_al(part) for part in phrase[-2:])
            and not any(fold(part) in _GIVEN_NAMES or fold(part) in _LINKS for part in phrase[-2:])
        ):
            break
        # "أشاد المدرب (X) بأداء لاعبيه، وقال ...": what a deed is done with (ب and a noun of what was done or
        # shown) is its object, not a name
        if phrase and word[:1] == "ب" and fold(word[1:]) in _PRAISED:
            break
        # "استقبل الوزير سالم الدوسري وفدًا من رجال الأعمال": an indefinite object (its tanween) after the name ends
        # it; what follows is whom the act was done to, never who spoke.
        if named and "\u064b" in word:
            break
        # "تفقد وزير الأشغال X مرفأ طرابلس"، "افتتح وزير الصحة X مستشفى بيروت": after a titled name, a post's
        # noun, a place, or a noun before a place is what the act was done to
        kind = _kind_of(word)
        before_place = kind == "name" and bool(following) and _kind_of(following.rstrip("،,")) == "place"
        # "النائب X ولد محمد الأمين ما وصفه ...": after ولد or بن and the father's name, a family name that looks
        # like a post (الأمين، القاضي) is the name's end, unless it governs what follows (الأمين العام)
        lineage = bool(phrase) and (
            fold(phrase[-1]) in _LINKS
            or (len(phrase) >= 2 and fold(phrase[-2]) in _LINKS and fold(word) in _SURNAMES_LIKE_POSTS)
        )
        if lineage and fold(following.rstrip("،,")) not in ("العام", "العامه"):
            kind = "name" if not _is_al(word) else "al"
        if named and titled and (kind in ("title", "place") or before_place):
            break
        # a word that is no name nor part of a post: not الخارجية or الحكومة, which posts hold
        ends = kind == "stop" and not _is_al(word)
        # (and an envoy's or an ambassador's post: "المبعوث الأممي إلى اليمن"، "سفير فرنسا لدى لبنان")
        in_place = fold(word) in ("في", "من", "الي", "لدي") and _kind_of(following.rstrip("،,")) == "place"
        if phrase and not named and ends and not in_place:
            break  # "تمسك ممثل النيابة العامة خلال الجلسة ...": a post with no name, then where or when
        if named and (ends or _COUNTERPART.match(fold(word))):
            # "ترأس الشيخ X وزير البلدية اجتماع اللجنة ...": the post ends where the object starts; "استقبل الوزير
            # X نظيره القطري ...": whom he met is not who he is
            break
        # "رئيس حكومة تصريف الأعمال في لبنان X": a word a post's noun governs is the post's, not a name
        governed = bool(phrase) and _kind_of(phrase[-1]) == "title" and not _is_al(phrase[-1])
        phrase.append(word)
        titled = titled or (not named and kind == "title")
        named = named or (kind == "name" and not governed)
        if ends_part:
            break
    if not phrase:
        return None
    written = " ".join(phrase)
    if named and ends_part:
        written += _post_in_apposition(words[index + 1 :])
    subject = read_subject(written)
    # Only a titled name: "رئيس البرلمان نبيه بري"; "عاد هدوء حذر ...", "قتل خمسة أشخاص" and "الجامعة المغربية
    # لحقوق المستهلك القرار" (a body) name no one.
    titled = bool(subject.title) and _kind_of(subject.title.split()[0]) in ("title", "honorific", "al", "anonymous")
    return subject if subject.name and titled and reads_as_name(subject.name) else None


def _post_in_apposition(words: list[str]) -> str:
    """The post between commas right after the doer's name, as read_subject takes it ("، عضو لجنة الإسكان"): "رفضت
    النائبة X، عضو لجنة الإسكان بالمجلس، مشروع القانون" (a post in construct, without the article); "" for anything
    else (the deed's object, an aside)."""
    part: list[str] = []
    for raw in words[:9]:
        part.append(raw.rstrip("،,"))
        if raw[-1:] in "،,":
            first = part[0]
            return f"، {' '.join(part)}" if _kind_of(first) == "title" and not _is_al(first) else ""
    return ""

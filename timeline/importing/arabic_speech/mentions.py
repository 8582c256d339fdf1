"""People named in narration, whom later sentences refer back to ("استقبل صاحب السمو الشيخ X رئيس الدولة"), and
whether a word names a person by post or kind."""

from __future__ import annotations

import functools
import re

from timeline.arabic import (
    fold,
)
from timeline.importing.arabic_speech.lexicon import (
    _ANONYMOUS,
    _AUDIENCE,
    _B,
    _CONSTRUCT_HEADS,
    _E,
    _FUNCTION_WORDS,
    _OUTLET_AUDIENCE,
    _RANKS,
    _TITLE_HEADS,
    _TITLE_NOUNS,
    _alternatives,
    _folded,
)
from timeline.importing.arabic_speech.names import (
    _kind_of,
    _kinds,
    _name_runs,
    _split_title_and_name,
    _tokens,
    reads_as_name,
)
from timeline.importing.arabic_speech.subjects import _BODY_HEAD, _RANK_BRANCH, _named_in_a_body_name, courtesy_of
from timeline.importing.clauses import (
    Subject,
)


def is_person_noun(word: str) -> bool:
    """Whether a word (with or without the article) names a person by post or kind: الوزير، المسؤول، المتحدث, and
    not a body: المؤسسة، الوزارة."""
    folded = re.sub(r"^(?:وال|بال|لل|ال)", "", fold(word))
    return folded in _TITLE_HEADS or folded in _CONSTRUCT_HEADS or folded in _ANONYMOUS or folded in _RANKS


# Courtesy titles that announce a person in narration: "استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة".
_ANNOUNCING = _folded("سمو السمو فخامة معالي سعادة جلالة دولة الشيخ الشيخة الأمير الأميرة")
_ANNOUNCING_RE = re.compile(
    rf"{_B}(?:{_alternatives('سمو|السمو|فخامة|معالي|سعادة|جلالة|دولة|الشيخ|الشيخة|الأمير|الأميرة')}){_E}"
)


def mentions(paragraph: str) -> list[Subject]:
    """The people a paragraph's narration announces with a courtesy title (name, and the title after it), so that
    "سموه", "رئيس الدولة" or "الرئيس الكيني" later find them though they spoke in no statement yet."""
    return [mention for _courtesy, mention in courtesy_mentions(paragraph)]


def courtesy_mentions(paragraph: str) -> list[tuple[str, Subject]]:
    """The people a paragraph announces with a courtesy title, each with that title's key (courtesy_of: معالي،
    سعادة، سمو ...), so that "معاليه" finds the one announced as معالي and "سعادته" the one announced as سعادة."""
    if not _ANNOUNCING_RE.search(paragraph):
        return []
    words = paragraph.replace("،", " ، ").split()
    found: list[tuple[str, Subject]] = []
    index = 0
    while index < len(words):
        if fold(words[index]) not in _ANNOUNCING:
            index += 1
            continue
        start = index
        while index < len(words) and _kind_of(words[index]) in ("honorific", "title") and words[index] != "،":
            index += 1
        leading_title = [w for w in words[start:index] if _kind_of(w) == "title"]
        name_start = index
        while (
            index < len(words)
            and words[index] != "،"
            and _kind_of(words[index]) in ("name", "al")
            # "الشيخ X العلي للصحفيين": whom it was said to ends the name
            and not _AUDIENCE.match(" " + words[index])
            and not _OUTLET_AUDIENCE.match(" " + words[index])
        ):
            index += 1
        name = " ".join(_tokens(" ".join(words[name_start:index])))
        title_start = index
        while (
            index < len(words)
            and words[index] != "،"
            # "وزير الخارجية": a body's noun with the article goes on with the post
            and (
                _kind_of(words[index]) in ("title", "al", "place")
                or _TITLE_NOUN_WITH_AL.match(fold(words[index]))
                or (fold(words[index]) == "عهد" and fold(words[index - 1]) == "ولي")  # "ولي عهد أبوظبي"
            )
            and not _OUTLET_AUDIENCE.match(" " + words[index])
        ):
            index += 1
        if index > title_start + 1 and _whole_name_at(words, index):
            # "استقبل سمو الشيخ X أمير البلاد وزير الخارجية الأمريكي أنتوني بلينكن": a name right after the post is
            # someone else's, and so is the post that opens after a noun with the article ("وزير الخارجية ...")
            cuts = [
                at
                for at in range(title_start + 1, index)
                if is_person_noun(words[at]) and _kind_of(words[at - 1]) in ("al", "place")
            ]
            if cuts:
                index = cuts[-1]
        title = " ".join(words[title_start:index]) or " ".join(leading_title)
        apposition = _apposition_at(words, index) if index == title_start and name else None
        if apposition is not None:
            # "صاحب السمو الشيخ X، نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي، ...": the post set between commas
            title, index = " ".join(words[index + 1 : apposition]), apposition
        if len(name.split()) >= 2 and reads_as_name(name):
            found.append((courtesy_of(words[start]), Subject(name=name, title=title)))
            index = max(index, start + 1)
        else:
            index = start + 1  # "صاحب السمو الملكي الأمير فيصل ...": the courtesy title goes on; read on from it
    return found


def _apposition_at(words: list[str], index: int) -> int | None:
    """Where a post set between commas after a name ends (its closing comma), when `words[index]` opens one: a
    post's word first, then only the words a post holds."""
    if index + 1 >= len(words) or words[index] != "،" or _kind_of(words[index + 1]) != "title":
        return None
    end = index + 1
    while end < len(words) and words[end] != "،" and end - index <= 12:
        kind = _kind_of(words[end])
        held = kind in ("title", "al", "place") or (kind == "stop" and fold(words[end]).startswith("ال"))
        if not (held or _TITLE_NOUN_WITH_AL.match(fold(words[end]))):
            return None
        end += 1
    return end if end < len(words) and words[end] == "،" else None


def _whole_name_at(words: list[str], index: int) -> bool:
    """Whether a whole name of two words or more, in letters only, starts at `words[index]` (not "-حفظه الله-")."""
    run = []
    while index < len(words) and re.fullmatch(r"[\u0621-\u064a]+", words[index]):
        if _kind_of(words[index]) not in ("name", "al") or (not run and _kind_of(words[index]) != "name"):
            break
        run.append(words[index])
        index += 1
    return len(run) >= 2 and reads_as_name(" ".join(run))


_TITLE_NOUN_WITH_AL = re.compile(rf"^ال(?:{'|'.join(sorted(_TITLE_NOUNS, key=len, reverse=True))})$")


# Posts that introduce a person in narration: "التقى وزير الخارجية الكويتي عبدالله علي اليحيا ..."
_POST_HEAD = re.compile(
    rf"{_B}(?:[ولب]|لل|وال|بال)?(?P<head>(?:ال)?(?:{_alternatives('وزير|وزيرة|رئيس|رئيسة|امين|متحدث|متحدثة|ناطق|سفير|مبعوث|مندوب|مفوض|موفد|محافظ|والي|قائد|زعيم|مستشار|مدير|مديرة|ممثل|ممثلة|نائب|نائبة|مدرب|مدربة')})){_E}"
)


def titled_mentions(paragraph: str) -> list[Subject]:
    """People a paragraph's narration names after their post, without a courtesy title: "في مؤتمر صحفي مع وزير
    الخارجية الكويتي عبدالله علي اليحيا"، "استقبل الرئيس ... الموفد الفرنسي جان إيف لودريان". Known to what follows
    ("وحث اليحيا ..."), with the post, though they have not spoken yet."""
    found: list[Subject] = []
    covered = 0
    for match in _POST_HEAD.finditer(paragraph):
        if match.start() < covered:
            continue  # "الناطق باسم الوزارة السفير سفيان القضاة": السفير is inside the post read already
        # from the post itself, without what joins it to the sentence (ووزير، لوزير، للوزير)
        phrase = _PHRASE_END.split(paragraph[match.start("head") : match.start("head") + 300], maxsplit=1)[0]
        read, length = _post_and_name(phrase)
        apposed = _apposed_name(paragraph, match.start("head") + len(phrase), phrase, courtesy_only=read is not None)
        if apposed is not None:
            # "قدمت رئيسة المجلس الوطني لحقوق الإنسان، السيدة X Y، التقرير": the post, then its holder between commas
            found.append(apposed)
            covered = match.start("head") + len(phrase)
            continue
        covered = match.start("head") + max(length, 1)
        if read is not None:
            found.append(read)
    return found


def _apposed_name(paragraph: str, end: int, post: str, *, courtesy_only: bool) -> Subject | None:
    """The holder of the post that ends at `end`, named right after it between commas, perhaps with a courtesy
    title: "رئيسة المجلس الوطني لحقوق الإنسان، السيدة X Y،" (a name of two words or more, and a post that is no name).
    Where the post seemed to end on a name already, only a name a courtesy title announces ("برئاسة النائب الأكبر
    سنًا X Y، وأدى النواب اليمين،": what follows the comma is the next clause)."""
    if paragraph[end : end + 1] not in ("،", ","):
        return None
    after = paragraph[end + 1 : end + 120]
    part = _PHRASE_END.split(after, maxsplit=1)[0]
    if after[len(part) : len(part) + 1] not in ("،", ","):
        return None
    tokens = _tokens(post)
    if not 2 <= len(tokens) <= 10 or reads_as_name(post) or _kinds(tokens)[-1] == "name":
        return None  # (a post ends on a body or a place; a word that reads as a name may be its holder's)
    part = _RANK_BRANCH.sub(r"\1", part)  # "العميد طيار X Y": the rank's branch is no name
    words = [word for word in _tokens(part) if _kind_of(word) != "honorific"]
    if courtesy_only and len(words) == len(_tokens(part)):
        return None
    if len(words) < 2 or not reads_as_name(" ".join(words)):
        return None
    return Subject(name=" ".join(words), title=post.strip())


_POST_PREPOSITIONS = _folded("على إلى في من عن مع لدى")
_PHRASE_END = re.compile(r"[،,.:؛«»\"“”()!?؟\-–—]")


@functools.lru_cache(maxsize=20_000)
def _post_and_name(phrase: str) -> tuple[Subject | None, int]:
    """The post and the name a phrase of narration opens with, and how long that part is (remembered: a chronology
    names the same people in the same words)."""
    tokens = _tokens(phrase)[:12]
    kinds = _kinds(tokens)
    if not tokens or kinds[0] != "title":
        return None, 0
    runs = _name_runs(tokens, kinds)
    if not runs:
        return None, 0
    start, end = runs[0]
    if end - start >= 3 and end < len(tokens) and kinds[end] == "al" and kinds[end - 1] == "name":
        # "عبد الحكيم بلعابد إشارة الانطلاق": a word in construct with the next is the verb's object, not a name
        end -= 1
    # "زار الرئيس المكلف X Y قصر بعبدا": after a whole name, a body's or a place's noun is the verb's object
    end = next((at for at in range(start + 2, end) if _BODY_HEAD.match("ال" + fold(tokens[at]))), end)
    if any(
        "ً" in token and not (index and re.match(r"^الا\w{3}$", fold(tokens[index - 1])))
        for index, token in enumerate(tokens[:start])
    ):
        # "وكان الوزير مرفوقًا بوالي ...": a word with tanween says how he was; only "الأكبر سنًا" is a post's
        return None, 0
    if any(
        kind not in ("title", "al", "place", "honorific", "stop")
        or (
            fold(token) in _FUNCTION_WORDS
            # "ممثلة المنظمة في سوريا": a preposition before a place or a body is part of the post
            and not (fold(token) in _POST_PREPOSITIONS and index + 1 < start and kinds[index + 1] in ("al", "place"))
        )
        for index, (token, kind) in enumerate(zip(tokens[:start], kinds[:start], strict=True))
    ):
        return None, 0  # a post is titles and bodies ("وزير الخارجية الإيراني"), not a clause
    if any(
        fold(token) in _POST_PREPOSITIONS and (index + 1 >= start or kinds[index + 1] not in ("al", "place"))
        for index, token in enumerate(tokens[:start])
    ):
        # "وشدد الوزير على ضرورة وقف التصعيد": a preposition whose object is no body or place ends the post (as
        # "المبعوث الخاص إلى اليمن" does not); what follows is what was said, not the holder's name
        return None, 0
    length = len(" ".join(tokens[:end]))
    title, name = _split_title_and_name(" ".join(tokens[:end]))
    # (not "الرئيس التنفيذي لـ لوكهيد مارتن": a body by its own name is no holder of the post)
    if (
        len(name.split()) >= 2
        and reads_as_name(name)
        and title
        and not _named_in_a_body_name(tokens, len(title.split()))
    ):
        return Subject(name=name, title=title), length
    return None, length

"""Names and titles in Arabic subjects: what each word is (a name, a title, a place ...), whether words read as a
name, and where a title ends and the name starts. Where the audience or occasion after a speaker starts is in
audiences.py."""

from __future__ import annotations

import functools
import re

from timeline.arabic import (
    MARKS,
    fold,
)
from timeline.importing.arabic_speech.lexicon import (
    _AFTER_NAME,
    _AL_GIVEN_NAMES,
    _ANONYMOUS,
    _BODY_NAMES,
    _CITY_WORDS,
    _COMPOUND_FIRST,
    _CONSTRUCT_HEADS,
    _E,
    _FOREIGN_BODY_WORDS,
    _FUNCTION_WORDS,
    _HONORIFICS,
    _NAME_SECOND_HALVES,
    _NOT_NAMES,
    _OUTLETS,
    _PERSON_NOUN_ENDINGS,
    _PERSON_NOUNS,
    _PLACES,
    _PRONOUN_WORD,
    _QUANTIFIED_PRONOUN,
    _RANKS,
    _TIME_AND_NUMBER,
    _TITLE_HEADS,
    _TITLE_NOUNS,
    _alternatives,
    _folded,
)
from timeline.importing.arabic_speech.verbs import (
    _PARTICIPLE_WORD,
)
from timeline.importing.clauses import (
    NAME_MAX_LENGTH,
    clean,
)
from timeline.importing.person_names import GIVEN_NAMES as _GIVEN_NAMES
from timeline.importing.person_names import LINEAGE_WORDS


def _is_al(word: str) -> bool:
    """A word with the article, alone or after a conjunction or preposition: الوزير، للأمم، والعمرة، بالخارج."""
    # On the letters as written: إليزابيث and إلياس fold to ال- but have no article; nor have فاليري and كالين.
    return re.sub(f"[{MARKS}]", "", word).startswith(("ال", "لل", "وال", "بال"))


def _tokens(text: str) -> list[str]:
    """Words, with a name's compounds joined: "عبد الله", "أبو مازن", "آل ثاني", "سيف الدين", "نصر الله" are one
    word each."""
    words = text.split()
    joined: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        if (
            index + 1 < len(words)
            and fold(words[index + 1]) in _NAME_SECOND_HALVES
            and fold(word) not in _TITLE_HEADS
            and fold(word) not in _TITLE_NOUNS
            # "الأمين العام لحزب الله": a body's noun behind ل, ب or و, not a name's first half
            and not (fold(word)[:1] in "لبو" and fold(word)[1:] in _TITLE_NOUNS)
        ):
            joined.append(f"{word} {words[index + 1]}")
            index += 2
            continue
        if index + 1 < len(words) and (
            (fold(word) in ("الفريق", "فريق") and fold(words[index + 1]) == "اول")
            or (fold(word) == "اركان" and fold(words[index + 1]) == "حرب")  # "العقيد أركان حرب X": one rank
            or (fold(word) in ("صاحب", "صاحبه") and _is_al(words[index + 1]))
        ):
            joined.append(f"{word} {words[index + 1]}")  # الفريق أول، صاحب السمو: one rank, one courtesy title
            index += 2
            continue
        if index + 1 < len(words) and fold(words[index + 1]) == "عشر" and _is_al(word):
            joined.append(f"{word} {words[index + 1]}")  # "لاوون الرابع عشر": a regnal number is one word
            index += 2
            continue
        if fold(word) in _COMPOUND_FIRST and index + 1 < len(words) and fold(word) not in ("بن", "بنت", "ابن"):
            joined.append(f"{word} {words[index + 1]}")
            index += 2
            continue
        joined.append(word)
        index += 1
    return joined


def _is_person_noun(folded: str) -> bool:
    """An unnamed person's noun, folded, in any gender or number: مسعف، مسعفة، مسعفون، المسعفين is not (the article
    makes it a reference back, see _kind_of)."""
    if folded in _PERSON_NOUNS:
        return True
    if len(folded) >= 6 and folded.endswith("يون") and not folded.startswith("ال"):
        return True  # a plural of relation: "صناعيون التقتهم سانا"، "ميدانيون"، "حرفيون" (no one is named so)
    if folded.endswith(("ون", "ين")) and folded[:-2] + "ي" in _PERSON_NOUNS:
        return True  # the plural of a participle that ends in ي: "منمون" (منمي)، "محامون" (محامي)
    return any(
        len(folded) - len(ending) >= 3 and folded.endswith(ending) and folded[: -len(ending)] in _PERSON_NOUNS
        for ending in _PERSON_NOUN_ENDINGS
    )


@functools.lru_cache(maxsize=50_000)
def _kind_of(token: str) -> str:
    """What one word of a subject is: "title", "honorific", "place", "anonymous", "stop", "al" or "name"."""
    bare_token = token.strip("()[]«»\"“”'،,.")
    folded = fold(bare_token)
    if not folded or any(ch.isdigit() for ch in folded) or token[:1] in "([":
        return "stop"
    if bare_token in ("على", "وعلى", "فعلى"):
        return "stop"  # the preposition, with its alif maqsura; the name is written علي
    if folded in _AL_GIVEN_NAMES:
        return "name"
    bare = re.sub(r"^(?:وال|بال|لل|ال)", "", folded) if _is_al(token) else folded
    if bare != folded and (bare in _TITLE_HEADS or bare in _CONSTRUCT_HEADS or bare in _ANONYMOUS):
        return "title"  # النائب، والمتحدث، الدبلوماسي: a title or a reference back, never a name
    if folded in _HONORIFICS or folded in _RANKS:
        return "honorific"  # ranks too: the role is the post ("المتحدث العسكري"), not "العميد"
    if folded in _TITLE_HEADS or folded in _RANKS or folded in _TITLE_NOUNS:
        return "title"
    if folded in _PLACES or folded in _FOREIGN_BODY_WORDS or folded in _CITY_WORDS:
        return "place"
    if folded in _NOT_NAMES or folded in _TIME_AND_NUMBER or _PRONOUN_WORD.match(folded):
        return "stop"
    if "\u064b" in bare_token:
        return "stop"  # a word with tanween ("الأكبر سنًا"، "أسبوعيًا"، "مبكرًا"): an adverb or a measure, no name
    if re.match(r"^[لب]ت\w\wي\w$", folded):
        return "title"  # "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية": ل + a verbal noun (تفعيل) goes on with a body
    if _QUANTIFIED_PRONOUN.match(folded):
        return "stop"
    if folded[:1] == "و" and folded[1:] in _NARRATION_VERBS:
        return "stop"  # "استقبل ... أنور إبراهيم وبحثا ملفات التعاون": what they did next, never a name's word
    owned = re.sub(r"(?:ها|هما|هم)$", "", folded)
    if owned != folded and (owned in _TITLE_HEADS or owned in _CONSTRUCT_HEADS):
        return "title"  # "وقال رئيسها"، "مديرهم": a body's head, by a pronoun; never a name
    if _COUNTERPART_WORD.match(folded):
        return "title"  # "نظيره الإيراني عباس عراقجي": a counterpart, whose post is the speaker's before
    if _is_person_noun(folded):
        return "anonymous"
    # A title or body word behind a conjunction or preposition: وشؤون، بمحافظة، لرئيس، لوكالة.
    attached = re.sub(r"^(?:و|ب|ل|لـ)", "", folded)
    # (ب before ل is بلا alone: "بلان" is a family name, not ب + لأن)
    if folded.startswith("بل") and attached != "لا" and attached in _FUNCTION_WORDS:
        attached = folded
    if attached != folded and attached in _FUNCTION_WORDS:
        return "stop"
    if attached != folded and attached in _PLACES:
        return "place"  # "المحكمة الابتدائية بتونس محمد زيتونة": where the post is, never the name's first word
    if attached != folded and (attached in _TITLE_HEADS or attached in _TITLE_NOUNS or attached in _NOT_NAMES):
        return "title"
    if attached.endswith("ات") and attached[:-2] + "ه" in _TITLE_NOUNS:
        return "title"  # "رئيس الاتحاد العام لنقابات العمال"، "اتحاد بلديات ...": bodies in the plural, in a post
    if _PARTICIPLE_WORD.match(folded) or re.match(rf"^(?:{_OUTLETS})", attached):
        return "stop"
    if " " not in folded and _is_al(token.strip("()[]«»\"“”'،,.")):
        return "al"
    return "name"


def _kinds(tokens: list[str]) -> list[str]:
    """Each word's kind, in context: "باسم" continues a title after المتحدث (المتحدث باسم الجيش) and is a given
    name elsewhere (أسامة باسم الكعبي)."""
    kinds = [_kind_of(token) for token in tokens]
    for index, token in enumerate(tokens):
        if (
            kinds[index] == "title"
            and index + 1 < len(tokens)
            and kinds[index + 1] in ("name", "al")
            and fold(token) == "اميره"
        ):
            # "الدكتورة أميرة العسولي": the given name; a princess is "الأميرة", with the article
            kinds[index] = "name"
            continue
        if (
            kinds[index] == "name"
            and index + 1 < len(tokens)
            and fold(token) == "مختار"
            and fold(tokens[index + 1]) in _PLACE_NOUNS
        ):
            kinds[index] = "title"  # "مختار بلدة كفركلا": a village's headman (elsewhere the given name مختار)
            continue
        if fold(token) == "باسم" and index > 0 and kinds[index - 1] in ("title", "al"):
            # but a second باسم, after the body the first one named, is the spokesman's own given name: "المتحدث
            # باسم الحكومة العراقية باسم العوادي"
            named_body = any(fold(earlier) == "باسم" for earlier in tokens[: index - 1])
            following = index + 1 < len(tokens) and kinds[index + 1] in ("name", "al")
            # and after a post that speaks for no one ("عضو لجنة النفط النيابية باسم الغريباوي"), the given name
            speaks_for = any(re.sub(r"^ال", "", fold(earlier)) in _SPEAKS_FOR for earlier in tokens[:index])
            named = not speaks_for or (named_body and kinds[index - 1] == "al")
            kinds[index] = "name" if named and following else "title"
        if (
            kinds[index] == "name"
            and index > 0
            and kinds[index - 1] == "title"
            and fold(token)[:1] == "و"
            and re.match(r"^[لب]ت\w\wي\w$", fold(tokens[index - 1]))
            and not _given_name(token)
        ):
            # "البرنامج ... لتنمية وإعمار اليمن"، "لتطوير وتحديث": a verbal noun joined by و to the one before
            # goes on with the body's name, never a name of a person
            kinds[index] = "title"
            continue
        if fold(token) == "امين" and index + 1 < len(tokens) and fold(tokens[index + 1]) in ("عام", "عامه"):
            kinds[index] = "title"  # "أمين عام الحزب": a secretary general, not the given name أمين
            if index + 1 < len(tokens):
                kinds[index + 1] = "title"
            continue
        if index == 0:
            if (
                token.strip("()[]«»\"“”'،,.") == "على"
                and len(tokens) >= 3
                and kinds[1] == "name"
                and kinds[2] in ("name", "al")
            ):
                kinds[0] = "name"  # "قال على حسين السائح": a full name after it, علي as Egyptian desks write it
            elif kinds[0] == "al" and len(tokens) >= 3 and fold(tokens[1]) in _LINKS and fold(tokens[1]) != "ابو":
                # "الداه ولد سيدي"، "الحسين بن علي": a word with the article before ولد or بن is a given name, as
                # Mauritanian and Maghrebi names open (elsewhere a first word with the article is a family's)
                kinds[0] = "name"
            continue
        if kinds[index] == "stop":
            last = index == len(tokens) - 1
            if fold(tokens[index - 1]) in _LINKS and kinds[index - 1] == "name" and not fold(token).startswith("ال"):
                kinds[index] = "name"  # "بن على", as desks that swap ى and ي write بن علي
            elif (
                last
                and index >= 2
                and fold(tokens[index - 2]) in _LINKS
                and kinds[index - 1] == "name"
                and not _is_al(token)  # "سالم ولد محمد الحضور": whom he addressed, not his family
            ):
                kinds[index] = "name"  # "يوسف بن عبدالحسين خلف": خلف is the family's name here
            continue
        before = fold(tokens[index - 1])
        if (
            kinds[index] == "anonymous"
            and kinds[index - 1] == "name"
            and not _is_al(token)
            and index == len(tokens) - 1
        ):
            # "مونيكا مالك"، "علي طالب": closing a name, a family name that is also a noun for someone (inside a
            # post it is a place's: "اتحاد بلديات جبل عامل علي الزين")
            kinds[index] = "name"
            continue
        if before in _LINKS and kinds[index - 1] == "name":
            # After بن or ولد comes a father's name, whatever it looks like: عز الدين بن الشيخ، سيدي أحمد ولد الطالب
            kinds[index] = "al" if _is_al(token) else "name"
        elif (
            _is_al(token)
            and kinds[index] in ("title", "anonymous", "honorific")
            and kinds[index - 1] == "name"
            and (
                (index >= 2 and fold(tokens[index - 2]) in _LINKS)  # زياد بن ثامر المرشد: the family's name
                # a surname that looks like a courtesy title or a post closes a name: منى عبدالله السيد، محمد الكبير
                or (
                    index == len(tokens) - 1
                    and not (index >= 2 and kinds[index - 2] in ("title", "honorific"))
                    and fold(token) not in _ONLY_POSTS
                )
                # family names that are posts only before what they govern (الأمين العام): "الطبيب حسن الأمين"
                or (index == len(tokens) - 1 and fold(token) in _SURNAMES_LIKE_POSTS)
                # before بن or ولد it is a name too: "محمد الأمين ولد اباه" (الأمين is no post here)
                or (index + 1 < len(tokens) and fold(tokens[index + 1]) in _LINKS)
            )
        ):
            kinds[index] = "al"
        elif (
            kinds[index] == "al"
            and fold(token).startswith("بال")
            and kinds[index - 1] == "name"
            and index + 1 < len(tokens)
            and _kind_of(tokens[index + 1]) in ("name", "al")
        ):
            kinds[index] = "name"  # "مسعود بالحاج سليمان": a Maghrebi family name (بالحاج، بالقاسم), not ب + ال
        elif (
            index == len(tokens) - 1
            and index >= 2
            and kinds[index] == "title"
            and not _is_al(token)
            and fold(token) not in _TITLE_HEADS
            and fold(tokens[index - 2]) in _LINKS
        ):
            kinds[index] = "name"  # "محمد المامي ولد مولاي أعلي": أعلي is a name here, not أعلى of a title
        if kinds[index] == "name" and before == "ولي" and fold(token) == "عهد":
            kinds[index] = "title"  # "ولي عهد أبوظبي": a crown prince (عهد alone may be a given name)
            continue
        if kinds[index] == "name" and kinds[index - 1] == "title" and fold(token) in _PLACE_NOUNS:
            kinds[index] = "title"  # "مختار بلدة ..."، "مدير مخيم ...": a place's noun in the post
            continue
        if kinds[index] == "name" and (
            before in _STATE_NOUNS or (before in _PLACE_NOUNS and kinds[index - 1] == "title")
        ):
            # "رئيس وزراء جمهورية سنغافورة لي هسين لونغ": the word a state's noun governs is the country, in the post
            kinds[index] = "place"
            continue
        if (
            index > 0
            and kinds[index - 1] in ("title", "anonymous")
            and kinds[index] == "name"
            and _one_word_body(token)
            and kinds[index + 1 : index + 3] == ["name", "name"]
        ):
            # a body by its own one-word foreign name right after a post, with a whole name after it: "المتحدثة
            # باسم أوكسفام سارة بيرغ" (the post ends at it); elsewhere a name ("جون ميتا"، "اللاعب نيسان", a player
            # by his surname), and never one with the article (الزمالك، النصر): family names look so ("سالم النصر")
            kinds[index] = "place"
        if (
            kinds[index] == "name"
            and re.match(r"^ت\w\wي\w$", fold(token))
            and index + 1 < len(tokens)
            and _is_al(tokens[index + 1])
            and kinds[index + 1] in ("stop", "title")
        ):
            # "الرئيس المكلف تشكيل الحكومة X": a verbal noun (تفعيل) governing a body is what the post is charged
            # with, not a given name (تحسين، تغريد are names before a surname, never before الحكومة)
            kinds[index] = "title"
    return kinds


# What narration says people did after a meeting, behind و: "وبحث معه"، "وتناولا"، "واستعرضا" (no name starts so).
_NARRATION_VERBS = _folded(
    "بحث بحثا ناقش ناقشا تناول تناولا استعرض استعرضا تباحث تباحثا تبادل تبادلا أجرى أجريا عقد عقدا اتفق اتفقا "
    "وقع وقعا التقى التقيا زار زارا استقبل استقبله تفقد تفقدا اطلع اطلعا"
)
_COUNTERPART_WORD = re.compile(r"^و?(?:نظير|نظيرت)(?:ه|ها|هم|هما)$")
# A town's, a village's or a camp's noun in a post, before the place's name: "مختار بلدة كفركلا"، "مدير مخيم جباليا".
_PLACE_NOUNS = _folded("بلدة قرية مخيم ضاحية")
# A state's noun in construct, before the country's name: "جمهورية سنغافورة"، "مملكة تايلاند"، "سلطنة بروناي".
_STATE_NOUNS = _folded("جمهورية مملكة سلطنة إمارة")


def _one_word_body(token: str) -> bool:
    folded = fold(token.strip("()[]«»\"“”'،,."))
    return folded in _BODY_NAMES and not folded.startswith("ال")


# Posts that are never anyone's surname.
_ONLY_POSTS = _folded("الرئيس الرئيسة الوزير الوزيرة الملك الملكة المتحدث المتحدثة الناطق الناطقة السفير السفيرة")
# Words that join a name to the father's (بن، بنت، ابن، the Mauritanian ولد) or the child's (أبو).
_LINKS = LINEAGE_WORDS


_NAME_LINKS = ("بن", "بنت", "ابن", "ابو")
# Words that describe someone without being a role: "يقول الشاب آدم إسحاق", "تقول السيدة أم خالد".
# Posts used as courtesy titles before a name that already has its role: "المتحدث باسم الرئاسة السفير بسام راضي".
_COURTESY_POSTS = _folded("السفير السفيرة المستشار المستشارة الأمير الأميرة القاضي القاضية الملك الملكة")
_DESCRIPTORS = _folded("الشاب الشابة الطفل الطفلة الفتى الفتاة المسن المسنة الرجل المرأة السيدة الحاجة الحاج")


# Posts that, closing a subject right after a given name, are the family's name: حسن الأمين، مازن القاضي.
_SURNAMES_LIKE_POSTS = _folded("الأمين القاضي الوكيل النقيب الحاكم")
# and a courtesy title that stands only before a name (Omani copy's الفاضل): last, it is the family's ("هدى الفاضل")
_SURNAMES_LIKE_POSTS |= _folded("الفاضل الفاضلة")


def _without_honorifics(tokens: list[str]) -> list[str]:
    """The words without courtesy titles, except where one is part of a name: "عز الدين بن الشيخ"."""
    return [
        token
        for index, token in enumerate(tokens)
        if _kind_of(token) != "honorific"
        # a rank without the article that governs a body is a post: "عميد بلدية مصراتة", "عميد كلية الطب"
        or (
            fold(token) in _RANKS
            and not _is_al(token)
            and index + 1 < len(tokens)
            and _kind_of(tokens[index + 1]) == "title"
        )
        or (
            index > 0
            and (
                fold(tokens[index - 1]) in ("بن", "بنت", "ابن", "ابو")
                # governed by a post or a noun without the article, it is a plain noun: "ائتلاف دولة القانون",
                # "وزير دولة", "طبيب الفريق الأول" (the team, not a general's rank)
                or (not _is_al(tokens[index - 1]) and _kind_of(tokens[index - 1]) in ("title", "anonymous"))
                # a surname that looks like a title closes a name: "منى عبدالله السيد"
                or (index == len(tokens) - 1 and _kind_of(tokens[index - 1]) == "name")
            )
        )
    ]


def reads_as_name(text: str, *, apposition: bool = False) -> bool:
    """Whether words read as a person's name: one to six name words (a surname may carry ال: السيسي، الأسد), and
    nothing that is a title, a place, a body, a preposition or a quotation."""
    tokens = _without_honorifics(_tokens(clean(text)))
    if not tokens or len(tokens) > 6 or any(ch in text for ch in '"«»“”:؛') or len(text) > NAME_MAX_LENGTH:
        return False
    if any(fold(token).startswith("لل") for token in tokens):
        return False  # "للأخبار"، "للصحفيين": "to the ...", whom it was said to; no name starts so
    kinds = _kinds(tokens)
    if any(kind not in ("name", "al") for kind in kinds):
        return False
    if len(tokens) == 1:
        return kinds[0] == "name" or len(fold(tokens[0])) >= 5
    # "اليزابيث يونغ": a desk that drops the hamza gives a first name the look of an article
    return kinds[0] == "name" or (apposition and kinds[1] == "name")


def is_descriptor(reference: str) -> bool:
    """Whether a reference back is a description of someone (الشاب، السيدة، الرجل), perhaps with a nationality: who
    was just named, as "the 24-year-old" is in English, never a post of its own."""
    words = reference.split()
    return bool(words) and fold(words[0]) in _DESCRIPTORS and all(_is_demonym(word) for word in words[1:])


def is_nationality(word: str) -> bool:
    """Whether a word is a nationality (الأمريكي، العمانية), which a reference back must agree with; not an adjective
    of kind (الأممي، الجهوي، الحكومي), which any post of that kind fits."""
    stem = re.sub(r"(?:ية|يه|ي)$", "", re.sub(r"^(?:ال)", "", fold(word)))
    return stem != re.sub(r"^(?:ال)", "", fold(word)) and len(stem) >= 3 and any(c.startswith(stem) for c in _COUNTRIES)


def names_a_post(reference: str) -> bool:
    """Whether a reference back names a post in a court or a prosecution by its function ("ممثل النيابة العامة"،
    "رئيس هيئة المحكمة"، "وكيل الجمهورية" as Algerian copy calls a prosecutor): court copy names such posts and not
    their holders, so with no one of that post named before, the speaker is unnamed. (A minister or a president
    the text calls by post is someone named elsewhere, and is left for the editor.)"""
    words = [re.sub(r"^(?:ال)", "", fold(word)) for word in reference.split()]
    # with the article too when it speaks for the court: "الناطق باسم المحكمة الابتدائية بتونس"
    spokesman = len(words) >= 3 and words[0] in _SPOKESMEN and words[1] == "باسم"
    if len(words) < 2 or (
        not spokesman and (_is_al(reference.split()[0]) or words[0] not in _CONSTRUCT_HEADS | _COURT_HEADS)
    ):
        return False
    if _kinds(_tokens(reference)).count("name") > 1:
        return False  # a name read into the post: "وزير ... حسين أمير عبداللهيان"
    return any(word in _COURTS for word in words[1:]) or (words[0] == fold("وكيل") and words[1] == fold("جمهورية"))


def unnamed_post(reference: str) -> str:
    """The head of a post written in full and with no name ("وزير النقل"، "محافظ البنك المركزي": a head without the
    article that governs a noun with it), folded; "" for anything else ("الوزير"، "وزير"، a name read into it). With no
    one holding a post of that head in the bulletin, the speaker is someone unnamed (see Attribution.speaker_for)."""
    raw = reference.split()
    if len(raw) < 2 or _is_al(raw[0]) or fold(raw[0]) not in _CONSTRUCT_HEADS or not _is_al(raw[1]):
        return ""
    if re.sub(r"^ال", "", fold(raw[1])) in _BODIES_NAMED_BEFORE:
        return ""  # "رئيس الاتحاد"، "مدير الشركة": the head of a body the bulletin named, so someone named there
    if "name" in _kinds(_tokens(reference)):
        return ""
    return fold(raw[0])


_COURT_HEADS = _folded("وكيل")
# Bodies a post refers to by their common noun, as named before in the bulletin: "رئيس الاتحاد"، "مدير الشركة".
_BODIES_NAMED_BEFORE = _folded(
    "اتحاد شركة مؤسسة منظمة جمعية نقابة لجنة مجلس هيئة وكالة حركة حزب جامعة نادي مركز مكتب إدارة مجموعة بعثة "
    "حكومة وزارة بلدية غرفة مصرف بنك صندوق جهاز فريق منتخب"
)
_SPOKESMEN = _folded("ناطق ناطقة متحدث متحدثة")
# A sport after a team's post, as in "مدرب المنتخب لكرة القدم": the post ends with it.
_SPORTS = ("لكره", "لالعاب", "للالعاب", "للكره")
# Posts held in someone's name ("المرشح باسم الحزب"، "المتحدثة باسم الوزارة"): after them باسم is "for".
_SPEAKS_FOR = _SPOKESMEN | _folded("مرشح مرشحة ممثل ممثلة مفاوض")
_COURTS = {re.sub(r"^ال", "", word) for word in _folded("نيابة محكمة الادعاء ادعاء")}


def _described(tokens: list[str]) -> bool:
    """Whether an unnamed person's noun is described, not titled: followed by a preposition or an adjective ("مسؤول
    في الإدارة الذاتية لشمال وشرق سوريا"، "مصدر عسكري"، "لاجئة سودانية"), where a title would take a definite noun
    ("أستاذة العلوم السياسية ليلى نصر الله"). What follows such a description is the body or place, not a name."""
    if len(tokens) < 2 or _is_al(tokens[0]):
        return False
    second = _kind_of(tokens[1])
    if fold(tokens[1]) in _AFTER_NAME:
        return True
    return second in ("name", "anonymous") and not _is_al(tokens[1]) and " " not in tokens[1]


_ALIAS_OR_CLAUSE = re.compile(rf"^(?:{_alternatives('المعروف|المعروفة|الملقب|الملقبة|المكنى|الذي|التي|الذين')}){_E}")


def _preposition_next(token: str) -> bool:
    """Whether a word is a preposition, alone or attached to a body's noun: في، من، بلجنة، لدى."""
    folded = fold(token)
    if folded in _AFTER_NAME:
        return True
    attached = folded[1:] if folded[:1] in "بل" and not _is_al(token) else ""
    return attached in _TITLE_NOUNS or attached in _NOT_NAMES


def _is_demonym(word: str) -> bool:
    """A nationality with the article, which is no post: الإسباني، المغربي، الليبي (a country's name, less its ي);
    not a trade that ends the same way (المنمي، الصحفي)."""
    folded = fold(word)
    if not (_is_al(word) and " " not in word and _kind_of(word) == "al" and folded.endswith("ي")):
        return False
    stem = folded[2:-1]
    return len(stem) >= 3 and any(place.startswith(stem) for place in _COUNTRIES)


_COUNTRIES = {place.removeprefix("ال") for place in _PLACES}


def _introduced(part: str) -> bool:
    """A name introduced by what the person is: "المحامي محمد المامي ولد مولاي أعلي" after the post they speak in,
    or by where they are from: "الإسباني جولين لوبيتيغي، المدير الفني للمنتخب" (a demonym, as sport copy writes)."""
    words = part.split()
    if len(words) >= 3 and _is_demonym(words[0]):
        return reads_as_name(" ".join(words[1:]))
    title, name = _split_title_and_name(part)
    if len(title.split()) != 1 or not _is_al(title) or _kind_of(title) not in ("title", "anonymous"):
        return False
    return len(name.split()) >= 2 and reads_as_name(name)


def _given_name(token: str) -> bool:
    """A common given name, or a compound one: عبد الله، أبو علي، أم خالد."""
    folded = fold(token)
    return folded in _GIVEN_NAMES or (folded.split()[0] in ("عبد", "ابو", "ام") and " " in folded)


def _name_runs(tokens: list[str], kinds: list[str]) -> list[tuple[int, int]]:
    """Where names are among a subject's words: runs of name words, a surname with the article closing a run
    (عبد الفتاح السيسي), and not the word a title noun governs (أمين محافظة جدة: جدة belongs to the title)."""
    runs, index, after_place = [], 0, False
    while index < len(tokens):
        if kinds[index] != "name":
            index += 1
            after_place = False
            continue
        start = index
        if (
            start > 0
            and fold(tokens[start - 1]) in ("في", "من", "الي")
            and index + 2 < len(tokens)
            and kinds[start + 1] == "name"
        ):
            index += 1  # the place after في, then the name
            after_place = True
            continue
        if start > 0 and kinds[start - 1] == "title" and not _is_al(tokens[start - 1]):
            governing = fold(tokens[start - 1])
            attached = re.sub(r"^(?:و|ب|ل)", "", governing)  # "لمجمع سوناطراك": the body's name, not a person's
            # any post without the article governs the next word too: "منسق لجان الحماية"
            heads = _CONSTRUCT_HEADS | _TITLE_HEADS | _TITLE_NOUNS
            if governing in heads or attached in _TITLE_NOUNS:
                index += 1
                after_place = True
                continue
        # "في مسافر يطا باسل عدرا"، "مجلس قروي خربة طانا محمد النوباني"، "للفلاحة بصفاقس نبيل الغربي"، "الرئيس
        # التنفيذي لأدنوك سلطان الجابر": after a place or a body's name, a common given name further on is where the
        # person's name starts
        after_place = after_place or (start >= 2 and fold(tokens[start - 2]) in ("في", "من", "الي"))
        behind = fold(tokens[start])[:1] in ("ب", "ل") and fold(tokens[start])[:2] not in ("بن", "بو", "لل")
        if after_place or behind:
            given = next(
                (
                    at
                    for at in (start + 1, start + 2)
                    if at + 1 < len(tokens)
                    and kinds[at] == "name"
                    and kinds[at + 1] in ("name", "al")
                    and all(kind == "name" for kind in kinds[start:at])
                    and _given_name(tokens[at])
                ),
                None,
            )
            # (a name that opens with عبد joined to the rest, as many desks write it, is a given name too: "محافظ
            # عدن عبدالله ناصر الشعيبي"; further on it is as likely a father's: "... هادي عبدالله الصبيحي")
            opens_with_abd = fold(tokens[start]).startswith("عبد") and len(fold(tokens[start])) >= 6
            if given is not None and not _given_name(tokens[start]) and not opens_with_abd:
                index = start = given
        after_place = False
        while index < len(tokens) and (
            kinds[index] == "name"
            # "محمد المامي ولد مولاي أعلي": a surname with the article, then the father's line goes on
            or (kinds[index] == "al" and index + 1 < len(tokens) and fold(tokens[index + 1]) in _LINKS)
        ):
            index += 1
        # Surnames with the article close a name: السيسي، الأسد، "مشعل الأحمد الجابر الصباح".
        end = index
        while end < len(tokens) and kinds[end] == "al" and fold(tokens[end]).startswith("ال"):
            end += 1
        if end > index and (end == len(tokens) or kinds[end] == "title"):
            index = end
        elif (
            index < len(tokens)
            and kinds[index] == "al"
            and fold(tokens[index]).startswith("ال")
            and (index + 1 == len(tokens) or kinds[index + 1] != "al")
        ):
            index += 1
        if index == len(tokens) and index - start <= 2 and start > 0 and fold(tokens[start - 1]) == "الي":
            continue  # "رئيس وفد الجيش إلى جدة": a post ends in where it was sent to, not in a name
        before = start - 1
        while before >= 0 and kinds[before] == "al":
            before -= 1
        if (
            runs
            and fold(tokens[start])[:1] == "ل"
            and not _given_name(tokens[start])
            and before < start - 1
            and before >= 0
            and fold(tokens[before]) in ("من", "في")
        ):
            # "الباحثة لي هوا من الأكاديمية الصينية لعلوم الأرصاد الجوية": after the name, ل + a noun goes on with
            # the name of where she works
            continue
        runs.append((start, index))
    return runs


def _split_title_and_name(part: str) -> tuple[str, str]:
    """(title, name) from a subject written without commas: "وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني",
    "المتحدث باسم الجيش الإسرائيلي دانيال هاغاري", "محمد بن زايد آل نهيان رئيس الدولة", "الأمير فيصل بن فرحان
    وزير الخارجية", "بلينكن", "السيسي"."""
    raw = _tokens(part)
    tokens = _without_honorifics(raw)
    if not tokens:
        return "", ""
    # Where a courtesy title or rank stood: a name starts there ("... لرصد ومتابعة تفشي فيروس كورونا الدكتور X").
    announced, kept, dropped = set(), 0, False
    for token in raw:
        if kept < len(tokens) and token == tokens[kept]:
            if dropped and kept:
                announced.add(kept)
            dropped, kept = False, kept + 1
        else:
            dropped = True
    kinds = _kinds(tokens)
    if len(tokens) == 1 and kinds[0] == "al":
        return tokens[0], ""  # "السيسي", "المؤسسة": someone named before, or no one (never a new person)
    runs = _name_runs(tokens, kinds)
    if not runs:
        return " ".join(tokens), ""
    first_start, first_end = runs[0]
    honoured = _kind_of(_tokens(part)[0]) == "honorific"
    courtesy = all(fold(token) in _HONORIFICS for token in tokens[:first_start])  # المهندس، الدكتور
    if honoured and courtesy and len(runs) > 1 and kinds[first_end : first_end + 1] == ["title"]:
        # "معالي المهندس سالم الحبسي وزير النقل والاتصالات وتقنية المعلومات": a courtesy title announces the name,
        # the post follows it; a later run of unknown words ("وتقنية المعلومات") belongs to the post
        return " ".join(tokens[first_end:]), " ".join(tokens[first_start:first_end])
    start, end = runs[-1]
    if end == len(tokens):  # TITLE NAME
        start = max([start, *(index for index in announced if start < index < end)])
        title = tokens[:start]
        # "رئيس هيئة الدفاع المحامي X", "يقول الشاب X": a profession or a description right before the name is how
        # the text introduces the person, not the role.
        while (
            len(title) > 1
            and _is_al(title[-1])
            # not a word a conjunction joins to the post: "وزير الصحة العامة والسكان" (the population, no one)
            and not fold(title[-1]).startswith("وال")
            # nor the word a post's noun governs: "رئيس الاتحاد العام لنقابات العمال X"، "نقيب المحامين X"
            and not (not _is_al(title[-2]) and _kind_of(title[-2]) == "title")
            and (
                re.sub(r"^(?:وال|بال|لل|ال)", "", fold(title[-1])) in _ANONYMOUS
                or fold(title[-1]) in _DESCRIPTORS
                or fold(title[-1]) in _COURTESY_POSTS
            )
        ):
            title = title[:-1]
        if len(title) == 1 and (fold(title[0]) in _DESCRIPTORS or _is_demonym(title[0])):
            title = []  # "يقول الشاب X"، "قال المغربي X": who they are, not a post
        if len(title) > 2 and _is_demonym(title[-1]) and any(fold(word).startswith(_SPORTS) for word in title[1:-1]):
            # "مدرب المنتخب الوطني لكرة القدم البرتغالي X": after the sport the post ends, where the coach is from
            title = title[:-1]
        return " ".join(title), " ".join(tokens[start:end])
    start, end = runs[0]  # NAME TITLE, perhaps after a courtesy title: "الأمير فيصل بن فرحان وزير الخارجية"
    after = tokens[end:]
    # (a post by a noun for someone, governing what follows: "البرتغالي X مدرب الهلال")
    governing = len(after) >= 2 and kinds[end] == "anonymous" and kinds[end + 1] in ("al", "title", "place")
    if after and (kinds[end] == "title" or governing):
        return " ".join(after), " ".join(tokens[start:end])
    before = tokens[:start]
    if len(before) == 1 and (fold(before[0]) in _DESCRIPTORS or _is_demonym(before[0])):
        before = []  # "قال المغربي X في ...": who they are, not a post
    return " ".join(before), " ".join(tokens[start:end])

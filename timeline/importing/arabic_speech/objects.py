"""What a speaker says as a plain object of the verb, with no إن/أن ("نفى الوزير وجود أي اتصالات"، "أكد سموه ضرورة وقف
التصعيد"، "أعلن قيس سعيد ترشحه"): where the speaker's name, titles and asides end and the thing said begins."""

from __future__ import annotations

import re

from timeline.arabic import fold
from timeline.importing.arabic_speech.lexicon import _AUDIENCE, _alternatives, _folded
from timeline.importing.arabic_speech.names import _is_al, _kind_of
from timeline.importing.arabic_speech.subjects import _HONORIFIC_PRONOUNS, _SAID_NOUNS
from timeline.importing.clauses import sentence_end

# Verbs whose words may follow as a plain object, without إن/أن: "نفى الوزير وجود أي اتصالات", "أكد سموه ضرورة
# وقف التصعيد", "أعلن قيس سعيد ترشحه".
_OBJECT_VERBS = _folded("نفى نفت أكد أكدت أعلن أعلنت جدد جددت رفض رفضت أبدى أبدت طالب طالبت")
_OBJECT_START = re.compile(
    rf"^(?:ال|{_alternatives('ضرورة|وجود|رفض|ترشح|تجميد|دعم|استعداد|اهمية|عدم|حرص|تمسك|التزام|موقف|تضامن|نجاح|فشل|انطلاق|اطلاق|بدء|انتهاء|وقف|تعليق|قبول|قلق|استياء|ارتياح|ترحيب|صدور')})"
)


# The nouns of _OBJECT_START that no one is named (نجاح is): right after a name, the words start with them.
_OBJECT_NOUNS = _folded(
    "ضرورة وجود رفض ترشح تجميد دعم استعداد أهمية عدم حرص تمسك التزام موقف تضامن "
    "فشل انطلاق إطلاق بدء انتهاء وقف تعليق قبول "
    # what a speaker expresses ("أبدى X قلقه البالغ إزاء ...") and what a denial is of ("نفى X صدور أي قرار")
    "قلق استياء ارتياح ترحيب صدور "
    # what happened or was recorded, denied or announced ("نفى X تسجيل أي إصابة"، "أعلن X وقوع انفجار")
    "تسجيل حدوث وقوع"
)


# Relative pronouns: words after a comma that open with one describe the noun before; they are never what was said.
_RELATIVES = _folded("الذي التي الذين اللذين اللتين اللواتي اللاتي")


_BLESSING_WORDS = _folded("رعاه رعاها حفظه حفظها يحفظه يرعاه أيده الله")


def _direct_object(rest: str, verb: str) -> tuple[int, str, re.Match | None] | None:
    """Where the subject ends and a plain object begins, for the verbs that take one: after the speaker's name
    (and any title or time after it), at the first word that starts the thing said."""
    if fold(verb) not in _OBJECT_VERBS:
        return None
    sentence = rest[: sentence_end(rest)]
    tokens = list(re.finditer(r"\S+", sentence))
    seen_speaker = titled = False
    skip_to = 0
    for index, token in enumerate(tokens):
        word = token.group(0).strip("،,")
        kind = _kind_of(word)
        # Only the listed nouns: a name whose letters fold to ال- (إليزابيث، إلهام) is the speaker, not the object.
        folded = fold(word)
        if seen_speaker and folded in _BLESSING_WORDS:
            continue  # "حاكم دبي، رعاه الله، أن ...": a blessing on the speaker, not what was said
        if index == 0 and kind not in ("title", "honorific") and _OBJECT_START.match(folded) and folded[:2] != "ال":
            return 0, "object_plain", None  # "ونفى وجود أي وساطة": no subject written, the object at once
        if index < skip_to:
            continue
        if seen_speaker and folded in _RELATIVES and tokens[index - 1].group(0).endswith(("،", ",")):
            # "، الذي يرأس الوفد، ضرورة ...": a clause about the speaker, set between commas, is passed over; one
            # that runs to the sentence's end ("أعلنت اللجان النتائج ...، التي شهدت ...") describes a thing done
            skip_to = next((k + 1 for k in range(index, len(tokens)) if tokens[k].group(0).endswith(("،", ","))), 0)
            if not skip_to:
                return None
            continue
        # "جدد هاني أبو ريدة، رئيس الاتحاد، ثقته في ...": once the speaker's apposition is closed, the object starts.
        closed = seen_speaker and titled and tokens[index - 1].group(0).endswith(("،", ","))
        if closed and kind not in ("title", "al") and not _AUDIENCE.match(" " + sentence[token.start() :]):
            return token.start(), "object_plain", None
        # "أعلن الوزير X، الخميس، استئناف الرحلات ...": after the name, a time or an occasion set between commas;
        # the object starts right after it, whatever its first word
        if seen_speaker and kind not in ("title", "honorific") and _after_aside_of_time(tokens, index, sentence):
            return token.start(), "object_plain", None
        if (
            seen_speaker
            # "قلقه"، "استياءها": what the speaker expresses, with the pronoun that is theirs
            and (folded in _OBJECT_NOUNS or re.sub(r"(?:ه|ها|هم)$", "", folded) in _OBJECT_NOUNS)
            and _kind_of(tokens[index - 1].group(0).strip("،,")) in ("name", "al")
        ):
            return (
                token.start(),
                "object_plain",
                None,
            )  # "أكد ... السفير سفيان القضاة رفض المملكة ...": a full name, then
        if kind in ("name", "anonymous") or fold(word) in _HONORIFIC_PRONOUNS:
            seen_speaker = True
            continue
        if not seen_speaker:
            titled_only = all(_kind_of(t.group(0)) in ("title", "al", "honorific") for t in tokens[:index])
            if index > 0 and fold(word) in _SAID_NOUNS and titled_only and _kind_of(tokens[0].group(0)) == "title":
                return token.start(), "object_plain", None  # "وأكد الوزير العلي ضرورة ...": the words start here
            if index == 1 and folded in _OBJECT_NOUNS and _is_al(tokens[0].group(0)) and _kind_of(word) != "title":
                # "ونفت الربيعي وجود أي توجه ..."، "وأكد الوزير رفض ...": one word with the article, a surname or a
                # post named before, then what was said
                return token.start(), "object_plain", None
            continue
        titled = titled or kind == "title"
        if (token.group(0).startswith(("،", ",")) or tokens[index - 1].group(0).endswith(("،", ","))) and (
            kind not in ("title", "honorific")
            and _OBJECT_START.match(fold(word))
            and not _AUDIENCE.match(" " + sentence[token.start() :])  # "، اليوم الأحد،": when, not what
        ):
            return token.start(), "object_plain", None
        if _OBJECT_START.match(fold(word)) and fold(word)[:2] != "ال" and kind not in ("title", "place"):
            return token.start(), "object_plain", None
    return None


def _after_aside_of_time(tokens: list[re.Match], index: int, sentence: str) -> bool:
    """Whether the word at `index` follows an aside of time, audience or occasion closed by a comma ("، الخميس،",
    "، في تصريح للصحفيين،")."""
    if index < 2 or not tokens[index - 1].group(0).endswith(("،", ",")):
        return False
    if _AUDIENCE.match(" " + sentence[tokens[index].start() :]):
        return False  # "، اليوم الأربعاء، خلال لقائه ...": a second aside, not yet the object
    for back in range(index - 2, max(index - 6, -1), -1):
        if tokens[back].group(0).endswith(("،", ",")):
            return bool(_AUDIENCE.match(" " + sentence[tokens[back + 1].start() : tokens[index - 1].end()]))
    return False

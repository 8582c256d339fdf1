"""Calls made on someone in Arabic copy ("دعا X الأطراف إلى ..."، "حثت Y الحكومة على ..."، "اتهم Z القوات بـ ..."):
which verbs call, and where whom they call on begins after the speaker's name, so that the one called on is never
read as the speaker or as part of the speaker's name."""

from __future__ import annotations

import re

from timeline.arabic import fold
from timeline.importing.arabic_speech.audiences import _cut_audience
from timeline.importing.arabic_speech.lexicon import _alternatives, _folded
from timeline.importing.arabic_speech.names import _is_al, _kind_of

# Verbs that call on someone to do something: their object stands between the speaker and إلى/على/ب.
_CALL_VERBS = _folded("دعا دعت حث حثت ناشد ناشدت طالب طالبت اتهم اتهمت نصح نصحت")
_ACCUSING = _folded("اتهم اتهمت نصح نصحت")
_REASSURING = _folded("طمأن")
# Whom speakers call on: groups, sides and bodies, never a person's name.
_CALLED = _folded(
    "طرفي أطراف دول قادة حكومات سكان أهالي شعوب مواطني "
    "المجتمع الدول الطرفين الطرفان الجانبين الجانبان الأطراف الجميع جميع كل كافة المواطنين الجماهير "
    "الأولياء أولياء الشعب الشباب الحكومة الحكومات السلطات القادة الشركاء الأشقاء المنظمات الجهات المستثمرين الأسر "
    "العائلات السكان الحجاج اللاجئين الأحزاب الفصائل القوى المسؤولين النواب الناخبين الشركات التجار المؤسسات "
    "الإدارة الأمم العالم الاتحاد الوزارات البلديات الأهالي الإعلام وسائل المعنيين الحاضرين الفلاحين العمال الطلاب "
    "البنوك المصارف"
)


# Whom a call is made on that cannot be the one calling after a masculine verb: plurals and sides ("ودعا الأطراف
# إلى" is the speaker before calling on the parties; "ودعت الحكومة إلى" is the government calling).
_CALLED_PLURALS = _CALLED - _folded("الحكومة الإدارة الأمم العالم الاتحاد الإعلام المجتمع الشعب الشباب وسائل كل")


# Whom a speaker or a body calls on among its own, by a noun with a possessive pronoun: "أنصاره"، "مؤيديها"،
# "أعضاءه"، "أتباعهم" (never a speaker's name).
_OWN_FOLLOWERS = re.compile(
    rf"^(?:{_alternatives('انصار|مناصري|مؤيدي|اتباع|اعضاء|منتسبي|عناصر|مقاتلي|قواعد|جمهور|جماهير|ناخبي|رفاق')})"
    r"(?:ه|ها|هم|هما)$"
)


def _calls_on_without_subject(subject_text: str, verb: str) -> bool:
    """Whether the words after a call verb start with whom it calls on, its speaker left unsaid (the one before)."""
    words = subject_text.split()
    if not words or len(words) > 3:
        return False
    first = fold(words[0].strip("،,"))
    masculine = fold(verb) in _folded("دعا حث ناشد طالب")
    if _OWN_FOLLOWERS.match(first):
        return True  # "ودعا أنصاره إلى ..."، "وحثت أعضاءها على ...": its own people, whom it calls on
    # a sound plural in -ين is never the subject; a broken plural after a masculine verb is whom it calls on
    return first in _CALLED_PLURALS and (first.endswith("ين") or masculine)


def _called(subject: str, *, anyone: bool = False) -> int | None:
    """Where whom a call is made on starts, after the speaker's name: "دعا المفوض السامي فيليبو غراندي الدول إلى
    ..."، "دعا غوتيريس، في بيان، الطرفين إلى ...". A group's noun or a plural (المتظاهرين، الحكومات) right after the
    name, or opening a part of its own after it."""
    tokens = list(re.finditer(r"\S+", subject))
    named = False
    for index, token in enumerate(tokens):
        word = token.group(0).strip("،,")
        kind = _kind_of(word)
        folded = fold(word)
        if index > 0:
            previous = tokens[index - 1].group(0)
            plural = _is_al(word) and len(folded) >= 7 and folded.endswith(("ين", "ات", "ون"))
            # a participle's plural before what it governs: "مستعملي الطريق"، "مواطني الولاية"، "مستخدمي المنصة"
            construct = (
                len(folded) >= 6
                and folded[:1] == "م"
                and folded.endswith("ي")
                and index + 1 < len(tokens)
                and _is_al(tokens[index + 1].group(0))
            )
            group = folded in _CALLED or plural or construct
            # right after the name (or a surname alone: "دعا القضاة التجار"), after an aside between commas, or
            # after nothing but an occasion ("قد دعا في كلمته الافتتاحية الدول الأعضاء إلى")
            after_name = named and _kind_of(previous.strip("،,")) in ("name", "al")
            if after_name and kind == "place" and not _is_al(word):
                return token.start()  # "دعا المستشار X إيران إلى ...": a country or a city called on, by its name
            if anyone and (
                (after_name and kind in ("title", "place", "stop", "anonymous"))
                or (index == 1 and _kind_of(previous) == "al" and fold(previous).endswith("ي"))
            ):
                # "اتهم X قوات ... بـ"، "نصح المناعي مرضى ... بـ": whom one accuses or advises is anyone, a body, a
                # place or people by what they are, after the name or a surname alone
                return token.start()
            # "ودعا خلف الشركات إلى"، "ودعا السيد الحكومة إلى": one word before whom is called is the speaker, a
            # surname (that may look like a preposition or a courtesy title) or a post
            if group and (
                after_name
                or (index == 1 and not (_kind_of(previous) == "title" and not _is_al(previous)))
                or previous.endswith(("،", ","))
                or not _cut_audience(" " + subject[: token.start()]).strip()
            ):
                return token.start()
        named = named or kind == "name" or (index == 0 and kind == "al")
    return None

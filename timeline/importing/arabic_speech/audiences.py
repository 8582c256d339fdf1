"""Where a speaker's name ends in an Arabic subject and the audience, occasion or time after it begins: "للصحفيين"،
"لـ«رويترز»"، "في كلمته أمام ..."، "أمس"، "لرؤيا" after a whole name; an outlet after a title ("المفوض العام لوكالة
الأمم المتحدة") stays part of the title."""

from __future__ import annotations

import itertools
import re

from timeline.arabic import fold
from timeline.importing.arabic_speech.lexicon import (
    _AFTER_NAME,
    _AGENCY_NAMES,
    _AUDIENCE,
    _BODY_NAMES,
    _OUTLET_AUDIENCE,
    _PRONOUN_WORD,
    _TOLD_TO,
)
from timeline.importing.arabic_speech.names import _is_al, _kind_of, _kinds, _tokens


def _cut_audience(subject: str) -> str:
    """The subject without the audience, occasion or time after the speaker: "للصحفيين", "لـ«رويترز»", "في
    كلمته أمام ...", "أمس". An outlet after a title ("المفوض العام لوكالة الأمم المتحدة") is part of the title."""
    cut = len(subject)
    audience = _AUDIENCE.search(subject)
    if audience is not None:
        cut = audience.start()
    told = _TOLD_TO.search(subject)
    if told is not None and told.start() < cut and not _body_in_a_post(subject, told):
        cut = told.start()
    for outlet in _OUTLET_AUDIENCE.finditer(subject[:cut]):
        before = subject[: outlet.start()].split()
        agency = fold(outlet.group(0)).strip().startswith(("لوكال", "لل"))
        if (
            not before
            or _kind_of(before[-1]) in ("name", "anonymous")
            # "كاظم الشمري لوكالة شفق نيوز": after a name closed by its surname, the agency is whom he told
            or (len(before) >= 2 and _kinds(_tokens(" ".join(before)))[-2:] == ["name", "al"])
            # "وأكد الزوي للقناة الليبية الرسمية أن": after a surname alone, the speaker named before
            or (len(before) == 1 and _kind_of(before[0]) == "al")
            or not agency
            or _AGENCY_NAMES.match(subject, outlet.end())
        ):
            cut = outlet.start()
            break
    tokens = subject[:cut].split()
    if _told_outlet_after_name(tokens):
        # "محافظ جنين كمال أبو صالح لرؤيا": a word behind ل after a whole name is the outlet told, whatever its name
        cut = subject.rindex(tokens[-1])
        tokens = tokens[:-1]
    # "وقال فيها إن"، "قال له": a preposition with a pronoun says where or to whom, never who.
    for index, token in enumerate(tokens):
        if _PRONOUN_WORD.match(fold(token.strip("،,"))):
            tokens, cut = tokens[:index], len(" ".join(tokens[:index])) + (1 if subject[:1] == " " else 0)
            break
    # A preposition after a name ends the name: what follows is where or when, not who.
    if tokens and _kind_of(tokens[0]) != "anonymous":
        kinds = _kinds(tokens)
        for index in range(1, len(tokens)):
            if fold(tokens[index]) not in _AFTER_NAME:
                continue
            before = kinds[:index]
            # the name may close on surnames with the article: "النائب عبد الصمد العلوي عن فريق المعارضة"
            surnames = len(before) - len(list(itertools.dropwhile(lambda kind: kind == "al", reversed(before))))
            if surnames < len(before) and surnames <= 3 and before[-1 - surnames] == "name":
                # ... when it is a name: not the noun after a preposition or "إحدى" in a title ("القيّم على إحدى
                # مكتبات المخطوطات في المدينة")
                start = len(before) - surnames - 1
                while start > 0 and before[start - 1] == "name":
                    start -= 1
                # ... nor the word a post governs: "منسق لجان الحماية في ..."، "عضو مجلس محافظة كركوك عن ...", or
                # a noun behind ل after a post ("مدير المؤسسة العامة لمياه الشرب في دمشق"): the post goes on
                governed = start > 0 and (
                    (before[start - 1] == "title" and not _is_al(tokens[start - 1]))
                    or (fold(tokens[start])[:1] in "لب" and before[start - 1] in ("title", "al"))
                )
                if (start == 0 or before[start - 1] not in ("stop", "anonymous")) and not governed:
                    return " ".join(tokens[:index])
    return subject[:cut]


def _body_in_a_post(subject: str, told: re.Match) -> bool:
    """Whether a paper's name after لل is the start of a body's in a post: "الكاتب العام للاتحاد الجهوي للشغل"،
    "الأمين العام المساعد للاتحاد العام التونسي للشغل" (the paper الاتحاد is "للاتحاد" alone, or with a time or an
    occasion after it, or as its whole listed name: "للشرق الأوسط")."""
    word = told.group(0).split()[-1] if told.group(0).split() else ""
    following = subject[told.end() :].split()
    if not fold(word).startswith("لل") or not following or not _is_al(following[0]):
        return False
    if _AUDIENCE.match(" " + " ".join(following)) or _kind_of(following[0]) == "stop":
        return False
    return fold(f"ال{word[2:]} {following[0]}") not in _BODY_NAMES


_FAMILY_NAME_AFTER_LAM = set("واأإيىءئعحخطب")


def _told_outlet_after_name(tokens: list[str]) -> bool:
    """Whether a subject ends with ل + a word after a name of two words or more: the outlet or the person told
    ("كمال أبو صالح لرؤيا"), not a family name (a name of one word before it keeps it: "رضا لعمامرة")."""
    if len(tokens) < 3:
        return False
    last = fold(tokens[-1])
    if not last.startswith("ل") or last.startswith("لل") or len(last) < 4 or _kind_of(tokens[-1]) != "name":
        return False
    if last[1] in _FAMILY_NAME_AFTER_LAM:
        return False  # family names open so: لوران، لودريان، لافروف، ليبرمان، لعمامرة، لحلو، لخضر، لطفي، لبيد
    words = _tokens(" ".join(tokens[:-1]))
    kinds = _kinds(words)
    return len(words) >= 2 and kinds[-1] in ("name", "al") and kinds[-2] == "name"

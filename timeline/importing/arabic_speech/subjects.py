"""Who an Arabic subject phrase names: a titled name, an unnamed source, a reference back to someone named before,
or a document, body or occasion that is no one."""

from __future__ import annotations

import functools
import re

from timeline.arabic import (
    fold,
)
from timeline.importing.arabic_speech.audiences import _cut_audience
from timeline.importing.arabic_speech.lexicon import (
    _AFTER_NAME,
    _ASIDE_VERBS,
    _BODY_NAMES,
    _E,
    _FOREIGN_BODY_WORDS,
    _LEADING_WORDS,
    _OUTLET_NAMES,
    _RANKS,
    _TITLE_HEADS,
    _alternatives,
    _folded,
)
from timeline.importing.arabic_speech.names import (
    _ALIAS_OR_CLAUSE,
    _described,
    _introduced,
    _is_al,
    _is_demonym,
    _kind_of,
    _kinds,
    _preposition_next,
    _split_title_and_name,
    _tokens,
    _without_honorifics,
    reads_as_name,
)
from timeline.importing.arabic_speech.verbs import _PARTICIPLE_WORD
from timeline.importing.clauses import (
    Subject,
    clean,
)

# Documents that stand where a speaker would: "أفاد بيان ..."، "أفاد بلاغ ..." (Maghrebi copy).
_DOCUMENTS = _folded("بيان البيان بلاغ البلاغ تقرير التقرير مذكرة المذكرة تعميم التعميم وثيقة الوثيقة")
# Bodies by their noun with the article: الجامعة، الهيئة، الاتحاد، الشركة ... (a post's holder is named by a post).
# What a speaker stresses the need or importance of: the start of the words, never in a subject.
_SAID_NOUNS = _folded("ضرورة أهمية")
_BODY_HEAD = re.compile(
    r"^(?:ال|وال)(?:جامعه|هيءه|اتحاد|شركه|موسسه|مءسسه|منظمه|جمعيه|نقابه|لجنه|مجلس|وكاله|حركه|حزب|جبهه|مجموعه|رابطه|غرفه"
    # groups, armed wings, clubs, observatories, coalitions and the media: "تجمع المهنيين"، "كتائب القسام"، "سرايا
    # القدس"، "جماعة أنصار الله"، "نادي الأسير"، "دار الإفتاء"، "المرصد السوري ..."، "وسائل إعلام إسرائيلية"
    r"|تجمع|مرصد|كتاءب|سرايا|جماعه|نادي|دار|تحالف|مركز|تنسيقيه|منتدي|وساءل|اءتلاف|مكتب"
    # a palace that speaks for its president: "قصر الإليزيه"، "قصر بعبدا"; and a residence or a square by the noun
    # of its place name, as Lebanese desks write an office: "عين التينة"، "بيت الوسط"، "ساحة النجمة"
    r"|قصر|عين|بيت|ساحه"
    # a government's services and departments: "مصالح الجمارك" (Algerian copy)، "مديرية الصحة"، "إدارة المرور"
    r"|مصالح|مصلحه|مديريه|اداره"
    # banks: "بنك جولدمان ساكس"، "مصرف قطر المركزي"
    r"|بنك|مصرف"
    # programmes, funds, forces and brigades, and the prosecution and the court as institutions: "البرنامج السعودي
    # لتنمية وإعمار اليمن"، "صندوق النقد الدولي"، "قوات الدعم السريع"، "ألوية العمالقة"، "النيابة العامة في أمر
    # الإحالة" (a post's holder in them is named by the post: "قائد قوات ..."، "رئيس النيابة")
    r"|برنامج|صندوق|قوات|الويه|نيابه|محكمه"
    # armies, guards and the police by their noun: "خفر السواحل الليبي"، "حرس الحدود"، "الحرس الثوري"، "جيش
    # التحرير"، "الدفاع المدني" (a post's holder in them is named by the post: "قائد خفر السواحل")
    r"|خفر|حرس|جيش|شرطه|دفاع"
    # places and prizes named after people, which speak as bodies: "مستشفى الملك فيصل التخصصي"، "مطار الملك خالد
    # الدولي"، "مسجد الحسن الثاني"، "أكاديمية محمد السادس"، "جائزة الشيخ زايد"، "مدينة الملك عبدالعزيز ..."
    # (not مدرسة, a teacher too)
    r"|مستشفي|مطار|مسجد|مكتبه|اكاديميه|جاءزه|مدينه|معهد|كليه|متحف)$"
)
_FIRM_WORDS = _folded(
    "جروب غروب كابيتال هولدينغ هولدنغ كوربوريشن موتورز إيرلاينز آند أند "
    # and the Arabic words of firms' names, what they own or do: "إعمار العقارية"، "ألفا ظبي القابضة"
    "القابضة العقارية الاستثمارية للاستثمار للتطوير للتأمين للإنشاءات للتعمير لتكنولوجيا للتكنولوجيا"
)


def _is_body_name(text: str) -> bool:
    """Whether `text`, whole, is a body's own name (lexicon._BODY_NAMES), also behind و or لـ: "لوكهيد مارتن"،
    "ولوكهيد مارتن"، "لـ أكسيوس" (the chief executive of it). One word of it inside a longer name is not."""
    folded = fold(text)
    if folded in _BODY_NAMES:
        return True
    bare = re.sub(r"^(?:ل\s+|لل(?=\S)|[ول](?=\S))", lambda m: "ال" if m.group(0) == "لل" else "", folded)
    return bare != folded and bare in _BODY_NAMES


def _named_in_a_body_name(tokens: list[str], name_start: int) -> bool:
    """Whether the name that starts at `tokens[name_start]`, after a post, is a body's own name or a part of one:
    "لـ كيو إن بي"، "باسم طيران الإمارات"، "باسم يسرائيل هيوم" (the post took يسرائيل as a place) is the body the post
    is in, though its words (إن، الإمارات) end or start a person's name. A one-word entry counts only as the whole
    name, behind لـ or باسم ("المهاجم سوني X" is not cut)."""
    name = " ".join(tokens[name_start:])
    # a one-word one only behind لـ or باسم ("المتحدث باسم أكسيوس"): "اللاعب نيسان" may be a player by his surname
    after_link = name_start > 0 and fold(tokens[name_start - 1]) == "باسم"
    if " " in fold(name).removeprefix("ل ") and _is_body_name(name):
        return True
    if (after_link or fold(name).startswith("ل")) and _is_body_name(name):
        return True
    for start in range(max(0, name_start - 3), name_start + 1):
        for end in range(max(start + 2, name_start + 1), min(start + 6, len(tokens)) + 1):
            if _is_body_name(" ".join(tokens[start:end])):
                return True
    return False


_GUARDIAN, _GUARDIAN_OF = _folded("ولي ولية أولياء"), _folded("أمر أمور الأمر الأمور")
# The honorific pronouns of Gulf copy: "وقال سموه", "وأوضح سعادته" — the speaker named before.
# After a post without the article, words that make it someone unnamed: "ناطق باسم ..."، "نواب آخرون".
_UNNAMED_AFTER = _folded("باسم آخر آخرون آخرين أخرى")
# "المسؤول ذاته"، "المصدر نفسه": the same one.
_SAME = _folded("ذاته ذاتها نفسه نفسها")
_SAME_BEFORE = _folded("ذات نفس")
_HONORIFIC_PRONOUNS = _folded(
    "سموه سموها سعادته سعادتها معاليه معاليها فخامته جلالته سيادته دولته سماحته غبطته فضيلته فضيلتها نيافته هو هي"
)
_AGE = re.compile(
    r"[،,]\s*[0-9٠-٩]+\s*(?:عام\S*|سنة)(?=\s*[،,]|\s*$)"
    r"|(?:[،,]\s*|\s)(?:ال)?بالغ[ةه]?\s+من\s+العمر\s+[0-9٠-٩]+\s*(?:عام\S*|سنة|سنوات)?"
    # "الطفل ذو العشرة أعوام"، "ابنة الـ12 عامًا"
    r"|\s(?:ذو|ذات|ابن|ابنة)\s+(?:الـ?\s*)?\S+\s+(?:أعوام|اعوام|عام\S*|سنة|سنوات)(?=\s*[،,]|\s*$)"
)
_BLESSINGS = re.compile(rf"\s(?:{_alternatives('حفظه الله|رعاه الله|يحفظه الله|يرعاه الله|حفظها الله|أيده الله')}){_E}")


# The courtesy title each honorific pronoun stands for: معاليه for whom the text announced as معالي ...
_PRONOUN_COURTESY = {
    **dict.fromkeys(_folded("معاليه معاليها"), "معالي"),
    **dict.fromkeys(_folded("سعادته سعادتها"), "سعاده"),
    **dict.fromkeys(_folded("سموه سموها"), "سمو"),
    **dict.fromkeys(_folded("فخامته"), "فخامه"),
    **dict.fromkeys(_folded("جلالته"), "جلاله"),
    **dict.fromkeys(_folded("دولته"), "دوله"),
    **dict.fromkeys(_folded("سماحته"), "سماحه"),
    **dict.fromkeys(_folded("فضيلته فضيلتها"), "فضيله"),
    **dict.fromkeys(_folded("غبطته"), "غبطه"),
    **dict.fromkeys(_folded("نيافته"), "نيافه"),
}


@functools.lru_cache(maxsize=2_000)
def courtesy_of(word: str) -> str:
    """The courtesy title an honorific pronoun stands for, folded ("معاليه" -> معالي), or "" for any other word;
    the same key for the courtesy title itself (معالي، صاحب السمو -> سمو)."""
    folded = fold(word.strip("،,"))
    if folded in _PRONOUN_COURTESY:
        return _PRONOUN_COURTESY[folded]
    folded = re.sub(r"^(?:صاحب|صاحبه)\s+", "", folded)
    folded = re.sub(r"^ال", "", folded)
    return folded if folded in _PRONOUN_COURTESY.values() else ""


# "في بيان"، "عبر بلاغ": in a statement, as bodies speak (not "في بيان له"، his own)
# (nor "X، في بيان للوزارة": someone named before, between commas, speaking in their ministry's statement)
_IN_A_STATEMENT = re.compile(r"^[^،,]*\s(?:في|عبر)\s+(?:بيان|بلاغ)(?!\S)(?!\s+ل)")


# How many unnamed people spoke: "ثلاثة مصادر"، "عدة مسؤولين"، "بضعة دبلوماسيين".
_COUNT_WORDS = _folded("اثنان اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة ثلاث أربع خمس عدة بضعة")


def _counted(word: str) -> bool:
    folded = fold(word)
    return folded in _COUNT_WORDS or folded.isdigit()


@functools.lru_cache(maxsize=20_000)
def read_subject(subject: str) -> Subject:
    """Who an Arabic subject phrase names: "وزير الخارجية الأمريكي، أنطوني بلينكن،", "مسئول كبير في الإدارة
    الأمريكية للصحفيين", "المسئول", "بلينكن في مؤتمر صحفي", or nothing ("وأضاف")."""
    if "شرطة" in subject or "ركن" in subject or "طيار" in subject:
        subject = _RANK_BRANCH.sub(r"\1", subject)
    read = _read_subject(subject)
    if read.name and not read.title and _IN_A_STATEMENT.search(subject):
        # "وقال ريال مدريد في بيان"، "وقال غوغل في بيان": a name with no post that speaks in a statement is a club's
        # or a company's, or someone named before; never a new person
        return Subject(refers_back=read.name)
    return read


# A rank's branch of service right after it: "العميد شرطة X"، "اللواء ركن X"، "العقيد طيار X" is the rank, then the
# name (the branch is no given name)
_RANK_BRANCH = re.compile(r"(?<!\S)((?:ال)?(?:لواء|عميد|عقيد|مقدم|رائد|نقيب|فريق|ملازم))\s+(?:شرطة|ركن|طيار)(?=\s)")


_OUTLET_SUBJECT = re.compile(rf"^\s*(?:{_OUTLET_NAMES}){_E}\s*$")
# A time before the subject: "وقال يوم أمس وزير ..."، "وأكد الخميس الماضي، رئيس ..." (not the outlet اليوم السابع).
_LEADING_TIME = re.compile(
    rf"^\s*(?:(?:{_alternatives('يوم|مساء|صباح|ظهر|فجر|ليلة|ليل')})\s+)?"
    rf"(?:{_alternatives('امس|الامس|اليوم|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعة|السبت')}){_E}"
    rf"(?:\s+(?:{_alternatives('الماضي|الفائت|المنصرم')}){_E})?\s*[،,]?\s+(?!السابع)(?=\S)"
)


# Whom the verb answered or told, by a pronoun, before who spoke: "رد عليه الناشط X"، "وقال له الوزير".
_TO_HIM = re.compile(
    rf"^\s*(?:{_alternatives('عليه|عليها|عليهم|عليهما|له|لها|لهم|لهما|اليه|اليها|اليهم|معه|معها|عنه|عنها')}){_E}\s+(?=\S)"
)


_WHERE_SAID = _folded("في خلال أثناء لدى")
_UNNAMED_ASIDE = re.compile(
    rf"\s+(?:{_ASIDE_VERBS})\s+(?:{_alternatives('عدم|ذكر|الكشف|كشف|نشر|الافصاح|الإفصاح')}){_E}.*$"
)
_CALLED = re.compile(rf"\s+(?:{_alternatives('يدعى|ويدعى|تدعى|وتدعى|يُدعى|اسمه|واسمه|اسمها|واسمها')}){_E}\s+")


# After a post between commas, who controls or backs the body it is in: the writer's gloss, not the post.
_WHO_HOLDS_IT = re.compile(r"\s+(?:ال)?(?:خاضع|خاضعة|موالي|موالية|مدعوم|مدعومة)\s+(?:ل|من\s).*$")


def _post_where(part: str) -> bool:
    """Whether words in apposition after a name are a post whose first word is in no list of titles: a noun that
    governs one with the article, then where the post is, behind ب or ل ("أمين الفتوى بدار الإفتاء"، "مفتش التموين
    بمديرية التموين بالجيزة"). A name has no such word after its first two."""
    tokens = _tokens(part)
    # (not where or when it was said: "في المؤتمر الصحفي اليومي بمقر الأمم المتحدة")
    if len(tokens) < 3 or _kind_of(tokens[0]) != "name" or _is_al(tokens[0]) or not _is_al(tokens[1]):
        return False
    for index in range(2, len(tokens)):
        folded = fold(tokens[index])
        if folded[:1] not in "بل" or folded[:2] in ("بن", "بو"):
            continue
        if folded.startswith(("بال", "لل")) or (index + 1 < len(tokens) and _is_al(tokens[index + 1])):
            return True
    return False


def _read_subject(subject: str) -> Subject:
    subject = _TO_HIM.sub("", _BLESSINGS.sub("", _LEADING_WORDS.sub("", subject)))
    subject = _LEADING_TIME.sub("", subject, count=1)
    # "وتابع المسؤول قائلًا:": the participle before the words is how, not who
    last = subject.split()[-1:] if subject.strip() else []
    if last and _PARTICIPLE_WORD.match(fold(last[0].strip("،,:"))):
        # (alone, "واستطرد قائلًا:"، "وتابع قائلًا:": no one named, the speaker before)
        subject = subject[: subject.rstrip().rfind(" ")] if len(subject.split()) > 1 else ""
    # "(52 عاما)", "، وهو فلاح من تستور": an age or an aside, not who
    subject = re.sub(r"\(\s*[0-9٠-٩]+\s*(?:عاما|عامًا|سنة|عاماً)?\s*\)", "", subject)
    # "الشاب البالغ من العمر 24 عامًا"، "أبو سامي، البالغ من العمر 67 عامًا،"، "X، 45 عامًا،": an age, never a name
    subject = _AGE.sub("", subject)
    subject = re.split(r"[،,]?\s+(?:وهو|وهي)\s", subject)[0]
    # "، فضّل عدم ذكر اسمه،", "، طالبًا عدم نشر اسمه": why the source is unnamed, not who
    subject = re.sub(rf"[،,]\s*(?:{_ASIDE_VERBS})[^،,]*", "", subject)
    # and without a comma, when what it asked is not to be named: "مسؤول أمني رفيع طلب عدم الكشف عن اسمه"
    subject = _UNNAMED_ASIDE.sub("", subject)
    # "تاجر في السوق يدعى محمد"، "أحد السكان ويدعى أبو علي": the name the text gives them
    named = _CALLED.search(subject)
    if named is not None and reads_as_name(clean(subject[named.end() :])):
        return Subject(name=clean(subject[named.end() :]))
    parts = [clean(part) for part in re.split(r"[،,]", subject)]
    parts = [clean(_cut_audience(" " + part)) for part in parts if part]
    parts = [part for part in parts if part]
    if not parts:
        return Subject()
    # "، المعروف بأبي محمد الجولاني"، "، الذي تلا البيان": another name for the speaker, or a clause about them
    parts = [parts[0], *(part for part in parts[1:] if not _ALIAS_OR_CLAUSE.match(part))]
    if len(parts) >= 2 and fold(parts[0].split()[0]) in _DOCUMENTS:
        # "بلاغ للمعهد الوطني للإحصاء، صدر الأحد،": a document speaks; what its asides say ("صدر", issued) is no name
        return Subject(unreadable=parts[0])
    if len(parts) >= 2 and _kind_of(_tokens(parts[0])[0]) == "anonymous" and not _is_al(parts[0]):
        named = [
            part
            for part in parts[1:]
            if len(part.split()) >= 2
            # "مدرب المنتخب، الإسباني X Y،": the nationality, then the name, in apposition to the post
            and (reads_as_name(part) or (_is_demonym(part.split()[0]) and reads_as_name(part, apposition=True)))
        ]
        if named:  # "أخصائي أرصاد بالمديرية العامة للأرصاد الجوية، عبدالله بن راشد الخروصي": the post, then who
            first = named[0].split()[0]
            return Subject(
                name=_split_title_and_name(named[0])[1] or named[0],
                title=parts[0],
                demonym=first if _is_demonym(first) else "",
            )
        return Subject(description=parts[0])  # "مسؤول، طلب عدم ذكر اسمه،"
    if len(parts) >= 2 and _BODY_HEAD.match(fold(_tokens(parts[0])[0])):
        # "أعلن الاتحاد العام للمعلمين تقليص الدوام ...، ابتداء من الأحد المقبل، بسبب ...": a body with the article
        # speaks; a word left in an aside after it (a time, an occasion) is no one's name
        return Subject(unreadable=parts[0])
    if len(parts) >= 2:
        names = (
            [part for part in parts if reads_as_name(part)]
            or [part for part in parts if _introduced(part)]  # "المستشار محمد الحمصاني، المتحدث الرسمي ..."
            or [part for part in parts[1:] if reads_as_name(part, apposition=True)]
        )
        # (a post after the name is a title though it reads as introducing one: "المحامي X، رئيس الجمعية المغربية
        # لحماية المال العام،")
        titles = [
            part
            for index, part in enumerate(parts)
            if part not in names[:1]
            and (
                _kind_of(_tokens(part)[0]) in ("title", "al", "anonymous")
                or (names and index > parts.index(names[0]) and _post_where(part))
            )
        ]
        if names:
            split_title, split_name = _split_title_and_name(names[0])
            # "العلمي، في الندوة ...،": a surname alone is no title of its own
            title = titles[0] if titles else (split_title if split_name else "")
            # "نائب محافظ البنك المركزي في صنعاء الخاضع لسيطرة الحوثيين،": who holds the body is the writer's gloss
            title = _WHO_HOLDS_IT.sub("", title)
            name = split_name or names[0]
            first = names[0].split()[0]
            demonym = first if _is_demonym(first) else ""  # "الفرنسي جان ميشيل لوران، مدرب المنتخب السعودي"
            return Subject(name=name, title=" ".join(_without_honorifics(title.split())), demonym=demonym)
        parts = [parts[0]]
    part = parts[0]
    tokens = _tokens(part)
    # "وأضاف في المؤتمر الصحفي:"، "في المؤتمر الصحفي اليومي بنيويورك": where it was said (and the city), no one
    # named: the speaker before
    place = len(tokens) >= 3 and _kind_of(tokens[-1]) == "place" and fold(tokens[-1])[:1] == "ب"
    said = tokens[:-1] if place else tokens
    if fold(tokens[0]) in _WHERE_SAID and len(said) >= 2 and all(_kind_of(word) in ("stop", "al") for word in said):
        return Subject()
    if fold(tokens[0]) in _HONORIFIC_PRONOUNS:
        # "وأكد معاليه": the one announced as معالي (see courtesy_of), else the speaker before
        return Subject(refers_back=tokens[0]) if courtesy_of(tokens[0]) else Subject()
    if len(tokens) >= 2 and fold(tokens[-1]) in _SAME and _is_al(tokens[0]) and _kind_of(tokens[0]) == "title":
        return Subject()  # "وشدد المسؤول ذاته"، "المصدر نفسه": the speaker just named, whatever their post
    if len(tokens) == 2 and fold(tokens[0]) in _SAME_BEFORE and _is_al(tokens[1]) and _kind_of(tokens[1]) == "title":
        return Subject()  # "وأشار ذات المسؤول"، "نفس المصدر" (Maghrebi copy): the same one, before the noun
    first = _kinds(tokens)[0]  # in context: "على حسين السائح" opens with a name
    if len(tokens) >= 2 and _counted(tokens[0]) and _kind_of(tokens[1]) == "anonymous":
        return Subject(description=part)  # "ثلاثة مصادر مطلعة"، "3 مسؤولين"، "عدة دبلوماسيين": unnamed, counted
    if len(tokens) >= 2 and fold(tokens[0]) in _GUARDIAN and fold(tokens[1]) in _GUARDIAN_OF:
        return Subject(description=part)  # "ولي أمر طالب", a parent: not "ولي العهد", a title
    # "منظمة أطباء بلا حدود"، "شركة أرامكو": a body named by its noun in construct, without the article too
    body = _BODY_HEAD.match(fold(tokens[0])) or (len(tokens) >= 2 and _BODY_HEAD.match("ال" + fold(tokens[0])))
    # "أطباء بلا حدود"، "مراسلون بلا حدود": bodies named for the people in them
    body = body or re.search(r"\sبلا\s+حدود$", " " + fold(part)) is not None
    # "سيتي جروب"، "ستاندرد آند بورز"، "الأول كابيتال": a firm's name, by a word firms' names carry
    # (not whoever works there: "محللون في الجزيرة كابيتال")
    body = body or (first == "name" and any(fold(token) in _FIRM_WORDS for token in tokens))
    # an outlet by its name: "وقالت بي بي سي"، "وقالت سي إن إن إن ..." (never a person, though its words look so)
    body = body or _OUTLET_SUBJECT.match(part) is not None
    if len(tokens) == 1 and _is_body_name(part):
        # "وقال أكسيوس"، "وقال الزمالك": a body by its own one-word name, or someone named before by it ("فهد النصر
        # ... وأضاف النصر"); never a new person
        return Subject(refers_back=part)
    # a body by its own name of several words: "قالت لوكهيد مارتن"، "وقالت العفو الدولية" (lexicon._BODY_NAMES)
    body = body or _is_body_name(part)
    body = body or (
        len(tokens) >= 2
        and any(fold(token) in _FOREIGN_BODY_WORDS for token in tokens)
        and all(kind in ("name", "place") for kind in _kinds(tokens))
    )
    # "دويتشه بنك"، "سيتي بنك": a bank by its name then بنك, as foreign banks are written (never a name, then a post)
    body = body or (
        len(tokens) >= 2
        and fold(tokens[-1]) == "بنك"
        and all(kind in ("name", "place") for kind in _kinds(tokens[:-1]))
    )
    # "فريق الدفاع"، "فريق الإنقاذ": a team (الفريق before a name is a rank)
    body = body or (len(tokens) >= 2 and fold(tokens[0]) == "فريق" and _is_al(tokens[1]))
    if first == "stop" or body or any(fold(token) in _SAID_NOUNS for token in tokens):
        # ("الوزير العلي ضرورة تأمين الأدوية ...": a subject that runs into what was said is no one's name either)
        # "بيان لوزارة الخارجية تلقته الوكالة"، "وزارة التربية ..."، "في دردشة مع ..."، "الجامعة الوطنية لأرباب ...":
        # a document, a body or an occasion stands where the speaker would; no word after it is who spoke.
        return Subject(unreadable=part)
    title, name = _split_title_and_name(part)
    named_after_title = len(name.split()) >= 2 and reads_as_name(name) and len(title.split()) >= 2
    if first == "anonymous" and (
        not named_after_title
        or fold(title.split()[-1]) in _AFTER_NAME
        or _kind_of(title.split()[-1]) in ("anonymous", "stop")  # "مسؤول في إحدى شركات الشحن"
        or _described(tokens)
    ):
        return Subject(description=part)  # "مصادر مقربة من جهاز الردع": the body is where the source is
    # "عضو في المجلس المحلي لمدينة تلبيسة", "عضو في حملة العياشي زمال": someone, not a post's holder; a word that
    # ends it is the place's or the body's name unless a whole name follows
    someone = first == "title" and not _is_al(tokens[0]) and len(tokens) > 1 and _preposition_next(tokens[1])
    if name and title and not someone and fold(title.split()[-1]) in _AFTER_NAME:
        # "المسؤول في سنجار"، "الادعاء العام في لائحة الاتهام": what follows a preposition is a place, a body or a
        # document, never who spoke; a post before it is someone named before, anything else no one
        head = title.split()[:-1]
        if len(head) == 1 and _is_al(head[0]) and _kind_of(head[0]) == "title":
            return Subject(refers_back=head[0])
        return Subject(unreadable=part)
    if (
        first in ("title", "anonymous")
        and not _is_al(tokens[0])
        and len(tokens) > 1
        and fold(tokens[1]) in _UNNAMED_AFTER
        and not named_after_title
    ):
        return Subject(description=part)  # "ناطق باسم حركة حماس"، "نواب آخرون": someone, not a post's holder
    if name and _named_in_a_body_name(tokens, len(title.split()) if part.startswith(title) else 0):
        return Subject(description=part)  # "المتحدث باسم أرامكو"، "الرئيس التنفيذي لـ لوكهيد مارتن": no one named
    if name and reads_as_name(name) and not (someone and " " not in name):
        demonym = tokens[0] if _is_demonym(tokens[0]) and not title.startswith(tokens[0]) else ""
        return Subject(name=name, title=title, demonym=demonym)  # "الفرنسي X مدرب ...": "المدرب الفرنسي" later
    if someone:
        return Subject(description=part)
    if title:
        head = _without_honorifics(tokens)[0] if _without_honorifics(tokens) else ""
        if _is_al(head) or fold(head) in _TITLE_HEADS or fold(head) in _RANKS:
            return Subject(refers_back=title)
    return Subject(unreadable=part)

"""Speech verbs and their participles, the particles that open reported words (إن، أن), the connectors that may
stand before a verb, and the verb found in a paragraph."""

from __future__ import annotations

import re

from timeline.arabic import (
    MARKS,
    flexible,
    fold,
)
from timeline.importing.arabic_speech.lexicon import (
    _B,
    _E,
    _alternatives,
)

# Speech verbs, past and present, with the preposition that introduces their object when there is no إن/أن.
_VERB_OBJECTS = {
    "قال": "",
    "اضاف": "",
    "تابع": "",
    "اوضح": "",
    "شدد": "على",
    "اشار": "الى",
    "اكد": "على",
    "اعتبر": "",
    "لفت": "الى",
    "ذكر": "",
    "افاد": "ب",
    "اعلن": "عن",
    "كشف": "عن",
    "اردف": "",
    "اكمل": "",
    "حذر": "من",
    "اعرب": "عن",
    "عبر": "عن",
    "نفى": "",
    "نفت": "",
    "دعا": "الى",
    "دعت": "الى",
    "طالب": "ب",
    "راى": "",
    "رات": "",
    "صرح": "ب",
    "نبه": "الى",
    "حث": "على",
    "ناشد": "ب",
    "نوه": "ب",
    "ابرز": "",
    "استطرد": "",
    "يقول": "",
    "تقول": "",
    "يرى": "",
    "ترى": "",
    # "أما الباحث X فيعتقد أن ...", "فتعتبر أن ...": opinions, in the present as feature copy writes them
    "يعتقد": "",
    "تعتقد": "",
    "يعتبر": "",
    "تعتبر": "",
    "يضيف": "",
    "تضيف": "",
    "يؤكد": "",
    "تؤكد": "",
    # the present of feature copy: "وتشير X، وهي معلمة، إلى أن ..."، "ويتابع: «...»"
    "يشير": "الى",
    "تشير": "الى",
    "يوضح": "",
    "توضح": "",
    "يلفت": "الى",
    "تلفت": "الى",
    "يشدد": "على",
    "تشدد": "على",
    "يتابع": "",
    "تتابع": "",
    "بين": "",
    "استدرك": "",
    "كتب": "",
    "اقر": "ب",
    "اعترف": "ب",
    # "تعهد الوزير بأن ..."، "تعهد بصرف الرواتب": a promise is said
    "تعهد": "ب",
    "توقع": "",
    "رجح": "",
    "تساءل": "",
    # "ورد الوزير على المداخلات بالقول إن ...": answered, saying
    "رد": "",
    # "زعم الناطق ... أن ..." (claimed); "أبدى X قلقه إزاء ..." (expressed: the feeling is the words, as أعرب عن)
    "زعم": "",
    "ابدى": "",
    # "وغرّد X عبر حسابه على إكس: «...»": tweeted, as كتب
    "غرد": "",
    # "اتهم X الحكومة بالتقصير"، "نصح X المرضى بتجنب ...": an accusation and advice are said, whom and of what
    "اتهم": "ب",
    "نصح": "ب",
    # "وردًا على سؤال عن ...، أجاب: «...»": an answer, its words after a colon or أن (never "أجاب عن الأسئلة")
    "اجاب": "",
    # "وطمأن الوزير المواطنين بأن ...": reassured whom, then the words
    "طمان": "ب",
    # "وأبلغ مصدر مطلع \"الصباح\" أن ..."، "أبلغت الوزيرة الصحفيين أن ...": told someone, who stands before أن
    "ابلغ": "",
}
# two speakers going on: "قالا"، "لكنهما أضافا"، "أوضحا" (not "وردًا"، "وأكدا" of a joint communique: only these)
_VERB = re.compile(
    rf"{_B}(?P<prefix>[وف])?(?P<verb>{_alternatives(list(_VERB_OBJECTS))})(?P<suffix>ت|وا|(?:(?<=قال)|(?<=ضاف)|(?<=وضح))ا)?{_E}"
)
_VERB_OBJECT = {fold(verb): preposition for verb, preposition in _VERB_OBJECTS.items()}
_PARTICIPLES = [
    "مضيف",
    "مشير",
    "مؤكد",
    "موضح",
    "مشدد",
    "لافت",
    "مكرر",
    "معتبر",
    "متابع",
    "منوه",
    "مبرز",
    "داعي",
    "نافي",
    "محذر",
    "معرب",
    "مطالب",
    "قائل",
    "مستدرك",
    "معلن",
    "كاشف",
    "معبر",
    "مبين",
    "منبه",
    "متوقع",
    "مرجح",
    "مردف",
    "مستطرد",
    "متسائل",
    "معترف",
    "مشيد",
    "منتقد",
    "متعهد",
    "مخاطب",
    "مجدد",
    "مستنكر",
    "منوه",
    "معلق",
    # what the speaker puts it down to or puts a figure on: "، عازيًا ذلك إلى ...", "، مرجعًا ذلك إلى ...",
    # "، مقدّرًا الخسائر بـ ...": a statement of its own, not the end of the one before
    "عازي",
    "مرجع",
    "مقدر",
    "معزي",
    # "، مذكرًا بأن ..." (reminding): a statement of its own, as مشيرًا
    "مذكر",
]
_PARTICIPLE = re.compile(
    rf"[،,]\s*(?:و)?(?P<participle>{_alternatives(_PARTICIPLES)})(?:ا|ه|ة)?[{MARKS}]*(?:ا)?[{MARKS}]*{_E}"
)
_PARTICIPLE_WORD = re.compile(rf"^و?(?:{_alternatives(_PARTICIPLES)})(?:ا|ه|ة)?$")
_PARTICIPLE_OBJECT = {
    "داعي": "الى",
    "محذر": "من",
    "معرب": "عن",
    "معبر": "عن",
    "مطالب": "ب",
    "كاشف": "عن",
    "مشيد": "ب",
    "متعهد": "ب",
    "منوه": "ب",
}
# إن / أن / بأن / إلى أن / على أن, with or without a pronoun: إنه، أنها، إننا ...
_THAT = re.compile(
    rf"{_B}(?:(?:{_alternatives('الى|على|من')})\s+)?(?:ب|ل)?{flexible('ان')}[{MARKS}]*"
    rf"(?:ه|ها|هم|هما|نا|ني|كم)?{_E}"
)
# Words that may stand between a sentence's start and its verb: "لكنه أوضح", "كما أشار", "وسبق أن قال".
_CONNECTOR_WORDS = [
    *["لكنهما", "لكنهم", "ولكنهما", "ولكنهم"],
    *"لكنه لكنها لكن ولكنه ولكنها كما وكما قد وقد ثم فيما بينما حيث اذ كذلك بدوره بدورها فقد و".split(),  # noqa: SIM905 (a lexicon, written as words)
    *["وسبق ان", "سبق ان", "من جهته", "من جهتها", "من جانبه", "من جانبها", "في المقابل", "وفي المقابل"],
    # "...، غير أنه توقع أن ...": "but he", the same speaker going on with a verb of his own
    *["غير انه", "غير انها", "الا انه", "الا انها", "بيد انه", "بيد انها"],
    # "في حين ذكر مصدر ... أن ...": "while", before the next speaker's verb
    *["في حين", "وفي حين"],
]
_CONNECTORS = re.compile(rf"(?:{_B}(?:{_alternatives(_CONNECTOR_WORDS)}){_E}\s*[،,]?\s*)+$")
# "وكان الأمين العام أنطونيو غوتيريش قد شدد ...": the subject stands between كان and قد.
_PLUPERFECT = re.compile(r"(?:^|[.!?؟،,]\s*|\s)(?P<kan>و?كان(?:ت)?)\s+(?P<subject>[^.!?؟]{2,160}?)\s+قد$")
# "أما المتحدث باسم الخارجية إسماعيل بقائي، فقد ذكر ...": the subject, topicalised before the verb.
_AMMA = re.compile(r"(?:^|[.!?؟]\s*)(?:و)?[أا]ما\s+(?P<subject>[^.!?؟]{2,200}?)\s*[،,]?\s*(?:فقد)?$")
# "نقلت القناة 12 عن مسؤول إسرائيلي قوله إن ...", "نسبت الصحيفة إلى مسؤول قوله إن ...": the one quoted is the
# speaker, not the outlet.
_QUOTING = re.compile(r"(?:^|\s)(?:عن|إلى|الى)\s+(?P<subject>[^.!?؟«“\"]{2,160}?)\s+قول(?:ه|ها|هما|هم)(?![\w])")
# "أما الفريق X فاكتفى بالقول للصحفيين إن ..."، "واكتفت الوزيرة بالقول: ...": who kept to saying the words (with
# no one named, the speaker before); and who commented by saying them ("وعلّق رئيس حزب \"X\" Y على القرار بالقول
# إنه ..."), after a leading phrase too ("وعن الحقيبة، اكتفى بالقول: ..."); a body's name in quotation marks may
# stand in the subject.
_KEPT_TO_SAYING = re.compile(
    r"(?:^|[.!?؟]\s*|[،,]\s*)(?:و?[أا]ما\s+(?P<amma>[^.!?؟«“\"]{2,120}?)\s+ف|و)?(?:اكتف(?:ى|ت)|عل[ّ]?ق(?:ت)?)"
    r"(?:\s+(?P<subject>(?:[^.!?؟«“\"]|\"[^\".!?؟]{1,40}\"){2,120}?))?\s+بالقول(?![\w])"
)
# "ووفق رئيس دائرة التقديرات محمد كنج، فإن العاصفة ...", "وبحسب مهندس يعمل في الحقل، ...، فإن ...".
_ACCORDING = re.compile(
    r"(?:^|[.!?؟،,]\s*|\s)(?:و)?(?:وفق(?:ا|ًا|اً)?\s+(?:لـ?\s*)?|بحسب\s+|حسب\s+"
    # "على حد قول X، فإن ..."، "حسبما أفاد X، فإن ...", "وفق ما ذكر X، فإن ..."
    r"|على\s+حد\s+(?:قول|تعبير)\s+|(?:حسبما|بحسب\s+ما|وفق\s+ما|وفقا\s+لما)\s+(?:قال|قالت|أفاد|أفادت|ذكر|ذكرت|أكد|أكدت)\s+)"
    r"(?P<subject>[^.!?؟]{2,200}?)\s*(?:[،,]\s*|\s)"  # "وبحسب المتحدث X فإن ...": the comma is often left out
    r"ف(?:إن|ان|إنّ)(?:ه|ها|هم)?(?![\w])\s*"
)
# "ونقلت الوكالة عن شهود عيان أن ...": what an outlet reports from someone, without قوله, is theirs too.
_REPORTED_FROM = re.compile(
    r"(?:^|[.!?؟،,]\s*|\s)و?نقل(?:ت)?\s+(?:[^.!?؟«“\"]{0,80}?\s)?عن\s+(?P<subject>[^.!?؟«“\"،,]{2,120}?)"
    r"\s+(?=(?:أن|ان|إن|بأن)(?:ه|ها|هم)?\s)"
)
# "نقل زوار رئيس مجلس النواب X عنه قوله إن ..."، "نقلت أوساط رئيس الحكومة عنه أنه ...": those who carry a person's
# words (his visitors, people close to him) are not the speaker; he is.
_CARRIED = re.compile(
    r"(?:^|[.!?؟،,]\s*|\s)و?نقل(?:ت)?\s+(?:زوار|زوّار|زائرو|(?:ال)?مقربون\s+من|أوساط|(?:مصادر|أوساط)\s+مقربة\s+من)"
    r"\s+(?P<subject>[^.!?؟«“\"،,]{2,120}?)\s+عن(?:ه|ها)\s+(?:قول(?:ه|ها)\s+)?(?=(?:أن|ان|إن|بأن)(?:ه|ها|هم)?\s)"
)
# A dateline ends with the agency's name: "دافوس 22 يناير 2020 م واس أكد ...".
_AGENCIES = "واس|وام|قنا|كونا|بنا|سبأ|بترا|سانا|واج|ماب|وات|الأناضول|العمانية|أ ش أ"
_AGENCY_DATELINE = re.compile(rf"{_B}(?:{_alternatives(_AGENCIES)}){_E}$")


# Feminine forms the list holds as words of their own, and masculine past verbs that open with ت.
_FEMININE_FORMS = {fold(verb) for verb in ("نفت", "دعت", "رأت")}
_MASCULINE_IN_T = {fold(verb) for verb in ("تابع", "تعهد", "توقع", "تساءل")}


class _Verb:
    """A speech verb found in a paragraph, or the قوله of "نقل عن X قوله" (which works as one)."""

    def __init__(self, match: re.Match | None = None, *, at: int = 0, verb: str = "قال") -> None:
        self._start, self._end = (match.start(), match.end()) if match is not None else (at, at)
        self._groups = {"verb": verb, "prefix": "", "suffix": ""}
        if match is not None:
            self._groups = {"verb": match["verb"], "prefix": match["prefix"] or "", "suffix": match["suffix"] or ""}

    @property
    def feminine(self) -> bool:
        """Whether the verb is said of a woman or a feminine noun: قالت، نفت، دعت، تقول (not تابع، تعهد: masculine)."""
        verb = fold(self._groups["verb"])
        if self._groups["suffix"] == "ت" or verb in _FEMININE_FORMS:
            return True
        return verb.startswith("ت") and verb not in _MASCULINE_IN_T  # the present: تقول، تضيف، تشير

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def __getitem__(self, name: str) -> str:
        return self._groups[name]

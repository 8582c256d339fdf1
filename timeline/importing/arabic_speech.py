"""Statements in Arabic paragraphs, as desks write them.

A statement opens at a speech verb (قال، أضاف، أكد، أعرب عن، دعا إلى ...) standing where an attribution stands: at
the start of a sentence or after a dateline (`الجزائر –`, `نيويورك في 9 سبتمبر/ وام /`), after `، و` or a connector
(`لكنه`, `كما`, `وسبق أن`), after a leading phrase (`وفي مقابلة مع ...، قال`), or right after a quotation (`«…»، قال
X`). Between the verb and the words stands the subject: who spoke, with their title, and perhaps an audience or an
occasion (`للصحفيين`, `لـ"رويترز"`, `في كلمته أمام ...`) that is neither. The words follow a colon or a quotation
mark (direct speech), or إن / أن (reported speech), or the verb's preposition (`أعرب عن قلقه`). A participle
(`، مضيفًا أن`, `قائلًا:`) continues with another statement by the same speaker.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re

from timeline.arabic import MARKS, flexible, fold
from timeline.importing.clauses import (
    CLOSING,
    NAME_MAX_LENGTH,
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
from timeline.importing.parsed import DIRECT, PARAPHRASE

_B = rf"(?<![\w{MARKS}])"  # a word starts here
_E = rf"[{MARKS}]*(?![\w{MARKS}])"  # a word ends here


def _alternatives(words: list[str] | str) -> str:
    """A pattern matching any of `words` however spelt; a string lists them separated by "|"."""
    if isinstance(words, str):
        words = words.split("|")
    return "|".join(flexible(word) for word in sorted(set(words), key=len, reverse=True))


def _folded(words: str) -> set[str]:
    return {fold(word) for word in words.split()}


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
    "بين": "",
    "استدرك": "",
    "كتب": "",
    "اقر": "ب",
    "اعترف": "ب",
    "توقع": "",
    "رجح": "",
    "تساءل": "",
    # "ورد الوزير على المداخلات بالقول إن ...": answered, saying
    "رد": "",
}
_VERB = re.compile(rf"{_B}(?P<prefix>[وف])?(?P<verb>{_alternatives(list(_VERB_OBJECTS))})(?P<suffix>ت|وا)?{_E}")
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
    *"لكنه لكنها لكن ولكنه ولكنها كما وكما قد وقد ثم فيما بينما حيث اذ كذلك بدوره بدورها فقد و".split(),
    *["وسبق ان", "سبق ان", "من جهته", "من جهتها", "من جانبه", "من جانبها", "في المقابل", "وفي المقابل"],
    # "...، غير أنه توقع أن ...": "but he", the same speaker going on with a verb of his own
    *["غير انه", "غير انها", "الا انه", "الا انها", "بيد انه", "بيد انها"],
]
_CONNECTORS = re.compile(rf"(?:{_B}(?:{_alternatives(_CONNECTOR_WORDS)}){_E}\s*[،,]?\s*)+$")
# "وكان الأمين العام أنطونيو غوتيريش قد شدد ...": the subject stands between كان and قد.
_PLUPERFECT = re.compile(r"(?:^|[.!?؟،,]\s*|\s)(?P<kan>و?كان(?:ت)?)\s+(?P<subject>[^.!?؟]{2,160}?)\s+قد$")
# "أما المتحدث باسم الخارجية إسماعيل بقائي، فقد ذكر ...": the subject, topicalised before the verb.
_AMMA = re.compile(r"(?:^|[.!?؟]\s*)(?:و)?[أا]ما\s+(?P<subject>[^.!?؟]{2,200}?)\s*[،,]?\s*(?:فقد)?$")
# "نقلت القناة 12 عن مسؤول إسرائيلي قوله إن ...": the one quoted is the speaker, not the outlet.
_QUOTING = re.compile(r"(?:^|\s)عن\s+(?P<subject>[^.!?؟«“\"]{2,160}?)\s+قول(?:ه|ها|هما|هم)(?![\w])")
# "ووفق رئيس دائرة التقديرات محمد كنج، فإن العاصفة ...", "وبحسب مهندس يعمل في الحقل، ...، فإن ...".
_ACCORDING = re.compile(
    r"(?:^|[.!?؟،,]\s*|\s)(?:و)?(?:وفق(?:ا|ًا)?\s+(?:لـ?\s*)?|بحسب\s+|حسب\s+)(?P<subject>[^.!?؟]{2,200}?)\s*[،,]\s*"
    r"ف(?:إن|ان|إنّ)(?:ه|ها|هم)?(?![\w])\s*"
)
# A dateline ends with the agency's name: "دافوس 22 يناير 2020 م واس أكد ...".
_AGENCIES = "واس|وام|قنا|كونا|بنا|سبأ|بترا|سانا|واج|ماب|وات|الأناضول|العمانية|أ ش أ"
_AGENCY_DATELINE = re.compile(rf"{_B}(?:{_alternatives(_AGENCIES)}){_E}$")

# --- Subjects ------------------------------------------------------------------------------------------------------

_TITLE_HEADS = _folded(
    "وزير وزيرة رئيس رئيسة نائب نائبة متحدث متحدثة ناطق ناطقة سفير سفيرة مستشار مستشارة مدير مديرة "
    "قائد قائدة زعيم زعيمة ملك ملكة أمير أميرة ولي مندوب مندوبة عضو عضوة سيناتور سكرتير سكرتيرة وكيل وكيلة مبعوث "
    "مبعوثة والي محافظ محافظة مفوض مفوضة منسق منسقة حاكم نقيب ممثل ممثلة مرشد بطريرك مفتي عمدة قاضي مدعي كبير مساعد "
    "مساعدة كبيرة قائم العاهل عاهل المستشار رئيسة الرئيس وزيرة النائبة نائبة الأمين المتحدث الناطق المدير المبعوث "
    "المندوب السفير القائد الزعيم الملك الأمير المفوض المنسق المحافظ الوزير مديرة المديرة رئيس "
    "المسؤول المسؤولة المسئول المسئولة"
)
_RANKS = _folded(
    "الرائد العقيد اللواء العميد الفريق المقدم النقيب الملازم المشير الجنرال الأدميرال الأميرال العريف الرقيب الركن "
    "الفريق_أول ركن العماد أركان_حرب "
    "عقيد لواء عميد ملازم مشير جنرال أدميرال"  # not رائد، فريق، مقدم without the article: given names, or words
)
_RANKS = {rank.replace("_", " ") for rank in _RANKS}
_HONORIFICS = _folded(
    "الشيخ الشيخة سعادة معالي سمو فخامة السيد السيدة الدكتور الدكتورة د الأستاذ الأستاذة المهندس المهندسة "
    "البروفيسور البروفيسورة الحاج سيادة دولة جلالة صاحب_السمو صاحبة_السمو صاحب_الجلالة صاحب_المعالي صاحب_الفخامة "
    "صاحب_السعادة السمو سماحة غبطة نيافة حضرة"
)
_HONORIFICS = {honorific.replace("_", " ") for honorific in _HONORIFICS}
# Title words that govern the next word when written without the article: "وزير خارجية", "أمير منطقة".
_CONSTRUCT_HEADS = _folded("وزير وزيرة رئيس رئيسة نائب أمين مدير مديرة محافظ أمير ملك حاكم قائد مندوب سفير ممثل مفوض")
# Nouns that continue a title: the ministry or body of "وزير خارجية قطر", "المتحدث باسم حماس".
_TITLE_NOUNS = _folded(
    "حزب جهاز تيار ائتلاف كتلة "
    "خارجية دفاع داخلية مالية عدل إعلام صحة اقتصاد تجارة طاقة نفط تعليم ثقافة شؤون حكومة دولة مجلس وزراء جيش "
    "أركان بعثة منظمة وكالة هيئة لجنة مكتب إدارة برنامج صندوق مفوضية حلف اتحاد جامعة حركة حزب قوات جبهة "
    "عام العام عامة الأعلى أعلى سابق السابق سابقة السابقة الحالي بالأعمال بالوكالة دائم الدائم "
    "الدائمة المفاوضين الجمهورية الجمهورية جمهورية مملكة المملكة الدولة البرلمان برلمان نواب الشيوخ الكونغرس "
    "منطقة محافظة ولاية إقليم مدينة بلدية قطاع مقاطعة إمارة بعثة مركز معهد مستشفى جمعية نقابة اتحاد غرفة بنك مصرف "
    "شركة مؤسسة مجموعة مجمع ديوان مرصد مختبر مصلحة دائرة نيابة مديرية قسم شعبة وحدة "
    # a part of a country in a post, which governs the place after it: "منسق الطوارئ في المفوضية بشرق تشاد"
    "شرق غرب شمال جنوب"
)
_PLACES = _folded(
    "قطر مصر روسيا أمريكا أميركا إيران تركيا فرنسا بريطانيا ألمانيا إسرائيل لبنان سوريا سورية ليبيا تونس فلسطين "
    "غزة أوكرانيا باكستان أفغانستان كوريا إيطاليا إسبانيا بلجيكا هولندا النمسا سويسرا بولندا كندا أستراليا عمان "
    "الكويت البحرين الإمارات السعودية الأردن العراق اليمن الجزائر المغرب السودان الصين اليابان الهند البرازيل "
    "موريتانيا الصومال جيبوتي إثيوبيا واشنطن موسكو طهران أنقرة باريس لندن برلين بكين القاهرة دمشق بيروت بغداد "
    "الرياض الدوحة أبوظبي دبي جنيف نيويورك القدس كييف الخرطوم طرابلس الرباط تونس الجزائر عمّان المنامة مسقط "
    "حماس فتح الناتو أونروا الأونروا اليونيسف يونيسف الإيكاو اليونسكو يونسكو الفاو إسكوا الإسكوا الجيش"
)
_ANONYMOUS = _folded(
    "مسؤول مسؤولة مسؤولون مسؤولين مسئول مسئولة مسئولون مسئولين مصدر مصادر دبلوماسي دبلوماسية دبلوماسيون "
    "دبلوماسيين شاهد شهود ضابط موظف موظفة متحدث متحدثة ناطق ناطقة عضو أحد بعض مراقبون محللون ناشطون ناشط مسعف "
    "مسعفون طبيب أطباء سكان مواطنون عامل عمال خبير خبراء مقرب مقربون أهالي أهالٍ قيادي قياديون نائب "
    "أخصائي اختصاصي محامي محام مدرب ناشر متطوع متطوعون أستاذ باحث مهندس ممرض ممرضة مزارع فلاح تاجر سائق معلم "
    "طالب مراسل ناشط ناشطة لاجئ نازح نازحون صياد حارس موظفون أوساط إحدى"
)
# People by what they do or who they are to someone, as desks describe unnamed voices ("قالت إحدى الناخبات",
# "لاجئة سودانية", "شقيق أحد المتهمين"); feminine and plural forms are read from these (_is_person_noun). Only
# without the article: with it, several are surnames too (الجندي، الحاج، الصديق).
_PERSON_NOUNS = _ANONYMOUS | _folded(
    "ناخب مشارك مترشح متظاهر محتج مقاتل عنصر شرطي ممرض صيدلي محلل أكاديمي حقوقي صحفي صحافي "
    "مواطن مقيم زائر مستثمر بائع تلميذ مدرس مشجع مسافر معتمر مريض مصاب ناج جريح أسير معتقل سجين مهاجر "
    "صاحب صاحبة مالك شقيق أخ أخت والد والدة أب زوج زوجة جار قريب أقارب امرأة رجل مسن طفل فتاة شاب شابة ربة ولية أولياء "
    # "سيدة خمسينية في طابور الانتظار": a woman, and anyone described by the decade of their age, is someone unnamed
    "سيدة عشريني ثلاثيني أربعيني خمسيني ستيني سبعيني ثمانيني تسعيني "
    # broken plurals, which no ending gives: "تجار في سوق الملح"، "أطر صحية بمستشفى ..." (Maghrebi: staff)
    "تجار باعة طلاب طلبة أساتذة أطر إطار نشطاء شبان رجال نساء جنود ضباط زعماء وجهاء رعاة زوار حجاج قضاة"
)
# A word of this many letters or more ending in one of these is a feminine or plural of the word before it:
# لاجئة، الناخبات، مسعفون، المشاركين.
_PERSON_NOUN_ENDINGS = ("ات", "ون", "ين", "ان", "ه")
# Prepositions, particles and pronouns, which no name starts with even behind a conjunction (وفي، ومن، وكان).
_FUNCTION_WORDS = _folded(
    "في من عن إلى الى مع و أن إن أنه إنه بأن لأن هو هي هم الذي التي الذين كان كانت قد لقد لم لن لا ما ماذا "
    "هذا هذه ذلك تلك أيضا أيضًا كذلك بدوره بدورها جهته جانبه ذاته نفسه اليوم أمس غدا مساء ليلة يوم "
    "وقت سابق لاحق المقابل المقابلة حين ذاتها السياق الإطار لدى حول ضد نحو دون بين منذ حتى تجاه إزاء "
    "تحت فوق خلف عند داخل خارج عبر وسط ضمن خلال أثناء بعد قبل أمام وراء عقب إثر قرب"
)
# Words that are never part of a name, whoever says them.
_NOT_NAMES = _FUNCTION_WORDS | _folded(
    "الحكومة الوزارة البيان التقرير المصدر الجيش الشرطة الوكالة المنظمة البرلمان المجلس الرئاسة الخارجية "
    "الكرملين البيت الأبيض الأمم المتحدة الحركة الحزب الهيئة اللجنة الصحيفة القناة الشبكة الموقع الوفد الطرفان "
    "الجانبان وزارة حكومة بيان تقرير وكالة صحيفة قناة شبكة موقع هيئة لجنة رئاسة "
    # documents by other names: "أفاد بلاغ للمعهد الوطني للإحصاء" (Maghrebi copy), "ذكرت مذكرة ...", "تعميم"
    "بلاغ البلاغ مذكرة المذكرة تعميم التعميم "
    # Nouns news copy puts where a subject could stand: bodies, crowds, events and processes, never a person's name.
    "شرطة بنك البنك مصرف قوى حي مؤتمر قرار تطبيق تطورات اختتام تعليق وجود عملية كرة مباشر بشأن كل "
    "تنمية إغاثة تشغيل أوضاع الأوضاع تغير خطة برنامج مشروع اتفاق اتفاقية مبادرة حملة جلسة اجتماع زيارة "
    # What a speaker stresses the need or importance of ("شدد الوزير على ضرورة وقف التصعيد"): the words, never a name.
    "ضرورة أهمية "
    # What two officials discuss, right after the second one's name: "بحث ... مع X سبل دعم ...", never a name.
    "سبل آفاق أوجه مجالات تعزيز تطوير دعم "
    # Whom a speaker addresses, right after the name: "خاطب القاضي X الحضور قائلًا".
    "الحضور الحاضرين الجمهور الصحفيين الصحافيين"
)
# A preposition or a noun with a pronoun attached (فيها، له، عليه، قوله) and words of time and number: never a name,
# and where a subject runs into them, the name has ended ("وقال فيها إن"، "كل ستة أشهر"، "الشهر الماضي").
_PRONOUN_WORD = re.compile(
    r"^(?:و|ف)?(?:في|من|عن|ال[يى]|عل[يى]|مع|ل|ب|لد[يى]|امام|خلال|بعد|قبل|عند|حول|قول|كلمت|حديث|تصريح|بيان|حساب|صفحت|منصت)"
    r"(?:ه|ها|هم|هما|هن|كم|نا)$"
)
_TIME_AND_NUMBER = _folded(
    "الشهر الأسبوع العام السنة الحالية أشهر شهر "
    "شهور أسابيع أسبوع أيام سنوات سنة ساعات ساعة دقائق اثنين اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة "
    "مئة مائة ألف مليون مليار أي أية جميع بعض عدد نحو أكثر أقل"
)
_NAME_SECOND_HALVES = _folded("الدين الله الرحمن الرحيم الإسلام")
# Given names that carry the article (Maghrebi above all): الهادي العياري is a name, not a noun phrase.
_AL_GIVEN_NAMES = _folded("الهادي الحبيب الطيب المنصف الصادق المهدي الباجي الطاهر الناصر المختار الصديق")
_COMPOUND_FIRST = _folded("عبد أبو ابو أبي بن بنت ابن آل ال أم ذو")
_LISTENERS = _alternatives(
    [
        "صحفي",
        "صحافي",
        "صحاف",
        "اعلام",
        "مراسل",
        "تلفزيون",
        "تليفزيون",
        "اذاع",
        "قناة",
        "وكالة",
        "صحيفة",
        "شبكة",
        "موقع",
        "مجلة",
        "نواب",
        "مشرعين",
        "حضور",
        "حاضرين",
        "جمهور",
        "مواطنين",
        "شعب",
        "وفد",
    ]
)
# Listeners that are people: always an audience ("للصحفيين"); other listeners ("للإعلام العربي") may be a title's.
_PEOPLE_LISTENING = _alternatives(
    ["صحفيين", "صحافيين", "صحفيات", "مراسلين", "نواب", "مشرعين", "حضور", "حاضرين", "جمهور", "مواطنين", "اعلاميين"]
)
_OUTLETS = _alternatives(
    ["شبكة", "صحيفة", "وكالة", "قناة", "تلفزيون", "تليفزيون", "اذاعة", "موقع", "مجلة", "جريدة", "راديو", "منصة"]
)
_OCCASION_NOUNS = _alternatives(
    [
        "مقابلة",
        "تصريح",
        "تصريحات",
        "حديث",
        "بيان",
        "مؤتمر",
        "احاطة",
        "كلمة",
        "كلمته",
        "كلمتها",
        "خطاب",
        "خطابه",
        "تغريدة",
        "منشور",
        "رسالة",
        "اجتماع",
        "جلسة",
        "لقاء",
        "ندوة",
        "منتدى",
        "حوار",
        "تدوينة",
        "مداخلة",
        "تعليق",
        "رد",
        "ردا",
        "افادة",
        "زيارة",
        "ختام",
        "افتتاح",
        "اعقاب",
        "مستهل",
        "اطار",
        "سياق",
        "ايجاز",
        "تصريحه",
        "تصريحها",
        "حديثه",
        "حديثها",
        "بيانه",
        "رسالته",
        "تدوينته",
        "تغريدته",
        "منشوره",
    ]
)
_TIMES = _alternatives(
    [
        "امس",
        "اليوم",
        "الليلة",
        "غدا",
        "مساء",
        "ظهر",
        "فجر",
        "ليل",
        "ليلة",
        "يوم",
        "الاحد",
        "الاثنين",
        "الثلاثاء",
        "الاربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الاسبوع",
        "مؤخرا",
        "سابقا",
        "لاحقا",
    ]
)
# "صباح" is a time only before the day it is the morning of ("صباح اليوم", "صباح الثلاثاء"); otherwise it is a name,
# a common one in Kuwait ("الشيخ صباح خالد الحمد الصباح").
_DAYS = "اليوم|امس|الامس|الغد|غد|يوم|باكر|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعة|السبت"
_MORNING = rf"صباح\s+(?:{_alternatives(_DAYS)}){_E}"
# Where the speaker ends and an audience, occasion or time begins.
_BEFORE_OCCASION = _alternatives([*"في خلال اثناء عبر ضمن عقب قبيل بعد قبل امام وسط".split(), "على هامش"])
_OCCASION_WORDS = _alternatives(
    [
        *"خلال اثناء امام عبر عقب قبيل وسط بحضور بعد".split(),
        *["على هامش", "في ختام", "في اعقاب", "في مستهل", "ردا على", "تعليقا على"],
    ]
)
_AUDIENCE = re.compile(
    rf"(?:^|\s)(?:لل(?:{_PEOPLE_LISTENING})|ل(?:ـ|ـ\s)?\s*[\"«“]|لـ\s*\S|(?:{_BEFORE_OCCASION})\s+(?:{_OCCASION_NOUNS})"
    rf"|(?:{_OCCASION_WORDS}){_E}|(?:{_TIMES}){_E}|{_MORNING}|(?:في\s+)?وقت\s+(?:سابق|لاحق|متأخر|مبكر)"
    rf"|(?:على|عبر)\s+(?:حساب|صفحت|صفحة|منص|موقع|قنات)"  # "على حسابها في إكس": where it was written
    rf"|(?:لدى|لدي|في|خلال|أثناء|اثناء)\s+(?!ال)\S+(?:ه|ها|هم){_E})"
)
_OUTLET_AUDIENCE = re.compile(rf"(?:^|\s)(?:ل(?:{_OUTLETS})|لل(?:{_LISTENERS}))")
# Outlets by their names, given a statement: "لبي بي سي", "لسكاي نيوز عربية", "للجزيرة نت"; and "تحدث إلى «الأخبار»".
_OUTLET_NAME_LIST = (
    "بي بي سي|سكاي نيوز|الجزيرة|العربية|الحدث|فرانس 24|فرانس برس|سي ان ان|سي إن إن|رويترز|الأناضول|سبوتنيك|الحرة"
    "|الميادين|المنار|الشرق|النهار|الأخبار|الراي|الخليج|الاتحاد|الرياض|عكاظ|الأهرام|اليوم السابع|هسبريس|الشروق"
    "|رووداو|روداو|السومرية|عنب بلدي|الوسط|العربي الجديد|القدس العربي"
).split("|")
_OUTLET_NAMES = _alternatives(_OUTLET_NAME_LIST)
# With the article, "to" is written لل: "للأخبار"، "للجزيرة مباشر" (ل + الأخبار).
_OUTLET_NAMES_AFTER_LAM = _alternatives([name[2:] for name in _OUTLET_NAME_LIST if name.startswith("ال")])
# The last word of many outlets' names says what they are: "لشفق نيوز"، "لموقع الجزيرة نت"، "للمصدر أونلاين".
_OUTLET_SUFFIX = _alternatives("نيوز|نت|اونلاين|أونلاين|بوست|تايمز|برس|تي في")
_TOLD_TO = re.compile(
    rf"(?:^|\s)(?:ل(?:ـ\s*)?(?:{_OUTLET_NAMES})|لل(?:{_OUTLET_NAMES_AFTER_LAM}){_E}"
    rf"|ل(?:ـ\s*)?[^\s\d]+\s+(?:{_OUTLET_SUFFIX}){_E}|(?:تحدث|تحدثت|متحدثا|متحدثة)\s+(?:الى|إلى|ل))"
)
# News agencies that a statement is given to: "لوكالة فرانس برس", never part of a title.
_AGENCY_NAMES = re.compile(
    r"\s*(?:"
    + _alternatives("رويترز|الانباء|الأناضول|اسوشيتد|سبوتنيك|تاس|شينخوا|بلومبرغ|نوفوستي|فرانس برس|الصحافة الفرنسية")
    + ")"
)
# Prepositions that end a name: "دانيال هاغاري في إيجاز ...", "قيس سعيد في أول كلمة له".
_AFTER_NAME = _folded("في من عن إلى الى مع أمام خلال عبر بعد قبل عقب وسط حول بشأن")
_TOKEN = re.compile(r"\S+")
_ASIDE_VERBS = _alternatives("فضل|فضلت|طلب|طلبت|رفض|رفضت|اشترط|مشترطا|مفضلا|طالبا|مطالبا|تحدث|تحدثت|متحدثا")
_LEADING_WORDS = re.compile(
    rf"^\s*(?:{_alternatives('بدوره|بدورها|من جهته|من جهتها|من جانبه|من جانبها|ايضا|كذلك')}){_E}"
)
# "طالب بوقف ...", "أفاد بأن": the attached ب of an object, not the first letter of a name (بلينكن).
_BI_NOUNS = "ضرورة|وقف|انهاء|اجراء|فتح|رفع|تقديم|عدم|تحقيق|وضع|اتخاذ|حماية|احترام|تسهيل|السماح|اطلاق|الافراج"
# A verbal noun of the pattern تفعيل is an object too: "طالبت بتضمين ..."، "بتعديل".
_BI_OBJECT = rf"(?:^\s*|(?<=\S)\s)(ب)(?=ال|ا\w{{4,}}|ت\w\wي\w|{_alternatives(_BI_NOUNS)})"


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
    if folded in _PLACES:
        return "place"
    if folded in _NOT_NAMES or folded in _TIME_AND_NUMBER or _PRONOUN_WORD.match(folded):
        return "stop"
    if _is_person_noun(folded):
        return "anonymous"
    # A title or body word behind a conjunction or preposition: وشؤون، بمحافظة، لرئيس، لوكالة.
    attached = re.sub(r"^(?:و|ب|ل|لـ)", "", folded)
    if attached != folded and attached in _FUNCTION_WORDS:
        return "stop"
    if attached != folded and attached in _PLACES:
        return "place"  # "المحكمة الابتدائية بتونس محمد زيتونة": where the post is, never the name's first word
    if attached != folded and (attached in _TITLE_HEADS or attached in _TITLE_NOUNS or attached in _NOT_NAMES):
        return "title"
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
        if fold(token) == "باسم" and index > 0 and kinds[index - 1] in ("title", "al"):
            # but a second باسم, after the body the first one named, is the spokesman's own given name: "المتحدث
            # باسم الحكومة العراقية باسم العوادي"
            named_body = any(fold(earlier) == "باسم" for earlier in tokens[: index - 1])
            following = index + 1 < len(tokens) and kinds[index + 1] in ("name", "al")
            kinds[index] = "name" if named_body and following and kinds[index - 1] == "al" else "title"
        if index == 0:
            if (
                token.strip("()[]«»\"“”'،,.") == "على"
                and len(tokens) >= 3
                and kinds[1] == "name"
                and kinds[2] in ("name", "al")
            ):
                kinds[0] = "name"  # "قال على حسين السائح": a full name after it, علي as Egyptian desks write it
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
    return kinds


# Posts that are never anyone's surname.
_ONLY_POSTS = _folded("الرئيس الرئيسة الوزير الوزيرة الملك الملكة المتحدث المتحدثة الناطق الناطقة السفير السفيرة")
# Words that join a name to the father's: بن، بنت، ابن، and the Mauritanian ولد (ول).
_LINKS = _folded("بن بنت ابن ابو ولد ول")


_NAME_LINKS = ("بن", "بنت", "ابن", "ابو")
# Words that describe someone without being a role: "يقول الشاب آدم إسحاق", "تقول السيدة أم خالد".
# Posts used as courtesy titles before a name that already has its role: "المتحدث باسم الرئاسة السفير بسام راضي".
_COURTESY_POSTS = _folded("السفير السفيرة المستشار المستشارة الأمير الأميرة القاضي")
_DESCRIPTORS = _folded("الشاب الشابة الطفل الطفلة الفتى الفتاة المسن المسنة الرجل المرأة السيدة الحاجة الحاج")


def _without_honorifics(tokens: list[str]) -> list[str]:
    """The words without courtesy titles, except where one is part of a name: "عز الدين بن الشيخ"."""
    return [
        token
        for index, token in enumerate(tokens)
        if _kind_of(token) != "honorific"
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


def _introduced(part: str) -> bool:
    """A name introduced by what the person is: "المحامي محمد المامي ولد مولاي أعلي" after the post they speak in,
    or by where they are from: "الإسباني جولين لوبيتيغي، المدير الفني للمنتخب" (a demonym, as sport copy writes)."""
    title, name = _split_title_and_name(part)
    demonym = _is_al(title) and _kind_of(title) == "al" and len(fold(title)) >= 6 and fold(title).endswith("ي")
    if len(title.split()) != 1 or not _is_al(title) or not (_kind_of(title) in ("title", "anonymous") or demonym):
        return False
    return len(name.split()) >= 2 and reads_as_name(name)


def _cut_audience(subject: str) -> str:
    """The subject without the audience, occasion or time after the speaker: "للصحفيين", "لـ«رويترز»", "في
    كلمته أمام ...", "أمس". An outlet after a title ("المفوض العام لوكالة الأمم المتحدة") is part of the title."""
    cut = len(subject)
    audience = _AUDIENCE.search(subject)
    if audience is not None:
        cut = audience.start()
    told = _TOLD_TO.search(subject)
    if told is not None and told.start() < cut:
        cut = told.start()
    for outlet in _OUTLET_AUDIENCE.finditer(subject[:cut]):
        before = subject[: outlet.start()].split()
        agency = fold(outlet.group(0)).strip().startswith(("لوكال", "لل"))
        if (
            not before
            or _kind_of(before[-1]) in ("name", "anonymous")
            # "كاظم الشمري لوكالة شفق نيوز": after a name closed by its surname, the agency is whom he told
            or (len(before) >= 2 and _kinds(_tokens(" ".join(before)))[-2:] == ["name", "al"])
            or not agency
            or _AGENCY_NAMES.match(subject, outlet.end())
        ):
            cut = outlet.start()
            break
    tokens = subject[:cut].split()
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


def _name_runs(tokens: list[str], kinds: list[str]) -> list[tuple[int, int]]:
    """Where names are among a subject's words: runs of name words, a surname with the article closing a run
    (عبد الفتاح السيسي), and not the word a title noun governs (أمين محافظة جدة: جدة belongs to the title)."""
    runs, index = [], 0
    while index < len(tokens):
        if kinds[index] != "name":
            index += 1
            continue
        start = index
        if (
            start > 0
            and fold(tokens[start - 1]) in ("في", "من", "الي")
            and index + 2 < len(tokens)
            and kinds[start + 1] == "name"
        ):
            index += 1  # the place after في, then the name
            continue
        if start > 0 and kinds[start - 1] == "title" and not _is_al(tokens[start - 1]):
            governing = fold(tokens[start - 1])
            attached = re.sub(r"^(?:و|ب|ل)", "", governing)  # "لمجمع سوناطراك": the body's name, not a person's
            # any post without the article governs the next word too: "منسق لجان الحماية"
            heads = _CONSTRUCT_HEADS | _TITLE_HEADS | _TITLE_NOUNS
            if governing in heads or attached in _TITLE_NOUNS:
                index += 1
                continue
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
            and (
                re.sub(r"^(?:وال|بال|لل|ال)", "", fold(title[-1])) in _ANONYMOUS
                or fold(title[-1]) in _DESCRIPTORS
                or fold(title[-1]) in _COURTESY_POSTS
            )
        ):
            title = title[:-1]
        if len(title) == 1 and fold(title[0]) in _DESCRIPTORS:
            title = []
        return " ".join(title), " ".join(tokens[start:end])
    start, end = runs[0]  # NAME TITLE, perhaps after a courtesy title: "الأمير فيصل بن فرحان وزير الخارجية"
    after = tokens[end:]
    if after and kinds[end] == "title":
        return " ".join(after), " ".join(tokens[start:end])
    return " ".join(tokens[:start]), " ".join(tokens[start:end])


# Documents that stand where a speaker would: "أفاد بيان ..."، "أفاد بلاغ ..." (Maghrebi copy).
_DOCUMENTS = _folded("بيان البيان بلاغ البلاغ تقرير التقرير مذكرة المذكرة تعميم التعميم وثيقة الوثيقة")
# Bodies by their noun with the article: الجامعة، الهيئة، الاتحاد، الشركة ... (a post's holder is named by a post).
# What a speaker stresses the need or importance of: the start of the words, never in a subject.
_SAID_NOUNS = _folded("ضرورة أهمية")
_BODY_HEAD = re.compile(
    r"^(?:ال|وال)(?:جامعه|هيءه|اتحاد|شركه|موسسه|منظمه|جمعيه|نقابه|لجنه|مجلس|وكاله|حركه|حزب|جبهه|مجموعه|رابطه|غرفه)$"
)
_GUARDIAN, _GUARDIAN_OF = _folded("ولي ولية أولياء"), _folded("أمر أمور الأمر الأمور")
# The honorific pronouns of Gulf copy: "وقال سموه", "وأوضح سعادته" — the speaker named before.
# After a post without the article, words that make it someone unnamed: "ناطق باسم ..."، "نواب آخرون".
_UNNAMED_AFTER = _folded("باسم آخر آخرون آخرين أخرى")
# "المسؤول ذاته"، "المصدر نفسه": the same one.
_SAME = _folded("ذاته ذاتها نفسه نفسها")
_HONORIFIC_PRONOUNS = _folded("سموه سموها سعادته سعادتها معاليه معاليها فخامته جلالته سيادته دولته سماحته غبطته هو هي")
_BLESSINGS = re.compile(rf"\s(?:{_alternatives('حفظه الله|رعاه الله|يحفظه الله|يرعاه الله|حفظها الله|أيده الله')}){_E}")


@functools.lru_cache(maxsize=20_000)
def read_subject(subject: str) -> Subject:
    """Who an Arabic subject phrase names: "وزير الخارجية الأمريكي، أنطوني بلينكن،", "مسئول كبير في الإدارة
    الأمريكية للصحفيين", "المسئول", "بلينكن في مؤتمر صحفي", or nothing ("وأضاف")."""
    subject = _BLESSINGS.sub("", _LEADING_WORDS.sub("", subject))
    # "(52 عاما)", "، وهو فلاح من تستور": an age or an aside, not who
    subject = re.sub(r"\(\s*[0-9٠-٩]+\s*(?:عاما|عامًا|سنة|عاماً)?\s*\)", "", subject)
    subject = re.split(r"[،,]?\s+(?:وهو|وهي)\s", subject)[0]
    # "، فضّل عدم ذكر اسمه،", "، طالبًا عدم نشر اسمه": why the source is unnamed, not who
    subject = re.sub(rf"[،,]\s*(?:{_ASIDE_VERBS})[^،,]*", "", subject)
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
        named = [part for part in parts[1:] if len(part.split()) >= 2 and reads_as_name(part)]
        if named:  # "أخصائي أرصاد بالمديرية العامة للأرصاد الجوية، عبدالله بن راشد الخروصي": the post, then who
            return Subject(name=_split_title_and_name(named[0])[1] or named[0], title=parts[0])
        return Subject(description=parts[0])  # "مسؤول، طلب عدم ذكر اسمه،"
    if len(parts) >= 2:
        names = (
            [part for part in parts if reads_as_name(part)]
            or [part for part in parts if _introduced(part)]  # "المستشار محمد الحمصاني، المتحدث الرسمي ..."
            or [part for part in parts[1:] if reads_as_name(part, apposition=True)]
        )
        titles = [
            part for part in parts if part not in names and _kind_of(_tokens(part)[0]) in ("title", "al", "anonymous")
        ]
        if names:
            title = titles[0] if titles else _split_title_and_name(names[0])[0]
            name = _split_title_and_name(names[0])[1] or names[0]
            return Subject(name=name, title=" ".join(_without_honorifics(title.split())))
        parts = [parts[0]]
    part = parts[0]
    tokens = _tokens(part)
    if fold(tokens[0]) in _HONORIFIC_PRONOUNS:
        return Subject()
    if len(tokens) >= 2 and fold(tokens[-1]) in _SAME and _is_al(tokens[0]) and _kind_of(tokens[0]) == "title":
        return Subject()  # "وشدد المسؤول ذاته"، "المصدر نفسه": the speaker just named, whatever their post
    first = _kinds(tokens)[0]  # in context: "على حسين السائح" opens with a name
    if len(tokens) >= 2 and fold(tokens[0]) in _GUARDIAN and fold(tokens[1]) in _GUARDIAN_OF:
        return Subject(description=part)  # "ولي أمر طالب", a parent: not "ولي العهد", a title
    # "منظمة أطباء بلا حدود"، "شركة أرامكو": a body named by its noun in construct, without the article too
    body = _BODY_HEAD.match(fold(tokens[0])) or (len(tokens) >= 2 and _BODY_HEAD.match("ال" + fold(tokens[0])))
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
    if (
        first in ("title", "anonymous")
        and not _is_al(tokens[0])
        and len(tokens) > 1
        and fold(tokens[1]) in _UNNAMED_AFTER
        and not named_after_title
    ):
        return Subject(description=part)  # "ناطق باسم حركة حماس"، "نواب آخرون": someone, not a post's holder
    if name and reads_as_name(name) and not (someone and " " not in name):
        return Subject(name=name, title=title)
    if someone:
        return Subject(description=part)
    if title:
        head = _without_honorifics(tokens)[0] if _without_honorifics(tokens) else ""
        if _is_al(head) or fold(head) in _TITLE_HEADS or fold(head) in _RANKS:
            return Subject(refers_back=title)
    return Subject(unreadable=part)


# --- Paragraphs ----------------------------------------------------------------------------------------------------


# Present forms that are also impersonal passives ("يُعتقد أن", it is believed) when no one stands before أن.
_OPINIONS = _folded("يعتقد تعتقد يعتبر تعتبر")


def _opens_attribution(paragraph: str, verb: _Verb, found_in_sentence: bool) -> str | None:
    """How the verb at `verb` opens an attribution: "start" (a sentence, a dateline, a connector, a leading
    phrase), "after_quote" («…»، قال X), or None when it is a verb inside narration."""
    before = paragraph[: verb.start()].rstrip()
    if fold(verb["verb"]) in _OPINIONS and not verb["prefix"] and _THAT.match(paragraph[verb.end() :].lstrip()):
        return None  # "حيث يُعتقد أن ...": it is believed, by no one in particular
    if not before or before[-1] in ".!?؟":
        return "start"
    if _PLUPERFECT.search(before):
        return "pluperfect"
    if _AMMA.search(before) and (verb["prefix"] == "ف" or before.endswith("فقد")):
        return "amma"
    if before[-1] in CLOSING or (before[-1] in "،," and before[:-1].rstrip()[-1:] in CLOSING):
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
        sentence = re.split(r"[.!?؟]", before)[-1]
        if not found_in_sentence and len(sentence.split()) <= 14 and not _VERB.search(sentence):
            return "start"
    return None


def _svo_subject(before: str) -> str | None:
    """The subject written before its verb, when the sentence so far is nothing else: "المتحدثة باسم المفوضية جمانة
    الغلاي أوضحت ...", "أوساط وزارية قالت ...", "قيادي في الإطار، طلب عدم الكشف عن اسمه، قال ..."."""
    sentence = re.split(r"[.!?؟]", before)[-1]
    sentence = re.sub(r"^.{0,80}?(?:\s[-–—]+|--|[-–—]+\s|/\s*\S+\s*/|\(\S+\)\s*[-–—:]*|:)\s*", "", sentence, count=1)
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
    # Relative clauses and asides are not the speaker: "، الذي تلا المقررات،", "، من جهته،"
    parts = [part for part in re.split(r"[،,]", sentence) if part.strip()]
    parts = [part for part in parts if not re.match(r"\s*(?:الذي|التي|الذين|من جهت|من جانب|بدور)", part)]
    return "، ".join(part.strip() for part in parts) or None


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
    while that is not None and inside(that.start(), spans):
        that = _THAT.search(rest, that.end())
    if that is not None:
        ends.append((that.start(), "that", that))
    preposition = _VERB_OBJECT.get(fold(verb), "")
    if preposition:
        pattern = rf"(?:^|\s)({flexible(preposition)}){_E}" if len(preposition) > 1 else _BI_OBJECT
        if fold(preposition) == "علي":
            # على, not the name علي: "شدد على ضرورة", "أكد على أهمية"
            nouns = _alternatives("ضرورة|اهمية|حرص|رفض|دعم|موقف|التزام")
            pattern = rf"(?:^|\s)({flexible(preposition)})(?=\s+[«\"“]?(?:ال|{nouns}))"
        obj = re.search(pattern, rest)
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


# Verbs whose words may follow as a plain object, without إن/أن: "نفى الوزير وجود أي اتصالات", "أكد سموه ضرورة
# وقف التصعيد", "أعلن قيس سعيد ترشحه".
_OBJECT_VERBS = _folded("نفى نفت أكد أكدت أعلن أعلنت جدد جددت رفض رفضت أبدى أبدت طالب طالبت")
_OBJECT_START = re.compile(
    rf"^(?:ال|{_alternatives('ضرورة|وجود|رفض|ترشح|تجميد|دعم|استعداد|اهمية|عدم|حرص|تمسك|التزام|موقف|تضامن|نجاح|فشل|انطلاق|اطلاق|بدء|انتهاء|وقف|تعليق|قبول')})"
)


# The nouns of _OBJECT_START that no one is named (نجاح is): right after a name, the words start with them.
_OBJECT_NOUNS = _folded(
    "ضرورة وجود رفض ترشح تجميد دعم استعداد أهمية عدم حرص تمسك التزام موقف تضامن "
    "فشل انطلاق إطلاق بدء انتهاء وقف تعليق قبول"
)


def _direct_object(rest: str, verb: str) -> tuple[int, str, re.Match | None] | None:
    """Where the subject ends and a plain object begins, for the verbs that take one: after the speaker's name
    (and any title or time after it), at the first word that starts the thing said."""
    if fold(verb) not in _OBJECT_VERBS:
        return None
    sentence = rest[: sentence_end(rest)]
    tokens = list(re.finditer(r"\S+", sentence))
    seen_speaker = titled = False
    for index, token in enumerate(tokens):
        word = token.group(0).strip("،,")
        kind = _kind_of(word)
        # Only the listed nouns: a name whose letters fold to ال- (إليزابيث، إلهام) is the speaker, not the object.
        folded = fold(word)
        if index == 0 and kind not in ("title", "honorific") and _OBJECT_START.match(folded) and folded[:2] != "ال":
            return 0, "object_plain", None  # "ونفى وجود أي وساطة": no subject written, the object at once
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
            and folded in _OBJECT_NOUNS
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
    return gloss.start() if gloss is not None else end


# The writer's gloss after the words, not the speaker's: "، في إشارة إلى ...", "، على حد تعبيره".
_GLOSS = re.compile(
    r"\s*[،,]\s*(?:في\s+إشارة\s+(?:إلى|الى)|على\s+حد\s+(?:تعبيره|تعبيرها|قوله|قولها)|وفق\s+تعبيره"
    # "...، وذلك في كلمته خلال ...": where and when it was said, the writer's
    r"|وذلك\s+(?:في|خلال|على\s+هامش|عقب|أثناء|لدى)\s)"
)


def _next_participle(text: str, start: int, limit: int) -> re.Match | None:
    spans = quoted_spans(text)
    for match in _PARTICIPLE.finditer(text, start, limit):
        if not inside(match.start(), spans):
            return match
    return None


class _Verb:
    """A speech verb found in a paragraph, or the قوله of "نقل عن X قوله" (which works as one)."""

    def __init__(self, match: re.Match | None = None, *, at: int = 0, verb: str = "قال") -> None:
        self._start, self._end = (match.start(), match.end()) if match is not None else (at, at)
        self._groups = {"verb": verb, "prefix": ""}
        if match is not None:
            self._groups = {"verb": match["verb"], "prefix": match["prefix"] or ""}

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def __getitem__(self, name: str) -> str:
        return self._groups[name]


# A live page's entry: "16:10 | المتحدث باسم الدفاع المدني محمود بصل للجزيرة مباشر: «...»".
_LIVE_ENTRY = re.compile(r"^\s*[0-9٠-٩]{1,2}[:.][0-9٠-٩]{2}\s*(?:[|\-–—]\s*)?")
_LIVE_SPEAKER = re.compile(r"^(?P<subject>[^:«“\"]{3,160}?):\s*(?P<words>.*)$")


_EXPRESSED = re.compile(r"(?:\s+[^\s.!?؟]+){0,8}?\s+عن(?!\w)")


def read_paragraph(paragraph: str) -> list[Found]:
    """Every statement in an Arabic paragraph, in order."""
    entry = _LIVE_ENTRY.match(paragraph)
    if entry is not None:
        paragraph = paragraph[entry.end() :]
        speaker = _LIVE_SPEAKER.match(paragraph)
        if speaker is not None and not _VERB.search(speaker["subject"]):
            subject = read_subject(speaker["subject"])
            if subject.name or subject.description:
                words = speaker["words"].strip()
                if not words:
                    return [Found(DIRECT, "", subject, 0.7)]  # the words are the next paragraph
                if words[:1] in OPENING:
                    quoted, _end, closed = _quote_at(words, 0, len(words))
                    return [Found(DIRECT, quoted, subject, 0.75 if closed else 0.6)]
                return [Found(PARAPHRASE, clean(words), subject, 0.6)]
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
        verb = _Verb(match)
        sentence_start = max(paragraph.rfind(mark, 0, verb.start()) for mark in ".!?؟")
        found_in_sentence = any(opening.start() > sentence_start for opening, _how, _subject in openings)
        how = _opens_attribution(paragraph, verb, found_in_sentence)
        if how is not None:
            openings.append((verb, how, None))
    for match in _QUOTING.finditer(paragraph) if "قول" in paragraph else ():
        if not inside(match.start(), closed):
            openings.append((_Verb(at=match.end()), "quoting", read_subject(match["subject"])))
    for match in _ACCORDING.finditer(paragraph) if ("فإن" in paragraph or "فان" in paragraph) else ():
        if not inside(match.start(), closed):
            openings.append((_Verb(at=match.end()), "according", read_subject(match["subject"])))
    openings.extend(_participles_after_deeds(paragraph, openings, closed))
    openings.sort(key=lambda opening: opening[0].start())
    found: list[Found] = []
    for index, (verb, how, subject) in enumerate(openings):
        limit = openings[index + 1][0].start() if index + 1 < len(openings) else len(paragraph)
        if how == "after_quote":
            found.extend(_after_quote(paragraph, verb, limit, spans))
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
    phrase: list[str] = []
    named = titled = False
    for index, raw in enumerate(words[1:], start=1):
        ends_part = raw[-1:] in "،,"
        word = raw.rstrip("،,")
        following = words[index + 1] if index + 1 < len(words) else ""
        # The name ends at the verb's object: "نبيه بري بتعليق الجلسات", "بالاعتكاف" (not بري, بن, بنت).
        if named and word[:1] in "بل" and (_is_al(word) or _is_al(following)) and fold(word) not in ("بن", "بنت"):
            break
        # "استقبل الوزير سالم الدوسري وفدًا من رجال الأعمال": an indefinite object (its tanween) after the name ends
        # it; what follows is whom the act was done to, never who spoke.
        if named and "\u064b" in word:
            break
        # "تفقد وزير الأشغال X مرفأ طرابلس"، "افتتح وزير الصحة X مستشفى بيروت": after a titled name, a post's
        # noun, a place, or a noun before a place is what the act was done to
        kind = _kind_of(word)
        before_place = kind == "name" and bool(following) and _kind_of(following.rstrip("،,")) == "place"
        if named and titled and (kind in ("title", "place") or before_place):
            break
        # a word that is no name nor part of a post: not الخارجية or الحكومة, which posts hold
        ends = kind == "stop" and not _is_al(word)
        if phrase and not named and ends:
            break  # "تمسك ممثل النيابة العامة خلال الجلسة ...": a post with no name, then where or when
        if named and (ends or _COUNTERPART.match(fold(word))):
            # "ترأس الشيخ X وزير البلدية اجتماع اللجنة ...": the post ends where the object starts; "استقبل الوزير
            # X نظيره القطري ...": whom he met is not who he is
            break
        phrase.append(word)
        titled = titled or (not named and kind == "title")
        named = named or kind == "name"
        if ends_part:
            break
    if not phrase:
        return None
    subject = read_subject(" ".join(phrase))
    # Only a titled name: "رئيس البرلمان نبيه بري"; "عاد هدوء حذر ...", "قتل خمسة أشخاص" and "الجامعة المغربية
    # لحقوق المستهلك القرار" (a body) name no one.
    titled = bool(subject.title) and _kind_of(subject.title.split()[0]) in ("title", "honorific", "al", "anonymous")
    return subject if subject.name and titled and reads_as_name(subject.name) else None


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
    subject = read_subject(tail)
    if not words:
        return []
    return [
        Found(kind=DIRECT, text=words, subject=subject, confidence=0.8),
        *_continuations(paragraph, subject_end, limit, Subject()),
    ]


# Verbs that call on someone to do something: their object stands between the speaker and إلى/على/ب.
_CALL_VERBS = _folded("دعا دعت حث حثت ناشد ناشدت طالب طالبت")
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


def _calls_on_without_subject(subject_text: str, verb: str) -> bool:
    """Whether the words after a call verb start with whom it calls on, its speaker left unsaid (the one before)."""
    words = subject_text.split()
    if not words or len(words) > 3:
        return False
    first = fold(words[0].strip("،,"))
    masculine = fold(verb) in _folded("دعا حث ناشد طالب")
    # a sound plural in -ين is never the subject; a broken plural after a masculine verb is whom it calls on
    return first in _CALLED_PLURALS and (first.endswith("ين") or masculine)


def _called(subject: str) -> int | None:
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
            group = folded in _CALLED or plural
            # right after the name (or a surname alone: "دعا القضاة التجار"), after an aside between commas, or
            # after nothing but an occasion ("قد دعا في كلمته الافتتاحية الدول الأعضاء إلى")
            after_name = named and _kind_of(previous.strip("،,")) in ("name", "al")
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


def _clause(
    paragraph: str, verb: _Verb, limit: int, given: Subject | None = None, *, strong: bool = False
) -> list[Found]:
    rest_start = verb.end()
    rest = paragraph[rest_start:limit]
    calling = fold(verb["verb"]) in _CALL_VERBS
    end = _subject_end(rest, verb["verb"])
    plain = _direct_object(rest, verb["verb"])
    if plain is not None and (end is None or plain[0] < end[0]):
        end = plain
    if end is None and fold(verb["verb"]).startswith("ناشد"):
        # "وناشد أهوانسو المانحين توفير 400 مليون دولار": whom, then what, with no preposition between
        sentence = rest[: sentence_end(rest)]
        called = _called(sentence)
        who = read_subject(sentence[:called]) if called is not None else Subject()
        end = (called, "object_plain", None) if who.name or who.refers_back else None
    if end is None:
        return []
    position, how, match = end
    subject_text = rest[:position]
    if len(subject_text.split()) > 22 or re.search(r"[.!?؟]\s", subject_text):
        return []
    called = _called(subject_text) if how == "object" and calling else None
    strong = strong and given is not None and bool(given.name or given.description or given.refers_back)
    if strong and how == "object" and calling and clean(subject_text) and called is None:
        called = len(subject_text) - len(subject_text.lstrip())  # "وكان X قد دعا المصارف في وقت سابق إلى ..."
    if called is None and how == "object" and calling and _calls_on_without_subject(subject_text, verb["verb"]):
        called = len(subject_text) - len(subject_text.lstrip())  # "ودعا الأطراف إلى ...": the speaker before
    if called is not None:
        subject_text = subject_text[:called]  # "دعا X الدول إلى ...": the words start with whom X called on
    subject = read_subject(subject_text)
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


_BUT_WORDS = "لكنه|لكنها|لكن|كما|ثم|فيما|بينما|غير انه|غير انها|غير ان|الا انه|الا انها|الا ان|بيد انه|بيد انها|و"
# A connector left at the end of the words is a word of its own: "... إلى شركة سومو" keeps the و of its name.
_TRAILING_CONNECTOR = re.compile(rf"\s*[،,]?\s*{_B}(?:{_alternatives(_BUT_WORDS)})\s*$")
# A feeling or hope, then what it is about: "ثقته في أن", "أمله في أن", "قلقه من أن".
_OBJECT_THAT = re.compile(rf"^(?:\S+\s+){{0,2}}?\S+\s+(?:في|من|ب)?\s*{flexible('ان')}{_E}\s*")


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
        if closed and (not clean(after).strip('”»"') or _PARTICIPLE.match(after) or _GLOSS.match(after)):
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
    if not _ANNOUNCING_RE.search(paragraph):
        return []
    words = paragraph.replace("،", " ، ").split()
    found: list[Subject] = []
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
            and _kind_of(words[index]) in ("title", "al", "place")
            and not _OUTLET_AUDIENCE.match(" " + words[index])
        ):
            index += 1
        title = " ".join(words[title_start:index]) or " ".join(leading_title)
        if len(name.split()) >= 2 and reads_as_name(name):
            found.append(Subject(name=name, title=title))
            index = max(index, start + 1)
        else:
            index = start + 1  # "صاحب السمو الملكي الأمير فيصل ...": the courtesy title goes on; read on from it
    return found


# Posts that introduce a person in narration: "التقى وزير الخارجية الكويتي عبدالله علي اليحيا ..."
_POST_HEAD = re.compile(
    rf"{_B}(?:[ولب]|لل|وال|بال)?(?P<head>(?:ال)?(?:{_alternatives('وزير|وزيرة|رئيس|رئيسة|امين|متحدث|متحدثة|ناطق|سفير|مبعوث|مندوب|مفوض|موفد|محافظ|والي|قائد|زعيم|مستشار|مدير|مديرة|ممثل|ممثلة|نائب|نائبة')})){_E}"
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
        covered = match.start("head") + max(length, 1)
        if read is not None:
            found.append(read)
    return found


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
    if len(name.split()) >= 2 and reads_as_name(name) and title:
        return Subject(name=name, title=title), length
    return None, length

"""The words Arabic copy is read with: title heads, ranks and courtesy titles, places, unnamed people, function
words, audiences, occasions, times and outlets, and the patterns a word starts and ends with."""

from __future__ import annotations

import re

from timeline.arabic import (
    MARKS,
    flexible,
    fold,
)

_B = rf"(?<![\w{MARKS}])"  # a word starts here
_E = rf"[{MARKS}]*(?![\w{MARKS}])"  # a word ends here


def _alternatives(words: list[str] | str) -> str:
    """A pattern matching any of `words` however spelt; a string lists them separated by "|".

    The words are written as a tree of their shared beginnings (قال، قالت، قام share قا), each branch tried before
    the word ending there, so a longer word wins as "longest first" did. A flat list of a hundred alternatives was
    tried word by word at every word of every paragraph: the readers' largest patterns are several times faster so."""
    if isinstance(words, str):
        words = words.split("|")
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for letter in fold(word):
            node = node.setdefault(letter, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict[str, dict]) -> str:
    branches = [
        (r"\s+" if letter == " " else flexible(letter)) + _branches(rest) for letter, rest in node.items() if letter
    ]
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{pattern})?" if "" in node else pattern


def _folded(words: str) -> set[str]:
    return {fold(word) for word in words.split()}


_TITLE_HEADS = _folded(
    "وزير وزيرة رئيس رئيسة نائب نائبة متحدث متحدثة ناطق ناطقة سفير سفيرة مستشار مستشارة مدير مديرة "
    "قائد قائدة زعيم زعيمة ملك ملكة أمير أميرة ولي مندوب مندوبة عضو عضوة سيناتور سكرتير سكرتيرة وكيل وكيلة مبعوث "
    "مبعوثة والي محافظ محافظة مفوض مفوضة منسق منسقة حاكم نقيب ممثل ممثلة مرشد بطريرك مفتي عمدة قاضي مدعي كبير مساعد "
    "مساعدة كبيرة قائم العاهل عاهل المستشار رئيسة الرئيس وزيرة النائبة نائبة الأمين المتحدث الناطق المدير المبعوث "
    "المندوب السفير القائد الزعيم الملك الأمير المفوض المنسق المحافظ الوزير مديرة المديرة رئيس "
    "المسؤول المسؤولة المسئول المسئولة "
    # players by their place on a team, posts sport copy names them by: "لاعب وسط الأهلي X"، "حارس مرمى المنتخب X"
    "لاعب لاعبة مهاجم مهاجمة مدافع مدافعة حارس حارسة"
)
_RANKS = _folded(
    "الرائد العقيد اللواء العميد الفريق المقدم النقيب الملازم المشير الجنرال الأدميرال الأميرال العريف الرقيب الركن "
    "الفريق_أول ركن العماد أركان_حرب "
    "عقيد لواء عميد ملازم مشير جنرال أدميرال"  # not رائد، فريق، مقدم without the article: given names, or words
)
_RANKS = {rank.replace("_", " ") for rank in _RANKS}
_HONORIFICS = _folded(
    "الشيخ الشيخة سعادة معالي سمو فخامة السيد السيدة الدكتور الدكتورة د م أ أ.د الأستاذ الأستاذة المهندس المهندسة "
    "البروفيسور البروفيسورة الحاج سيادة دولة جلالة صاحب_السمو صاحبة_السمو صاحب_الجلالة صاحب_المعالي صاحب_الفخامة "
    "صاحب_السعادة السمو سماحة غبطة نيافة حضرة"
)
_HONORIFICS = {honorific.replace("_", " ") for honorific in _HONORIFICS}
# Title words that govern the next word when written without the article: "وزير خارجية", "أمير منطقة".
_CONSTRUCT_HEADS = _folded("وزير وزيرة رئيس رئيسة نائب أمين مدير مديرة محافظ أمير ملك حاكم قائد مندوب سفير ممثل مفوض")
# Nouns that continue a title: the ministry or body of "وزير خارجية قطر", "المتحدث باسم حماس".
_TITLE_NOUNS = _folded(
    "حزب جهاز تيار ائتلاف كتلة كلية منتخب تجمع كتائب سرايا جماعة نادي تحالف تنسيقية منتدى قيادة "
    "خارجية دفاع داخلية مالية عدل إعلام صحة اقتصاد تجارة طاقة نفط تعليم ثقافة شؤون حكومة دولة مجلس وزراء جيش "
    "أركان بعثة منظمة وكالة هيئة لجنة مكتب إدارة برنامج صندوق مفوضية حلف اتحاد جامعة حركة حزب قوات جبهة "
    "عام العام عامة الأعلى أعلى سابق السابق سابقة السابقة الحالي بالأعمال بالوكالة دائم الدائم "
    "الدائمة المفاوضين الجمهورية الجمهورية جمهورية مملكة المملكة الدولة البرلمان برلمان نواب الشيوخ الكونغرس "
    "منطقة محافظة ولاية إقليم مدينة بلدية قطاع مقاطعة إمارة بعثة مركز معهد مستشفى جمعية نقابة اتحاد غرفة بنك مصرف "
    "شركة مؤسسة مجموعة مجمع ديوان مرصد مختبر مصلحة دائرة نيابة مديرية قسم شعبة وحدة "
    # courts, embassies, the police and the press: "المتحدث باسم محكمة الاستئناف"، "الناطق باسم شرطة دبي"
    "محكمة رئاسة أمانة سفارة قنصلية شرطة سلطة إذاعة تلفزيون صحيفة "
    # a part of a country in a post, which governs the place after it: "منسق الطوارئ في المفوضية بشرق تشاد"
    "شرق غرب شمال جنوب"
)
_PLACES = _folded(
    "قطر مصر روسيا أمريكا أميركا إيران تركيا فرنسا بريطانيا ألمانيا إسرائيل لبنان سوريا سورية ليبيا تونس فلسطين "
    "غزة أوكرانيا باكستان أفغانستان كوريا إيطاليا إسبانيا بلجيكا هولندا النمسا سويسرا بولندا كندا أستراليا عمان "
    "الكويت البحرين الإمارات السعودية الأردن العراق اليمن الجزائر المغرب السودان الصين اليابان الهند البرازيل "
    "البرتغال اليونان السويد النرويج الدنمارك الأرجنتين كينيا نيجيريا السنغال تشاد "
    "موريتانيا الصومال جيبوتي إثيوبيا واشنطن موسكو طهران أنقرة باريس لندن برلين بكين القاهرة دمشق بيروت بغداد "
    "الرياض الدوحة أبوظبي دبي جنيف نيويورك القدس كييف الخرطوم طرابلس الرباط تونس الجزائر عمّان المنامة مسقط "
    "حماس فتح الناتو أونروا الأونروا اليونيسف يونيسف الإيكاو اليونسكو يونسكو الفاو إسكوا الإسكوا الجيش"
)
# Words that end the names of papers, firms and groups, transliterated, and no one's name: "واشنطن بوست"، "نيويورك
# تايمز"، "وول ستريت جورنال"، "هيومن رايتس ووتش"، "أوبك بلس"، "إكسون موبيل". Read as a place's name:
# never where a person's name starts ("مراسلة نيويورك تايمز سارة جونسون"), and a subject of nothing but names and places
# with one of them is the paper's or the body's name.
_FOREIGN_BODY_WORDS = _folded(
    "بوست تايمز تايمس جورنال ستريت ووتش رايتس بلس موبيل إنترناشونال إنترناشيونال انترناشونال فاونديشن تكنولوجيز "
    "بتروليوم إنرجي إنرجيز سيرفيسز تشيلدرن نيوز برس أونلاين سات دويتشه فيله "
    # clubs by the word their names carry: "ريال مدريد"، "مانشستر سيتي"، "إنتر ميلان"، "بايرن ميونخ"
    "ريال أتلتيكو إنتر بايرن بوروسيا يونايتد سيتي هوتسبير "
    # the English article and words of papers' names: "ذا ناشيونال"، "ذا هيل"، "ميدل إيست آي"
    "ذا ميدل إيست"
)
# Cities by words no one is named: "وقالت تل أبيب إن ..."، "وقالت رام الله" (the joined رام الله), "أبو ظبي";
# And cities clubs carry in their names: "مدرب ريال مدريد كارلو ..." (the post ends at the city, the name follows).
_CITY_WORDS = {
    fold(word)
    for word in ["تل", "أبيب", "رام الله", "أبو ظبي", "مدريد", "ميونخ", "مانشستر", "برشلونة", "ليفربول", "دورتموند"]
}
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
    "ناخب مشارك مترشح متظاهر محتج مقاتل عنصر شرطي ممرض صيدلي محلل أكاديمي حقوقي صحفي صحافي صناعي حرفي منمي مربي "
    "مواطن مقيم زائر مستثمر بائع تلميذ مدرس مشجع مسافر معتمر مريض مصاب ناج جريح أسير معتقل سجين مهاجر "
    "صاحب صاحبة مالك شقيق أخ أخت والد والدة أب زوج زوجة جار قريب أقارب امرأة رجل مسن طفل فتاة شاب شابة "
    "رب ربة ولية أولياء "
    # "سيدة خمسينية في طابور الانتظار": a woman, and anyone described by the decade of their age, is someone unnamed
    "سيدة عشريني ثلاثيني أربعيني خمسيني ستيني سبعيني ثمانيني تسعيني "
    # broken plurals, which no ending gives: "تجار في سوق الملح"، "أطر صحية بمستشفى ..." (Maghrebi: staff)
    "تجار باعة طلاب طلبة أساتذة أطر إطار نشطاء شبان رجال نساء جنود ضباط زعماء وجهاء رعاة زوار حجاج قضاة أفراد "
    # a family, and relatives of someone: "عائلة الأسير"، "ذوو الضحايا"
    "عائلة أسرة ذوو ذوي"
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
    "الحضور الحاضرين الجمهور الصحفيين الصحافيين "
    # Pronouns and quantities of people, who are no one named: "وقال بعضهم"، "وقال آخرون"، "وأكد هؤلاء".
    "هؤلاء أولئك آخرون آخرين كثيرون كثيرين "
    # Outlets by other nouns, studies and figures: "قالت فضائية ..."، "قالت دراسة حديثة"، "أرقام رسمية".
    "فضائية إذاعة جريدة مجلة تلفزيون منصة دراسة استطلاع أرقام إحصاءات إحصائيات معطيات شهادات تقديرات "
    "بيانات معلومات مؤشرات تقارير نتائج سجلات "
    # An occasion: "وقال بمناسبة اليوم الوطني".
    "بمناسبة"
)
# A preposition or a noun with a pronoun attached (فيها، له، عليه، قوله) and words of time and number: never a name,
# and where a subject runs into them, the name has ended ("وقال فيها إن"، "كل ستة أشهر"، "الشهر الماضي").
_PRONOUN_WORD = re.compile(
    r"^(?:و|ف)?(?:في|من|عن|ال[يى]|عل[يى]|مع|ل|ب|لد[يى]|امام|خلال|بعد|قبل|عند|حول|قول|كلمت|حديث|تصريح|بيان|حساب|صفحت|منصت)"
    r"(?:ه|ها|هم|هما|هن|كم|نا)$"
)
# Some, most or one of them: "وقال بعضهم"، "أحدهم"، "معظمهن": someone unnamed among people spoken of before.
_QUANTIFIED_PRONOUN = re.compile(r"^(?:و|ف)?(?:بعض|معظم|اغلب|غالبيت|كل|جميع|احد|احدا|احدي|بقيت)(?:ه|ها|هم|هما|هن)$")
_TIME_AND_NUMBER = _folded(
    "الشهر الأسبوع العام السنة الحالية أشهر شهر "
    "شهور أسابيع أسبوع أيام سنوات سنة ساعات ساعة دقائق اثنين اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة "
    "مئة مائة ألف مليون مليار أي أية جميع بعض عدد نحو أكثر أقل"
)
_NAME_SECOND_HALVES = _folded("الدين الله الرحمن الرحيم الإسلام")
# Given names that carry the article (Maghrebi above all): الهادي العياري is a name, not a noun phrase.
_AL_GIVEN_NAMES = _folded(
    "الهادي الحبيب الطيب المنصف الصادق المهدي الباجي الطاهر الناصر المختار الصديق "
    "الحسين الحسن المصطفى البشير الشاذلي المكي الغالي"
)
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
        # "قال X يومًا إن ..."، "ذات مرة": once, not part of the name
        "يوما",
        "ذات مرة",
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
_BEFORE_OCCASION = _alternatives([*"في خلال اثناء عبر ضمن عقب قبيل بعد قبل امام وسط".split(), "على هامش"])  # noqa: SIM905 (a lexicon, written as words)
_OCCASION_WORDS = _alternatives(
    [
        *"خلال اثناء امام عبر عقب قبيل وسط بحضور بعد".split(),  # noqa: SIM905 (a lexicon, written as words)
        *["على هامش", "في ختام", "في اعقاب", "في مستهل", "ردا على", "تعليقا على"],
    ]
)
_AUDIENCE = re.compile(
    # not after سوق: "سوق الجمعة" is a place (a market, a district), not Friday
    rf"(?<!سوق)(?:^|\s)(?:لل(?:{_PEOPLE_LISTENING})|ل(?:ـ|ـ\s)?\s*[\"«“]|لـ\s*\S|(?:{_BEFORE_OCCASION})\s+(?:{_OCCASION_NOUNS})"
    rf"|(?:{_OCCASION_WORDS}){_E}|(?:{_TIMES}){_E}|{_MORNING}|(?:في\s+)?وقت\s+(?:سابق|لاحق|متأخر|مبكر)"
    # "لمراسل الجزيرة"، "لموفد الوكالة": told to a correspondent
    rf"|ل(?:ـ\s*)?(?:مراسل|موفد)\S*"
    rf"|(?:على|عبر)\s+(?:حساب|صفحت|صفحة|منص|موقع|قنات)"  # "على حسابها في إكس": where it was written
    rf"|(?:لدى|لدي|في|خلال|أثناء|اثناء)\s+(?!ال)\S+(?:ه|ها|هم){_E})"
)
_OUTLET_AUDIENCE = re.compile(rf"(?:^|\s)(?:ل(?:{_OUTLETS})|لل(?:{_LISTENERS}))")
# Outlets by their names, given a statement: "لبي بي سي", "لسكاي نيوز عربية", "للجزيرة نت"; and "تحدث إلى «الأخبار»".
_OUTLET_NAME_LIST = (  # noqa: SIM905 (a lexicon, written as words)
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

"""A synthetic Arabic chronology in wire text (see `timeline.importing`), for benchmarks and tests.

    chronology = SyntheticChronology(bulletins=10_000, seed=1)
    for bulletin in chronology.bulletins():
        bulletin.lines  # ["(1) جولة جديدة من المفاوضات ... - 3 يناير 2022", "قال وزير الخارجية ...", ...]

Every bulletin carries exactly five statements, in the forms the importer reads: apposition ("قال TITLE، NAME، إن"),
a surname or a title referring back ("وأوضح العطار:", "وقال الوزير إن"), continuation ("وأضاف:"), anonymous
speakers ("وقال مسؤول كبير في ..."), participles ("، مشيرًا إلى أن"). `bulletins // 5` people speak (a few of them
anonymous) and `bulletins // 50` sources are cited. The text is written the way different desks write: hamza or not
(الأمن/الامن), مسؤول or مسئول, final ة/ه and ى/ي, some harakat and tatweel, Arabic-Indic or Latin digits, Egyptian,
Levantine or Maghrebi month names, three kinds of quotation marks.

Each statement's intended speaker is known (`SyntheticBulletin.speakers`), so tests can hold the importer to it: the
generator follows the importer's rules for resolving a surname (the most recently introduced person whose name ends
with it) and a title ("الوزير": the latest speaker of the bulletin so titled), and names a person in full where a
shorter reference would point at someone else.

Nothing here touches the database, and nothing depends on the global random state: the same bulletin count and seed
give the same text, character for character.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import random
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from timeline.arabic import fold, to_arabic_indic_digits

STATEMENTS_PER_BULLETIN = 5
BULLETINS_PER_PERSON = 5
BULLETINS_PER_SOURCE = 50
ANONYMOUS_SHARE = 12  # one person in twelve is quoted without a name
FIRST_DAY = datetime.date(2022, 1, 3)
# The chronology spans about this many days, however many bulletins it has: a long one is a busy story, not a
# story running for decades.
SPAN_DAYS = 1500

# Source kinds, as timeline.models.Source.Kind spells them (this module stays free of Django).
NEWS_AGENCY, BROADCASTER, NEWSPAPER = "news_agency", "broadcaster", "newspaper"
PRESS_BRIEFING, OFFICIAL_STATEMENT, SOCIAL_MEDIA = "press_briefing", "official_statement", "social_media"


# --- Word pools --------------------------------------------------------------------------------------------------


def _pool(words: str, *phrases: str) -> list[str]:
    """A pool written as running text (hundreds of short Arabic words one to a line would hide its shape), then its
    entries of more than one word."""
    return [*words.split(), *phrases]


@dataclass(frozen=True)
class _Country:
    name: str
    masculine: str  # the adjective agreeing with وزير: الروسي
    feminine: str  # with وزارة: الروسية
    names: str  # which name pool its officials come from
    weight: int


COUNTRIES = [
    _Country("روسيا", "الروسي", "الروسية", "russian", 9),
    _Country("الولايات المتحدة", "الأمريكي", "الأمريكية", "english", 9),
    _Country("أوكرانيا", "الأوكراني", "الأوكرانية", "ukrainian", 9),
    _Country("فرنسا", "الفرنسي", "الفرنسية", "french", 4),
    _Country("ألمانيا", "الألماني", "الألمانية", "german", 4),
    _Country("بريطانيا", "البريطاني", "البريطانية", "english", 4),
    _Country("بولندا", "البولندي", "البولندية", "polish", 3),
    _Country("تركيا", "التركي", "التركية", "turkish", 4),
    _Country("إيران", "الإيراني", "الإيرانية", "persian", 3),
    _Country("الصين", "الصيني", "الصينية", "chinese", 3),
    _Country("مصر", "المصري", "المصرية", "arabic", 4),
    _Country("السعودية", "السعودي", "السعودية", "arabic", 3),
    _Country("الأردن", "الأردني", "الأردنية", "arabic", 3),
    _Country("قطر", "القطري", "القطرية", "arabic", 3),
    _Country("الإمارات", "الإماراتي", "الإماراتية", "arabic", 3),
    _Country("العراق", "العراقي", "العراقية", "arabic", 3),
    _Country("لبنان", "اللبناني", "اللبنانية", "arabic", 2),
    _Country("سوريا", "السوري", "السورية", "arabic", 2),
    _Country("الجزائر", "الجزائري", "الجزائرية", "arabic", 2),
    _Country("المغرب", "المغربي", "المغربية", "arabic", 2),
    _Country("تونس", "التونسي", "التونسية", "arabic", 2),
    _Country("سلطنة عمان", "العماني", "العمانية", "arabic", 2),
    _Country("الكويت", "الكويتي", "الكويتية", "arabic", 2),
]

# Given names, then family names, by pool. A family name may be two words (أبو زيد); a given name too (عبد الله).
_ARABIC_MALE = _pool(
    "محمد أحمد علي حسن حسين خالد عمر يوسف إبراهيم مصطفى طارق وليد سامي كريم هشام ماجد فيصل نبيل عادل رامي زياد باسم "
    "جمال سعيد فادي مازن أيمن عماد رائد نزار هاني إياد أسامة بسام غسان منذر عصام صلاح فؤاد مؤيد لؤي رؤوف مأمون يحيى "
    "موسى عيسى مرتضى حمزة وائل أنور إسماعيل شريف ناصر راشد سلطان منصور عدنان بلال جهاد أنس معاذ",
    "عبد الله",
    "عبد الرحمن",
    "عبد العزيز",
    "عبد الكريم",
    "عبد الفتاح",
    "نور الدين",
    "سيف الدين",
)
_ARABIC_FEMALE = _pool(
    "فاطمة مريم سارة ليلى هدى نادية رنا دينا سلمى هالة رشا منى لمى ريم أمل إيمان رانيا لبنى سهى نجلاء هبة آمنة سناء "
    "وفاء رؤى عبير ديما جمانة ميساء نسرين غادة سوسن"
)
_ARABIC_FAMILY = _pool(
    "العطار الخطيب الحسيني النجار الحداد السعدي الزعبي المصري الحلبي الشامي البغدادي القاسم العمري الشريف الأنصاري "
    "الكعبي المهيري الدوسري الشمري العنزي القحطاني الغامدي الزهراني المطيري الرشيد التميمي الجبوري الدليمي العبيدي "
    "الكبيسي خوري الإدريسي العلوي الفاسي بوزيد بلحاج مرزوق عاشور الطرابلسي الأيوبي الرفاعي البرغوثي الصفدي المعايطة "
    "الروابدة الفايز المجالي الطراونة العبادي السقاف الجفري الهاشمي الموسوي الخزاعي اللامي السامرائي الأعظمي الراوي "
    "الآلوسي الشيباني الشهري العسيري اليامي البلوشي الرئيسي السائح المؤمن الكواري المناعي الهاجري النعيمي البوسعيدي "
    "الحارثي الفلاسي الظاهري",
    "أبو زيد",
    "أبو الفتوح",
    "بن علي",
    "نصر الله",
    "عبد الهادي",
    "أبو غزالة",
    "بن عيسى",
    "بن سالم",
)

_FOREIGN = {
    # given names (male), given names (female), family names
    "russian": (
        _pool("سيرغي ديمتري أليكسي ميخائيل نيكولاي إيغور أندريه يوري أوليغ بافيل فاليري غينادي"),
        _pool("ماريا يلينا أولغا ناتاليا إيرينا تاتيانا سفيتلانا"),
        _pool(
            "إيفانوف بيتروف سميرنوف كوزنيتسوف بوبوف سوكولوف ليبيديف كوزلوف نوفيكوف موروزوف فولكوف سولوفيوف "
            "فاسيلييف زايتسيف بافلوف سيميونوف غولوبيف فينوغرادوف بوغدانوف فوروبيوف"
        ),
    ),
    "ukrainian": (
        _pool("أولكسندر ميكولا تاراس بوهدان أندري فاسيل أوليكسي دميترو سيرهي يوري"),
        _pool("يوليا أوكسانا إيرينا ناتاليا هالينا أولينا"),
        _pool(
            "شيفتشينكو بوندارينكو كوفالينكو تكاتشينكو كرافتشينكو أوليينيك شيفتشوك ليسينكو هونتشارينكو "
            "مارتشينكو سافتشينكو رودينكو ليفتشينكو موروز ميلنيك بويكو"
        ),
    ),
    "english": (
        _pool("جون مايكل ديفيد روبرت جيمس ريتشارد مارك ستيفن بول بيتر أندرو"),
        _pool("إليزابيث كاثرين جنيفر ليندا سوزان كارين إميلي"),
        _pool(
            "سميث جونسون براون ميلر ديفيس ويلسون مور تايلور أندرسون جاكسون وايت هاريس مارتن طومسون كلارك "
            "لويس ووكر ألين يونغ رايت سكوت غرين آدامز نيلسون كارتر ميتشل روبرتس فيليبس كامبل باركر إيفانز "
            "إدواردز كولينز ستيوارت موريس روجرز كوك مورغان ميرفي كوبر هوارد"
        ),
    ),
    "french": (
        _pool("جان بيير فرانسوا لوران نيكولا برونو تيري"),
        _pool("ماري كلير صوفي إيزابيل كاترين"),
        _pool(
            "دوبون مارتان برنار دوران لوفيفر مورو سيمون لوروا روسو فونتين شوفالييه غارنييه فابر مرسييه بونيه "
            "دوبوا لامبير"
        ),
    ),
    "german": (
        _pool("كلاوس هانز يورغن فولفغانغ ماتياس ستيفان ميكائيل"),
        _pool("أورسولا كاترين زابينه بيترا"),
        _pool("مولر شميت شنايدر فيشر فيبر ماير فاغنر هوفمان شولتس كوخ ريشتر كلاين فولف نويمان شفارتس"),
    ),
    "polish": (
        _pool("أندجي بيوتر توماش ماريوش كشيشتوف ميخال"),
        _pool("ماغدالينا كاتارجينا أغنيشكا يوانا"),
        _pool("كوفالسكي نوفاك فيشنيفسكي فويتشيك كامينسكي ليفاندوفسكي شيمانسكي فوزنياك كوزلوفسكي ياروشيفسكي"),
    ),
    "turkish": (
        _pool("مولود خلوصي مراد كمال سليمان هاكان فاتح أردا أمره"),
        _pool("مروة زينب عائشة سيبل أوزليم"),
        _pool("يلدز أوزتورك أيدين كايا دمير شاهين تشيليك يلماز أرسلان دوغان كورت أوزكان أكار بولوت كوتش"),
    ),
    "persian": (
        _pool("مجيد مهدي عباس حميد رضا جواد كاظم ناصر بهروز"),
        _pool("معصومة شيرين نرجس"),
        _pool("رضائي أحمدي كريمي رحيمي صادقي محمدي نوري قاسمي بهرامي أميري نجفي طهراني شيرازي كاظمي"),
    ),
    "chinese": (
        _pool("يي وي جيان مينغ هوا جون هاو بينغ تاو فنغ شين يونغ كانغ"),
        _pool("لينغ يان مي شياو"),
        _pool("وانغ تشانغ ليو تشين يانغ تشاو هوانغ تشو شو سون قوه لين قاو ليانغ"),
    ),
}

# Titles: {m} and {f} are the country's adjective agreeing with a masculine or feminine noun, {c} its name.
_TITLES_MALE = [
    "وزير الخارجية {m}",
    "وزير الخارجية {m}",
    "وزير الدفاع {m}",
    "نائب وزير الخارجية {m}",
    "وزير الطاقة {m}",
    "وزير الاقتصاد {m}",
    "رئيس الوزراء {m}",
    "نائب رئيس الوزراء {m}",
    "المتحدث باسم وزارة الخارجية {f}",
    "المتحدث باسم الحكومة {f}",
    "مستشار الأمن القومي {m}",
    "سفير {c} لدى الأمم المتحدة",
    "مندوب {c} لدى حلف شمال الأطلسي",
    "رئيس لجنة الشؤون الخارجية في البرلمان {m}",
    "المبعوث {m} الخاص إلى جنيف",
    "رئيس هيئة الأركان {f}",
]
_TITLES_FEMALE = [
    "وزيرة الخارجية {f}",
    "وزيرة الدفاع {f}",
    "نائبة وزير الخارجية {m}",
    "المتحدثة باسم وزارة الخارجية {f}",
    "المتحدثة باسم الحكومة {f}",
    "سفيرة {c} لدى الأمم المتحدة",
    "مندوبة {c} لدى حلف شمال الأطلسي",
    "وزيرة الاقتصاد {f}",
]
# The first words of titles a later paragraph may refer back with ("وقال الوزير"), as the importer reads them.
# Not رئيس: "الرئيس" would read as the president.
_REFERABLE = {
    "وزير",
    "وزيرة",
    "نائب",
    "نائبة",
    "سفير",
    "سفيرة",
    "مستشار",
    "مندوب",
    "مندوبة",
    "المتحدث",
    "المتحدثة",
    "المبعوث",
}

_ANONYMOUS_RANKS = [
    "مسؤول كبير",
    "مسؤول رفيع",
    "مسؤول بارز",
    "مسؤول أمني",
    "دبلوماسي رفيع",
    "دبلوماسي غربي",
    "مصدر مطلع",
    "مصدر دبلوماسي",
    "مصدر عسكري",
]
_ANONYMOUS_PLACES = [
    "في وزارة الخارجية {f}",
    "في وزارة الدفاع {f}",
    "في الحكومة {f}",
    "في الرئاسة {f}",
    "في البعثة {f} في جنيف",
    "في الإدارة {f}",
]

CITIES = _pool(
    "جنيف فيينا إسطنبول الدوحة القاهرة بروكسل موسكو كييف واشنطن باريس برلين أنقرة مسقط الرياض عمّان بيروت بغداد "
    "الجزائر الرباط تونس نيويورك هلسنكي مينسك وارسو لندن روما أوسلو بكين طهران أبوظبي"
)
REGIONS = [
    "أوروبا الشرقية",
    "البحر الأسود",
    "منطقة الخليج",
    "الشرق الأوسط",
    "منطقة البلطيق",
    "القوقاز",
    "شرق أوكرانيا",
    "جنوب أوكرانيا",
    "شرق المتوسط",
    "البحر الأحمر",
    "آسيا الوسطى",
    "منطقة الساحل",
]
TOPICS = [
    "الضمانات الأمنية",
    "العقوبات الاقتصادية",
    "ترسيم الحدود",
    "تبادل الأسرى",
    "وقف إطلاق النار",
    "الممرات الإنسانية",
    "إمدادات الغاز",
    "صادرات الحبوب",
    "الملف النووي",
    "نشر الصواريخ",
    "المناورات العسكرية",
    "أمن الطاقة",
    "عودة اللاجئين",
    "المساعدات الإنسانية",
    "الحد من التسلح",
    "سلامة المحطات النووية",
    "توسع حلف شمال الأطلسي",
    "الأمن الأوروبي",
    "الملاحة في البحر الأسود",
    "الأصول المجمدة",
]
ORGANISATIONS = [
    "حلف شمال الأطلسي",
    "الاتحاد الأوروبي",
    "الأمم المتحدة",
    "مجلس الأمن",
    "منظمة الأمن والتعاون في أوروبا",
    "مجموعة السبع",
    "جامعة الدول العربية",
    "الوكالة الدولية للطاقة الذرية",
]
SECTORS = ["الطاقة", "المصارف", "التكنولوجيا", "الطيران", "الشحن البحري", "الصادرات الزراعية", "المعادن", "الأسمدة"]
# Subjects a feminine predicate agrees with: capitals, "الدول الغربية", the speaker's own country.
_PARTIES = ["موسكو", "واشنطن", "كييف", "بروكسل", "أنقرة", "الدول الغربية", "الإدارة الأمريكية", "الحكومة الأوكرانية"]

# Reported speech, after "إن"/"أن". {own}: بلاده or بلادها, the speaker's country.
_CLAUSES = [
    "{party} مستعدة لاستئناف المفاوضات في {city} إذا توفرت الضمانات الأمنية اللازمة",
    "العقوبات الجديدة على قطاع {sector} لن تغير موقف {party}",
    "الوضع على الحدود مع {country} لا يزال متوترًا رغم الهدوء النسبي في الأيام الأخيرة",
    "جولة المحادثات في {city} كانت صريحة لكنها لم تحقق اختراقًا في ملف {topic}",
    "ملف {topic} سيكون على رأس جدول الأعمال في اجتماع {city} المقبل",
    "الحوار هو السبيل الوحيد لتجنب التصعيد في {region}",
    "أي توسع جديد لحلف شمال الأطلسي شرقًا يمثل تهديدًا مباشرًا للأمن الأوروبي",
    "الأمن في {region} لا يمكن أن يتحقق على حساب طرف آخر",
    "{party} ستنسق مع شركائها في {org} قبل اتخاذ أي خطوة بشأن {topic}",
    "المسؤولية عن التصعيد الأخير في {region} تقع على عاتق {party}",
    "{n} جولات من المفاوضات لم تسفر حتى الآن عن اتفاق بشأن {topic}",
    "الأزمة في أوكرانيا تتطلب حلًا سياسيًا يضمن أمن جميع الأطراف",
    "المسؤولين الأوروبيين أبدوا تفهمًا لمطالب {party} في ملف {topic}",
    "تخفيف العقوبات مرهون بانسحاب القوات من المناطق الحدودية",
    "مجلس الأمن مطالب بتحمل مسؤولياته تجاه ما يجري في {region}",
    "إمدادات الغاز إلى أوروبا لن تتأثر بالخلافات السياسية في الوقت الراهن",
    "وقف إطلاق النار في {region} صامد رغم الخروقات المتفرقة",
    "{own} لن تقبل بفرض أي شروط مسبقة على طاولة المفاوضات",
    "المساعدات الإنسانية يجب أن تصل إلى المدنيين في {region} دون عوائق",
    "{own} تدعم كل جهد دولي لإنهاء الحرب في أوكرانيا عبر المفاوضات",
    "الاتفاق على {topic} بات أقرب من أي وقت مضى",
    "مسؤولي {org} سيعقدون اجتماعًا طارئًا في {city} لبحث {topic}",
]
# Reported speech after "إنه"/"إنها": verbs agreeing with the speaker, {y} ي or ت.
_OWN_CLAUSES = [
    "لا {y}توقع اختراقات سريعة في المحادثات مع {country} في {city}",
    "{y}أمل أن تفضي جولة {city} إلى تفاهم حول {topic}",
    "{y}رفض أي ربط بين ملف {topic} والعقوبات",
    "{y}عتزم زيارة {city} الأسبوع المقبل لبحث {topic}",
]
# Direct quotes, in the speaker's own words.
_QUOTES = [
    "لن نقبل بأي حل يتجاهل مخاوفنا الأمنية على الحدود",
    "نحن مستعدون للعودة إلى طاولة المفاوضات في {city} إذا كان الطرف الآخر جادًا",
    "العقوبات لم تحقق أهدافها، والشعوب هي التي تدفع الثمن",
    "لا نتوقع اختراقات سريعة، لكن الباب ليس مغلقًا",
    "سنواصل التنسيق مع شركائنا في {org} بشأن {topic}",
    "ما يجري في {region} يهدد الأمن والاستقرار في المنطقة بأسرها",
    "الكرة الآن في ملعب {party}",
    "نريد ضمانات مكتوبة وملزمة قانونيًا، لا مجرد وعود",
    "لقد قدمنا مقترحات واضحة حول {topic} وننتظر ردًا رسميًا",
    "لن نسمح بأن تتحول {region} إلى ساحة لتصفية الحسابات",
    "الحل العسكري ليس خيارًا، والدبلوماسية يجب أن تأخذ مجراها",
    "نحمّل الطرف الآخر المسؤولية الكاملة عن أي تصعيد",
    "أمن أوكرانيا جزء لا يتجزأ من أمن أوروبا",
    "سنرد بالمثل على أي عقوبات جديدة",
    "المحادثات في {city} كانت مفيدة، وسنلتقي مجددًا خلال {n} أسابيع",
    "على المسؤولين في {party} أن يدركوا أن الوقت ينفد",
]
_SHORT_QUOTES = [
    "لن نقبل بشروط مسبقة",
    "الباب لا يزال مفتوحًا أمام الحوار",
    "العقوبات لن تغير موقفنا",
    "لا حل عسكريًا للأزمة",
    "نريد ضمانات ملزمة",
    "التصعيد على الحدود يهدد الجميع",
    "المفاوضات تمر بمرحلة صعبة",
    "أمن أوروبا لا يتجزأ",
]
# Paragraphs that quote no one: no speech verb begins a sentence or follows a comma in them.
_NARRATIVE = [
    "ويأتي ذلك في وقت تتصاعد فيه التوترات على الحدود بين {country} و{country2}.",
    "وكانت الجولة السابقة من المفاوضات في {city} قد انتهت دون اتفاق.",
    "ووصل الوفدان إلى مقر الاجتماع في {city} صباحًا وسط إجراءات أمنية مشددة.",
    "ويشارك في الاجتماع ممثلون عن {n} دولة، إضافة إلى مراقبين من {org}.",
    "وتفرض الدول الغربية منذ أشهر عقوبات واسعة تشمل قطاعي {sector} والمصارف.",
    "وتشير تقديرات إلى أن نحو {n} ألف جندي ينتشرون قرب الحدود {f}.",
    "وارتفعت أسعار الغاز في الأسواق الأوروبية بنحو {n} في المئة خلال الأسبوع الماضي.",
    "ومن المقرر أن تستأنف المحادثات في {city} الأسبوع المقبل بمشاركة مسؤولين من {org}.",
    "وتجري الوساطة بعيدًا عن الأضواء منذ أسابيع، بحسب دبلوماسيين في {city}.",
    "وعقد مجلس الأمن جلسة مغلقة لبحث التطورات في {region}.",
    "وتتهم {country} الطرف الآخر بحشد قواته قرب الحدود استعدادًا لعملية عسكرية.",
]
_HEADLINES = [
    "{ref} {y}حذر من تصعيد جديد على الحدود مع {country}",
    "{ref} لا {y}توقع اختراقات في المحادثات مع {country} في {city}",
    "{ref}: {short}",
    "جولة جديدة من المفاوضات حول {topic} في {city}",
    "{country} تدرس عقوبات جديدة على قطاع {sector}",
    "اجتماع طارئ لمجلس الأمن بشأن {topic}",
    "مسؤول {mi}: {short}",
    "الجولة {n} من محادثات {city} تنتهي دون اتفاق",
    "مخاوف من انهيار الهدنة في {region}",
    "تحركات عسكرية قرب الحدود {f}",
    "قمة {city} تبحث {topic}",
    "{country} ترفض اتهامات بخرق وقف إطلاق النار في {region}",
    "حلف شمال الأطلسي يعزز وجوده في {region}",
    "وزير الخارجية {m}: {short}",
    "الأمن الأوروبي على طاولة المفاوضات في {city}",
]

# (the speech verb, what introduces the reported words); a feminine speaker adds ت to the verb.
_SPEECH_VERBS = [
    ("قال", "إن"),
    ("قال", "إن"),
    ("أكد", "أن"),
    ("أوضح", "أن"),
    ("اعتبر", "أن"),
    ("شدد", "على أن"),
    ("أشار", "إلى أن"),
    ("لفت", "إلى أن"),
]
_PARTICIPLES = [("مشير", "إلى أن"), ("مؤكد", "أن"), ("مضيف", "أن"), ("لافت", "إلى أن"), ("معتبر", "أن")]
_QUOTE_VERBS = ["قال", "أوضح", "أضاف", "تابع", "شدد"]
_CONTINUATION_VERBS = ["أضاف", "تابع"]
_LEADS_MALE = ["من جهته، ", "في المقابل، ", "وفي {city}، ", "في غضون ذلك، "]
_LEADS_FEMALE = ["من جهتها، ", "في المقابل، ", "وفي {city}، ", "في غضون ذلك، "]
_AUDIENCES = [
    " للصحفيين",
    " في مؤتمر صحفي في {city}",
    " في تصريحات لقناة {outlet}",
    " في بيان",
    " أمام البرلمان",
    " اليوم",
    " أمس",
    " في كلمة أمام {org}",
    " في مقابلة مع صحيفة {outlet}",
]
_OUTLETS = _pool("الشرق النيل الرافدين الخليج المشرق الأطلس الفرات السلام الأفق القلم البيان النهار الوطن الميدان")

_SOURCE_OUTLETS = _pool(
    "الشرق النيل الرافدين الخليج المشرق الأطلس الفرات السلام الأفق القلم البيان النهار الوطن الميدان الرائد الساحل "
    "الجسر المنارة الصباح الأيام الحدث الغد الفجر الأمة الرسالة المستقبل الحقيقة الضفتين الواحة الهلال البوصلة المرصد "
    "الشروق الأصيل القبس الراية الطليعة الينابيع"
)
_SOURCE_OUTLET_KINDS = [
    ("وكالة {x} للأنباء", NEWS_AGENCY),
    ("قناة {x} الإخبارية", BROADCASTER),
    ("إذاعة {x}", BROADCASTER),
    ("صحيفة {x}", NEWSPAPER),
    ("جريدة {x} اليومية", NEWSPAPER),
]
_SOURCE_COUNTRY_KINDS = [
    ("وكالة الأنباء {f}", NEWS_AGENCY),
    ("المؤتمر الصحفي لوزارة الخارجية {f}", PRESS_BRIEFING),
    ("الإحاطة اليومية للرئاسة {f}", PRESS_BRIEFING),
    ("بيان وزارة الدفاع {f}", OFFICIAL_STATEMENT),
    ("بيان وزارة الخارجية {f}", OFFICIAL_STATEMENT),
    ("حساب وزارة الخارجية {f} على منصة إكس", SOCIAL_MEDIA),
]


# --- Desks: how a newsroom spells ------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: a cache key, looked up for every word
class _Desk:
    months: tuple[tuple[str, ...], ...]  # for each month, the names this desk writes it with
    indic_digits: float  # share of headers (and numbers) in Arabic-Indic digits
    quotes: tuple[tuple[str, str], ...]
    alif_maqsura: float  # share of final ي written ى (فى، الروسى): Egyptian print
    hamza_on_ya: float  # share of ؤو written ئو (مسئول، الشئون): Egyptian print
    bare_alif: float  # share of words losing the hamza on their alif (الامن، اوكرانيا)


_EGYPTIAN = _Desk(
    months=(
        ("يناير",),
        ("فبراير",),
        ("مارس",),
        ("إبريل", "أبريل"),
        ("مايو",),
        ("يونيو", "يونية"),
        ("يوليو", "يولية"),
        ("أغسطس",),
        ("سبتمبر",),
        ("أكتوبر",),
        ("نوفمبر",),
        ("ديسمبر",),
    ),
    indic_digits=0.5,
    quotes=(("“", "”"), ("“", "”"), ('"', '"')),
    alif_maqsura=0.5,
    hamza_on_ya=0.8,
    bare_alif=0.15,
)
_LEVANTINE = _Desk(
    months=(
        ("كانون الثاني", "كانون الثاني/يناير"),
        ("شباط", "شباط/فبراير"),
        ("آذار",),
        ("نيسان",),
        ("أيار",),
        ("حزيران",),
        ("تموز",),
        ("آب",),
        ("أيلول",),
        ("تشرين الأول",),
        ("تشرين الثاني",),
        ("كانون الأول", "كانون الأول/ديسمبر"),
    ),
    indic_digits=0.2,
    quotes=(("«", "»"), ("“", "”")),
    alif_maqsura=0.0,
    hamza_on_ya=0.1,
    bare_alif=0.1,
)
_GULF = _Desk(
    months=(
        ("يناير",),
        ("فبراير",),
        ("مارس",),
        ("أبريل",),
        ("مايو",),
        ("يونيو",),
        ("يوليو",),
        ("أغسطس",),
        ("سبتمبر",),
        ("أكتوبر",),
        ("نوفمبر",),
        ("ديسمبر",),
    ),
    indic_digits=0.5,
    quotes=(("“", "”"), ("«", "»")),
    alif_maqsura=0.05,
    hamza_on_ya=0.2,
    bare_alif=0.35,
)
_MAGHREBI = _Desk(
    months=(
        ("جانفي",),
        ("فيفري",),
        ("مارس",),
        ("أفريل",),
        ("ماي",),
        ("جوان",),
        ("جويلية",),
        ("أوت",),
        ("سبتمبر",),
        ("أكتوبر",),
        ("نوفمبر",),
        ("ديسمبر",),
    ),
    indic_digits=0.0,
    quotes=(("«", "»"),),
    alif_maqsura=0.0,
    hamza_on_ya=0.0,
    bare_alif=0.1,
)
_DESKS = [_EGYPTIAN, _LEVANTINE, _GULF, _MAGHREBI]
_DESK_WEIGHTS = [4, 3, 3, 1]
_DASHES = ["-", "-", "-", "–", "—"]

_CASE_ENDINGS = "\u064e\u064f\u0650\u064c"  # fatha, damma, kasra, dammatan
_TATWEEL = "\u0640"
# Letters that join the next one: tatweel may only stretch these.
_JOINING = set("بتثجحخسشصضطظعغفقكلمنهيئ")
_ARABIC_LETTERS = set("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى")
_WORD_PARTS = re.compile(r"^(\W*)(.*?)(\W*)$")  # punctuation and quotation marks stay where they are


@functools.lru_cache(maxsize=100_000)
def _spellings(desk: _Desk, word: str) -> tuple[tuple[float, ...], tuple[str, ...]] | None:
    """Every way this desk spells the word, with cumulative probabilities, or None when there is nothing to vary (a
    chronology repeats its words, so this is worked out once per word). Every change is one the app's search folds
    away (timeline.arabic); punctuation and quotation marks around the word stay as they are."""
    lead, core, trail = _WORD_PARTS.match(word).groups()
    if len(core) < 2 or core[-1] not in _ARABIC_LETTERS:
        return None
    options = [(1.0, core)]

    def fork(*changes: tuple[float, Callable[[str], str | None]]) -> None:
        """Each option becomes, with each change's probability, the text that change makes (None: not here)."""
        forked = []
        for weight, text in options:
            kept = weight
            for probability, change in changes:
                changed = change(text)
                if changed is not None and probability > 0:
                    forked.append((weight * probability, changed))
                    kept -= weight * probability
            forked.append((kept, text))
        options[:] = forked

    if "ؤو" in core:
        fork((desk.hamza_on_ya, lambda text: text.replace("ؤو", "ئو")))
    elif "ئو" in core:
        fork((1 - desk.hamza_on_ya, lambda text: text.replace("ئو", "ؤو")))
    if "أ" in core or "إ" in core or "آ" in core:
        fork((desk.bare_alif, lambda text: text.replace("أ", "ا", 1).replace("إ", "ا", 1).replace("آ", "ا", 1)))
    if core[-1] == "ي":
        fork((desk.alif_maqsura, lambda text: text[:-1] + "ى"))
    elif core[-1] == "ى":
        fork((0.15, lambda text: text[:-1] + "ي"))
    # At most one of: ه for a final ة, a case ending (الأمنُ، مسؤولٌ), a tatweel.
    stretchable = [at for at in range(2, len(core)) if core[at - 1] in _JOINING and core[at] in _ARABIC_LETTERS]
    fork(
        (0.04, lambda text: text[:-1] + "ه" if text[-1] == "ة" and len(text) > 3 else None),
        *((0.005, lambda text, ending=ending: None if text[-1] in "اى" else text + ending) for ending in _CASE_ENDINGS),
        *((0.01 / len(stretchable), lambda text, at=at: text[:at] + _TATWEEL + text[at:]) for at in stretchable),
    )
    bounds, total = [], 0.0
    for weight, _text in options:
        total += weight
        bounds.append(total)
    bounds[-1] = 1.0  # the draw is below 1.0; rounding must not leave it past the end
    return tuple(bounds), tuple(lead + text + trail for _weight, text in options)


def _respelled(text: str, desk: _Desk, rng: random.Random) -> str:
    """The text as this desk might spell it, word by word: one draw among the spellings `_spellings` weighs."""
    draw, words = rng.random, []
    for word in text.split(" "):
        spellings = _spellings(desk, word)
        words.append(word if spellings is None else spellings[1][bisect.bisect_right(spellings[0], draw())])
    return " ".join(words)


def _digits(number: int | str, desk: _Desk, rng: random.Random) -> str:
    text = str(number)
    return to_arabic_indic_digits(text) if rng.random() < desk.indic_digits else text


# --- People and sources ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SyntheticPerson:
    key: int
    name: str  # "" for an anonymous speaker
    description: str  # what an anonymous speaker is called: "مسؤول كبير في وزارة الخارجية الروسية"
    title: str  # a named person's role: "وزير الخارجية الروسي"
    feminine: bool
    surname: str  # the words a later paragraph may name them by ("العطار", "أبو زيد"); "" when there are none

    @property
    def is_anonymous(self) -> bool:
        return not self.name

    @property
    def label(self) -> str:
        return self.name or self.description

    @property
    def referral(self) -> str:
        """The noun a later paragraph may refer back with ("الوزير", "المسؤول"), or "" when the title has none."""
        first = (self.description or self.title).split(" ")[0]
        if self.description or first in _REFERABLE:
            return first if first.startswith("ال") else "ال" + first
        return ""


@dataclass(frozen=True)
class SyntheticSource:
    name: str
    kind: str  # a timeline.models.Source.Kind value


def _word_suffixes(folded: str) -> list[str]:
    words = folded.split(" ")
    return [" ".join(words[start:]) for start in range(1, len(words))]


def make_people(count: int, rng: random.Random) -> list[SyntheticPerson]:
    """`count` people, every name distinct however it is spelt, and none the tail of another: the importer would
    take "خالد العطار" for the same person as "سامي خالد العطار"."""
    people: list[SyntheticPerson] = []
    names: set[str] = set()
    tails: set[str] = set()
    descriptions: set[str] = set()
    anonymous = count // ANONYMOUS_SHARE
    countries, weights = COUNTRIES, [country.weight for country in COUNTRIES]
    attempts = 0
    while len(people) < count:
        attempts += 1
        if attempts > count * 200:
            raise ValueError(f"the name pools cannot make {count} distinct people")
        country = rng.choices(countries, weights)[0]
        key = len(people)
        if key < anonymous:
            description = f"{rng.choice(_ANONYMOUS_RANKS)} {rng.choice(_ANONYMOUS_PLACES)}".format(f=country.feminine)
            if rng.random() < 0.5:  # the two spellings of مسؤول, as different desks wrote them first
                description = description.replace("مسؤول", "مسئول")
            if fold(description) in descriptions:
                continue
            descriptions.add(fold(description))
            people.append(SyntheticPerson(key, "", description, "", False, ""))
            continue
        feminine = rng.random() < 0.25
        name, surname = _compose_name(country.names, feminine, rng)
        folded = fold(name)
        suffixes = _word_suffixes(folded)
        if folded in names or folded in tails or any(suffix in names for suffix in suffixes):
            continue
        names.add(folded)
        tails.update(suffixes)
        title = rng.choice(_TITLES_FEMALE if feminine else _TITLES_MALE)
        title = title.format(m=country.masculine, f=country.feminine, c=country.name)
        people.append(SyntheticPerson(key, name, "", title, feminine, surname))
    return people


def _compose_name(pool: str, feminine: bool, rng: random.Random) -> tuple[str, str]:
    """A full name in the style of `pool`, and the surname a later paragraph may use ("" for none)."""
    if pool == "arabic":
        given = rng.choice(_ARABIC_FEMALE if feminine else _ARABIC_MALE)
        family = rng.choice(_ARABIC_FAMILY)
        return f"{given} {rng.choice(_ARABIC_MALE)} {family}", family
    male, female, families = _FOREIGN[pool]
    given, family = rng.choice(female if feminine else male), rng.choice(families)
    if pool == "chinese":
        # Family name first: a later "وانغ" is not the end of the name, so the text always names them in full.
        return f"{family} {given}", ""
    if feminine and pool == "russian":
        family += "ا"  # إيفانوف, إيفانوفا
    return f"{given} {family}", family


def make_sources(count: int, rng: random.Random) -> list[SyntheticSource]:
    """`count` distinct Arabic source names; past the pools' size, bureaus of the same outlets."""
    base = [
        SyntheticSource(template.format(x=outlet), kind)
        for template, kind in _SOURCE_OUTLET_KINDS
        for outlet in _SOURCE_OUTLETS
    ]
    base += [
        SyntheticSource(template.format(f=country.feminine), kind)
        for template, kind in _SOURCE_COUNTRY_KINDS
        for country in COUNTRIES
    ]
    rng.shuffle(base)
    sources = base[:count]
    for city in CITIES:
        if len(sources) >= count:
            break
        sources += [SyntheticSource(f"{s.name} - مكتب {city}", s.kind) for s in base[: count - len(sources)]]
    if len(sources) < count:
        raise ValueError(f"the source pools cannot make {count} distinct sources")
    return sources


# --- Bulletins -------------------------------------------------------------------------------------------------


@dataclass
class SyntheticBulletin:
    number: int
    headline: str
    date: datetime.date
    lines: list[str]  # the header, then the paragraphs
    speakers: list[int] = field(default_factory=list)  # SyntheticPerson.key of each statement, in order
    sources: list[int] = field(default_factory=list)  # index into SyntheticChronology.sources, per statement


class _Debuts:
    """Picks who (or which source) appears next. Every member debuts once, spread over the first nine tenths of
    the chronology; after that, those who debuted early come back most (the story's main actors), and the newest
    come back often too (they are in the news)."""

    def __init__(self, size: int, bulletins: int, rng: random.Random) -> None:
        self.rng = rng
        order = list(range(size))
        rng.shuffle(order)
        span = max(1, bulletins * 9 // 10)
        self.schedule = sorted((1 + index * span // size, member) for index, member in enumerate(order))
        self.pending: list[int] = []
        self.active: list[int] = []
        self.next = 0

    def open(self, number: int) -> None:
        while self.next < len(self.schedule) and self.schedule[self.next][0] <= number:
            self.pending.append(self.schedule[self.next][1])
            self.next += 1

    def pick(self, exclude: Sequence[int] = ()) -> int:
        if self.pending:
            member = self.pending.pop(0)
            self.active.append(member)
            return member
        for _ in range(20):
            if self.rng.random() < 0.35:
                member = self.active[-1 - self.rng.randrange(min(12, len(self.active)))]
            else:
                member = self.active[int(len(self.active) * self.rng.random() ** 1.6)]
            if member not in exclude:
                return member
        return next(m for m in self.active if m not in exclude)

    @property
    def debuted(self) -> int:
        return len(self.active) + len(self.pending)


@dataclass
class _Paragraph:
    text: str
    speakers: list[int]


class SyntheticChronology:
    """The chronology for a bulletin count and a seed. `people` and `sources` are fixed at construction;
    `bulletins()` writes the text lazily, so memory stays flat however long the chronology."""

    def __init__(self, bulletins: int, seed: int = 1) -> None:
        if bulletins < 1:
            raise ValueError("a chronology needs at least one bulletin")
        self.count = bulletins
        self.seed = seed
        self.people = make_people(max(1, bulletins // BULLETINS_PER_PERSON), random.Random(f"{seed}:people"))
        self.sources = make_sources(max(1, bulletins // BULLETINS_PER_SOURCE), random.Random(f"{seed}:sources"))

    def lines(self) -> Iterator[tuple[int, str]]:
        """Numbered lines, as `timeline.importing.writing.bulletins_import` reads them."""
        number = 0
        for bulletin in self.bulletins():
            for line in bulletin.lines:
                number += 1
                yield number, line

    def bulletins(self) -> Iterator[SyntheticBulletin]:
        writer = _Writer(self, random.Random(f"{self.seed}:text"))
        for number in range(1, self.count + 1):
            yield writer.bulletin(number)


class _Writer:
    """Writes bulletins in order, remembering what the importer will remember: who was named when, so that a
    surname is used only where it points at the person meant."""

    def __init__(self, chronology: SyntheticChronology, rng: random.Random) -> None:
        self.people = chronology.people
        self.rng = rng
        self.speakers = _Debuts(len(chronology.people), chronology.count, rng)
        self.outlets = _Debuts(len(chronology.sources), chronology.count, rng)
        self.day = FIRST_DAY
        self.days_per_bulletin = min(1.0, SPAN_DAYS / chronology.count)
        self.introduced: set[int] = set()
        # For each tail of a name ("العطار", "خالد العطار"): the person most recently named in full for the first
        # time whose name ends so. That is whom the importer takes a bare surname for.
        self.latest_with_tail: dict[str, int] = {}
        # This bulletin's speakers in the order the importer meets them: "الوزير" is the latest one so titled.
        self.in_bulletin: list[int] = []
        self.desk = _GULF

    # -- the bulletin

    def bulletin(self, number: int) -> SyntheticBulletin:
        rng = self.rng
        self.desk = rng.choices(_DESKS, _DESK_WEIGHTS)[0]
        self.in_bulletin = []
        if number > 1 and rng.random() < self.days_per_bulletin:
            self.day += datetime.timedelta(days=1 if rng.random() < 0.8 else rng.randint(2, 4))
        self.speakers.open(number)
        self.outlets.open(number)
        shape = self._shape()
        cast: list[int] = []
        for _ in range(shape):
            cast.append(self.speakers.pick(exclude=cast))
        paragraphs = self._paragraphs(cast)
        headline = self._headline(cast[0])
        bulletin = SyntheticBulletin(number=number, headline=headline, date=self.day, lines=[])
        bulletin.lines.append(self._header(number, headline))
        primary = self.outlets.pick()
        for paragraph in paragraphs:
            bulletin.lines.append(paragraph.text)
            if not paragraph.speakers:
                continue
            # The first statements always cite the bulletin's own source, so that every source debuts.
            elsewhere = bulletin.sources and rng.random() < 0.2
            source = self.outlets.pick() if elsewhere else primary
            bulletin.speakers += paragraph.speakers
            bulletin.sources += [source] * len(paragraph.speakers)
        return bulletin

    def _shape(self) -> int:
        """How many people speak in this bulletin: one, two or three, as many as have debuted allow."""
        return min(self.rng.choices([1, 2, 3], [2, 6, 2])[0], self.speakers.debuted)

    def _paragraphs(self, cast: list[int]) -> list[_Paragraph]:
        """Five statements among the cast, in one of several layouts, with a paragraph or two of context."""
        rng = self.rng
        a = cast[0]
        if len(cast) == 1:
            layout = [
                self._introduction(a, first=True, participle=True),
                self._quoted(a, participle=True),
                self._continued(a),
            ]
        elif len(cast) == 2:
            b = cast[1]
            if rng.random() < 0.5:
                layout = [
                    self._introduction(a, first=True, participle=True),
                    self._quoted(a),
                    self._continued(a),
                    self._introduction(b),
                ]
            else:
                layout = [
                    self._introduction(a, first=True),
                    self._quoted(a),
                    self._introduction(b),
                    self._continued(b),
                    self._quoted(a),
                ]
        else:
            b, c = cast[1], cast[2]
            layout = [
                self._introduction(a, first=True),
                self._continued(a),
                self._introduction(b),
                self._introduction(c, participle=True),
            ]
        for _ in range(rng.choices([0, 1, 2], [3, 5, 2])[0]):
            layout.insert(rng.randint(1, len(layout)), _Paragraph(self._narrative(), []))
        return layout

    # -- paragraphs

    def _introduction(self, person_key: int, *, first: bool = False, participle: bool = False) -> _Paragraph:
        """ "قال وزير الخارجية الروسي، NAME، للصحفيين إن ..." or "وقال مسؤول كبير في ... إن ...": one statement,
        two with a participle ("، مشيرًا إلى أن ...")."""
        rng, person = self.rng, self.people[person_key]
        verb, that = rng.choice(_SPEECH_VERBS)
        verb += "ت" if person.feminine else ""
        city = rng.choice(CITIES)  # where the lead and the audience both place it
        lead = ""
        if not first and rng.random() < 0.3:
            lead = self._fill(rng.choice(_LEADS_FEMALE if person.feminine else _LEADS_MALE), city=city)
        elif not first:
            verb = "و" + verb
        canonical = person_key not in self.introduced  # the importer keeps the first spelling it meets
        if person.is_anonymous:
            subject = person.description if canonical else self._spell(person.description)
        else:
            name = person.name if canonical else self._spell(person.name)
            title = person.title if canonical else self._spell(person.title)
            subject = f"{title}، {name}،" if rng.random() < 0.75 else f"{name}، {title}،"
        # The importer finds the audience ("للصحفيين") letter for letter: it keeps the newsroom's spelling.
        audience = self._fill(rng.choice(_AUDIENCES), spell=False, city=city) if rng.random() < 0.4 else ""
        self._introduce(person_key)
        text = f"{lead}{verb} {subject}{audience} {self._reported(person, that)}"
        speakers = [person_key]
        if participle:
            text += self._participle(person)
            speakers.append(person_key)
        return _Paragraph(text + ".", speakers)

    def _quoted(self, person_key: int, *, participle: bool = False) -> _Paragraph:
        """ "وأوضح العطار: “...”", naming the speaker as briefly as the importer allows."""
        rng, person = self.rng, self.people[person_key]
        participle_stem = rng.choice(["مضيف", "مؤكد"]) if participle else ""
        verbs = [verb for verb in _QUOTE_VERBS if not (participle_stem == "مضيف" and verb == "أضاف")]
        verb = "و" + rng.choice(verbs) + ("ت" if person.feminine else "")
        subject = self._reference(person_key)
        opening, closing = rng.choice(self.desk.quotes)
        first_words = rng.choice(_QUOTES)
        text = f"{verb} {subject}: {opening}{self._fill(first_words)}{closing}"
        speakers = [person_key]
        if participle:
            ending = "ةً" if person.feminine else "ًا"
            more = self._fill(rng.choice([quote for quote in _QUOTES if quote != first_words]))
            text += f"، {participle_stem}{ending}: {opening}{more}{closing}"
            speakers.append(person_key)
        return _Paragraph(text + ".", speakers)

    def _continued(self, person_key: int) -> _Paragraph:
        """ "وأضاف: “...”" or "وتابع أن ...": the previous speaker goes on."""
        rng, person = self.rng, self.people[person_key]
        verb = "و" + rng.choice(_CONTINUATION_VERBS) + ("ت" if person.feminine else "")
        if rng.random() < 0.7:
            opening, closing = rng.choice(self.desk.quotes)
            return _Paragraph(f"{verb}: {opening}{self._quote()}{closing}.", [person_key])
        return _Paragraph(f"{verb} أن {self._clause(person)}.", [person_key])

    def _narrative(self) -> str:
        return self._fill(self.rng.choice(_NARRATIVE))

    def _reported(self, person: SyntheticPerson, that: str) -> str:
        if that == "إن" and self.rng.random() < 0.25:
            pronoun, y = ("إنها", "ت") if person.feminine else ("إنه", "ي")
            return f"{pronoun} {self._fill(self.rng.choice(_OWN_CLAUSES), y=y)}"
        return f"{that} {self._clause(person)}"

    def _clause(self, person: SyntheticPerson) -> str:
        own = "بلادها" if person.feminine else "بلاده"
        return self._fill(self.rng.choice(_CLAUSES), own=own)

    def _participle(self, person: SyntheticPerson) -> str:
        stem, that = self.rng.choice(_PARTICIPLES)
        ending = "ةً" if person.feminine else "ًا"
        return f"، {stem}{ending} {that} {self._clause(person)}"

    def _quote(self) -> str:
        return self._fill(self.rng.choice(_QUOTES))

    # -- naming

    def _introduce(self, person_key: int) -> None:
        person = self.people[person_key]
        if person_key not in self.introduced and not person.is_anonymous:
            for tail in _word_suffixes(fold(person.name)):
                self.latest_with_tail[tail] = person_key
        self.introduced.add(person_key)
        self._met(person_key)

    def _met(self, person_key: int) -> None:
        if person_key not in self.in_bulletin:
            self.in_bulletin.append(person_key)

    def _reference(self, person_key: int) -> str:
        """The shortest name for someone already introduced in this bulletin that the importer resolves to them:
        the surname, the title's noun ("الوزير"), or else the full name (the description, for the anonymous)."""
        person = self.people[person_key]
        choices = []
        if person.surname and self.latest_with_tail.get(fold(person.surname)) == person_key:
            choices += ["surname"] * 3
        if person.referral and self._referred(person.referral) == person_key:
            choices += ["referral"]
        choice = self.rng.choice(choices) if choices and self.rng.random() < 0.85 else "full"
        self._met(person_key)
        if choice == "surname":
            return self._spell(person.surname)
        if choice == "referral":
            return self._spell(person.referral)
        return self._spell(person.label)

    def _referred(self, referral: str) -> int | None:
        """Whom the importer takes "الوزير" (or another such noun) for: the latest speaker of the bulletin whose
        title or description starts with it, or has it as a word."""
        stem = _strip_article(fold(referral))
        for key in reversed(self.in_bulletin):
            person = self.people[key]
            words = fold(person.description or person.title).split(" ")
            if _strip_article(words[0]) == stem or stem in words:
                return key
        return None

    # -- text

    def _headline(self, person_key: int) -> str:
        person, rng = self.people[person_key], self.rng
        template = rng.choice(_HEADLINES)
        if person.is_anonymous and "{ref}" in template:
            template = "مسؤول {mi}: {short}"
        ref = person.surname or person.name
        y = "ت" if person.feminine else "ي"
        return self._fill(template, ref=ref, y=y, short=rng.choice(_SHORT_QUOTES))

    def _header(self, number: int, headline: str) -> str:
        rng, desk, day = self.rng, self.desk, self.day
        month = rng.choice(desk.months[day.month - 1])
        digits = to_arabic_indic_digits if rng.random() < desk.indic_digits else str
        date = f"{digits(str(day.day))} {month} {digits(str(day.year))}"
        if rng.random() < 0.01:  # a header pasted from a Persian keyboard
            date = date.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"))
        return f"({digits(str(number))}) {headline} {rng.choice(_DASHES)} {date}"

    def _fill(self, template: str, *, spell: bool = True, **given: str) -> str:
        """The template with its slots drawn from the pools (only those it uses), respelled by the desk unless the
        words are ones the importer reads structurally."""
        text = template.format_map(_Slots(self, given, counted="جولات" in template or "أسابيع" in template))
        return self._spell(text) if spell else text

    def _spell(self, text: str) -> str:
        return _respelled(text, self.desk, self.rng)


class _Slots(dict):
    """A template's slots, each drawn when the template asks for it."""

    def __init__(self, writer: _Writer, given: dict[str, str], *, counted: bool) -> None:
        super().__init__(given)
        self.writer, self.counted = writer, counted

    def __missing__(self, key: str) -> str:
        rng, desk = self.writer.rng, self.writer.desk
        if key in ("country", "m", "f", "mi"):
            country = rng.choice(COUNTRIES)
            self.update(
                country=country.name,
                m=country.masculine,
                f=country.feminine,
                mi=country.masculine.removeprefix("ال"),  # indefinite: مسؤول روسي
            )
            return self[key]
        if key == "country2":
            value = rng.choice([c.name for c in COUNTRIES if c.name != self["country"]])
        elif key == "n":
            value = _digits(rng.randint(3, 9) if self.counted else rng.randint(2, 40), desk, rng)
        else:
            value = rng.choice(_SLOT_POOLS[key])
        self[key] = value
        return value


_SLOT_POOLS = {
    "city": CITIES,
    "region": REGIONS,
    "topic": TOPICS,
    "org": ORGANISATIONS,
    "sector": SECTORS,
    "party": _PARTIES,
    "outlet": _OUTLETS,
}


def _strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word

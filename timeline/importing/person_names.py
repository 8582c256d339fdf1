"""Words of people's names that the Arabic reader and the speaker directory (which serves both languages) share:
the links of a lineage, and common given names."""

from timeline.arabic import fold


def _folded(words: str) -> frozenset[str]:
    return frozenset(fold(word) for word in words.split())


# Words that join a name to the father's ("son of", "daughter of": بن، بنت، ابن، ابنة، the Mauritanian ولد/ول, and
# bin/bint/ibn in Latin letters) or to the child's (أبو): what follows them is another person's name, never a title's
# holder ("عائشة بنت راشد الظاهري" is not "راشد الظاهري" titled "عائشة بنت").
LINEAGE_WORDS = _folded("بن بنت ابن ابنة ابو ولد ول bin bint ibn")

# Common given names, by which a name's start is found after a place of unknown words ("في مسافر يطا باسل عدرا"),
# and which, as a word alone, are no evidence of which stored person is meant.
GIVEN_NAMES = _folded(
    "أمين محمد أحمد محمود مصطفى علي حسن حسين عمر عثمان خالد سعيد سعد سالم سليم سليمان صالح إبراهيم إسماعيل يوسف يعقوب "
    "عيسى موسى هارون داود زكريا يحيى إلياس أيمن أنس أسامة أمجد أشرف أكرم باسل باسم بسام بشير بلال جمال جميل جهاد "
    "حازم حامد حمدي حمزة حسام خليل رامي رائد رشيد رضا زياد زيد زهير سامي سامر سمير شادي شريف صابر صلاح طارق طلال "
    "عادل عاطف عامر عبد عزيز عصام علاء عماد عمار عوني غسان فادي فاروق فتحي فراس فريد فهد فؤاد فيصل قاسم كريم كمال "
    "لؤي ماجد مازن مالك ماهر مجدي مراد مروان مصطفى معاذ منير مهدي مهند نبيل نادر ناصر نزار نضال نعيم نور هاني هشام "
    "هيثم وائل وليد ياسر ياسين يونس إياد أنور توفيق جلال حاتم حمد راشد سلطان عبيد غازي منصور نايف نواف بدر تركي "
    "فاطمة مريم عائشة خديجة زينب سارة سلمى ليلى هدى منى رنا رانيا رشا ريم سعاد سناء سهى سوسن عبير علا لينا مها "
    "نادية نجلاء نسرين نهى هالة هبة هند وفاء ياسمين أمل آمنة إيمان بشرى حنان دعاء رحاب سمر سميرة شيماء صفاء "
    "لمى دينا ريما لين تالا جنى غادة ميساء منال نوال رولا روان آية إسراء أسماء بسمة جميلة حياة خلود دانة رهف زهرة "
    "سحر سلوى شهد عفاف غدير فرح كوثر لبنى ماجدة نجوى نادين هيفاء وداد يسرى ابتسام أميرة إلهام أمينة بثينة حنين "
    "رباب رحمة سهام فدوى لطيفة نبيلة نجاة هناء وعد ميار ريهام داليا جيهان شيرين نهلة سوزان رغد مي ندى عبلة"
)


def is_given_name(token: str) -> bool:
    """A word people are commonly given as a first name (عثمان، حسين، فاطمة): as a surname alone it is no evidence
    of which stored person is meant."""
    return fold(token) in GIVEN_NAMES

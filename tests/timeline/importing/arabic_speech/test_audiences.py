"""The audience, occasion or time after an Arabic speaker's name (arabic_speech/audiences.py): the outlet told, where
and when it was said, none of it the name or the role. Sentences written for these tests in the styles of wire
services and Gulf, Levantine, Egyptian and Maghrebi papers."""

import pytest

from tests.timeline.importing.reading import read


@pytest.mark.parametrize(
    "occasion",
    [
        "خلال زيارته إلى بغداد",
        "في كلمته أمام البرلمان",
        'لـ"رويترز"',
        "لـ«الشرق الأوسط»",
        "في مؤتمر صحفي مشترك",
        "للصحفيين في جنيف",
        "لوكالة فرانس برس",
        "على هامش القمة",
        "أمس الثلاثاء",
    ],
)
def test_an_audience_or_occasion_is_neither_name_nor_role(occasion):
    [(_kind, speaker, title, text)] = read(f"قال وزير الداخلية اللبناني أحمد الحجار {occasion} إن الوضع تحت السيطرة.")
    assert (speaker, title, text) == ("أحمد الحجار", "وزير الداخلية اللبناني", "الوضع تحت السيطرة")


def test_sabah_is_a_name_unless_it_is_the_morning_of_a_day():
    found = read(
        "أكد وزير الخارجية الشيخ صباح سالم العلي صباح اليوم الأحد أن الكويت تدعم جهود التهدئة.",
        "وقال الشيخ صباح العلي للصحفيين إن الاتصالات مستمرة.",
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        ("صباح سالم العلي", "وزير الخارجية"),
        ("صباح سالم العلي", "وزير الخارجية"),
    ]
    assert found[0][3] == "الكويت تدعم جهود التهدئة"


@pytest.mark.parametrize(
    "subject",
    [
        "النائب حسن العلي لشفق نيوز",  # an outlet by the last word of its name
        "النائب حسن العلي لوكالة بغداد نيوز",  # an agency named after a name closed by its surname
        "النائب حسن العلي للسومرية",  # ل + the article: "to Alsumaria"
        "النائب حسن العلي لرووداو",
    ],
)
def test_an_outlet_after_the_name_is_whom_it_was_said_to(subject):
    [(_kind, speaker, title, _text)] = read(f"وقال {subject} إن الجلسة تأجلت إلى الأسبوع المقبل.")
    assert (speaker, title) == ("حسن العلي", "النائب")


def test_to_the_outlet_after_an_aside_is_no_name():
    [(_kind, speaker, title, _text)] = read(
        "وقال المزارع حمد ولد سالم، من بلدة كيفة، للأخبار إن الأمطار تأخرت هذا العام."
    )
    assert (speaker, title) == ("حمد ولد سالم", "المزارع")


def test_whom_the_speaker_addresses_after_the_name_is_no_name():
    [(_kind, speaker, _title, _text)] = read("خاطب القاضي سالم ولد محمد الحضور، مؤكدًا أن الجلسة علنية.")
    assert speaker == "سالم ولد محمد"


@pytest.mark.parametrize(
    "paragraph",
    [
        "14:20 | مدير مستشفى العودة وليد الحسيني لقناة الغد: نفد الأكسجين في قسم العناية.",
        "وقال مدير مستشفى العودة وليد الحسيني لرؤيا إن الأكسجين نفد في قسم العناية.",
    ],
)
def test_a_word_behind_lam_after_a_whole_name_is_the_outlet_told(paragraph):
    [(_kind, speaker, title, _text)] = read(paragraph)
    assert (speaker, title) == ("وليد الحسيني", "مدير مستشفى العودة")


def test_a_company_behind_lam_after_a_post_is_the_posts_before_a_given_name():
    [(_kind, speaker, title, _text)] = read("وقال الرئيس التنفيذي لأرامكو أمين سعيد الناصر إن الطلب قوي.")
    assert (speaker, title) == ("أمين سعيد الناصر", "الرئيس التنفيذي لأرامكو")
    [(_kind, speaker, title, _text)] = read("وقال المدير العام لطفي الزين إن الخطة جاهزة.")
    assert (speaker, title) == ("لطفي الزين", "المدير العام")
    [(_kind, speaker, _title, _text)] = read("وقال محللون في الأهلي كابيتال إن السوق مغرية.")
    assert speaker == "محللون في الأهلي كابيتال"


def test_told_to_a_correspondent_is_no_part_of_the_name():
    [(_kind, speaker, title, _text)] = read("وقال المسعف أبو يوسف لمراسل قناة الغد إن الجرحى ينامون على الأرض.")
    assert (speaker, title) == ("أبو يوسف", "المسعف")


def test_a_news_service_by_its_noun_after_a_name_is_whom_it_was_said_to():
    # "لأخبار الأمم المتحدة": told to a news service, never the end of the speaker's name
    found = read("وقال المتحدث باسم البرنامج كارلوس ريس لأخبار الأمم المتحدة إن المخزون يكفي شهرًا.")
    assert [(speaker, title, text) for _kind, speaker, title, text in found] == [
        ("كارلوس ريس", "المتحدث باسم البرنامج", "المخزون يكفي شهرًا")
    ]


def test_an_agency_in_parentheses_after_la_is_the_audience():
    [(_kind, speaker, title, text)] = read("وقال وزير المالية خالد العلي لـ(كونا) إن الميزانية جاهزة.")
    assert (speaker, title, text) == ("خالد العلي", "وزير المالية", "الميزانية جاهزة")


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        # a paper's name (الاتحاد) that opens a body's name in the post: the post goes on
        (
            "وقال الكاتب العام المساعد للاتحاد الجهوي للشغل بالقيروان، منير السالمي، إن الإضراب قائم.",
            "الكاتب العام المساعد للاتحاد الجهوي للشغل بالقيروان",
        ),
        (
            "وأكد الأمين العام للاتحاد العام التونسي للشغل، سامي الطرابلسي، أن التفاوض مستمر.",
            "الأمين العام للاتحاد العام التونسي للشغل",
        ),
        # the paper alone, or with a time after it, is whom it was told
        ("وقال الوزير الإماراتي للاتحاد إن الجلسة انتهت.", "الوزير الإماراتي"),
        ("وقال الوزير الإماراتي للاتحاد الخميس إن الجلسة انتهت.", "الوزير الإماراتي"),
    ],
)
def test_a_papers_name_that_opens_a_bodys_name_in_a_post_is_no_audience(paragraph, title):
    [(_kind, _speaker, found_title, _text)] = read(paragraph)
    assert found_title == title

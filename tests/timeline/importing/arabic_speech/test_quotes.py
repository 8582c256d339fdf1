"""Where the words end in Arabic copy (arabic_speech/quotes.py): quotation marks that are not quotes, unclosed quotes,
the writer's gloss after the words, and what a participle after them adds. Sentences written for these tests in the
styles of wire services and Gulf, Levantine, Egyptian and Maghrebi papers."""

import pytest

from tests.timeline.importing.reading import read
from timeline.importing.parsed import DIRECT, PARAPHRASE


@pytest.mark.parametrize(
    ("participle", "after", "kind", "text"),
    [
        ("قائلًا", ": «لن نتراجع»", DIRECT, "لن نتراجع"),
        ("مضيفًا", " أن الدعم سيستمر", PARAPHRASE, "الدعم سيستمر"),
        ("مبرزًا", " أن التنسيق قائم مع الشركاء", PARAPHRASE, "التنسيق قائم مع الشركاء"),
        ("داعيًا", " إلى فتح الممرات الإنسانية", PARAPHRASE, "فتح الممرات الإنسانية"),
        ("نافيًا", " أن تكون هناك خلافات داخل الحكومة", PARAPHRASE, "تكون هناك خلافات داخل الحكومة"),
        ("محذرًا", " من تداعيات التصعيد على المنطقة", PARAPHRASE, "تداعيات التصعيد على المنطقة"),
    ],
)
def test_a_participle_adds_a_statement_by_the_same_speaker(participle, after, kind, text):
    found = read(f"قال الناطق باسم الحكومة الأردنية مهند المبيضين إن المملكة تتابع التطورات، {participle}{after}.")
    assert found[0] == (PARAPHRASE, "مهند المبيضين", "الناطق باسم الحكومة الأردنية", "المملكة تتابع التطورات")
    assert found[1][0:2] == (kind, "مهند المبيضين")
    assert found[1][3] == text


def test_no_space_after_a_full_stop():
    found = read("قال المتحدث باسم الوزارة أحمد الصحاف إن الوفد غادر.وأضاف أن جولة أخرى مقررة الشهر المقبل.")
    assert [text for _kind, _speaker, _title, text in found] == ["الوفد غادر", "جولة أخرى مقررة الشهر المقبل"]


def test_quotation_marks_that_are_not_quotes():
    assert read("وصف المحلل ما جرى بأنه «زلزال سياسي» في المنطقة.") == []
    assert read("وشنت القوات ما سمته عملية «السهم الواقي» فجر اليوم.") == []
    found = read('وقال مصدر أمني لـ"رويترز" إن الحدود أغلقت.')
    assert found == [(PARAPHRASE, "مصدر أمني", "", "الحدود أغلقت")]


def test_an_unclosed_quote_does_not_swallow_the_rest_of_the_paragraph():
    found = read("وقال الوزير فيصل المقداد: «نحن صامدون، وأضاف المقداد أن دمشق ستواصل الحوار.")
    assert found[0] == (DIRECT, "فيصل المقداد", "الوزير", "نحن صامدون")
    assert found[-1] == (PARAPHRASE, "فيصل المقداد", "الوزير", "دمشق ستواصل الحوار")


def test_where_it_was_said_after_the_words_is_the_writers():
    [(_kind, _speaker, _title, text)] = read(
        "وأكدت وزيرة التخطيط هالة النمر أن العجز سيتراجع، وذلك في كلمتها خلال افتتاح المنتدى الاقتصادي."
    )
    assert text == "العجز سيتراجع"


def test_a_name_ending_in_waw_keeps_its_last_letter():
    [(_kind, _speaker, _title, text)] = read("وقال وزير النقل سالم الكندي إن الرحلات ستستأنف إلى مدينة ريو.")
    assert text == "الرحلات ستستأنف إلى مدينة ريو"


def test_which_time_it_was_said_after_the_quotation_is_the_writers():
    [(kind, _speaker, _title, text)] = read(
        'وكان وزير الداخلية سالم الكندي قد تعهد، أمس، بأن "الجناة سيحاسبون"، في أول تعليق له على الحادثة.'
    )
    assert (kind, text) == (DIRECT, "الجناة سيحاسبون")


def test_a_quotation_after_inna_with_a_third_person_pronoun_is_reported_speech():
    [(kind, _speaker, _title, text)] = read("وقال أقارب الموقوفين إنهم «لم يتمكنوا من زيارتهم منذ شهرين».")
    assert (kind, text) == (PARAPHRASE, "«لم يتمكنوا من زيارتهم منذ شهرين»")
    [(kind, _speaker, _title, text)] = read("وقال المحامي خالد سعيد إن «الملف لا يحتوي على أي دليل».")
    assert (kind, text) == (DIRECT, "الملف لا يحتوي على أي دليل")


def test_according_to_a_principle_is_part_of_the_words():
    [(_kind, _speaker, _title, text)] = read("وقال المفاوض سعيد الخمليشي إن التبادل سيتم، وفق مبدأ الكل مقابل الكل.")
    assert text == "التبادل سيتم، وفق مبدأ الكل مقابل الكل"


def test_when_the_writer_says_it_was_said_ends_the_words():
    [(_kind, _speaker, _title, text)] = read(
        "وقال وزير الزراعة نبيل فارس إن الموسم سيكون جيدًا، وذلك بعد جولة تفقدية على مزارع الجنوب."
    )
    assert text == "الموسم سيكون جيدًا"


@pytest.mark.parametrize(
    ("after", "text"),
    [
        ("، وقررت المحكمة رفع الجلسة للمداولة.", "الحجز تم دون إذن مسبق"),
        ("، وأعلنت الهيئة فتح تحقيق في الواقعة.", "الحجز تم دون إذن مسبق"),
        # the speaker's own words may go on with و and a verb that is no body's act
        ("، وسيطعن على القرار خلال المهلة.", "الحجز تم دون إذن مسبق، وسيطعن على القرار خلال المهلة"),
    ],
)
def test_a_body_acting_after_the_words_is_the_writers_narration(after, text):
    found = read(f"وأكد المحامي نبيل حسن العزبي أن الحجز تم دون إذن مسبق{after}")
    assert [found_text for _kind, _speaker, _title, found_text in found] == [text]

"""What a speaker says as a plain object of the verb in Arabic copy (arabic_speech/objects.py): "نفى وجود ..."، "أكد
ضرورة ...", after a name, a time, an aside or a clause about the speaker. Sentences written for these tests in the
styles of wire services and Gulf, Levantine, Egyptian and Maghrebi papers."""

import pytest

from tests.timeline.importing.reading import read
from timeline.importing.attribution import Attribution
from timeline.importing.parsed import PARAPHRASE


def test_a_verb_with_its_object_and_no_subject_goes_on_with_the_speaker():
    found = read(
        "قال وزير الاقتصاد اللبناني عامر البساط إن الأسعار ستستقر قريبًا.",
        "ونفى وجود أي نية لرفع الدعم عن الخبز، لافتًا إلى أن المخزون يكفي لأربعة أشهر.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["عامر البساط"] * 3
    assert found[1][3] == "وجود أي نية لرفع الدعم عن الخبز"


@pytest.mark.parametrize("name", ["إليزابيث مورغان", "إلهام الكردي", "إلياس حداد"])
def test_a_name_whose_letters_fold_like_the_article_is_the_speaker_of_a_plain_object_verb(name):
    """أكدت/أعلن take a plain object ("أكد ضرورة ..."); a first name spelled إل- (folded: ال-) is not that object."""
    statements = read(f"أكدت {name}، نائبة وزير الخارجية، أن المساعدات يجب أن تصل إلى المدنيين دون عوائق.")
    assert statements == [(PARAPHRASE, name, "نائبة وزير الخارجية", "المساعدات يجب أن تصل إلى المدنيين دون عوائق")]


def test_a_post_that_stresses_the_need_for_something_makes_no_person():
    attribution = Attribution()
    [statement] = attribution.statements("وشدد الوزير على ضرورة فتح الممرات الإنسانية دون شروط.", 1)
    # no minister was named before: the statement is kept, its speaker left for the editor, with the post
    assert (statement.speaker, statement.title, statement.text) == (
        None,
        "الوزير",
        "ضرورة فتح الممرات الإنسانية دون شروط",
    )
    # nor is "ضرورة ..." taken for the minister's name and given his next words
    [later] = attribution.statements("وأضاف الوزير أن القوافل جاهزة للانطلاق.", 2)
    assert later.speaker is None
    # with a minister named before, he is the one who stressed it
    found = read("وقال وزير الخارجية نبيل العمري إن المفاوضات متعثرة.", "وشدد الوزير على ضرورة فتح الممرات الإنسانية.")
    assert [speaker for _kind, speaker, _title, _text in found] == ["نبيل العمري", "نبيل العمري"]


def test_a_post_and_a_surname_then_the_need_for_something():
    found = read(
        "وقال وزير الزراعة خالد الحنيطي إن الموسم مبشر.",
        "وأكد الوزير الحنيطي ضرورة دعم صغار المزارعين بالبذور، لافتًا إلى أن الوزارة أعدت برنامجًا لذلك.",
    )
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [
        ("خالد الحنيطي", "الموسم مبشر"),
        ("خالد الحنيطي", "ضرورة دعم صغار المزارعين بالبذور"),
        ("خالد الحنيطي", "الوزارة أعدت برنامجًا لذلك"),
    ]


def test_a_plain_object_right_after_a_full_name():
    [(_kind, speaker, title, text)] = read(
        "وأكد المتحدث باسم الهيئة الدكتور ماجد الصقر رفض الهيئة أي تدخل في عمل المحاكم."
    )
    assert (speaker, title, text) == ("ماجد الصقر", "المتحدث باسم الهيئة", "رفض الهيئة أي تدخل في عمل المحاكم")


def test_a_plain_object_after_a_time_set_between_commas():
    [(_kind, speaker, title, text)] = read(
        "أعلن وزير الإسكان الليبي خالد المسماري، الأحد، استئناف العمل في مشروع الضاحية الجنوبية بعد توقف دام عامين."
    )
    assert (speaker, title, text) == (
        "خالد المسماري",
        "وزير الإسكان الليبي",
        "استئناف العمل في مشروع الضاحية الجنوبية بعد توقف دام عامين",
    )


def test_a_second_aside_after_the_time_is_not_the_object():
    [(_kind, speaker, _title, text)] = read(
        "أكد وزير المالية عمر الزين، اليوم الإثنين، خلال لقائه وفد البنك الدولي في العاصمة، ضرورة تسريع صرف المنح."
    )
    assert (speaker, text) == ("عمر الزين", "ضرورة تسريع صرف المنح")


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        # a clause about the speaker, between commas, is passed over on the way to the object
        (
            "أكد وزير المالية سامي الراشد، الذي يترأس وفد بلاده، ضرورة ضبط الإنفاق.",
            [("paraphrase", "سامي الراشد", "وزير المالية", "ضرورة ضبط الإنفاق")],
        ),
        (
            "أعلن المتحدث باسم الشرطة رامي الحداد، الذي تحدث من موقع الحادث، أن الطريق أعيد فتحه.",
            [("paraphrase", "رامي الحداد", "المتحدث باسم الشرطة", "الطريق أعيد فتحه")],
        ),
        # a body that announced a thing then described by a relative clause: no one spoke, and no person is made
        ("أعلنت اللجان الفرعية النتائج الأولية لانتخابات نقابة المحامين، التي عرفت منافسة حادة.", []),
    ],
)
def test_a_relative_clause_after_a_comma_is_never_the_words(paragraph, found):
    assert [statement for statement in read(paragraph) if statement[1] is not None] == found


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        (
            "الرياض – 3 – 5 (واس) -- نفى مدير الدفاع المدني العميد سالم الدوسري تسجيل أي وفيات في الحريق.",
            "تسجيل أي وفيات في الحريق",
        ),
        ("وأعلن مدير الشرطة محمد الزعبي وقوع انفجار قرب السوق.", "وقوع انفجار قرب السوق"),
        ("ونفى الناطق باسم الجيش أحمد المسماري حدوث أي اشتباك.", "حدوث أي اشتباك"),
    ],
)
def test_what_happened_or_was_recorded_is_the_object_after_a_full_name(paragraph, text):
    [(kind, _speaker, _title, found)] = read(paragraph)
    assert (kind, found) == (PARAPHRASE, text)


def test_a_plain_object_after_a_surname_alone_is_what_was_said():
    # "ونفى الحمداني وجود ...": the surname with the article is the speaker named before, the noun starts the words
    found = read(
        "وقال وزير النفط حيان الحمداني إن المخزون يكفي ثلاثة أشهر.",
        "ونفى الحمداني وجود أي نية لرفع أسعار الوقود قبل نهاية العام.",
    )
    assert found[1] == (
        PARAPHRASE,
        "حيان الحمداني",
        "وزير النفط",
        "وجود أي نية لرفع أسعار الوقود قبل نهاية العام",
    )

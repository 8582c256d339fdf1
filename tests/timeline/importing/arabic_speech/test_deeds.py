"""Sentences that open with a deed in Arabic copy (arabic_speech/deeds.py): who did it, what it was done to, where the
doer's name and post end, and the participles and statements that follow it. Sentences written for these tests in the
styles of wire services and Gulf, Levantine, Egyptian and Maghrebi papers."""

import pytest

from tests.timeline.importing.reading import read
from timeline.importing.parsed import PARAPHRASE


def test_pluperfect_and_the_paragraph_s_actor():
    found = read(
        "وكان رئيس الحكومة التونسية كمال المدوري قد أكد في وقت سابق أن الإصلاحات لن تمس الدعم.",
        "ولوّح رئيس البرلمان نبيه بري بتعليق الجلسات، وقال إن التوافق شرط لأي انتخاب.",
    )
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [
        ("كمال المدوري", "الإصلاحات لن تمس الدعم"),
        ("نبيه بري", "التوافق شرط لأي انتخاب"),
    ]


def test_whom_an_act_was_done_to_is_not_who_spoke_after_it():
    [(_kind, speaker, title, _text)] = read(
        "استقبل وزير السياحة فهد العتيبي وفدًا من رجال الأعمال الصينيين، وقال إن القطاع يحتاج إلى استثمارات جديدة."
    )
    assert (speaker, title) == ("فهد العتيبي", "وزير السياحة")


@pytest.mark.parametrize(
    "name",
    ["سيد أحمد ولد محمد الأمين", "محمد ولد الأمين", "عبد الله بن سالم القاضي", "أحمد ولد محمد"],
)
def test_a_lineage_goes_on_to_a_family_name_that_looks_like_a_post_after_a_deed(name):
    [(_kind, speaker, title, _text)] = read(
        f"وانتقد النائب المعارض {name} ما وصفه بغياب الشفافية، مطالبًا بنشر العقود كاملة."
    )
    assert (speaker, title) == (name, "النائب المعارض")


@pytest.mark.parametrize(
    "then",
    [
        'واستطرد قائلًا: "لن نتخلى عن دورنا".',  # a participle alone after the verb: how, not who
        'وتابع قائلة: "لن نتخلى عن دورنا".',
        'وأضاف في المؤتمر الصحفي عقب اللقاء: "لن نتخلى عن دورنا".',  # where it was said, no one named
        'وأكد الكندي للقناة الرسمية أن "لن نتخلى عن دورنا".',  # the outlet told after a surname alone
    ],
)
def test_words_with_no_one_new_named_before_them_are_the_speaker_befores(then):
    found = read("قال وزير النقل سالم الكندي إن الطريق سيفتتح الشهر المقبل.", then)
    assert [speaker for _kind, speaker, _title, _text in found] == ["سالم الكندي", "سالم الكندي"]
    assert found[1][3] == "لن نتخلى عن دورنا"


@pytest.mark.parametrize(
    "narration",
    ["افتتح وزير الصحة فادي الأسمر مستشفى بيروت الحكومي", "تفقد وزير الصحة فادي الأسمر مستوصف عمان"],
)
def test_where_he_did_it_he_said_it(narration):
    [(_kind, speaker, title, text)] = read(f"{narration}، حيث قال إن المستشفى سيخدم مئة ألف مريض سنويًا.")
    assert (speaker, title, text) == ("فادي الأسمر", "وزير الصحة", "المستشفى سيخدم مئة ألف مريض سنويًا")


@pytest.mark.parametrize(
    "deed",
    [
        "دافع وزير الإسكان حمد الرميثي عن القرار",
        "استقبل وزير الخارجية حمد الرميثي نظيره الأردني في مكتبه",
        "ترأس وزير الإسكان حمد الرميثي اجتماع اللجنة العليا",
    ],
)
def test_a_participle_after_a_deed_is_said_by_whoever_did_it(deed):
    [(_kind, speaker, _title, text)] = read(f"{deed}، موضحًا أن الإيجارات لن ترتفع هذا العام.")
    assert (speaker, text) == ("حمد الرميثي", "الإيجارات لن ترتفع هذا العام")


@pytest.mark.parametrize(
    "deed",
    [
        "قتل خمسة أشخاص في غارة على حي الشيخ رضوان",  # no one titled did it
        "انتقدت الجمعية الوطنية لحماية المستهلك القرار",  # a body did it
        "تمسك ممثل النيابة خلال الجلسة بطلباته",  # a post named by no name: left to the text
    ],
)
def test_a_participle_after_a_deed_by_no_titled_name_makes_no_person(deed):
    for _kind, speaker, _title, _text in read(f"{deed}، مؤكدًا أن الأسعار لن ترتفع."):
        assert speaker is None


def test_the_doer_of_the_opening_act_keeps_a_post_with_a_governed_word_and_a_place():
    found = read("هدد رئيس مجلس إدارة الموانئ في الأردن سامي الحوراني بالاستقالة، وقال إن الخسائر لم تعد تحتمل.")
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        ("سامي الحوراني", "رئيس مجلس إدارة الموانئ في الأردن")
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # what a deed is done with, after ب, is its object: never a name
        ("أشاد المدرب بأداء لاعبيه، وقال إن الفوز مستحق.", None),
        ("رحب الوزير بقرار المجلس، وقال إن الخطوة مهمة.", None),
        ("أشاد المدرب بلال الصالح بأداء لاعبيه، وقال إن الفوز مستحق.", "بلال الصالح"),
    ],
)
def test_a_deed_s_object_after_bi_is_not_the_doer_s_name(paragraph, speaker):
    assert [found_speaker for _kind, found_speaker, _title, _text in read(paragraph)] == [speaker]


def test_a_delegation_received_after_a_name_is_not_part_of_it():
    found = read(
        "استقبل وزير الاقتصاد سامر خوري وفد البنك الدولي برئاسة مدير المكتب الإقليمي.",
        "وأكد الوزير أن المفاوضات تتقدم.",
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [("سامر خوري", "وزير الاقتصاد")]


def test_the_one_a_deed_names_after_hiya_speaks_next_not_the_speaker_before():
    found = read(
        "وقالت مصادر حزبية إن التحالف سيتوسع.",
        "وتصدرت مرشحة واحدة هي النائبة سعاد الخالدي بعدد الأصوات في الدائرة الأولى، وقالت إن فوزها رسالة ثقة.",
    )
    assert found[1] == (PARAPHRASE, "سعاد الخالدي", "النائبة", "فوزها رسالة ثقة")


@pytest.mark.parametrize(
    ("deed", "name"),
    [
        ("وفازت النائبة سعاد الخالدي بمقعد في الدائرة الثانية", "سعاد الخالدي"),
        # a given name or a family name with ب is kept
        ("وفاز النائب محمد أحمد بشير في الدائرة الثانية", "محمد أحمد بشير"),
        ("وفاز النائب علي حسن بوزيد في الدائرة الثانية", "علي حسن بوزيد"),
    ],
)
def test_a_name_after_a_deed_stops_at_what_it_was_done_with(deed, name):
    found = read(f"{deed}، وقال إن الناخبين قالوا كلمتهم.")
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        (name, "النائب" if "النائب " in deed else "النائبة")
    ]


@pytest.mark.parametrize(
    ("deed", "name"),
    [
        ("ورفض وزير الداخلية الألماني يورغن كلاينر الاتهامات", "يورغن كلاينر"),
        ("وانتقدت زعيمة المعارضة الهولندية ماريكه فوس المقترح", "ماريكه فوس"),
    ],
)
def test_a_word_with_the_article_after_a_foreign_name_in_a_deed_is_its_object(deed, name):
    found = read(f"{deed}، مؤكدة أن القانون واضح.")
    assert [speaker for _kind, speaker, _title, _text in found] == [name]


def test_an_ambassadors_post_to_a_country_before_the_name_in_a_deed():
    found = read("ورحب السفير الفرنسي لدى لبنان هيرفيه ماغرو بالقرار، معتبراً أنه خطوة مهمة.")
    assert found == [(PARAPHRASE, "هيرفيه ماغرو", "السفير الفرنسي لدى لبنان", "خطوة مهمة")]


def test_a_post_between_commas_after_the_doers_name_is_the_role():
    found = read(
        "وانتقد النائب حمدي فؤاد الشرقاوي، رئيس لجنة الزراعة بالمجلس، قرار الحكومة، قائلًا: «الفلاح يدفع الثمن وحده»."
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        ("حمدي فؤاد الشرقاوي", "رئيس لجنة الزراعة بالمجلس")
    ]
    # the deed's object between commas is no post
    found = read("وانتقد النائب حمدي فؤاد الشرقاوي، قرار الحكومة الأخير، قائلًا: «الفلاح يدفع الثمن وحده».")
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [("حمدي فؤاد الشرقاوي", "النائب")]

"""Calls made on someone in Arabic copy (arabic_speech/calls.py): دعا، حث، طالب، اتهم ... and whom they call on, which
is never the speaker or part of the speaker's name. Sentences written for these tests in the styles of wire services
and Gulf, Levantine, Egyptian and Maghrebi papers."""

import pytest

from tests.timeline.importing.reading import read
from timeline.importing.parsed import PARAPHRASE


@pytest.mark.parametrize(
    ("paragraph", "speaker", "title", "text"),
    [
        (
            "دعا وزير الخارجية الأردني أيمن الصفدي المجتمع الدولي إلى تحمل مسؤولياته تجاه اللاجئين.",
            "أيمن الصفدي",
            "وزير الخارجية الأردني",
            "المجتمع الدولي إلى تحمل مسؤولياته تجاه اللاجئين",
        ),
        (
            "وحثّت المبعوثة الأممية هانا تيتيه الأطراف الليبية على الامتناع عن أي تصعيد في العاصمة.",
            "هانا تيتيه",
            "المبعوثة الأممية",
            "الأطراف الليبية على الامتناع عن أي تصعيد في العاصمة",
        ),
        (
            "ودعا الأمين العام لجامعة الدول العربية أحمد أبو الغيط، في بيان صدر عن مكتبه، الجانبين إلى ضبط النفس.",
            "أحمد أبو الغيط",
            "الأمين العام لجامعة الدول العربية",
            "الجانبين إلى ضبط النفس",
        ),
        (
            "وناشد والي الخرطوم أحمد عثمان حمزة المواطنين العائدين بعدم الاقتراب من المباني المتضررة.",
            "أحمد عثمان حمزة",
            "والي الخرطوم",
            "المواطنين العائدين بعدم الاقتراب من المباني المتضررة",
        ),
    ],
)
def test_whom_a_call_is_made_on_is_the_words_not_the_name(paragraph, speaker, title, text):
    assert read(paragraph) == [(PARAPHRASE, speaker, title, text)]


def test_a_call_made_by_a_surname_alone_or_by_no_one_named_is_the_speaker_befores():
    found = read(
        "وقال رئيس غرفة التجارة منصور بن راشد خلف إن الأسواق هادئة.",
        "ودعا خلف التجار إلى عدم رفع الأسعار قبل العيد.",
        "ودعا الأطراف إلى الاحتكام للحوار.",
    )
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [
        ("منصور بن راشد خلف", "الأسواق هادئة"),
        ("منصور بن راشد خلف", "التجار إلى عدم رفع الأسعار قبل العيد"),
        ("منصور بن راشد خلف", "الأطراف إلى الاحتكام للحوار"),
    ]
    # a body calling is a body, whatever it calls for
    [(_kind, speaker, _title, _text)] = read("ودعت الحكومة المزارعين إلى ترشيد استخدام المياه.")
    assert speaker is None


def test_a_surname_that_looks_like_a_courtesy_title_calls_on_someone():
    found = read("وقال الخبير المالي هشام السيد إن الفائدة ستنخفض.", "ودعا السيد البنوك إلى تخفيف شروط الإقراض.")
    assert [speaker for _kind, speaker, _title, _text in found] == ["هشام السيد", "هشام السيد"]


@pytest.mark.parametrize(
    ("verb", "called"),
    [("ودعت الشابي", "مستعملي الطريق"), ("ودعت الشابي", "مواطني الولاية"), ("ودعت الشابي", "مستخدمي المنصات")],
)
def test_a_participles_plural_called_on_after_a_surname_is_no_person(verb, called):
    found = read(
        "وأفادت ريم الشابي، المهندسة بالمعهد الوطني للرصد الجوي، بأن الأمطار قد تتجاوز 80 مليمترًا.",
        f"{verb} {called} إلى توخي الحذر.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["ريم الشابي", "ريم الشابي"]
    assert found[1][3].endswith("توخي الحذر")


@pytest.mark.parametrize(
    ("call", "text"),
    [
        ("وناشد المجتمع الدولي تقديم مساعدات عاجلة", "المجتمع الدولي تقديم مساعدات عاجلة"),
        ("ودعا المزارعين المتضررين إلى تسجيل خسائرهم", "المزارعين المتضررين إلى تسجيل خسائرهم"),
        ("وطالب الحكومة بتعويض المزارعين", "الحكومة بتعويض المزارعين"),
    ],
)
def test_a_call_going_on_from_a_clause_is_the_speakers_and_names_whom_it_calls_on(call, text):
    found = read(f"قال محافظ الإقليم نادر الشمري إن الفيضانات أتلفت المحاصيل، {call}.")
    assert found[1] == (PARAPHRASE, "نادر الشمري", "محافظ الإقليم", text)


def test_a_call_after_a_deed_in_the_same_sentence_is_not_carried_to_an_earlier_speaker():
    found = read(
        "قال محافظ الإقليم نادر الشمري إن الفيضانات أتلفت المحاصيل.",
        "وأدانت الجمعية الزراعية في بيان تأخر الإغاثة، وطالبت المجتمع الدولي بالتدخل.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["نادر الشمري"]


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        # an accusation: who accused, then whom and of what, the words keeping whom as a call keeps it
        (
            "واتهم الرئيس الفلسطيني محمود عباس إسرائيل بارتكاب جرائم.",
            (PARAPHRASE, "محمود عباس", "الرئيس الفلسطيني", "إسرائيل بارتكاب جرائم"),
        ),
        (
            "واتهمت وزيرة الإعلام هدى الريس قوات المعارضة بتخريب محطات الكهرباء.",
            (PARAPHRASE, "هدى الريس", "وزيرة الإعلام", "قوات المعارضة بتخريب محطات الكهرباء"),
        ),
    ],
)
def test_an_accusation_is_said_with_whom_and_what_it_is_of(paragraph, found):
    assert read(paragraph) == [found]


def test_advice_by_a_surname_named_before_keeps_whom_it_is_for():
    found = read(
        "وقالت طبيبة الأطفال منى الكواري إن الإصابات ترتفع في الشتاء.",
        "ونصحت الكواري أولياء الأمور بتطعيم أبنائهم.",
    )
    assert found[1] == (PARAPHRASE, "منى الكواري", "طبيبة الأطفال", "أولياء الأمور بتطعيم أبنائهم")


def test_an_accusation_by_a_body_makes_no_person():
    assert [speaker for _kind, speaker, _title, _text in read("واتهمت النيابة العامة المتهمين بالاحتيال.")] in (
        [],
        [None],
    )


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        ("دعا وزير الخارجية الإسباني خوسيه مانويل ألباريس روسيا إلى سحب قواتها.", "روسيا إلى سحب قواتها"),
        ("ودعا الرئيس الكيني وليام روتو طهران إلى قبول الوساطة.", "طهران إلى قبول الوساطة"),
    ],
)
def test_a_country_or_city_called_on_by_its_name_starts_the_words(paragraph, text):
    [(_kind, _speaker, _title, found)] = read(paragraph)
    assert found == text


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "وناشدت وزيرة الصحة بالإقليم، الدكتورة ليلى عمر الطاهر، الأسر بالابتعاد عن مجاري السيول.",
            "ليلى عمر الطاهر",
            "وزيرة الصحة بالإقليم",
        ),
        (
            "وطالب مدير التعليم بالمحافظة، الأستاذ كمال حسن النور، المدارس بتأجيل الامتحانات.",
            "كمال حسن النور",
            "مدير التعليم بالمحافظة",
        ),
    ],
)
def test_a_bi_that_ends_a_post_before_a_name_between_commas_is_not_what_was_called_for(sentence, name, title):
    [(_kind, speaker, found_title, _text)] = read(sentence)
    assert (speaker, found_title) == (name, title)


@pytest.mark.parametrize("followers", ["أنصاره", "مؤيديه", "أتباعه", "أعضاءه"])
def test_a_noun_with_a_possessive_after_a_call_is_whom_it_calls_on_never_a_speaker(followers):
    found = read(f"وقال زعيم الحزب سامي الخطيب إن النتائج مزورة. ودعا {followers} إلى التظاهر السلمي.")
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [
        ("سامي الخطيب", "النتائج مزورة"),
        ("سامي الخطيب", f"{followers} إلى التظاهر السلمي"),
    ]
    # a body's call going on from its deed is no one's words
    found = read(f"وكان الحزب قد أعلن انسحابه من السباق، ودعا {followers} إلى المقاطعة.")
    assert all(speaker != followers for _kind, speaker, _title, _text in found)


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("وطمأنت وزيرة الصحة سلمى ناصر المواطنين بأن اللقاحات متوفرة.", "سلمى ناصر", "وزيرة الصحة"),
        ("وطمأن محافظ البنك المركزي رامي عوض المستثمرين بأن اللقاحات متوفرة.", "رامي عوض", "محافظ البنك المركزي"),
    ],
)
def test_whom_one_reassures_is_not_the_speakers_name(sentence, name, title):
    assert read(sentence) == [(PARAPHRASE, name, title, "اللقاحات متوفرة")]


def test_advice_going_on_after_words_said_is_the_speakers_whomever_it_is_of():
    # "...، ونصحت صغار المزارعين بإرجاء ...": whom advised opens the words, and ب before a hamza starts what
    found = read(
        'وقالت خبيرة الأرصاد منى الخطيب إن "الموجة ستبلغ ذروتها الأحد"، ونصحت صغار المزارعين بإرجاء البذار أسبوعًا.'
    )
    assert found[1] == (PARAPHRASE, "منى الخطيب", "خبيرة الأرصاد", "صغار المزارعين بإرجاء البذار أسبوعًا")

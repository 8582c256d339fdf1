"""Where attributions sit in Arabic paragraphs (arabic_speech/sentences.py): several per paragraph, datelines, bylines,
live pages, speaker lines with a colon, quotations that open a paragraph or are split by their speaker, where the
subject ends and the words begin, and reports according to someone. Sentences written for these tests in the styles
of wire services and Gulf, Levantine, Egyptian and Maghrebi papers."""

import pytest

from tests.timeline.importing.reading import read
from timeline.importing.attribution import Attribution
from timeline.importing.parsed import DIRECT, PARAPHRASE


def test_several_attributions_in_one_paragraph_mid_sentence():
    found = read(
        "قال رئيس الوزراء العراقي محمد شياع السوداني إن بغداد لن تكون ساحة للصراع، وأضاف أن الحكومة ماضية في حصر "
        "السلاح بيد الدولة، لكنه أوضح أن الحوار مع الفصائل لم يتوقف، كما أشار إلى أن الانتخابات ستجري في موعدها."
    )
    assert [(kind, text) for kind, _speaker, _title, text in found] == [
        (PARAPHRASE, "بغداد لن تكون ساحة للصراع"),
        (PARAPHRASE, "الحكومة ماضية في حصر السلاح بيد الدولة"),
        (PARAPHRASE, "الحوار مع الفصائل لم يتوقف"),
        (PARAPHRASE, "الانتخابات ستجري في موعدها"),
    ]
    assert {speaker for _kind, speaker, _title, _text in found} == {"محمد شياع السوداني"}


def test_the_quote_first_then_the_speaker():
    found = read("«المدينة بحاجة إلى كل شاحنة وقود»، قال مدير مستشفى الشفاء محمد أبو سلمية.")
    assert found == [(DIRECT, "محمد أبو سلمية", "مدير مستشفى الشفاء", "المدينة بحاجة إلى كل شاحنة وقود")]


@pytest.mark.parametrize(
    "dateline",
    ["الجزائر –", "نيويورك في 9 سبتمبر/ وام /", "القاهرة - أ ش أ:", "(CNN)--", "الرباط، 4 مارس (رويترز) -"],
)
def test_a_dateline_before_the_verb(dateline):
    found = read(f"{dateline} أكد وزير الصحة خالد عبد الغفار أن حملة التطعيم ستشمل القرى النائية.")
    assert found == [(PARAPHRASE, "خالد عبد الغفار", "وزير الصحة", "حملة التطعيم ستشمل القرى النائية")]


def test_a_speaker_line_then_the_quote_in_the_next_paragraph():
    found = read(
        "وقال رئيس بلدية صيدا حازم بديع، في كلمة أمام المجلس البلدي:",
        "«لن نسمح بأن تتحول المدينة إلى مكب للنفايات».",
    )
    assert found == [(DIRECT, "حازم بديع", "رئيس بلدية صيدا", "لن نسمح بأن تتحول المدينة إلى مكب للنفايات")]


def test_a_byline_is_not_a_statement():
    found = read(
        "كتب أحمد سمير: عقد مجلس المحافظين اجتماعه الأسبوعي صباح اليوم برئاسة المحافظ.",
        "كتبت الوزيرة على حسابها: «لن نتراجع عن الإصلاح».",
    )
    # no minister was named: the speaker is left for the editor, with the post the text gives
    assert found == [(DIRECT, None, "الوزيرة", "لن نتراجع عن الإصلاح")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "وأصدرت الاتحادية بيانًا أكدت فيه أن المنتخب سيخوض مباراة ودية.",
        "وأصدرت الجامعة العربية بيانًا أكدت فيه أن الحل سياسي.",
        "ونشرت الرابطة بلاغًا أوضحت فيه أن المباراة تأجلت.",
    ],
)
def test_a_body_that_issues_a_statement_makes_no_person_of_it(paragraph):
    assert all(speaker is None for _kind, speaker, _title, _text in read(paragraph))


@pytest.mark.parametrize(
    ("entry", "speaker", "title"),
    [
        # a time with م and a colon, then a post with no name and its words without quotation marks
        ("4:30 م: المتحدث باسم شرطة الولاية: لا إصابات حتى الآن.", None, "المتحدث باسم شرطة الولاية"),
        # an unnamed source and the outlet told, in quotation marks
        ('20:30 — مصدر في الوفد الأوروبي لـ"الحدث": بروكسل ستفرض عقوبات.', "مصدر في الوفد الأوروبي", ""),
    ],
)
def test_a_live_page_speaker_line_without_quotation_marks(entry, speaker, title):
    [(kind, found_speaker, found_title, text)] = read(entry)
    assert (kind, found_speaker, found_title) == (PARAPHRASE, speaker, title)
    assert text.endswith(("حتى الآن", "عقوبات"))


def test_a_body_on_a_live_page_is_no_speaker():
    assert read("5:45 م: هيئة الطيران المدني: تحويل رحلتين إلى مطار صلالة.") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "وتشير بيانات رسمية إلى أن البطالة ارتفعت.",
        'وانتقدت النائبة المرسوم لأنه "لم يُرفق بأي دراسة" توضح أثره على الأسر محدودة الدخل.',
    ],
)
def test_data_and_a_present_verb_straight_after_a_quotation_make_no_person(paragraph):
    for _kind, speaker, _title, _text in read(paragraph):
        assert speaker is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "وتشير تقديرات إلى أن نحو 27 ألف جندي ينتشرون قرب الحدود.",
        "وتشير التقديرات الأممية إلى أن مليوني شخص نزحوا منذ أبريل.",
        "وتؤكد البيانات الرسمية أن التضخم تراجع للشهر الثالث.",
        "ويشير استطلاع حديث إلى أن غالبية الناخبين لم يحسموا أمرهم.",
    ],
)
def test_figures_that_indicate_in_the_present_are_narration_not_a_statement(paragraph):
    """Feature copy's "وتشير التقديرات إلى أن ...": no one says it, so nothing is read (an import would otherwise
    warn of a statement naming no speaker for each such line), while a person in the same tense is read."""
    assert read(paragraph) == []
    [(_kind, speaker, _title, _text)] = read("وتشير الباحثة منى الخطيب إلى أن مليوني شخص نزحوا منذ أبريل.")
    assert speaker == "منى الخطيب"


def test_nasabat_ila_x_qawlahu_quotes_x():
    [statement] = Attribution().statements("ونسبت الصحيفة إلى مسؤول حكومي قوله إن الاتفاق تأجل.", 1)
    assert statement.speaker.is_anonymous
    assert statement.speaker.label == "مسؤول حكومي"


def test_what_an_outlet_reports_from_someone_without_qawlahu_is_theirs():
    [statement] = Attribution().statements("ونقلت الوكالة عن سكان في المخيم أن الجرافات هدمت ثلاثة منازل.", 1)
    assert statement.speaker.is_anonymous
    assert statement.speaker.label == "سكان في المخيم"
    assert statement.text == "الجرافات هدمت ثلاثة منازل"


def test_fi_hin_opens_the_next_speakers_sentence():
    [statement] = Attribution().statements("في حين ذكر مصدر أمني مطلع أن الطريق أعيد فتحه.", 1)
    assert statement.speaker.label == "مصدر أمني مطلع"


@pytest.mark.parametrize(
    "carriers",
    ["زوار", "مقربون من", "أوساط"],
)
def test_those_who_carry_a_persons_words_are_not_the_speaker(carriers):
    [(kind, speaker, title, text)] = read(
        f"ونقل {carriers} وزير الداخلية فهد العنزي عنه قوله إن القرار نهائي ولا عودة عنه."
    )
    assert (kind, speaker, title, text) == (PARAPHRASE, "فهد العنزي", "وزير الداخلية", "القرار نهائي ولا عودة عنه")


def test_according_to_without_a_comma_before_fa_inna():
    [(_kind, speaker, title, text)] = read("وبحسب المتحدث باسم الوزارة حسام عيسى فإن الحملة ستستمر أسبوعًا.")
    assert (speaker, title, text) == ("حسام عيسى", "المتحدث باسم الوزارة", "الحملة ستستمر أسبوعًا")


def test_a_quotation_then_according_to_someone_is_theirs():
    found = read(
        "قال وزير الاتصال سعيد الخمليشي إن الحكومة ماضية في الإصلاح.",
        "«لن نتراجع عن رفع الدعم تدريجيًا»، وفق الخمليشي.",
        "«المدارس ستفتح في موعدها»، بحسب المدير العام للتعليم كريم الفاسي.",
    )
    assert [(kind, speaker) for kind, speaker, _title, _text in found] == [
        (PARAPHRASE, "سعيد الخمليشي"),
        (DIRECT, "سعيد الخمليشي"),
        (DIRECT, "كريم الفاسي"),
    ]
    # inside a sentence that is already someone's, "بحسب ما نقلت الوكالة" is whose report it is
    [(_kind, _speaker, _title, text)] = read("وقال الوزير سعيد الخمليشي إن القرار نهائي، بحسب ما نقلت الوكالة.")
    assert text == "القرار نهائي"


def test_a_blessing_after_the_speaker_is_not_the_words():
    [(_kind, speaker, _title, text)] = read(
        "أكد صاحب السمو الشيخ حمد بن سالم القاسمي حاكم الإمارة، حفظه الله، أن التعليم أولوية وطنية."
    )
    assert (speaker, text) == ("حمد بن سالم القاسمي", "التعليم أولوية وطنية")


def test_a_leading_phrase_after_a_dateline_with_bayna_between():
    [(_kind, speaker, _title, text)] = read(
        "عمّان (بترا) - بعد يومين من المحادثات بين الوفدين الأردني والعراقي، قال وزير الطاقة هاني الزعبي إن "
        "الاتفاق سيوقع الشهر المقبل."
    )
    assert (speaker, text) == ("هاني الزعبي", "الاتفاق سيوقع الشهر المقبل")


def test_an_occasion_between_commas_does_not_make_a_subject_too_long():
    [(_kind, speaker, _title, _text)] = read(
        "وقال نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين سامي الحديد، خلال اتصال هاتفي مع المفوض الأوروبي "
        "لشؤون الجوار والتوسع والسياسة الإقليمية كارلوس مارتينيز، إن المنطقة لا تحتمل تصعيدًا جديدًا."
    )
    assert speaker == "سامي الحديد"


@pytest.mark.parametrize("abbreviation", ["د.", "م.", "أ.د."])
def test_an_abbreviated_title_is_no_sentence_end_and_no_part_of_the_name(abbreviation):
    [(_kind, speaker, _title, text)] = read(f"وقال {abbreviation} هشام الزيدي إن المرحلة حرجة.")
    assert (speaker, text) == ("هشام الزيدي", "المرحلة حرجة")


def test_a_time_before_the_subject_is_not_the_speaker_before():
    found = read(
        "قالت مصادر محلية إن القصف توقف ليلًا.",
        "وقال يوم أمس وزير الداخلية سامر الحلبي، في اجتماع مع المحافظين، إن الأمن «مستتب».",
        "وأكد الخميس الماضي، رئيس الوزراء خالد العمري أن الحكومة باقية.",
        "وقال أمس إن الوضع هادئ.",  # a time and no subject: the speaker before
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        ("مصادر محلية", ""),
        ("سامر الحلبي", "وزير الداخلية"),
        ("خالد العمري", "رئيس الوزراء"),
        ("خالد العمري", "رئيس الوزراء"),
    ]


def test_a_speaker_line_with_a_colon_and_the_whole_quotation_outside_a_live_page():
    found = read(
        "يورغن باور، المتحدث باسم نقابة عمال المعادن: «نريد ضمانات مكتوبة بشأن الأجور».",
        "المتحدثة باسم وزارة المالية ليلى الحداد: «العجز سيتراجع العام المقبل».",
    )
    assert found == [
        ("direct", "يورغن باور", "المتحدث باسم نقابة عمال المعادن", "نريد ضمانات مكتوبة بشأن الأجور"),
        ("direct", "ليلى الحداد", "المتحدثة باسم وزارة المالية", "العجز سيتراجع العام المقبل"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "عاجل: «الحكومة تستقيل».",  # a tag, no name
        "كلمة السر: «الصبر».",  # words that read as a name, with no post
        "الخارجية الأردنية: «ندين الاقتحام».",  # a ministry
    ],
)
def test_a_line_with_a_colon_and_no_named_post_holder_is_no_new_person(paragraph):
    assert [speaker for _kind, speaker, _title, _text in read(paragraph)] in ([], [None])


@pytest.mark.parametrize(
    "paragraph",
    [
        "وعلق معاليه على مخصصات الدعم: «لن نمس الإنفاق الاجتماعي».",  # a verb no list holds, before the colon
        "وتوجه رئيس الدولة إلى المواطنين: «السيادة للشعب».",
    ],
)
def test_a_verb_before_a_colon_is_no_speaker_line(paragraph):
    speakers = [speaker for _kind, speaker, _title, _text in read(paragraph)]
    assert not any(speaker and speaker.startswith("و") for speaker in speakers)
    assert "مخصصات الدعم" not in speakers


@pytest.mark.parametrize(
    ("paragraph", "speaker", "text"),
    [
        # ب before a verbal noun of four letters (تفعّل): "نوّه بتحسن"، "أشاد بتقدم"
        ("ونوّه رئيس الغرفة سمير حداد بتحسن مناخ الاستثمار.", "سمير حداد", "تحسن مناخ الاستثمار"),
        # بـ with a tatweel before the words, quoted or not: no name is written so
        (
            'وطالب رئيس البلدية كمال عيسى الحكومة بـ"تحرك عاجل لإصلاح الطرق".',
            "كمال عيسى",
            'الحكومة بـ"تحرك عاجل لإصلاح الطرق"',
        ),
        # a name that starts with ب stays the speaker's
        ("وطالبت بتول الشمري بتحسين الخدمات.", "بتول الشمري", "تحسين الخدمات"),
        ("ونوّه بلحسن بتطور الصادرات.", "بلحسن", "تطور الصادرات"),
    ],
)
def test_the_object_of_a_verb_taking_bi(paragraph, speaker, text):
    assert [(found_speaker, found_text) for _kind, found_speaker, _title, found_text in read(paragraph)] == [
        (speaker, text)
    ]


@pytest.mark.parametrize(
    ("paragraph", "kind", "text"),
    [
        # لأنه after why the source is unnamed is "because", never where the words start
        (
            'وقال دبلوماسي غربي، طلب عدم ذكر اسمه لأنه غير مخول بالتصريح، "المفاوضات لم تنته بعد".',
            DIRECT,
            "المفاوضات لم تنته بعد",
        ),
        (
            "وقال مصدر حكومي، طلب عدم الكشف عن هويته لأنه غير مخول بالحديث للإعلام، إن الموازنة ستقر قريبًا.",
            PARAPHRASE,
            "الموازنة ستقر قريبًا",
        ),
        # after a verb that takes إلى, لأن is إلى أن, as some desks write it
        ("وأشار مدير الميناء لأن الحركة عادت إلى طبيعتها.", PARAPHRASE, "الحركة عادت إلى طبيعتها"),
    ],
)
def test_li_anna_is_because_except_after_a_verb_taking_ila(paragraph, kind, text):
    [(found_kind, _speaker, _title, found_text)] = read(paragraph)
    assert (found_kind, found_text) == (kind, text)


@pytest.mark.parametrize(
    "outlet",
    ["لقناة بي إن سبورتس", "لشبكة سي إن إن", "لشبكة إن بي سي", "لقناة سي إن بي سي"],
)
def test_an_outlet_named_by_letters_with_in_among_them_is_not_where_the_words_start(outlet):
    [(_kind, speaker, _title, text)] = read(f"وقال المهاجم كريم بنزيمة {outlet} إن الفريق جاهز للنهائي.")
    assert (speaker, text) == ("كريم بنزيمة", "الفريق جاهز للنهائي")


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        # a platform by its name is where it was written, never the end of a name
        (
            "وكتبت الناشطة ليلى سويف على فيسبوك: «ما زلنا ننتظر».",
            [("direct", "ليلى سويف", "الناشطة", "ما زلنا ننتظر")],
        ),
        (
            "وقال المتحدث العسكري نبيل خوري عبر تلغرام إن القصف توقف.",
            [("paraphrase", "نبيل خوري", "المتحدث العسكري", "القصف توقف")],
        ),
        # what was written on a thing is said by no one
        ('ورفع المحتجون لافتات كتب عليها "لا للغلاء".', []),
    ],
)
def test_where_words_were_written(paragraph, found):
    assert read(paragraph) == found


def test_a_clause_an_outlet_reports_from_someone_at_the_end_of_its_sentence_is_theirs():
    found = read(
        "وتستعد أنقرة لفتح قنصلية جديدة في أربيل، وفق ما نقلت وكالة «الأناضول» عن وزير الخارجية التركي هاكان فيدان."
    )
    assert found == [
        (PARAPHRASE, "هاكان فيدان", "وزير الخارجية التركي", "تستعد أنقرة لفتح قنصلية جديدة في أربيل"),
    ]


def test_an_outlets_report_at_the_end_of_words_already_attributed_changes_nothing():
    found = read("قال المتحدث باسم الحكومة سامي نادر إن الوفد سيصل غدًا، وفق ما نقلت صحيفة «النهار» عن مصدر.")
    assert found == [(PARAPHRASE, "سامي نادر", "المتحدث باسم الحكومة", "الوفد سيصل غدًا")]


@pytest.mark.parametrize(
    "after",
    ["بحسب ما قاله الخبير الاقتصادي سمير نصار", "هكذا علّق الخبير الاقتصادي سمير نصار في حديث للإذاعة"],
)
def test_a_quotation_then_who_said_it(after):
    found = read(f"«الأسعار سترتفع مجددًا في الربيع»، {after}.")
    assert found == [(DIRECT, "سمير نصار", "الخبير الاقتصادي", "الأسعار سترتفع مجددًا في الربيع")]


@pytest.mark.parametrize("according", ["ووفقاً للوزير", "ووفقًا للوزير", "ووفقا للوزير"])
def test_according_to_with_tanween_before_the_alif_and_the_article_after_li(according):
    found = read(
        "قال وزير المالية الأردني سامي حداد إن العجز سيتراجع هذا العام.",
        f"{according}، فإن الإيرادات ارتفعت بنسبة 8 في المئة.",
    )
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [
        ("سامي حداد", "العجز سيتراجع هذا العام"),
        ("سامي حداد", "الإيرادات ارتفعت بنسبة 8 في المئة"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        'وزير الطاقة وليد فياض لـ"الجديد": "التغذية بالكهرباء ستتحسن خلال أيام"',
        "مدير مستشفى صور الحكومي الدكتور نبيل حمود: «التغذية بالكهرباء ستتحسن خلال أيام»",
    ],
)
def test_a_live_line_opening_with_a_post_then_a_colon_and_the_quotation(line):
    found = read(line)
    assert [(kind, text) for kind, _speaker, _title, text in found] == [(DIRECT, "التغذية بالكهرباء ستتحسن خلال أيام")]
    assert found[0][1] in ("وليد فياض", "نبيل حمود")


def test_a_quotation_split_by_its_speaker_keeps_both_halves():
    found = read("«الحديقة ليست مجرد مشروع للزينة»، قالت وزيرة البيئة مريم الكعبي، «بل مساحة يتنفس فيها السكان».")
    assert found == [
        (DIRECT, "مريم الكعبي", "وزيرة البيئة", "الحديقة ليست مجرد مشروع للزينة"),
        (DIRECT, "مريم الكعبي", "وزيرة البيئة", "بل مساحة يتنفس فيها السكان"),
    ]


@pytest.mark.parametrize(
    "opening",
    ["في أول رد رسمي على الاتهامات،", "وفي ردها على سؤال للصحفيين،", "عقب تصريح مثير للجدل أمس،"],
)
def test_a_speech_verbs_letters_after_a_preposition_or_ordinal_are_a_noun_in_a_leading_phrase(opening):
    # رد، تصريح: nouns here, so the phrase is no sentence of its own and the verb after its comma opens the statement
    found = read(f"{opening} قال وليد سعيد الأغبري، المتحدث باسم الهيئة، إن المخزون يكفي ستة أشهر.")
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [
        ("وليد سعيد الأغبري", "المخزون يكفي ستة أشهر")
    ]


def test_a_verb_behind_wa_after_a_quotation_and_a_comma_is_the_speaker_going_on():
    # "«…»، ونصحت X بـ ...": not "«…»، قالت X" (who said the quotation), but a clause of the same speaker's
    found = read(
        'من جهتها، حذّرت طبيبة العيون الدكتورة رنا العلي من أن "الشاشات ترهق أعين الصغار"، ونصحت أولياء الأمور'
        " بتقليل ساعات الاستخدام يوميًا."
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["رنا العلي", "رنا العلي"]
    assert found[0][3] == "الشاشات ترهق أعين الصغار"


def test_whom_one_told_stands_between_the_speaker_and_that():
    # "وأبلغ X "النهار" أن ..."، "وأبلغت X الصحفيين أن ...": told, an outlet in quotation marks or a group
    assert read('وأبلغ مصدر حكومي مطلع "النهار" أن الاتصالات مستمرة لكنها بطيئة.') == [
        (PARAPHRASE, "مصدر حكومي مطلع", "", "الاتصالات مستمرة لكنها بطيئة")
    ]
    assert read("وأبلغت وزيرة التخطيط ريم حداد الصحفيين أن الموازنة ستحال إلى البرلمان الأسبوع المقبل.") == [
        (PARAPHRASE, "ريم حداد", "وزيرة التخطيط", "الموازنة ستحال إلى البرلمان الأسبوع المقبل")
    ]

"""Speech verbs in Arabic copy as desks write it (arabic_speech/verbs.py): the verbs and participles that attribute
words, the tenses of feature copy, and verbs that look like speech but are not. Sentences written for these tests in
the styles of wire services and Gulf, Levantine, Egyptian and Maghrebi papers."""

import re

import pytest

from tests.timeline.importing.reading import read
from timeline.importing.parsed import DIRECT, PARAPHRASE


@pytest.mark.parametrize(
    ("verb", "rest", "text"),
    [
        ("ذكر", "أن القافلة وصلت إلى المعبر", "القافلة وصلت إلى المعبر"),
        ("أفاد", "بأن الطريق أعيد فتحه", "الطريق أعيد فتحه"),
        ("أعلن", "أن الجولة المقبلة ستعقد في مسقط", "الجولة المقبلة ستعقد في مسقط"),
        ("كشف", "عن اتصالات تجري بعيدًا عن الأضواء", "اتصالات تجري بعيدًا عن الأضواء"),
        ("أردف", "أن المهلة تنتهي الأحد", "المهلة تنتهي الأحد"),
        ("حذّر", "من انهيار الهدنة في أي لحظة", "انهيار الهدنة في أي لحظة"),
        ("أعرب", "عن قلقه البالغ إزاء تدهور الوضع الإنساني", "قلقه البالغ إزاء تدهور الوضع الإنساني"),
        ("نفى", "أن يكون الوفد قد انسحب", "يكون الوفد قد انسحب"),
        ("دعا", "إلى ضبط النفس وتغليب الحوار", "ضبط النفس وتغليب الحوار"),
        ("طالب", "بوقف فوري لإطلاق النار", "وقف فوري لإطلاق النار"),
        ("رأى", "أن الفرصة ما زالت قائمة", "الفرصة ما زالت قائمة"),
        ("اعتبر", "أن القرار خطوة في الاتجاه الصحيح", "القرار خطوة في الاتجاه الصحيح"),
    ],
)
def test_speech_verbs(verb, rest, text):
    [(kind, speaker, _title, found)] = read(f"و{verb} وزير الخارجية العماني بدر البوسعيدي {rest}.")
    assert (kind, speaker, found) == (PARAPHRASE, "بدر البوسعيدي", text)


def test_an_earlier_statement_with_wasabaqa_an():
    found = read("وسبق أن قال وزير الخارجية الجزائري أحمد عطاف إن بلاده ترفض أي تدخل أجنبي في ليبيا.")
    assert found == [(PARAPHRASE, "أحمد عطاف", "وزير الخارجية الجزائري", "بلاده ترفض أي تدخل أجنبي في ليبيا")]


@pytest.mark.parametrize(
    ("participle", "second"),
    [
        ("عازيًا", "ذلك إلى تراجع الطلب على الحديد"),
        ("مرجعًا", "ذلك إلى تراجع الطلب على الحديد"),
        ("مقدّرًا", "ذلك بنحو 30 مليون دينار"),
    ],
)
def test_putting_it_down_to_or_putting_a_figure_on_it_is_a_statement_of_its_own(participle, second):
    found = read(f"وقال مدير الميناء سامر الحلبي إن الحركة تراجعت بنسبة الثلث، {participle} {second}.")
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [
        ("سامر الحلبي", "الحركة تراجعت بنسبة الثلث"),
        ("سامر الحلبي", second),
    ]


def test_via_is_not_expressed():
    [(_kind, speaker, _title, text)] = read(
        'وقال الوزير حاتم الزعبي إن الطلبات "ستقدم إلكترونيًا" عبر بوابة الحكومة الرقمية.'
    )
    assert (speaker, text) == ("حاتم الزعبي", 'الطلبات "ستقدم إلكترونيًا" عبر بوابة الحكومة الرقمية')


@pytest.mark.parametrize("but", ["غير أنه", "إلا أنه", "بيد أنه"])
def test_but_he_goes_on_with_a_verb_of_his_own(but):
    found = read(f"وقال الخبير الزراعي رامي الخطيب إن المحصول جيد هذا العام، {but} حذر من أن الأسعار قد تنهار.")
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [
        ("رامي الخطيب", "المحصول جيد هذا العام"),
        ("رامي الخطيب", "الأسعار قد تنهار"),
    ]


@pytest.mark.parametrize(
    ("then", "kind", "text"),
    [
        ('أما الفريق ركن الكندي فاكتفى بالقول للصحفيين إن "الطريق سيفتتح".', DIRECT, "الطريق سيفتتح"),
        ("واكتفى الكندي بالقول إن المشروع تأخر.", PARAPHRASE, "المشروع تأخر"),
        ('واكتفى بالقول: "المشروع تأخر".', DIRECT, "المشروع تأخر"),  # no one named: the speaker before
    ],
)
def test_who_kept_to_saying_the_words_said_them(then, kind, text):
    found = read("قال الفريق ركن سالم الكندي إن الجيش جاهز.", then)
    assert [speaker for _kind, speaker, _title, _text in found] == ["سالم الكندي", "سالم الكندي"]
    assert (found[1][0], found[1][3]) == (kind, text)


def test_an_answer_with_bil_qawl_is_a_statement():
    [(_kind, speaker, title, text)] = read(
        "ورد وزير الطاقة هشام الخطيب على أسئلة النواب بالقول إن الأسعار لن ترتفع قبل الصيف."
    )
    assert (speaker, title, text) == ("هشام الخطيب", "وزير الطاقة", "الأسعار لن ترتفع قبل الصيف")


def test_a_present_opinion_verb_after_amma_and_not_the_impersonal_passive():
    found = read(
        "أما الباحث الاقتصادي سعيد القاسمي فيعتقد أن الأسعار ستستقر قبل الصيف.",
        "وزار الوفد قلعة البحرين، حيث يُعتقد أن المدينة الأولى قامت في موقعها.",
    )
    assert [(speaker, text) for _kind, speaker, _title, text in found] == [("سعيد القاسمي", "الأسعار ستستقر قبل الصيف")]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "text"),
    [
        ("وتعهد وزير المالية سالم العبيدي بأن الرواتب ستصرف قبل العيد.", "سالم العبيدي", "الرواتب ستصرف قبل العيد"),
        (
            "على حد قول وزير الخارجية سامي النعيمي، فإن المفاوضات وصلت إلى طريق مسدود.",
            "سامي النعيمي",
            "المفاوضات وصلت إلى طريق مسدود",
        ),
        ("وحسبما أفاد مدير المستشفى أحمد الحلو، فإن 20 جريحا وصلوا ليلًا.", "أحمد الحلو", "20 جريحا وصلوا ليلًا"),
        (
            "وشدد المتحدث باسم الوزارة علي الخالدي في كلمته على أن الحوار هو الحل.",
            "علي الخالدي",
            "الحوار هو الحل",
        ),
    ],
)
def test_a_promise_according_to_forms_and_the_name_ali_before_ala(paragraph, speaker, text):
    [(_kind, found_speaker, _title, found_text)] = read(paragraph)
    assert (found_speaker, found_text) == (speaker, text)


def test_a_participle_before_the_colon_is_not_part_of_who_spoke():
    found = read(
        "قال مدير الأمن العام اللواء سامي الفارس إن الطرق آمنة.",
        'وتابع المدير قائلًا: "لن نسمح بأي خرق".',
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["سامي الفارس", "سامي الفارس"]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "text"),
    [
        (
            "وتشير سعاد الطاهر، وهي معلمة من الفاشر، إلى أن المدارس أغلقت منذ عام.",
            "سعاد الطاهر",
            "المدارس أغلقت منذ عام",
        ),
        ("ويوضح الباحث الاجتماعي كمال الزين أن الظاهرة تتسع.", "كمال الزين", "الظاهرة تتسع"),
        ("ويشدد المحامي سالم العلوي على أن القانون واضح.", "سالم العلوي", "القانون واضح"),
        ("وفي حديثه للإذاعة، يقول الطبيب حسن الأمين إن الأدوية نفدت.", "حسن الأمين", "الأدوية نفدت"),
    ],
)
def test_the_present_of_feature_copy_and_a_family_name_that_is_a_post(paragraph, speaker, text):
    [(_kind, found_speaker, _title, found_text)] = read(paragraph)
    assert (found_speaker, found_text) == (speaker, text)


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("قالت", "قالت"),  # the longer word wins over the word it begins with
        ("قال", "قال"),
        ("قالوا", "قال"),  # a word the list does not hold: its longest listed beginning
        ("أضاف", "أضاف"),  # any hamza form
        ("على هامش", "على هامش"),  # words of two, with the space between them
        ("على  هامشِ", "على  هامشِ"),  # two spaces, and harakat
        ("علي", "علي"),  # ى and ي are one letter
    ],
)
def test_alternatives_match_the_longest_listed_word_however_spelt(text: str, matched: str) -> None:
    from timeline.importing.arabic_speech.lexicon import _alternatives

    pattern = re.compile(_alternatives(["قال", "قالت", "اضاف", "على", "على هامش"]))
    assert pattern.match(text).group() == matched


def test_claimed_and_expressed_are_speech():
    [(_kind, speaker, _title, text)] = read("وزعم المتحدث باسم الشرطة عادل حمدان أن المتظاهرين بدأوا بالعنف.")
    assert (speaker, text) == ("عادل حمدان", "المتظاهرين بدأوا بالعنف")
    [(_kind, speaker, _title, text)] = read(
        "وأبدى المبعوث الأممي سالم الدباغ قلقه العميق إزاء تدهور الوضع في المخيمات."
    )
    assert (speaker, text) == ("سالم الدباغ", "قلقه العميق إزاء تدهور الوضع في المخيمات")


def test_tweeted_is_speech():
    [(kind, speaker, title, text)] = read(
        "وغرّد وزير الخارجية الكويتي عبدالله اليحيا عبر حسابه على إكس: «الكويت تقف مع الشرعية الدولية»."
    )
    assert (kind, speaker, title, text) == (
        DIRECT,
        "عبدالله اليحيا",
        "وزير الخارجية الكويتي",
        "الكويت تقف مع الشرعية الدولية",
    )


def test_an_answer_with_no_name_is_the_speaker_befores():
    found = read(
        "وقال وزير النقل فادي حداد في مؤتمر صحفي: «الطريق سيفتتح في الربيع».",
        "وعن كلفة المشروع، أجاب: «لن تتجاوز ما أقره البرلمان».",
        "وأجاب الوزير عن أسئلة النواب حول الموازنة.",
    )
    assert found == [
        (DIRECT, "فادي حداد", "وزير النقل", "الطريق سيفتتح في الربيع"),
        (DIRECT, "فادي حداد", "وزير النقل", "لن تتجاوز ما أقره البرلمان"),
    ]


def test_who_ended_a_talk_saying_words_said_them():
    found = read(
        "وقال رئيس البلدية طارق منصور إن الأشغال ستنتهي قبل الصيف.",
        "وختم منصور حديثه للصحفيين أمام مبنى البلدية قائلًا: «المدينة تستحق الأفضل».",
        "واختتمت وزيرة الثقافة هند السالم كلمتها في الحفل قائلة: «الثقافة جسر بين الشعوب».",
    )
    assert found[1:] == [
        (DIRECT, "طارق منصور", "رئيس البلدية", "المدينة تستحق الأفضل"),
        (DIRECT, "هند السالم", "وزيرة الثقافة", "الثقافة جسر بين الشعوب"),
    ]


@pytest.mark.parametrize(
    ("but", "verb"),
    [("لكنهما", "أضافا"), ("لكنهم", "أضافوا"), ("ولكنهما", "أوضحا")],
)
def test_but_they_added_is_a_second_statement_by_the_same_speakers(but, verb):
    found = read(f"وقال دبلوماسيان غربيان إن المفاوضات تقدمت هذا الأسبوع، {but} {verb} أن الاتفاق ما زال بعيدًا.")
    assert [text for _kind, _speaker, _title, text in found] == [
        "المفاوضات تقدمت هذا الأسبوع",
        "الاتفاق ما زال بعيدًا",
    ]


def test_reminding_is_a_participle_that_ends_a_call_before_it():
    # "، مذكرًا بأن ...": a statement of its own; the call before it keeps its إلى, and whom it is made on is not
    # read into the speaker's name
    found = read(
        "وقال الناطق باسم الحماية المدنية نسيم برناوي إن الفرق تدخلت ليلًا.",
        'ودعا برناوي السائقين إلى "توخي الحذر" على الطرق الجبلية، مذكرًا بأن النشرية الجوية سارية حتى الغد.',
    )
    assert [(speaker, text) for _kind, speaker, _title, text in found[1:]] == [
        ("نسيم برناوي", 'السائقين إلى "توخي الحذر" على الطرق الجبلية'),
        ("نسيم برناوي", "النشرية الجوية سارية حتى الغد"),
    ]


def test_kept_to_saying_after_a_leading_phrase_and_commented_by_saying():
    # "وعن X، اكتفى بالقول: «…»": after a leading phrase and its comma, the speaker before kept to these words
    found = read("وقال الوزير سامر النجار إن المفاوضات مستمرة. وعن موعد التوقيع، اكتفى بالقول: «كل شيء في وقته».")
    assert found[1] == (DIRECT, "سامر النجار", "الوزير", "كل شيء في وقته")
    # "وعلّق X على القرار بالقول: «…»": commented by saying, a body's quoted name in the post
    found = read('وعلّق رئيس نقابة "المهن الحرة" فادي سلوم على القرار بالقول: «خطوة في الاتجاه الصحيح».')
    assert found == [(DIRECT, "فادي سلوم", 'رئيس نقابة "المهن الحرة"', "خطوة في الاتجاه الصحيح")]

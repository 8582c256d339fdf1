"""Who is who in Arabic copy (arabic_speech/mentions.py): pronouns, posts, nationalities and shortened names that refer
back to someone named before, in a statement or in narration. Sentences written for these tests in the styles of wire
services and Gulf, Levantine, Egyptian and Maghrebi papers."""

import pytest

from tests.timeline.importing.reading import read
from timeline.importing.attribution import Attribution
from timeline.importing.parsed import PARAPHRASE


def test_pronouns_titles_and_honorific_pronouns_refer_back():
    found = read(
        "قال وزير الخارجية الكويتي عبدالله اليحيا إن بلاده تدعم التهدئة.",
        "وأكد أن الاتصالات لم تنقطع.",
        "وقال سموه إن الكويت ستبقى وسيطًا نزيهًا.",
        "من جهته، قال مسؤول في الخارجية الإيرانية إن طهران تدرس المقترح.",
        "وأضاف المسؤول أن الرد سيأتي خلال أيام.",
        "وشدد الوزير على أن الحل سياسي.",
    )
    speakers = [speaker for _kind, speaker, _title, _text in found]
    assert speakers == [
        "عبدالله اليحيا",
        "عبدالله اليحيا",
        "عبدالله اليحيا",
        "مسؤول في الخارجية الإيرانية",
        "مسؤول في الخارجية الإيرانية",
        "عبدالله اليحيا",
    ]


def test_transliteration_variants_are_one_speaker():
    attribution = Attribution()
    first = attribution.statements("قال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن العالم يقف أمام مفترق.", 1)
    attribution.new_bulletin()
    second = attribution.statements("وقال غوتيريس إن المساعدات يجب أن تتدفق.", 3)
    attribution.new_bulletin()
    third = attribution.statements("قال المتحدث ستيفان دوجاريك إن الأمين العام قلق.", 5)
    fourth = attribution.statements("وأضاف دوغاريك أن الاتصالات جارية.", 6)
    assert first[0].speaker is second[0].speaker
    assert third[0].speaker is fourth[0].speaker


def test_a_name_with_its_lineage_cut_short_is_the_same_person():
    attribution = Attribution()
    paragraphs = [
        "استقبل صاحب السمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية اليوم وزير خارجية البرازيل.",
        "وقال سمو الشيخ عبدالله بن زايد إن العلاقات بين البلدين تشهد نموا متواصلا.",
        "وأكد الأمير فيصل بن فرحان أن المملكة تدعم الحل السياسي.",
        "وقال الأمير فيصل بن فرحان بن عبدالله وزير الخارجية إن الاجتماع المقبل سيعقد في الرياض.",
    ]
    found = [statement for line, text in enumerate(paragraphs, 1) for statement in attribution.statements(text, line)]
    # One person each, known by the fullest form the text gives (the writer stores that one).
    assert [statement.speaker.label for statement in found] == [
        "عبدالله بن زايد آل نهيان",
        "فيصل بن فرحان بن عبدالله",
        "فيصل بن فرحان بن عبدالله",
    ]
    assert found[1].speaker is found[2].speaker


def test_one_person_however_the_desk_names_them():
    attribution = Attribution()
    paragraphs = [
        "قال وزير الشؤون الاجتماعية هيكتور حجار إن البرنامج سيشمل ألف أسرة.",  # 1
        "قال النائب الأول لرئيس الوزراء وزير الدفاع الشيخ خالد جراح الصباح إن الجاهزية تامة.",  # 2
        "وأكد الشيخ خالد الجراح أن التمرين سيستمر ثلاثة أيام.",  # 3: the father's name with the article
        "قال رئيس حزب العمال عبد الرزاق مقري بن علي إن الحزب سيشارك في الانتخابات.",  # 4
        "وأضاف مقري أن القوائم ستعلن الأسبوع المقبل.",  # 5: called by a middle name
        "قال السيناتور الأمريكي ليندسي غراهام إن الكونغرس سيصوت على الحزمة.",  # 6
        "وقال ليندزي جراهام إن التصويت سيجري قريبا.",  # 7: another desk's letters
        "قال وزير النقل محمد الأمين ولد الشيخ إن الطريق سيفتح.",  # 8
        "وقال ول الشيخ إن الأشغال ستنتهي في الربيع.",  # 9: ول for ولد
    ]
    found = [statement for line, text in enumerate(paragraphs, 1) for statement in attribution.statements(text, line)]
    speakers = [statement.speaker for statement in found]
    assert speakers[1] is speakers[2]
    assert speakers[3] is speakers[4]
    assert speakers[5] is speakers[6]
    assert speakers[7] is speakers[8]
    assert len({id(speaker) for speaker in speakers}) == 5


def test_people_named_after_their_post_in_narration_are_known_to_what_follows():
    found = read(
        "وعقد وزير الخارجية العماني بدر بن حمد البوسعيدي مؤتمرًا صحفيًا مشتركًا مع وزير الخارجية الإيراني عباس "
        "عراقجي في مسقط.",
        "ودعا عراقجي الأطراف الغربية إلى العودة للمفاوضات دون شروط.",
        "وأكد البوسعيدي أن السلطنة مستعدة لاستضافة الجولة المقبلة.",
    )
    assert found == [
        (PARAPHRASE, "عباس عراقجي", "وزير الخارجية الإيراني", "الأطراف الغربية إلى العودة للمفاوضات دون شروط"),
        (PARAPHRASE, "بدر بن حمد البوسعيدي", "وزير الخارجية العماني", "السلطنة مستعدة لاستضافة الجولة المقبلة"),
    ]


def test_a_representative_named_in_narration_is_known_with_her_post():
    found = read(
        "بحث وزير التربية نادر الخطيب مع ممثلة منظمة اليونيسف في الأردن سارة فيرنانديز سبل دعم المدارس.",
        "وأشارت فيرنانديز إلى أن المنظمة ستمول صيانة 40 مدرسة.",
    )
    assert found == [(PARAPHRASE, "سارة فيرنانديز", "ممثلة منظمة اليونيسف في الأردن", "المنظمة ستمول صيانة 40 مدرسة")]


def test_a_deputy_named_in_narration_keeps_the_whole_post():
    found = read(
        "استقبل نائب رئيس الوزراء وزير الداخلية سالم الدوسري وفدًا من رجال الأعمال، وقال إن الاستثمارات مرحب بها."
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        ("سالم الدوسري", "نائب رئيس الوزراء وزير الداخلية")
    ]


def test_a_first_name_and_surname_without_the_middle_is_the_one_named_in_full():
    found = read(
        "أكد وزير النفط الشيخ نواف سعود العبدالله اليوم أن الإنتاج مستقر.",
        "وقال الشيخ نواف العبدالله للصحفيين إن الصادرات لن تتأثر.",
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        ("نواف سعود العبدالله", "وزير النفط"),
        ("نواف سعود العبدالله", "وزير النفط"),
    ]


def test_the_same_official_is_the_speaker_just_named():
    found = read(
        "قال مدير الدفاع المدني في المحافظة سامر حداد إن الحريق أخمد بعد ثلاث ساعات.",
        "وأوضح المسؤول ذاته أن الأضرار اقتصرت على المستودع.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["سامر حداد", "سامر حداد"]


def test_a_nationality_refers_back_to_the_one_whose_post_names_the_country():
    found = read(
        "قال وزير خارجية جمهورية كينيا موسى كاماو إن بلاده تدعم الوساطة.",
        "وأضاف الوزير الكيني أن الجولة المقبلة تعقد في نيروبي.",
        "وأوضح الوزير الأردني أن عمّان مستعدة لاستضافة الجولة التالية.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["موسى كاماو", "موسى كاماو", None]


def test_an_age_is_no_name_and_a_description_with_it_refers_back():
    found = read(
        "قالت سلمى حداد، وهي طالبة في كلية الهندسة، إن الحافلات لا تصل إلى الحي بعد السادسة مساءً.",
        "وأضافت الشابة البالغة من العمر 19 عامًا أن أسرتها تدفع أجرة سيارة خاصة كل يوم.",
        "وقال الصياد أبو خليل، البالغ من العمر 58 عامًا: «البحر لم يعد يعطينا شيئًا».",
        "وقال وليد سعيد، 41 عامًا، إن المحل أغلق أبوابه منذ الشتاء.",
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        ("سلمى حداد", ""),
        ("سلمى حداد", ""),
        ("أبو خليل", "الصياد"),
        ("وليد سعيد", ""),
    ]
    assert found[1][3] == "أسرتها تدفع أجرة سيارة خاصة كل يوم"


def test_a_generic_noun_for_a_post_refers_back_to_the_latest_titled_speaker():
    found = read(
        "قال مدير مكتب الأوقاف في الموصل زياد الطائي إن ترميم الجامع سينتهي في الربيع.",
        "وأضاف المسؤول المحلي أن الكلفة بلغت ثلاثة ملايين دولار.",
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        ("زياد الطائي", "مدير مكتب الأوقاف في الموصل"),
        ("زياد الطائي", "مدير مكتب الأوقاف في الموصل"),
    ]


def test_a_generic_noun_with_another_nationality_is_not_the_latest_speaker():
    found = read(
        "قال وزير الخارجية الأردني هشام الطراونة إن الحدود ستبقى مفتوحة.",
        "وأضاف المسؤول الإيراني أن طهران لم تتلق أي رسالة.",
    )
    assert found[0][1] == "هشام الطراونة"
    assert [speaker for _kind, speaker, _title, _text in found[1:]] in ([], [None])


@pytest.mark.parametrize("reference", ["الناخب الوطني", "المدرب"])
def test_a_coach_is_referred_back_to_by_the_national_coach_or_the_coach(reference):
    found = read(
        "قال رامي الخطيب، المدير الفني لفريق الوحدات، إن فريقه استحق الفوز.",
        f"وأضاف {reference}: «سنلعب المباراة المقبلة بالتشكيلة نفسها».",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["رامي الخطيب", "رامي الخطيب"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "أعلنت أرامكو أن أرباحها تراجعت بنسبة 12 بالمئة في الربع الثاني.",  # a company
        "وقالت نواكشوط إن القرار لا يستهدف أي دولة مجاورة.",  # a capital no list holds
        "وأكدت بروكسل أنها ستفرض رسومًا إضافية على الواردات.",
        "وتقول سوناطراك إن الإنتاج سيرتفع العام المقبل.",
    ],
)
def test_one_word_with_a_feminine_verb_is_no_new_person(paragraph):
    assert [speaker for _kind, speaker, _title, _text in read(paragraph)] in ([], [None])


def test_one_word_with_a_feminine_verb_is_a_woman_named_before_or_described():
    found = read(
        "قالت وزيرة التنمية الاجتماعية سلمى حداد إن الدعم سيصل إلى 50 ألف أسرة.",
        "وقالت حداد إن التسجيل يبدأ الأحد.",
        "وقالت ليلى، وهي أم لثلاثة أطفال، إن المدرسة أغلقت أبوابها.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["سلمى حداد", "سلمى حداد", "ليلى"]


def test_an_honorific_pronoun_means_the_one_announced_with_that_courtesy_title():
    found = read(
        "استقبل معالي الشيخ خالد بن سعود الحارثي وزير الخارجية سعادة بيتر مولر سفير ألمانيا لدى السلطنة.",
        "وأكد معاليه خلال اللقاء أن العلاقات بين البلدين متينة.",
        "من جانبه، أعرب سعادته عن شكره لحفاوة الاستقبال.",
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        ("خالد بن سعود الحارثي", "وزير الخارجية"),
        ("بيتر مولر", "سفير ألمانيا"),
    ]


def test_an_honorific_pronoun_with_no_one_so_announced_is_the_speaker_before():
    found = read(
        "قال وزير النقل سالم الكندي إن الطريق سيفتتح الشهر المقبل.",
        "وأضاف معاليه أن الكلفة بلغت مليون ريال.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["سالم الكندي", "سالم الكندي"]


@pytest.mark.parametrize(
    ("courtesy", "pronoun"),
    [("فضيلة الشيخ", "فضيلته"), ("غبطة البطريرك", "غبطته"), ("نيافة المطران", "نيافته"), ("فضيلة الدكتورة", "فضيلتها")],
)
def test_the_honorific_pronouns_of_clerics_are_the_one_announced_never_a_person(courtesy, pronoun):
    found = read(
        f"أكد {courtesy} سليمان بن خالد العبري، رئيس اللجنة الدينية، أن البرنامج يشمل مئة مسجد.",
        f"وأشار {pronoun} إلى أن الدروس ستبث عبر الإذاعة.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["سليمان بن خالد العبري"] * 2


def test_a_coach_referred_back_to_by_nationality_is_the_one_introduced_with_it():
    found = read(
        "أكد البرتغالي نونو سانتوس، مدرب المنتخب الأردني، أن فريقه جاهز للمباراة.",
        "من جهته، أشار مدرب المنتخب العراقي حيدر العبيدي إلى أن لاعبيه استعدوا جيدًا.",
        "وأضاف المدرب البرتغالي أن الملعب «ليس في حالة جيدة».",
        "وقال المدرب العراقي إن الإصابات أثرت على التشكيلة.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == [
        "نونو سانتوس",
        "حيدر العبيدي",
        "نونو سانتوس",
        "حيدر العبيدي",
    ]


def test_a_coach_whose_nationality_the_text_does_not_give_is_still_the_coach():
    found = read(
        "قال مدرب الوحدات ماريو روسي إن فريقه لعب جيدًا.",
        "وأضاف المدرب الإيطالي: «الحكم لم يكن موفقًا».",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["ماريو روسي", "ماريو روسي"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "وقال مانشستر يونايتد في بيان إن المدافع سيغيب شهرًا.",  # a club
        "وقال أمازون في بيان إن الخدمة عادت إلى العمل.",  # a company
    ],
)
def test_a_name_with_no_post_speaking_in_a_statement_is_no_new_person(paragraph):
    assert [speaker for _kind, speaker, _title, _text in read(paragraph)] in ([], [None])


def test_someone_named_before_still_speaks_in_a_statement():
    found = read(
        "قال رئيس الوزراء سامي الحديد إن الحكومة باقية.",
        "وقال الحديد في بيان إن الإصلاحات ستستمر.",
        "وأضاف الحديد، في بيان لمكتبه، أن الموازنة ستقر.",
        "وقال مروان الشامي في بيان له إن الحزب سيشارك.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == [
        "سامي الحديد",
        "سامي الحديد",
        "سامي الحديد",
        "مروان الشامي",
    ]


def test_a_post_in_full_that_no_one_in_the_bulletin_holds_is_an_unnamed_speaker():
    found = read(
        "وقال الرئيس المدير العام للشركة، حمزة بن عيسى، إن الخط الجديد سيفتح في مارس.",
        "وقال وزير النقل إن الحكومة تدرس اقتناء 15 طائرة جديدة.",
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [
        ("حمزة بن عيسى", "الرئيس المدير العام للشركة"),
        ("وزير النقل", ""),
    ]


def test_a_post_that_someone_in_the_bulletin_holds_is_not_a_new_unnamed_speaker():
    # a minister named with another wording of the post: left for the editor (or found), never someone new
    found = read(
        "قال نائب رئيس الوزراء وزير الخارجية سامي الحداد إن الحكومة لن تسمح بالاعتداء على الجيران.",
        "وأكد وزير الخارجية العراقي أن الاتصالات مستمرة.",
    )
    assert "وزير الخارجية العراقي" not in [speaker for _kind, speaker, _title, _text in found]
    # the head of a body named before ("رئيس الاتحاد"، "مدير الشركة") is that body's head, named there
    found = read(
        "جدد سمير الحلو، رئيس الاتحاد الوطني لكرة القدم، ثقته في المدرب.",
        "وأشار رئيس الاتحاد إلى أن المعسكر سيبدأ الشهر المقبل.",
    )
    assert "رئيس الاتحاد" not in [speaker for _kind, speaker, _title, _text in found]


def test_someone_named_before_by_a_listed_body_s_word_is_still_who_speaks():
    found = read(
        "وقال رجل الأعمال فهد النصر إن السوق تتعافى.",
        "وأضاف النصر أن الطلب سيرتفع.",
        "وقال المحلل جون ميتا إن الأسهم ستتعافى.",
        "وأضاف ميتا أن الطلب سيرتفع.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["فهد النصر", "فهد النصر", "جون ميتا", "جون ميتا"]


def test_a_coach_named_in_narration_keeps_the_post_when_he_speaks_by_his_surname():
    found = read(
        "أعلن النادي التعاقد مع المدرب البرتغالي جواو سانتوس لقيادة الفريق حتى نهاية الموسم.",
        "وقال سانتوس إن الهدف هو العودة إلى المنافسة.",
    )
    assert [(speaker, title) for _kind, speaker, title, _text in found] == [("جواو سانتوس", "المدرب البرتغالي")]


@pytest.mark.parametrize(
    ("narration", "later", "speaker"),
    [
        # what they did next, behind و, ends the name a post introduced in narration
        (
            "استقبل وزير الخارجية في عمّان رئيس وزراء ماليزيا أنور إبراهيم وبحثا ملفات التعاون.",
            "وقال رئيس الوزراء الماليزي إن المحادثات كانت مثمرة.",
            "أنور إبراهيم",
        ),
        (
            "التقى معالي الدكتور سالم الكعبي وناقش معه خطط التطوير.",
            "وأكد معاليه أن الخطط تسير وفق الجدول.",
            "سالم الكعبي",
        ),
        # a guest named right after the host's post: the post that opens after a noun with the article is the guest's
        (
            "استقبل صاحب السمو الشيخ سعود بن راشد المعلا حاكم أم القيوين وزير الخارجية البرتغالي جواو غوميش "
            "واستعرضا العلاقات.",
            "وقال الوزير البرتغالي إن بلاده تتطلع إلى تعاون أوسع.",
            "جواو غوميش",
        ),
    ],
)
def test_narration_of_a_meeting_names_each_side_whole(narration, later, speaker):
    assert [found_speaker for _kind, found_speaker, _title, _text in read(narration, later)] == [speaker]


def test_the_same_one_written_before_the_noun_is_the_speaker_just_named():
    # "ذات المسؤول"، "نفس المصدر" (Maghrebi copy), as "المسؤول ذاته": never a person of its own
    found = read(
        "قال والي ولاية سطيف كمال نويصر إن الأشغال ستنتهي قبل الصيف.",
        "وأوضح ذات المسؤول أن الغلاف المالي رُصد.",
        "وأفاد مصدر من المديرية بأن المقاول تلقى إنذارًا.",
        "وأضاف نفس المصدر أن الآجال لن تمدد.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == [
        "كمال نويصر",
        "كمال نويصر",
        "مصدر من المديرية",
        "مصدر من المديرية",
    ]


def test_a_post_between_commas_after_a_name_announced_in_narration_is_the_role_of_its_pronoun():
    found = read(
        "افتتح سمو الشيخ حمد بن محمد الشرقي، عضو المجلس الأعلى حاكم الفجيرة، معرض الكتاب اليوم.",
        "وقال سموه إن الثقافة ركيزة التنمية.",
    )
    assert found == [(PARAPHRASE, "حمد بن محمد الشرقي", "عضو المجلس الأعلى حاكم الفجيرة", "الثقافة ركيزة التنمية")]


def test_a_name_in_narration_ends_before_a_bodys_noun_and_a_post_holds_no_tanween_but_a_measure():
    from timeline.importing.arabic_speech import titled_mentions

    # "زار الرئيس المكلف X Y قصر قرطاج": the palace is where he went, not the end of his name
    [mention] = titled_mentions("زار الرئيس المكلف مروان حداد قصر قرطاج صباح اليوم، والتقى رئيس الجمهورية.")
    assert (mention.name, mention.title) == ("مروان حداد", "الرئيس المكلف")
    # "الوزير مرفوقًا بـ ...": how the minister was, no post of someone named after it
    found = titled_mentions("وكان الوزير مرفوقًا بوالي وهران وإطارات من الشركة الوطنية.")
    assert not any(mention.title.startswith("الوزير") for mention in found)


def test_a_post_then_its_holder_between_commas_in_narration_is_who_a_surname_means_later():
    # "افتتحت رئيسة الهيئة ...، السيدة X Y، ...": the holder is known to what follows by the post
    found = read(
        "افتتحت رئيسة الهيئة الوطنية للوقاية من الرشوة، السيدة نادية العلمي، اليوم الثلاثاء بالدار البيضاء، الملتقى"
        " الجهوي للنزاهة.",
        "وأكدت السيدة العلمي، في كلمة بالمناسبة، أن الهيئة تلقت مئات الشكايات خلال السنة.",
    )
    assert found == [
        (
            PARAPHRASE,
            "نادية العلمي",
            "رئيسة الهيئة الوطنية للوقاية من الرشوة",
            "الهيئة تلقت مئات الشكايات خلال السنة",
        )
    ]


def test_after_a_name_the_next_clause_between_commas_is_no_holder():
    # "برئاسة النائب X Y، وأدى النواب اليمين،": the post had its name; what follows the comma is narration
    found = read(
        "وعقد المجلس جلسته الأولى برئاسة النائب الأكبر سنًا سالم الدليمي، وأدى الأعضاء اليمين القانونية، قبل رفعها.",
        "وقال الدليمي إن الجلسة ستبقى مفتوحة.",
    )
    assert [speaker for _kind, speaker, _title, _text in found] == ["سالم الدليمي"]

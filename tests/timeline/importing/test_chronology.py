"""Reading and writing the wire-text format: headers, dates, statements and speakers, on our own samples and on the
seed chronology."""

import contextlib
import datetime
from pathlib import Path

import pytest
from django.conf import settings
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from timeline.importing.attribution import Attribution
from timeline.importing.chronology import format_chronology, parse_chronology
from timeline.importing.dates import parse_date
from timeline.importing.headers import parse_header
from timeline.importing.lines import WireTextError, decode_lines, numbered_lines
from timeline.importing.parsed import DIRECT, PARAPHRASE

SEEDS = Path(settings.BASE_DIR).parent / "shared" / "seeds"
D = datetime.date


def parse(text: str):
    return list(parse_chronology(numbered_lines(text)))


def statements_of(*paragraphs: str):
    attribution = Attribution()
    found = []
    for line, paragraph in enumerate(paragraphs, start=1):
        found.extend(attribution.statements(paragraph, line))
    return [(s.kind, s.speaker.label if s.speaker else None, s.title, s.text) for s in found]


# --- headers and dates -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "number", "headline", "date"),
    [
        ("(18) بلينكن لا يتوقع اختراقات - 9 يناير 2022", 18, "بلينكن لا يتوقع اختراقات", D(2022, 1, 9)),
        ("(18)بلينكن لا يتوقع اختراقات- 9 يناير 2022", 18, "بلينكن لا يتوقع اختراقات", D(2022, 1, 9)),
        ("( ١٨ ) عنوان النشرة – ٩ يناير ٢٠٢٢", 18, "عنوان النشرة", D(2022, 1, 9)),
        ("(7) عنوان—1 إبريل 2022", 7, "عنوان", D(2022, 4, 1)),
        ("(7) عنوان - 1 أبريل 2022", 7, "عنوان", D(2022, 4, 1)),
        ("(3) جولة جديدة - 12 كانون الثاني 2022", 3, "جولة جديدة", D(2022, 1, 12)),
        ("(3) جولة جديدة - 12 تشرين الأول 2023", 3, "جولة جديدة", D(2023, 10, 12)),
        ("(3) جولة جديدة - 5 آب 2021", 3, "جولة جديدة", D(2021, 8, 5)),
        ("(3) جولة - 10 كانون الثاني/يناير 2022", 3, "جولة", D(2022, 1, 10)),
        ("(4) وقف إطلاق النار - هدنة جديدة - 2 شباط 2022", 4, "وقف إطلاق النار - هدنة جديدة", D(2022, 2, 2)),
        (
            "(18) Blinken does not expect breakthroughs - 9 January 2022",
            18,
            "Blinken does not expect breakthroughs",
            D(2022, 1, 9),
        ),
        ("(19) Talks open in Geneva – January 10, 2022", 19, "Talks open in Geneva", D(2022, 1, 10)),
        ("(20) Talks end — Jan 12 2022", 20, "Talks end", D(2022, 1, 12)),
    ],
)
def test_header_forms(line, number, headline, date):
    bulletin = parse_header(line, 1)
    assert bulletin is not None
    assert bulletin.errors == []
    assert (bulletin.number, bulletin.headline, bulletin.date) == (number, headline, date)


@pytest.mark.parametrize(
    "line",
    ["قال بلينكن إن المحادثات صعبة.", "(1) أولًا، لا بد من التهدئة", "(2023) كان عامًا صعبًا", "بدأ الاجتماع - 2022"],
)
def test_paragraphs_are_not_headers(line):
    assert parse_header(line, 1) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9 يناير 2022", D(2022, 1, 9)),
        ("٣١ ديسمبر ٢٠٢١", D(2021, 12, 31)),
        ("29 فبراير 2024", D(2024, 2, 29)),
        ("1 مايو 2022", D(2022, 5, 1)),
        ("1 أيار 2022", D(2022, 5, 1)),
        ("15 يونية 2022", D(2022, 6, 15)),
        ("15 حزيران 2022", D(2022, 6, 15)),
        ("4 تموز 2022", D(2022, 7, 4)),
        ("20 أيلول 2022", D(2022, 9, 20)),
        ("3 تشرين الثاني 2022", D(2022, 11, 3)),
        ("25 كانون الأول 2022", D(2022, 12, 25)),
        ("9 January 2022", D(2022, 1, 9)),
        ("January 9, 2022", D(2022, 1, 9)),
        ("September 30th, 2022", D(2022, 9, 30)),
    ],
)
def test_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("31 فبراير 2022", "is not a real date"),
        ("29 February 2023", "is not a real date"),
        ("31 أبريل 2022", "is not a real date"),
        ("9 رمضان 2022", "is not a month name"),
        ("9 يناير/شباط 2022", "is not a month name"),
        ("قبل يومين 2022", "is not a date"),
    ],
)
def test_bad_dates_say_why(text, problem):
    with pytest.raises(ValueError, match=problem):
        parse_date(text)


def test_an_impossible_date_in_a_header_is_an_error_on_its_line():
    bulletins = parse("(1) عنوان - 9 يناير 2022\nفقرة\n(2) عنوان آخر - 31 فبراير 2022\nفقرة")
    assert bulletins[0].errors == []
    [error] = bulletins[1].errors
    assert error.line == 3
    assert "31 فبراير 2022" in str(error)
    assert str(error).startswith("line 3:")


def test_a_number_twice_in_the_text_is_an_error_naming_both_lines():
    bulletins = parse("(5) أ - 1 يناير 2022\n(6) ب - 2 يناير 2022\n(5) ج - 3 يناير 2022")
    [error] = bulletins[2].errors
    assert (error.line, "appears twice: also on line 1" in error.message) == (3, True)


def test_empty_input_and_text_without_headers_are_errors():
    with pytest.raises(WireTextError, match="empty"):
        parse("\n  \n")
    with pytest.raises(WireTextError, match="no bulletin header") as error:
        parse("\nقال بلينكن إن الوضع خطير.")
    assert error.value.line == 2


def test_text_that_is_not_utf8_names_its_line():
    with pytest.raises(WireTextError) as error:
        list(decode_lines([b"(1) \xd8\xb9 - 1 January 2022\n", b"ok\n", b"bad \xff byte\n"]))
    assert error.value.line == 3
    assert "not UTF-8" in str(error.value)


def test_a_byte_order_mark_is_dropped():
    [(_number, text)] = list(decode_lines(["\ufeff(1) x - 1 January 2022".encode()]))
    assert text.startswith("(1)")


# --- text before the first header ------------------------------------------------------------------------------


def test_text_before_the_first_header_becomes_the_bulletin_below_it():
    fragment, first = parse("قال مسئول إن الوضع هادئ.\nوأضاف أن الحدود مغلقة.\n(8) عنوان - 3 مارس 2022\nفقرة.")
    assert (fragment.number, fragment.is_fragment, fragment.headline, fragment.date) == (7, True, "", None)
    assert fragment.paragraphs == ["قال مسئول إن الوضع هادئ.", "وأضاف أن الحدود مغلقة."]
    assert first.number == 8


def test_text_before_bulletin_one_cannot_be_numbered():
    fragment, _first = parse("فقرة يتيمة\n(1) عنوان - 3 مارس 2022")
    assert "cannot be numbered" in fragment.errors[0].message


# --- Arabic statements -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "verb",
    [
        "قال",
        "وقال",
        "قالت",
        "وقالت",
        "أضاف",
        "وأضافت",
        "تابع",
        "وتابعت",
        "أوضح",
        "وأوضحت",
        "شدد",
        "وشددت",
        "أشار",
        "وأشارت",
        "أكد",
        "وأكدت",
        "اعتبر",
        "واعتبرت",
        "لفت",
        "ولفتت",
    ],
)
def test_every_arabic_speech_verb_opens_a_direct_quote(verb):
    [(kind, speaker, _title, text)] = statements_of(f"{verb} ريم الساعدي: “المفاوضات مستمرة”.")
    assert (kind, speaker, text) == (DIRECT, "ريم الساعدي", "المفاوضات مستمرة")


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        ("وقال سامي نعمان: “الباب مفتوح”.", "الباب مفتوح"),
        ("وقال سامي نعمان: «الباب مفتوح».", "الباب مفتوح"),
        ('وقال سامي نعمان: "الباب مفتوح".', "الباب مفتوح"),
        ("وقال سامي نعمان «الباب مفتوح».", "الباب مفتوح"),
        ("وقال سامي نعمان،: “الباب مفتوح”.", "الباب مفتوح"),
    ],
)
def test_quote_marks(paragraph, quoted):
    assert statements_of(paragraph) == [(DIRECT, "سامي نعمان", "", quoted)]


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        ("قال سامي نعمان إن الحوار هو الطريق الوحيد.", "الحوار هو الطريق الوحيد"),
        ("قال سامي نعمان إنه لا يتوقع تقدمًا.", "لا يتوقع تقدمًا"),
        ("وأشارت هدى كمال إلى أن الوفد سيعود غدًا.", "الوفد سيعود غدًا"),
        ("وشدد سامي نعمان على أن الهدنة صامدة.", "الهدنة صامدة"),
        ("وأكدت هدى كمال أنها ستواصل الاتصالات.", "ستواصل الاتصالات"),
    ],
)
def test_reported_speech_is_a_paraphrase(paragraph, text):
    [(kind, _speaker, _title, found)] = statements_of(paragraph)
    assert (kind, found) == (PARAPHRASE, text)


def test_apposition_gives_title_and_name():
    found = statements_of("قال وزير الخارجية الأمريكي، أنطوني بلينكن، إنه لا يتوقع اختراقات.")
    assert found == [(PARAPHRASE, "أنطوني بلينكن", "وزير الخارجية الأمريكي", "لا يتوقع اختراقات")]


def test_a_title_with_lil_is_not_an_audience():
    found = statements_of("قال الأمين العام للأمم المتحدة، جون سميث، للصحفيين إن الحوار ضروري.")
    assert found == [(PARAPHRASE, "جون سميث", "الأمين العام للأمم المتحدة", "الحوار ضروري")]


def test_apposition_with_the_name_first():
    found = statements_of("قالت هدى كمال، المتحدثة باسم الوزارة، إن الاجتماع انتهى.")
    assert found == [(PARAPHRASE, "هدى كمال", "المتحدثة باسم الوزارة", "الاجتماع انتهى")]


def test_a_surname_later_is_the_same_person_and_a_verb_alone_continues():
    attribution = Attribution()
    first = attribution.statements("قال وزير الخارجية الأمريكي، أنطوني بلينكن، إن الوضع خطير.", 1)
    second = attribution.statements("وأوضح بلينكن: “علينا أن نرى تهدئة”.", 2)
    third = attribution.statements("وأضاف: “هذا ما نطلبه”.", 3)
    assert first[0].speaker is second[0].speaker is third[0].speaker
    assert third[0].speaker.name == "أنطوني بلينكن"


def test_a_shared_surname_means_the_person_of_this_bulletin():
    attribution = Attribution()
    attribution.new_bulletin()
    sami = attribution.statements("قال المتحدث باسم الوزارة، سامي خالد العطار، إن الاجتماع انتهى.", 1)[0].speaker
    attribution.new_bulletin()
    ali = attribution.statements("قال وزير المالية، علي حسن العطار، إن الميزانية متوازنة.", 3)[0].speaker
    attribution.new_bulletin()
    assert attribution.statements("قال سامي خالد العطار إن الوفد وصل.", 5)[0].speaker is sami
    # Ali was named last, but this bulletin speaks of Sami.
    assert attribution.statements("وأوضح العطار: “سنعلن النتائج غدًا”.", 6)[0].speaker is sami
    attribution.new_bulletin()
    # In a bulletin that names neither, the surname means the latest named so.
    assert attribution.statements("وأكد العطار: “لا تغيير”.", 8)[0].speaker is ali


def test_an_unnamed_official_is_anonymous_and_the_official_refers_back():
    found = Attribution()
    first = found.statements("قال مسئول كبير في الإدارة الأمريكية للصحفيين إن الإدارة منفتحة.", 1)
    named = found.statements("وقال سامي نعمان إن الفرصة قائمة.", 2)
    back = found.statements("وقال المسئول: “لسنا متفائلين”.", 3)
    assert first[0].speaker.is_anonymous
    assert first[0].speaker.description == "مسئول كبير في الإدارة الأمريكية"
    assert back[0].speaker is first[0].speaker
    assert named[0].speaker is not first[0].speaker


def test_a_diplomatic_source_is_anonymous():
    [(kind, speaker, _title, text)] = statements_of("وقال مصدر دبلوماسي لوكالة الأنباء إن الجولة تأجلت.")
    assert (kind, speaker, text) == (PARAPHRASE, "مصدر دبلوماسي", "الجولة تأجلت")


def test_a_participle_continues_with_a_second_statement():
    found = statements_of(
        "وقال المتحدث سامي نعمان: “سنبقى هنا”، مشيرًا إلى أن “الوفد لن يغادر”.",
    )
    assert [(kind, text) for kind, _s, _t, text in found] == [(DIRECT, "سنبقى هنا"), (DIRECT, "الوفد لن يغادر")]
    found = statements_of("قال سامي نعمان إن المحادثات صعبة، مؤكدةً أن الاتفاق ممكن.")
    assert [(kind, text) for kind, _s, _t, text in found] == [
        (PARAPHRASE, "المحادثات صعبة"),
        (PARAPHRASE, "الاتفاق ممكن"),
    ]


def test_a_leading_phrase_before_the_verb():
    found = statements_of("وفي مقابلة مع شبكة تلفزيونية، قالت هدى كمال إن الحل سياسي.")
    assert found == [(PARAPHRASE, "هدى كمال", "", "الحل سياسي")]


def test_narrative_paragraphs_have_no_statements():
    assert statements_of("وصل الوفدان إلى جنيف مساء الأحد وسط إجراءات أمنية مشددة.") == []


def test_a_verb_with_no_one_before_it_has_no_speaker():
    [(kind, speaker, _title, _text)] = statements_of("وأضاف: “لا تعليق”.")
    assert (kind, speaker) == (DIRECT, None)


# --- English statements ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["said", "added", "stressed", "noted"])
def test_english_verbs_with_a_quote(verb):
    assert statements_of(f'Maria Lopez {verb}: "We will stay."') == [(DIRECT, "Maria Lopez", "", "We will stay.")]


def test_english_quote_first_then_speaker():
    assert statements_of('"We are not optimistic," Maria Lopez said.') == [
        (DIRECT, "Maria Lopez", "", "We are not optimistic"),
    ]
    assert statements_of("“The door is open,” said Maria Lopez.") == [
        (DIRECT, "Maria Lopez", "", "The door is open"),
    ]


def test_english_reported_speech():
    assert statements_of("Secretary of State Antony Blinken said that he expects no breakthroughs.") == [
        (PARAPHRASE, "Antony Blinken", "Secretary of State", "he expects no breakthroughs"),
    ]
    assert statements_of("Maria Lopez told reporters that the talks would resume.") == [
        (PARAPHRASE, "Maria Lopez", "", "the talks would resume"),
    ]


def test_english_anonymous_pronoun_and_back_reference():
    attribution = Attribution()
    first = attribution.statements("A senior US official told reporters that Washington was open to talks.", 1)
    second = attribution.statements('He added: "Nothing will be agreed this week."', 2)
    third = attribution.statements("The official stressed that allies would be consulted.", 3)
    assert first[0].speaker.description == "senior US official"
    assert second[0].speaker is first[0].speaker
    assert third[0].speaker is first[0].speaker
    assert [s.kind for s in (*first, *second, *third)] == [PARAPHRASE, DIRECT, PARAPHRASE]


def test_english_apposition():
    assert statements_of("Antony Blinken, the US Secretary of State, said the risk was real.") == [
        (PARAPHRASE, "Antony Blinken", "US Secretary of State", "the risk was real"),
    ]


def test_english_participle():
    found = statements_of("Maria Lopez said the talks were hard, adding that a deal was possible.")
    assert [(kind, text) for kind, _s, _t, text in found] == [
        (PARAPHRASE, "the talks were hard"),
        (PARAPHRASE, "a deal was possible"),
    ]


# --- the seed chronology ---------------------------------------------------------------------------------------


@pytest.fixture
def seed_text() -> str:
    seeds = sorted(SEEDS.glob("000_*.txt"))
    if not seeds:
        pytest.skip(f"the seed chronology is not at {SEEDS}")
    return seeds[0].read_text(encoding="utf-8")


def test_the_seed(seed_text):
    fragment, bulletin = parse(seed_text)
    assert (fragment.number, fragment.is_fragment, len(fragment.paragraphs)) == (17, True, 4)
    assert {s.speaker.description for s in fragment.statements} == {"مسئول كبير في الإدارة الأمريكية"}
    assert all(s.speaker.is_anonymous for s in fragment.statements)
    assert [s.kind for s in fragment.statements] == [PARAPHRASE, PARAPHRASE, PARAPHRASE, DIRECT, DIRECT]

    assert bulletin.number == 18
    assert bulletin.headline == "بلينكن لا يتوقع اختراقات في المحادثات مع روسيا في جنيف"
    assert bulletin.date == D(2022, 1, 9)
    assert bulletin.errors == []
    assert len(bulletin.paragraphs) == 5
    assert {s.speaker.name for s in bulletin.statements} == {"أنطوني بلينكن"}
    assert bulletin.statements[0].title == "وزير الخارجية الأمريكي"
    by_line = {}
    for statement in bulletin.statements:
        by_line.setdefault(statement.line, []).append(statement.kind)
    assert by_line == {
        6: [PARAPHRASE, PARAPHRASE],  # قال ... إنه ...، مكررًا أنه ...
        7: [DIRECT],  # وأوضح بلينكن،: “...”
        8: [DIRECT],  # وأضاف: “...”
        9: [DIRECT, PARAPHRASE],  # وتابع: “...”، مشيرًا إلى أن ...
        10: [PARAPHRASE],  # وقال بلينكن إن ...
    }
    assert bulletin.statements[2].text.startswith("من الصعب رؤية إحراز تقدم فعلي")


def test_the_seed_round_trips(seed_text):
    bulletins = parse(seed_text)
    rows = [(b.number, b.headline, b.date, b.body) for b in bulletins]
    written = "\n".join(text for _number, text in format_chronology(rows, "ar"))
    again = parse(written)
    assert [(b.number, b.headline, b.date, b.paragraphs, b.is_fragment) for b in again] == [
        (b.number, b.headline, b.date, b.paragraphs, b.is_fragment) for b in bulletins
    ]


# --- properties ------------------------------------------------------------------------------------------------

_words = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى ", min_size=1, max_size=30).map(str.strip)
_headlines = _words.filter(bool)
_paragraphs = st.lists(_words.filter(bool), min_size=0, max_size=4)


@hypothesis_settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(_headlines, st.dates(D(1950, 1, 1), D(2070, 12, 31)), _paragraphs), min_size=1, max_size=8),
    st.sampled_from(["ar", "en"]),
    st.integers(min_value=1, max_value=5000),
)
def test_generated_timelines_export_and_read_back_equal(bulletins, language, first_number):
    rows = [
        (first_number + index, headline, day, "\n".join(paragraphs))
        for index, (headline, day, paragraphs) in enumerate(bulletins)
    ]
    text = "\n".join(line for _number, line in format_chronology(rows, language))
    read = parse(text)
    assert [(b.number, b.headline, b.date, b.body) for b in read] == rows
    assert all(b.errors == [] for b in read)


@hypothesis_settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_random_text_never_raises_anything_but_a_wire_text_error(junk):
    try:
        for bulletin in parse(junk):
            assert all(isinstance(error, WireTextError) for error in bulletin.errors)
    except WireTextError:
        pass


@hypothesis_settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_never_raise_anything_but_a_wire_text_error(junk):
    with contextlib.suppress(WireTextError):
        list(parse_chronology(decode_lines(junk.splitlines(keepends=True))))

"""The editors' admin, driven through the test client as an editor, a reporter and a chief would use it."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from tests.factories import (
    AnonymousPersonFactory,
    EventFactory,
    PersonFactory,
    RoleFactory,
    SourceFactory,
    StatementFactory,
    TimelineFactory,
)
from timeline.models import Event, Person, Statement

pytestmark = pytest.mark.django_db
ADD_URL = reverse("admin:timeline_event_add")
CHANGELIST_URL = reverse("admin:timeline_event_changelist")


def bulletin_form(timeline, *, number="", action="save", statements=(), **fields) -> dict[str, str]:
    """The POST body of the bulletin add form, with its statements inline, and the button pressed (`_action`)."""
    data = {
        "timeline": str(timeline.pk),
        "number": str(number),
        "_action": action,
        "headline": "بلينكن لا يتوقع اختراقات في المحادثات مع روسيا في جنيف",
        "date": "2022-01-09",
        "time": "",
        "body": "قال وزير الخارجية الأمريكي إنه لا يتوقع أي اختراقات.",
        "statements-TOTAL_FORMS": str(len(statements)),
        "statements-INITIAL_FORMS": "0",
        "media-TOTAL_FORMS": "0",
        "media-INITIAL_FORMS": "0",
        "statements-MIN_NUM_FORMS": "0",
        "statements-MAX_NUM_FORMS": "1000",
        **fields,
    }
    for index, statement in enumerate(statements):
        row = {
            "position": "0",
            "kind": "direct",
            "source": "",
            "role": "",
            "said_on": "",
            "original_text": "",
            "original_language": "",
            **statement,
        }
        data.update({f"statements-{index}-{key}": str(value) for key, value in row.items()})
    return data


@pytest.fixture
def seed_people():
    blinken = PersonFactory(name="أنطوني بلينكن", name_latin="Antony Blinken")
    blinken.aliases.create(name="بلينكن")
    minister = RoleFactory(person=blinken, title="وزير الخارجية الأمريكي", start_date=datetime.date(2021, 1, 26))
    official = AnonymousPersonFactory(description="مسئول كبير في الإدارة الأمريكية")
    cnn = SourceFactory(name="CNN")
    return blinken, minister, official, cnn


def test_an_editor_enters_bulletin_18_with_three_attributed_statements(editor_client, seed_people):
    blinken, minister, official, cnn = seed_people
    timeline = TimelineFactory()
    EventFactory(timeline=timeline, number=17)
    statements = [
        {
            "speaker": blinken.pk,
            "kind": "paraphrase",
            "source": cnn.pk,
            "text": "لا يتوقع أن يرى أي اختراقات في الاجتماعات مع روسيا هذا الأسبوع",
        },
        {
            "speaker": blinken.pk,
            "kind": "direct",
            "source": cnn.pk,
            "text": "من الصعب رؤية إحراز تقدم فعلي في جو من التصعيد",
        },
        {
            "speaker": official.pk,
            "kind": "direct",
            "text": "إننا نذهب إلى هذه الاجتماعات بروح الواقعية",
            "said_on": "2022-01-08",
        },
    ]
    response = editor_client.post(ADD_URL, bulletin_form(timeline, action="publish", statements=statements))

    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    assert response["Location"] == reverse("admin:index")  # published: back to the desk
    event = Event.objects.for_timeline(timeline).get(number=18)
    assert event.status == Event.Status.PUBLISHED
    assert event.headline.startswith("بلينكن لا يتوقع")
    saved = list(event.statements.all())
    assert [s.position for s in saved] == [1, 2, 3]
    assert [s.kind for s in saved] == ["paraphrase", "direct", "direct"]
    assert saved[0].role == minister
    assert saved[2].speaker.is_anonymous
    assert saved[2].said_on == datetime.date(2022, 1, 8)
    assert set(event.persons.all()) == {blinken, official}
    assert list(event.sources.all()) == [cnn]
    assert event.created_by.groups.get().name == "Editor"


def test_the_changelist_finds_a_bulletin_by_a_word_of_a_statement(editor_client):
    wanted = StatementFactory(text="نذهب إلى هذه الاجتماعات بروح الواقعية").event
    EventFactory(headline="نشرة أخرى")
    response = editor_client.get(CHANGELIST_URL, {"q": "الواقعية"})
    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [wanted]


def test_the_changelist_lists_numbers_headlines_dates_statuses_and_timelines(editor_client):
    event = EventFactory(number=18, headline="بلينكن", status=Event.Status.PUBLISHED)
    content = editor_client.get(CHANGELIST_URL).content.decode()
    assert "(18)" in content
    assert "بلينكن" in content
    assert 'class="status status--published"' in content
    assert event.timeline.title in content


def test_a_taken_number_is_a_form_error_not_a_server_error(chief_client):
    timeline = TimelineFactory()
    EventFactory(timeline=timeline, number=18, headline="الأصل")
    response = chief_client.post(ADD_URL, bulletin_form(timeline, number=18))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["number"]
    assert any("(18)" in error and "الأصل" in error for error in errors)
    assert timeline.events.count() == 1


def test_a_reporter_cannot_publish_from_the_form(reporter_client):
    timeline = TimelineFactory()
    page = reporter_client.get(ADD_URL)
    assert [action.value for action in page.context["bulletin_actions"]] == ["review", "save"]
    assert 'value="publish"' not in page.content.decode()
    response = reporter_client.post(ADD_URL, bulletin_form(timeline, action="publish"))
    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors()
    assert not Event.objects.exists()


def test_a_reporter_cannot_publish_with_the_action(reporter_client):
    event = EventFactory(status=Event.Status.DRAFT)
    page = reporter_client.get(CHANGELIST_URL)
    assert "publish_selected" not in page.content.decode()
    reporter_client.post(CHANGELIST_URL, {"action": "publish_selected", "_selected_action": [event.pk]})
    event.refresh_from_db()
    assert event.status == Event.Status.DRAFT


def test_a_reporter_submits_a_draft_for_review(reporter_client):
    event = EventFactory(status=Event.Status.DRAFT)
    reporter_client.post(CHANGELIST_URL, {"action": "submit_selected_for_review", "_selected_action": [event.pk]})
    event.refresh_from_db()
    assert event.status == Event.Status.IN_REVIEW


def test_a_reporter_may_not_change_a_published_bulletin(reporter_client):
    event = EventFactory(status=Event.Status.PUBLISHED, headline="منشور")
    url = reverse("admin:timeline_event_change", args=[event.pk])
    data = bulletin_form(event.timeline, number=event.number, status="draft", headline="تغيير")
    assert reporter_client.post(url, data).status_code == 403
    event.refresh_from_db()
    assert (event.headline, event.status) == ("منشور", Event.Status.PUBLISHED)


def test_an_editor_publishes_with_the_action_and_hears_about_what_could_not_be(editor_client):
    ready = EventFactory(status=Event.Status.IN_REVIEW)
    unfinished = EventFactory(status=Event.Status.DRAFT, headline="", date=None)
    response = editor_client.post(
        CHANGELIST_URL, {"action": "publish_selected", "_selected_action": [ready.pk, unfinished.pk]}, follow=True
    )
    ready.refresh_from_db()
    unfinished.refresh_from_db()
    assert ready.status == Event.Status.PUBLISHED
    assert unfinished.status == Event.Status.DRAFT
    texts = [str(message) for message in response.context["messages"]]
    assert any("تحتاج النشرة إلى عنوان وتاريخ" in text for text in texts)


def test_an_editor_edits_statements_and_the_order_is_kept(editor_client, seed_people):
    blinken, _minister, official, _cnn = seed_people
    event = EventFactory()
    first = StatementFactory(event=event, speaker=blinken, position=1, text="أولا")
    second = StatementFactory(event=event, speaker=official, position=2, text="ثانيا")
    url = reverse("admin:timeline_event_change", args=[event.pk])
    data = bulletin_form(event.timeline, number=event.number, headline=event.headline)
    data.update({"statements-TOTAL_FORMS": "2", "statements-INITIAL_FORMS": "2"})
    for index, (statement, position) in enumerate([(first, 2), (second, 1)]):
        data.update(
            {
                f"statements-{index}-id": str(statement.pk),
                f"statements-{index}-event": str(event.pk),
                f"statements-{index}-speaker": str(statement.speaker_id),
                f"statements-{index}-kind": "direct",
                f"statements-{index}-text": statement.text,
                f"statements-{index}-position": str(position),
            }
        )
    response = editor_client.post(url, data)
    assert response.status_code == 302
    assert list(event.statements.values_list("text", flat=True)) == ["ثانيا", "أولا"]


def test_the_admin_is_right_to_left_in_arabic_and_left_to_right_in_english(editor_client):
    arabic = editor_client.get(ADD_URL).content.decode()
    assert '<html lang="ar" dir="rtl">' in arabic
    with translation.override("en"):
        english_url = reverse("admin:timeline_event_add")
    assert english_url == "/en/admin/timeline/event/add/"
    english = editor_client.get(english_url).content.decode()
    assert '<html lang="en" dir="ltr">' in english
    assert "admin-tasalsul/admin.css" in arabic
    assert "المتحدث" in arabic  # field labels come from our Arabic catalogue
    assert "speaker" in english.lower()


def test_the_speaker_autocomplete_finds_a_person_by_an_alias(editor_client, seed_people):
    blinken = seed_people[0]
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "timeline", "model_name": "statement", "field_name": "speaker", "term": "بلينكن"},
    )
    assert [item["id"] for item in response.json()["results"]] == [str(blinken.pk)]


@pytest.mark.parametrize("typed", ["بلنكن", "Blinkin"])
def test_the_speaker_autocomplete_finds_a_person_however_the_name_is_transliterated(editor_client, seed_people, typed):
    blinken = seed_people[0]
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "timeline", "model_name": "statement", "field_name": "speaker", "term": typed},
    )
    assert [item["id"] for item in response.json()["results"]] == [str(blinken.pk)]


def test_the_timeline_list_shows_bulletin_counts(editor_client):
    timeline = TimelineFactory(title="جنيف")
    EventFactory(timeline=timeline, status=Event.Status.PUBLISHED)
    EventFactory(timeline=timeline, status=Event.Status.DRAFT)
    response = editor_client.get(reverse("admin:timeline_timeline_changelist"))
    row = response.context["cl"].result_list.get(pk=timeline.pk)
    assert (row.event_count, row.published_event_count) == (2, 1)
    assert f"?timeline={timeline.pk}" in response.content.decode()


def test_adding_from_a_timeline_preselects_it(editor_client):
    timeline = TimelineFactory()
    response = editor_client.get(ADD_URL, {"timeline": timeline.pk})
    assert response.context["adminform"].form.initial["timeline"] == str(timeline.pk)


def test_a_chief_merges_duplicate_people_from_the_list(chief_client):
    keep = PersonFactory(name="أنطوني بلينكن")
    duplicate = PersonFactory(name="انتوني بلنكن")
    StatementFactory(speaker=duplicate)
    url = reverse("admin:timeline_person_changelist")
    selection = {"action": "merge_selected", "_selected_action": [keep.pk, duplicate.pk]}
    confirm = chief_client.post(url, selection)
    assert confirm.status_code == 200
    assert "admin/timeline/merge.html" in [t.name for t in confirm.templates]
    chief_client.post(url, {**selection, "keep": keep.pk})
    assert list(Person.objects.all()) == [keep]
    assert Statement.objects.get().speaker == keep
    assert keep.aliases.filter(name="انتوني بلنكن").exists()


def test_an_editor_has_no_merge_action(editor_client):
    content = editor_client.get(reverse("admin:timeline_person_changelist")).content.decode()
    assert "merge_selected" not in content


def test_the_language_switch_moves_the_admin_between_arabic_and_english(editor_client):
    arabic_page = editor_client.get("/admin/timeline/event/")
    links = {link.code: link.url for link in arabic_page.context["language_links"]}
    assert links == {"ar": "/admin/timeline/event/", "en": "/en/admin/timeline/event/"}
    response = editor_client.post("/i18n/setlang/", {"language": "en", "next": links["en"]})
    assert response["Location"] == "/en/admin/timeline/event/"
    english_page = editor_client.get("/en/admin/timeline/event/")
    assert {link.code: link.url for link in english_page.context["language_links"]}["ar"] == "/admin/timeline/event/"


# --- importing bulletins ---------------------------------------------------------------------------------------

IMPORT_URL = reverse("admin:timeline_event_import")
CHRONOLOGY = """\
(1) بدء المحادثات في جنيف - 10 يناير 2022
قالت نائبة وزير الخارجية الأمريكي، ويندي شيرمان، إن المحادثات كانت صريحة.
وأضافت: “لن نقبل بإغلاق باب الحلف”.
(2) موسكو تطلب ضمانات - 11 يناير 2022
وقال مصدر دبلوماسي إن جولة جديدة ممكنة.
"""


def test_the_changelist_links_to_the_import(editor_client):
    assert IMPORT_URL in editor_client.get(CHANGELIST_URL).content.decode()


def test_the_import_preview_shows_what_was_read_and_writes_nothing(editor_client):
    data = {"new_slug": "geneva", "new_title": "جنيف", "new_language": "ar", "text": CHRONOLOGY, "preview": "1"}
    response = editor_client.post(IMPORT_URL, data)
    assert response.status_code == 200
    report = response.context["report"]
    assert [b.number for b in report.bulletins] == [1, 2]
    assert [s.speaker for s in report.bulletins[0].statements] == ["ويندي شيرمان", "ويندي شيرمان"]
    content = response.content.decode()
    assert 'name="speaker-1-0" value="ويندي شيرمان"' in content
    assert 'name="confirm"' in content
    assert not Event.objects.exists()
    assert not Person.objects.exists()


def test_the_import_is_confirmed_with_the_editor_s_corrections(editor_client):
    timeline = TimelineFactory(slug="geneva")
    data = {"timeline": timeline.pk, "new_language": "ar", "text": CHRONOLOGY, "publish": "on", "confirm": "1"}
    shown = {
        "speaker-1-0": "ويندي شيرمان",
        "kind-1-0": "paraphrase",
        "speaker-1-1": "ويندي شيرمان",
        "kind-1-1": "direct",
        "speaker-2-0": "مصدر دبلوماسي",
        "kind-2-0": "paraphrase",
    }
    data.update({f"shown-{key}": value for key, value in shown.items()})
    data.update(shown)
    data.update({"speaker-2-0": "مسؤول كبير في الخارجية الروسية", "kind-1-1": "paraphrase"})
    response = editor_client.post(IMPORT_URL, data)
    assert response.status_code == 302
    assert response["Location"].endswith(f"?timeline__id__exact={timeline.pk}")
    assert Event.objects.published().for_timeline(timeline).count() == 2
    first = list(Event.objects.get(number=1).statements.values_list("kind", flat=True))
    assert first == ["paraphrase", "paraphrase"]
    corrected = Event.objects.get(number=2).statements.get().speaker
    assert (corrected.is_anonymous, corrected.description) == (True, "مسؤول كبير في الخارجية الروسية")


def test_import_errors_are_listed_by_line_and_nothing_is_written(editor_client):
    timeline = TimelineFactory()
    text = CHRONOLOGY + "(3) عنوان - 30 فبراير 2022\n"
    response = editor_client.post(
        IMPORT_URL, {"timeline": timeline.pk, "new_language": "ar", "text": text, "preview": "1"}
    )
    errors = response.context["import_errors"]
    assert [error.line for error in errors] == [6]
    assert 'href="#line-6"' in response.content.decode()
    assert not Event.objects.exists()


def test_an_uploaded_file_must_be_utf8(editor_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    timeline = TimelineFactory()
    upload = SimpleUploadedFile("old.txt", "(1) café - 1 January 2022\n".encode("cp1252"))
    response = editor_client.post(
        IMPORT_URL, {"timeline": timeline.pk, "new_language": "ar", "file": upload, "preview": "1"}
    )
    assert "not UTF-8" in str(response.context["form"].errors["file"])


def test_a_reporter_imports_drafts_only(reporter_client):
    page = reporter_client.get(IMPORT_URL)
    assert "publish" not in page.context["form"].fields
    timeline = TimelineFactory()
    reporter_client.post(
        IMPORT_URL, {"timeline": timeline.pk, "new_language": "ar", "text": CHRONOLOGY, "publish": "on", "confirm": "1"}
    )
    assert Event.objects.drafts().count() == 2
    assert not Event.objects.published().exists()


def test_an_editor_pastes_a_hundred_bulletins_and_gets_them_numbered_dated_and_attributed(editor_client):
    speakers = [
        ("وزير الخارجية الأمريكي", "أنطوني بلينكن", "بلينكن"),
        ("نائب وزير الخارجية الروسي", "سيرغي ريابكوف", "ريابكوف"),
    ]
    lines = []
    for number in range(1, 101):
        title, name, surname = speakers[number % 2]
        lines += [
            f"({number}) الجولة رقم {number} - {number % 28 + 1} كانون الثاني 2022",
            f"قال {title}، {name}، إن الجولة {number} كانت مفيدة.",
            f"وأوضح {surname}: “سنعود إلى الطاولة”.",
            "وقال مسئول كبير في الإدارة الأمريكية إن الحلفاء سيُستشارون.",
            "وأضاف: “لا اتفاق هذا الأسبوع”.",
        ]
    text = "\n".join(lines)
    timeline = TimelineFactory()
    preview = editor_client.post(
        IMPORT_URL, {"timeline": timeline.pk, "new_language": "ar", "text": text, "preview": "1"}
    )
    report = preview.context["report"]
    assert (report.created, report.statements, report.warnings) == (100, 400, [])
    editor_client.post(IMPORT_URL, {"timeline": timeline.pk, "new_language": "ar", "text": text, "confirm": "1"})
    events = Event.objects.for_timeline(timeline)
    assert sorted(events.values_list("number", flat=True)) == list(range(1, 101))
    assert events.get(number=27).date == datetime.date(2022, 1, 28)
    assert Statement.objects.filter(event__timeline=timeline).count() == 400
    assert Person.objects.count() == 3
    blinken = Person.objects.get(name="أنطوني بلينكن")
    assert blinken.statements.count() == 100
    assert {s.role.title for s in blinken.statements.filter(kind="paraphrase")} == {"وزير الخارجية الأمريكي"}


def test_the_import_preview_marks_statements_without_a_speaker_and_shows_confidence(editor_client):
    text = (
        "(1) الصحة: المستشفيات تعمل بأدنى طاقتها - 2025-12-16 14:30\n"
        "وقالت وزارة الصحة إن المستشفيات تعمل بأدنى طاقتها.\n"
        "وقال المدير العام للمستشفيات محمد زقوت إن الوقود ينفد.\n"
    )
    data = {"new_slug": "gaza", "new_title": "غزة", "new_language": "ar", "text": text, "date_order": "dmy"}
    response = editor_client.post(IMPORT_URL, data)
    [bulletin] = response.context["report"].bulletins
    unattributed, named = bulletin.statements
    assert (unattributed.speaker, unattributed.is_doubtful) == ("", True)
    assert unattributed.doubts == ["تعذّرت قراءة المتحدث: حدّده"]
    assert (named.speaker, named.role, named.is_doubtful) == ("محمد زقوت", "المدير العام للمستشفيات", False)
    content = response.content.decode()
    assert "يلزم متحدث" in content
    assert f'value="{named.confidence}"' in content
    assert 'name="date_order"' in content  # carried to the confirmation


def test_the_import_reads_month_first_dates_when_asked(editor_client):
    text = "(1) Aid convoy enters Gaza - 03/11/2025\nThe convoy entered at dawn.\n"
    data = {"new_slug": "aid", "new_title": "Aid", "new_language": "en", "text": text, "date_order": "mdy"}
    data["confirm"] = "1"
    editor_client.post(IMPORT_URL, data)
    assert Event.objects.get(timeline__slug="aid").date == datetime.date(2025, 3, 11)


def test_an_import_file_larger_than_a_request_may_be_is_refused_with_both_sizes(editor_client, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.template.defaultfilters import filesizeformat

    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    upload = SimpleUploadedFile("long.txt", ("(1) عنوان - 9 يناير 2022\n" + "فقرة\n" * 400).encode())
    response = editor_client.post(IMPORT_URL, {"new_slug": "x", "new_title": "x", "new_language": "ar", "file": upload})
    assert response.status_code == 200
    [error] = response.context["form"].errors["file"]
    assert filesizeformat(1024) in error
    assert filesizeformat(upload.size) in error
    assert "import_bulletins" in error
    assert not Event.objects.exists()


# --- bad input (#17) -------------------------------------------------------------------------------------------

PERSON_ADD_URL = reverse("admin:timeline_person_add")
PERSON_FORMSETS = {"aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0"}
PERSON_FORMSETS |= {"roles-TOTAL_FORMS": "0", "roles-INITIAL_FORMS": "0"}


@pytest.mark.parametrize("fields", [{"name": "أنطوني\x00بلينكن"}, {"name": "أنطوني بلينكن", "slug": "blinken\x00"}])
def test_a_nul_character_in_a_persons_name_or_slug_is_refused_beside_the_field(chief_client, fields):
    response = chief_client.post(PERSON_ADD_URL, {"slug": "", "is_anonymous": "", **PERSON_FORMSETS, **fields})
    assert response.status_code == 200  # the form again, with the error
    assert list(response.context["adminform"].form.errors) == ["slug" if "slug" in fields else "name"]
    assert not Person.objects.exists()


def test_a_nul_character_in_a_statement_is_refused_beside_it(editor_client, seed_people):
    blinken = seed_people[0]
    data = bulletin_form(TimelineFactory(), statements=[{"speaker": blinken.pk, "text": "لا نتوقع\x00 اختراقات"}])
    response = editor_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert not Event.objects.exists()


def test_the_speaker_picker_answers_a_nul_with_a_400(editor_client):
    response = editor_client.get(
        "/admin/autocomplete/",
        {"term": "\x00", "app_label": "timeline", "model_name": "statement", "field_name": "speaker"},
    )
    assert response.status_code == 400


def test_a_headline_of_zero_width_characters_is_refused_beside_the_field(editor_client):
    response = editor_client.post(ADD_URL, bulletin_form(TimelineFactory(), headline="\u200b\u200c\u200d"))
    assert response.status_code == 200
    assert "headline" in response.context["adminform"].form.errors
    assert not Event.objects.exists()


# --- the form's action buttons (#15) ---------------------------------------------------------------------------


def action_values(response) -> list[str]:
    return [action.value for action in response.context["bulletin_actions"]]


def test_each_role_sees_the_buttons_it_may_use_and_no_status_drop_down(reporter_client, editor_client):
    assert action_values(editor_client.get(ADD_URL)) == ["publish", "review", "schedule", "save"]
    assert action_values(reporter_client.get(ADD_URL)) == ["review", "save"]
    published = EventFactory(status=Event.Status.PUBLISHED, number=3)
    page = editor_client.get(reverse("admin:timeline_event_change", args=[published.pk]))
    assert action_values(page) == ["save"]
    assert "status" not in page.context["adminform"].form.fields
    assert 'name="status"' not in page.content.decode()


def test_an_editor_publishes_from_the_form_and_the_bulletin_takes_the_next_number(editor_client):
    timeline = TimelineFactory()
    EventFactory(timeline=timeline, number=17, status=Event.Status.PUBLISHED)
    response = editor_client.post(ADD_URL, bulletin_form(timeline, action="publish"), follow=True)
    event = Event.objects.for_timeline(timeline).get(headline__startswith="بلينكن")
    assert (event.status, event.number) == (Event.Status.PUBLISHED, 18)
    assert response.redirect_chain[-1][0] == reverse("admin:index")
    [message] = [str(m) for m in response.context["messages"]]
    assert message == (
        "نُشرت النشرة (18) بلينكن لا يتوقع اختراقات في المحادثات مع روسيا في جنيف — 9 يناير 2022، ويراها القراء الآن."
    )


def test_a_reporter_sends_a_new_bulletin_for_review_and_it_has_no_number(reporter_client):
    timeline = TimelineFactory()
    response = reporter_client.post(ADD_URL, bulletin_form(timeline, action="review"))
    assert response["Location"] == reverse("admin:index")
    event = Event.objects.get()
    assert (event.status, event.number) == (Event.Status.IN_REVIEW, None)


def test_saving_a_draft_keeps_the_editor_in_the_form(reporter_client):
    response = reporter_client.post(ADD_URL, bulletin_form(TimelineFactory(), action="save"), follow=True)
    event = Event.objects.get()
    assert (event.status, event.number) == (Event.Status.DRAFT, None)
    assert response.redirect_chain[-1][0] == reverse("admin:timeline_event_change", args=[event.pk])
    assert [str(m) for m in response.context["messages"]] == [
        f"حُفظت المسودة مسودة #{event.pk} {event.headline} — 9 يناير 2022."
    ]


def test_an_editor_schedules_a_bulletin_for_a_later_time(editor_client):
    event = EventFactory(number=None, status=Event.Status.IN_REVIEW, date=datetime.date(2022, 1, 9))
    url = reverse("admin:timeline_event_change", args=[event.pk])
    later = timezone.localtime() + datetime.timedelta(hours=3)
    data = bulletin_form(event.timeline, action="schedule", headline=event.headline)
    data.update(opened_version=str(event.version), schedule_at=later.strftime("%Y-%m-%dT%H:%M"))
    response = editor_client.post(url, data, follow=True)
    event.refresh_from_db()
    assert event.status == Event.Status.IN_REVIEW
    assert event.publish_at is not None
    assert abs((event.publish_at - later).total_seconds()) < 60
    [message] = [str(m) for m in response.context["messages"]]
    assert message.startswith("مجدولة للنشر في ")
    assert later.strftime("%H:%M") in message


def test_a_schedule_in_the_past_or_without_a_time_is_refused(editor_client):
    event = EventFactory(number=None, status=Event.Status.DRAFT)
    url = reverse("admin:timeline_event_change", args=[event.pk])
    data = bulletin_form(event.timeline, action="schedule", opened_version=str(event.version))
    for when in ("", "2020-01-01T10:00"):
        response = editor_client.post(url, {**data, "schedule_at": when})
        assert response.status_code == 200
        assert response.context["adminform"].form.non_field_errors()
    event.refresh_from_db()
    assert event.publish_at is None


def test_publishing_needs_a_headline_and_a_date_beside_their_fields(editor_client):
    response = editor_client.post(ADD_URL, bulletin_form(TimelineFactory(), action="publish", headline="", date=""))
    errors = response.context["adminform"].form.errors
    assert {"headline", "date"} <= set(errors)
    assert not Event.objects.exists()


def test_the_change_form_names_the_bulletin_with_its_date_in_words(editor_client):
    draft = EventFactory(number=None, headline="مسودة", date=datetime.date(2022, 1, 9))
    page = editor_client.get(reverse("admin:timeline_event_change", args=[draft.pk]))
    assert page.context["subtitle"] == f"مسودة #{draft.pk} مسودة — 9 يناير 2022"
    assert "2022-01-09 " not in page.content.decode().split("<form", 1)[0]


def test_the_role_fills_in_from_the_speaker_and_the_date(editor_client, seed_people):
    blinken, minister, _official, _cnn = seed_people
    url = reverse("admin:timeline_event_role_on")
    on_the_day = editor_client.get(url, {"person": blinken.pk, "date": "2022-01-09"}).json()
    assert on_the_day == {"role": {"id": minister.pk, "text": str(minister)}}
    assert on_the_day["role"]["text"].startswith("وزير الخارجية الأمريكي")
    before = editor_client.get(url, {"person": blinken.pk, "date": "2020-06-01"}).json()
    assert before == {"role": None}
    assert editor_client.get(url, {"person": "x", "date": "ليس تاريخا"}).json() == {"role": None}


# --- the bulletin list (#15) -----------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["18", "(18)", " ( 18 ) ", "(١٨)"])
def test_the_list_finds_a_bulletin_by_its_number(editor_client, typed):
    wanted = EventFactory(number=18, headline="بلينكن")
    EventFactory(number=180, headline="أخرى")
    response = editor_client.get(CHANGELIST_URL, {"q": typed})
    assert list(response.context["cl"].result_list) == [wanted]


def test_the_timeline_filter_is_remembered_until_all_is_chosen(editor_client):
    geneva, vienna = TimelineFactory(), TimelineFactory()
    EventFactory(timeline=geneva)
    EventFactory(timeline=vienna)
    editor_client.get(CHANGELIST_URL, {"timeline__id__exact": geneva.pk})
    again = editor_client.get(CHANGELIST_URL)
    assert again.status_code == 302
    assert again["Location"] == f"{CHANGELIST_URL}?timeline__id__exact={geneva.pk}"
    filtered = editor_client.get(again["Location"])
    all_link = "?timeline=all"
    assert all_link in filtered.content.decode()
    assert editor_client.get(CHANGELIST_URL, {"timeline": "all"})["Location"] == CHANGELIST_URL
    assert editor_client.get(CHANGELIST_URL).status_code == 200


def test_view_on_site_only_for_what_readers_can_see(editor_client):
    draft = EventFactory(number=None, status=Event.Status.DRAFT)
    published = EventFactory(number=4, status=Event.Status.PUBLISHED)
    draft_page = editor_client.get(reverse("admin:timeline_event_change", args=[draft.pk]))
    assert draft_page.context["has_absolute_url"] is False
    assert 'class="viewsitelink"' not in draft_page.content.decode()
    published_page = editor_client.get(reverse("admin:timeline_event_change", args=[published.pk]))
    assert 'class="viewsitelink"' in published_page.content.decode()


@pytest.mark.parametrize(("count", "said"), [(1, "نشرة واحدة"), (2, "نشرتان"), (7, "7 نشرات"), (15, "15 نشرة")])
def test_the_list_counts_in_arabic_that_agrees_with_the_number(editor_client, count, said):
    timeline = TimelineFactory()
    for _ in range(count):
        EventFactory(timeline=timeline)
    content = editor_client.get(CHANGELIST_URL).content.decode()
    assert f'<span class="result-count">{said}</span>' in content
    assert "اختر نشرة لتعديلها" in content
    assert "النشرات</span>" not in content


def test_the_list_says_when_a_scheduled_bulletin_goes_out(editor_client):
    when = timezone.make_aware(datetime.datetime(2030, 3, 4, 9, 30))
    EventFactory(number=None, status=Event.Status.IN_REVIEW, publish_at=when)
    content = editor_client.get(CHANGELIST_URL).content.decode()
    assert "مجدولة للنشر في 4 مارس 2030 الساعة 09:30" in content

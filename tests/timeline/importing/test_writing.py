"""bulletins_import: text into the database, all or nothing, idempotent, with speakers resolved against the
people already known."""

import datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from tests.factories import (
    AnonymousPersonFactory,
    EventFactory,
    PersonFactory,
    RoleFactory,
    TimelineFactory,
    UserFactory,
)
from timeline.importing.lines import WireTextError, numbered_lines
from timeline.importing.writing import BulletinImportError, ImportAction, bulletins_import
from timeline.models import Event, Person, Role, Statement, Timeline
from timeline.roles import NewsroomRole

pytestmark = pytest.mark.django_db
SEEDS = Path(settings.BASE_DIR).parent / "shared" / "seeds"

SAMPLE = """\
(1) بدء المحادثات في جنيف - 10 يناير 2022
قالت نائبة وزير الخارجية الأمريكي، ويندي شيرمان، إن المحادثات كانت صريحة.
وأضافت: “لن نقبل بإغلاق باب الحلف”.
(2) موسكو تطلب ضمانات - 11 يناير 2022
وقال نائب وزير الخارجية الروسي، سيرغي ريابكوف، إن بلاده تحتاج إلى ضمانات ملزمة.
وقال مصدر دبلوماسي إن جولة جديدة ممكنة.
"""


def run(text: str, **options):
    options.setdefault("user", None)
    if "timeline" not in options and "create_timeline" not in options:
        options["timeline"] = Timeline.objects.get_or_create(slug="geneva", defaults={"title": "جنيف"})[0]
    return bulletins_import(lines=numbered_lines(text), **options)


def snapshot():
    return (
        list(Event.objects.order_by("pk").values_list("pk", "number", "headline", "date", "body", "status")),
        list(Statement.objects.order_by("pk").values_list("pk", "event", "speaker", "kind", "text", "role")),
        list(Person.objects.order_by("pk").values_list("pk", "name", "description")),
        list(Role.objects.order_by("pk").values_list("pk", "person", "title")),
        list(Timeline.objects.order_by("pk").values_list("pk", "slug")),
    )


def test_bulletins_statements_speakers_and_roles_are_created():
    report = run(SAMPLE)
    assert (report.created, report.updated, report.unchanged, report.statements) == (2, 0, 0, 4)
    first = Event.objects.get(number=1)
    assert (first.headline, first.date, first.status) == ("بدء المحادثات في جنيف", datetime.date(2022, 1, 10), "draft")
    assert first.paragraphs[1] == "وأضافت: “لن نقبل بإغلاق باب الحلف”."
    sherman = Person.objects.get(name="ويندي شيرمان")
    assert [(s.speaker, s.kind, s.position) for s in first.statements.all()] == [
        (sherman, "paraphrase", 1),
        (sherman, "direct", 2),
    ]
    assert first.statements.first().role.title == "نائبة وزير الخارجية الأمريكي"
    assert list(first.persons.all()) == [sherman]
    source = Person.objects.get(description="مصدر دبلوماسي")
    assert source.is_anonymous
    assert set(report.new_people) == {"ويندي شيرمان", "سيرغي ريابكوف", "مصدر دبلوماسي"}
    assert report.by_speaker["ويندي شيرمان"] == 2


def test_importing_the_same_text_again_changes_nothing():
    run(SAMPLE)
    before = snapshot()
    report = run(SAMPLE)
    assert (report.created, report.updated, report.unchanged, report.statements) == (0, 0, 2, 0)
    assert report.new_people == []
    assert snapshot() == before


def test_known_people_are_found_by_alias_and_spelling_and_keep_their_roles():
    blinken = PersonFactory(name="أنطوني بلينكن", name_latin="Antony Blinken")
    blinken.aliases.create(name="بلينكن")
    minister = RoleFactory(person=blinken, title="وزير الخارجية الأمريكي", start_date=datetime.date(2021, 1, 26))
    official = AnonymousPersonFactory(description="مسؤول كبير في الإدارة الأمريكية")
    run(
        "(3) عنوان - 9 يناير 2022\n"
        "وقال بلينكن إن الأمر لا يتعلق بالتنازلات.\n"
        "وقال مسئول كبير في الإدارة الأمريكية إن الحلفاء سيُستشارون.\n"
    )
    statements = list(Event.objects.get(number=3).statements.all())
    assert [s.speaker for s in statements] == [blinken, official]
    assert statements[0].role == minister
    assert Person.objects.count() == 2


def test_a_surname_shared_by_two_people_is_left_for_the_editor():
    PersonFactory(name="أحمد كمال")
    PersonFactory(name="هدى كمال")
    report = run("(1) عنوان - 9 يناير 2022\nوقال كمال إن الاجتماع انتهى.\n")
    assert Statement.objects.count() == 0
    assert "قد يكون أيًّا من" in report.warnings[0]  # "could be any of", in the default language
    assert Event.objects.get().paragraphs == ["وقال كمال إن الاجتماع انتهى."]


def test_a_changed_bulletin_is_an_error_naming_the_line_unless_update():
    run(SAMPLE)
    changed = SAMPLE.replace("كانت صريحة", "كانت صعبة")
    before = snapshot()
    with pytest.raises(BulletinImportError) as refused:
        run(changed)
    assert [(e.line, "موجودة في هذا التسلسل بنص مختلف" in e.message) for e in refused.value.errors] == [(1, True)]
    assert snapshot() == before

    report = run(changed, update=True)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    event = Event.objects.get(number=1)
    assert "كانت صعبة" in event.body
    assert event.statements.first().text == "المحادثات كانت صعبة"
    assert event.statements.count() == 2


def test_any_error_leaves_the_database_as_it_was_including_a_created_timeline():
    before = snapshot()
    broken = SAMPLE + "(3) عنوان ثالث - 31 فبراير 2022\nفقرة.\n"
    with pytest.raises(BulletinImportError) as refused:
        run(broken, create_timeline={"slug": "new-story", "title": "قصة جديدة", "language": "ar"})
    assert [e.line for e in refused.value.errors] == [7]
    assert snapshot() == before
    assert not Timeline.objects.filter(slug="new-story").exists()


def test_every_problem_is_reported_at_once():
    text = "(1) أ - 31 فبراير 2022\nفقرة\n(2) - 1 مارس 2022\n(1) ج - 1 مارس 2022\n"
    with pytest.raises(BulletinImportError) as refused:
        run(text)
    assert [error.line for error in refused.value.errors] == [1, 3, 4]  # bad date, no headline, number twice
    assert not Event.objects.exists()


def test_a_taken_number_with_other_text_in_the_timeline_is_refused():
    timeline = TimelineFactory(slug="geneva")
    EventFactory(timeline=timeline, number=2, headline="نشرة أقدم")
    with pytest.raises(BulletinImportError) as refused:
        run(SAMPLE, timeline=timeline)
    assert [(e.line, "(2)" in e.message) for e in refused.value.errors] == [(4, True)]
    assert timeline.events.count() == 1


def test_dry_run_reports_and_writes_nothing():
    timeline = TimelineFactory()
    before = snapshot()
    report = run(SAMPLE, timeline=timeline, dry_run=True, details=True)
    assert (report.created, report.statements, report.dry_run) == (2, 4, True)
    assert [b.action for b in report.bulletins] == [ImportAction.CREATED, ImportAction.CREATED]
    assert report.bulletins[1].statements[1].speaker == "مصدر دبلوماسي"
    assert report.bulletins[1].statements[1].speaker_is_new
    assert snapshot() == before


def test_publish_needs_the_permission():
    reporter = UserFactory(role=NewsroomRole.REPORTER)
    with pytest.raises(PermissionDenied):
        run(SAMPLE, user=reporter, publish=True)
    editor = UserFactory(role=NewsroomRole.EDITOR)
    run(SAMPLE, user=editor, publish=True)
    assert Event.objects.published().count() == 2
    assert Event.objects.get(number=1).created_by == editor


def test_markup_is_kept_as_text_and_escaped_on_the_page(client):
    timeline = TimelineFactory(slug="geneva")
    run(
        "(1) <b>عنوان</b> - 1 مارس 2022\n<script>alert('x')</script> قال سامي نعمان إن <i>كل شيء</i> هادئ.\n",
        timeline=timeline,
        publish=True,
    )
    event = Event.objects.get()
    assert event.headline == "<b>عنوان</b>"
    page = client.get(event.get_absolute_url()).content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page
    assert "&lt;b&gt;عنوان&lt;/b&gt;" in page


def test_corrections_change_speakers_and_kinds_and_drop_statements():
    corrections = {(1, 0): {"speaker": "هدى كمال"}, (1, 1): {"kind": "paraphrase"}, (2, 1): {"speaker": ""}}
    run(SAMPLE, corrections=corrections)
    first = list(Event.objects.get(number=1).statements.all())
    assert [(s.speaker.name, s.kind) for s in first] == [("هدى كمال", "paraphrase"), ("ويندي شيرمان", "paraphrase")]
    assert Event.objects.get(number=2).statements.count() == 1


# --- text before the first header --------------------------------------------------------------------------------

LEADING = "قال مسئول إن الحدود مغلقة.\n(8) عنوان - 3 مارس 2022\nفقرة.\n"


def test_leading_text_becomes_a_draft_with_a_note_even_when_publishing():
    run(LEADING, publish=True)
    fragment = Event.objects.get(number=7)
    assert (fragment.status, fragment.headline, fragment.date) == ("draft", "", None)
    assert "(8)" in fragment.editor_note
    assert fragment.statements.get().speaker.is_anonymous
    assert Event.objects.get(number=8).status == "published"


def test_leading_text_for_a_bulletin_that_exists_is_reported_for_merging():
    timeline = TimelineFactory(slug="geneva")
    EventFactory(timeline=timeline, number=7, headline="موجودة")
    report = run(LEADING, timeline=timeline)
    assert "ادمجها فيها يدويًا" in report.warnings[0]  # "merge them into it by hand"
    assert Event.objects.get(number=7).headline == "موجودة"
    assert Event.objects.get(number=8)


# --- the seed --------------------------------------------------------------------------------------------------


def test_the_seed_imports_as_bulletins_17_and_18():
    seeds = sorted(SEEDS.glob("000_*.txt"))
    if not seeds:
        pytest.skip(f"the seed chronology is not at {SEEDS}")
    report = run(seeds[0].read_text(encoding="utf-8"))
    assert (report.created, report.statements) == (2, 12)
    seventeen, eighteen = Event.objects.get(number=17), Event.objects.get(number=18)
    assert {s.speaker.description for s in seventeen.statements.all()} == {"مسئول كبير في الإدارة الأمريكية"}
    assert eighteen.headline == "بلينكن لا يتوقع اختراقات في المحادثات مع روسيا في جنيف"
    assert eighteen.date == datetime.date(2022, 1, 9)
    assert {s.speaker.name for s in eighteen.statements.all()} == {"أنطوني بلينكن"}
    assert eighteen.statements.first().role.title == "وزير الخارجية الأمريكي"
    assert Person.objects.count() == 2


# --- junk ------------------------------------------------------------------------------------------------------


@hypothesis_settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(junk=st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_junk_is_refused_cleanly_and_writes_nothing(junk):
    timeline, _created = Timeline.objects.get_or_create(slug="junk", defaults={"title": "junk"})
    before = snapshot()
    problems: list = []
    try:
        with transaction.atomic():
            report = bulletins_import(lines=numbered_lines(junk), user=None, timeline=timeline)
            # Junk that happens to be a valid chronology may import; undo it for the next example.
            assert report.created + report.unchanged >= 1
            transaction.set_rollback(True)
    except BulletinImportError as error:
        problems = error.errors
        assert problems, "a refusal names at least one problem"
    assert all(isinstance(problem, WireTextError) for problem in problems)
    assert snapshot() == before


def test_the_time_a_header_prints_is_the_bulletin_s_time_and_warnings_name_their_line():
    report = run("(1) عنوان - الجمعة 20 مايو 2021 08:28 م\nقال المتحدث باسم الوزارة سامي عادل إن الوفد وصل.\n")
    event = Event.objects.get(number=1)
    assert (event.date, event.time) == (datetime.date(2021, 5, 20), datetime.time(20, 28))
    assert report.warnings == ["السطر 1: the header says الجمعة, but 2021-05-20 was a Thursday; the date was kept"]


def test_a_statement_without_a_readable_speaker_is_reported_by_line_and_no_person_is_made():
    report = run("(1) عنوان - 9 يناير 2022\nوقالت وزارة الخارجية في بيان إن السفارة أغلقت.\n")
    assert not Person.objects.exists()
    assert not Statement.objects.exists()
    [warning] = report.warnings
    assert warning.startswith("السطر 2:")
    assert "السفارة أغلقت" in warning


def test_a_known_person_is_found_across_transliterations():
    blinken = PersonFactory(name="أنطوني بلينكن")
    run("(1) عنوان - 9 يناير 2022\nقال وزير الخارجية الأمريكي أنتوني بلنكن إن الحوار ممكن.\n")
    assert Statement.objects.get().speaker == blinken
    assert Person.objects.count() == 1


def test_a_nul_character_is_refused_with_its_line_and_nothing_is_written():
    with pytest.raises(BulletinImportError) as refused:
        run("(1) عنوان - 9 يناير 2022\nفقرة أولى\nفقرة\x00 ثانية\n")
    assert [(error.line, "NUL" in error.message) for error in refused.value.errors] == [(3, True)]
    assert not Event.objects.exists()


def test_a_speaker_of_a_hundred_thousand_characters_is_no_person_and_no_error():
    report = run(f"(1) عنوان - 9 يناير 2022\nقال {'ب' * 100_000} إن الاجتماع انتهى.\n")
    assert report.created == 1
    assert not Person.objects.exists()
    assert report.warnings[0].startswith("السطر 2:")


def test_a_title_too_long_for_a_role_is_left_for_the_editor():
    title = "رئيس " + " ".join(["المستشارين"] * 18)
    assert len(title) > 200
    run(f"(1) عنوان - 9 يناير 2022\nقال {title} سامي عادل إن الاجتماع انتهى.\n")
    assert Statement.objects.get().role is None


def test_a_bulletin_with_more_statements_than_a_bulletin_holds_keeps_the_cap_and_says_so():
    from timeline.services import MAX_STATEMENTS_PER_BULLETIN

    lines = [
        f"قال المتحدث باسم الوزارة سامي عادل إن الجولة رقم {n} انتهت." for n in range(MAX_STATEMENTS_PER_BULLETIN + 5)
    ]
    report = run("(1) عنوان - 9 يناير 2022\n" + "\n".join(lines) + "\n")
    assert Statement.objects.count() == MAX_STATEMENTS_PER_BULLETIN
    assert any(str(MAX_STATEMENTS_PER_BULLETIN + 5) in warning for warning in report.warnings)

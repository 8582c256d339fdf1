from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.factories import TimelineFactory, UserFactory
from timeline.models import Event, Timeline
from timeline.roles import NewsroomRole

pytestmark = pytest.mark.django_db

TEXT = """\
(1) بدء المحادثات في جنيف - 10 يناير 2022
قالت نائبة وزير الخارجية الأمريكي، ويندي شيرمان، إن المحادثات كانت صريحة.
وأضافت: “لن نقبل بإغلاق باب الحلف”.
(2) موسكو تطلب ضمانات - 11 يناير 2022
وقال نائب وزير الخارجية الروسي، سيرغي ريابكوف، إن بلاده تحتاج إلى ضمانات ملزمة.
"""


@pytest.fixture
def chronology(tmp_path):
    path = tmp_path / "chronology.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def run(*args: str) -> str:
    out = StringIO()
    call_command("import_bulletins", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_creates_the_timeline_and_prints_a_summary(chronology):
    output = run(str(chronology), "--timeline", "geneva", "--create", "--title", "جنيف", "--publish")
    assert "2 bulletins created, 0 updated, 0 unchanged; 3 statements" in output
    assert "2  ويندي شيرمان" in output
    assert "New people (2)" in output
    timeline = Timeline.objects.get(slug="geneva")
    assert (timeline.title, timeline.language) == ("جنيف", "ar")
    assert Event.objects.published().count() == 2


def test_a_second_run_changes_nothing(chronology):
    run(str(chronology), "--timeline", "geneva", "--create")
    output = run(str(chronology), "--timeline", "geneva")
    assert "0 bulletins created, 0 updated, 2 unchanged; 0 statements" in output


def test_dry_run_writes_nothing(chronology):
    output = run(str(chronology), "--timeline", "geneva", "--create", "--dry-run")
    assert output.startswith("Dry run, nothing written")
    assert not Timeline.objects.exists()


def test_errors_exit_non_zero_naming_the_line(tmp_path):
    TimelineFactory(slug="geneva")
    path = tmp_path / "bad.txt"
    path.write_text(TEXT + "(3) عنوان - 30 فبراير 2022\n", encoding="utf-8")
    with pytest.raises(CommandError, match=r"nothing was imported:\nline 6: bulletin \(3\): “30 فبراير 2022”"):
        run(str(path), "--timeline", "geneva")
    assert not Event.objects.exists()


def test_not_utf8_and_empty_files_are_errors(tmp_path):
    TimelineFactory(slug="geneva")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("(1) café - 1 January 2022\n".encode("latin-1"))
    with pytest.raises(CommandError, match="line 1: not UTF-8"):
        run(str(latin1), "--timeline", "geneva")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n")
    with pytest.raises(CommandError, match="the text is empty"):
        run(str(empty), "--timeline", "geneva")


def test_a_missing_timeline_or_file_is_a_clear_error(chronology):
    with pytest.raises(CommandError, match="--create"):
        run(str(chronology), "--timeline", "nowhere")
    TimelineFactory(slug="geneva")
    with pytest.raises(CommandError, match="no file at"):
        run("/nonexistent/file.txt", "--timeline", "geneva")


def test_as_a_reporter_publishing_is_refused(chronology):
    UserFactory(username="salma", role=NewsroomRole.REPORTER)
    TimelineFactory(slug="geneva")
    with pytest.raises(CommandError, match="nothing was imported: لا يحق لك نشر النشرات"):
        run(str(chronology), "--timeline", "geneva", "--publish", "--as", "salma")
    assert not Event.objects.exists()


def test_a_large_file_shows_progress(tmp_path):
    lines = []
    for number in range(1, 1201):
        lines.append(f"({number}) نشرة رقم {number} - 9 يناير 2022")
        lines.append(f"قال سامي نعمان إن هذه الفقرة رقم {number} تملأ الملف بما يكفي لإظهار شريط التقدم.")
        lines.append("وأضاف: “نص مقتبس طويل بعض الشيء حتى يتجاوز الملف حجم ربع ميغابايت”.")
    path = tmp_path / "large.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert path.stat().st_size > 256 * 1024
    TimelineFactory(slug="geneva")
    err = StringIO()
    call_command("import_bulletins", str(path), "--timeline", "geneva", stdout=StringIO(), stderr=err)
    assert "100%" in err.getvalue()
    assert "1,200 bulletins" in err.getvalue()
    assert Event.objects.count() == 1200


def test_importing_drafts_does_not_move_the_timelines_public_time(chronology):
    timeline = TimelineFactory(slug="geneva")
    before = Timeline.objects.get(pk=timeline.pk).updated_at
    run(str(chronology), "--timeline", "geneva")
    assert Event.objects.filter(timeline=timeline).count() == 2
    assert Timeline.objects.get(pk=timeline.pk).updated_at == before  # readers see nothing new
    run(str(chronology), "--timeline", "geneva", "--publish", "--update")
    assert Timeline.objects.get(pk=timeline.pk).updated_at > before

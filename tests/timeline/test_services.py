import datetime
import threading

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import close_old_connections, connection
from django.test import TransactionTestCase
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    AnonymousPersonFactory,
    EventFactory,
    PersonFactory,
    RoleFactory,
    SourceFactory,
    StatementFactory,
    TimelineFactory,
    UserFactory,
)
from timeline import services
from timeline.models import Event, Person, Source, Statement
from timeline.roles import NewsroomRole

pytestmark = pytest.mark.django_db
DAY = datetime.date(2022, 1, 9)


@pytest.fixture
def reporter():
    return UserFactory(role=NewsroomRole.REPORTER)


@pytest.fixture
def editor():
    return UserFactory(role=NewsroomRole.EDITOR)


@pytest.fixture
def chief():
    return UserFactory(role=NewsroomRole.CHIEF)


class TestNumbering:
    def test_new_bulletins_take_the_next_number(self, reporter):
        timeline = TimelineFactory()
        numbers = [services.event_create(timeline=timeline, user=reporter, headline=f"h{i}").number for i in range(3)]
        assert numbers == [1, 2, 3]

    def test_numbering_continues_after_the_highest_even_with_gaps(self, reporter):
        timeline = TimelineFactory()
        services.event_create(timeline=timeline, user=reporter, number=17)
        assert services.event_create(timeline=timeline, user=reporter).number == 18
        assert services.next_event_number(timeline=timeline) == 19

    def test_each_timeline_counts_on_its_own(self, reporter):
        first, second = TimelineFactory(), TimelineFactory()
        services.event_create(timeline=first, user=reporter)
        services.event_create(timeline=first, user=reporter)
        assert services.event_create(timeline=second, user=reporter).number == 1

    def test_an_explicit_number_back_fills_an_old_chronology(self, reporter):
        timeline = TimelineFactory()
        services.event_create(timeline=timeline, user=reporter, number=18)
        old = services.event_create(timeline=timeline, user=reporter, number=3, headline="older")
        assert old.number == 3
        assert sorted(timeline.events.values_list("number", flat=True)) == [3, 18]

    def test_a_taken_number_is_refused_with_a_message_that_names_it(self, reporter):
        timeline = TimelineFactory(title="Geneva")
        services.event_create(timeline=timeline, user=reporter, number=18, headline="Blinken")
        with pytest.raises(ValidationError) as refused:
            services.event_create(timeline=timeline, user=reporter, number=18, headline="duplicate")
        message = refused.value.message_dict["number"][0]
        assert "(18)" in message  # the number refused
        assert "Blinken" in message  # the bulletin that has it
        assert "(19)" in message  # the next free number
        assert timeline.events.count() == 1

    def test_renumbering_onto_a_taken_number_is_refused(self, editor):
        timeline = TimelineFactory()
        services.event_create(timeline=timeline, user=editor, number=1)
        second = services.event_create(timeline=timeline, user=editor, number=2)
        with pytest.raises(ValidationError, match=r"\(1\)"):
            services.event_update(event=second, user=editor, number=1)
        second.refresh_from_db()
        assert second.number == 2

    def test_moving_a_bulletin_to_another_timeline_without_a_number_takes_the_next_there(self, editor):
        source, target = TimelineFactory(), TimelineFactory()
        services.event_create(timeline=target, user=editor, number=5)
        moved = services.event_create(timeline=source, user=editor, number=5)
        services.event_update(event=moved, user=editor, timeline=target, number=None)
        moved.refresh_from_db()
        assert (moved.timeline, moved.number) == (target, 6)


class TestPublishing:
    def test_an_editor_publishes_and_unpublishes(self, editor):
        event = services.event_create(timeline=TimelineFactory(), user=editor, headline="h", date=DAY)
        services.event_publish(event=event, user=editor)
        event.refresh_from_db()
        assert event.status == Event.Status.PUBLISHED
        assert event.published_at is not None
        assert list(Event.objects.published()) == [event]
        services.event_unpublish(event=event, user=editor)
        assert not Event.objects.published().exists()

    def test_a_reporter_cannot_publish_by_any_path(self, reporter):
        timeline = TimelineFactory()
        event = services.event_create(timeline=timeline, user=reporter, headline="h", date=DAY)
        with pytest.raises(PermissionDenied):
            services.event_publish(event=event, user=reporter)
        with pytest.raises(PermissionDenied):
            services.event_update(event=event, user=reporter, status=Event.Status.PUBLISHED)
        with pytest.raises(PermissionDenied):
            services.event_create(
                timeline=timeline, user=reporter, headline="h", date=DAY, status=Event.Status.PUBLISHED
            )
        assert not Event.objects.published().exists()

    def test_a_reporter_submits_for_review_but_cannot_change_a_published_bulletin(self, reporter, editor):
        event = services.event_create(timeline=TimelineFactory(), user=reporter, headline="h", date=DAY)
        services.event_submit_for_review(event=event, user=reporter)
        assert Event.objects.in_review().get() == event
        services.event_publish(event=event, user=editor)
        with pytest.raises(PermissionDenied):
            services.event_update(event=event, user=reporter, headline="changed")
        event.refresh_from_db()
        assert event.headline == "h"

    def test_publishing_needs_a_headline_and_a_date(self, editor):
        event = services.event_create(timeline=TimelineFactory(), user=editor)
        with pytest.raises(ValidationError, match="تحتاج النشرة إلى عنوان وتاريخ"):
            services.event_publish(event=event, user=editor)
        event.refresh_from_db()
        assert event.status == Event.Status.DRAFT

    def test_who_created_and_changed_is_recorded(self, reporter, editor):
        event = services.event_create(timeline=TimelineFactory(), user=reporter, headline="h", date=DAY)
        services.event_update(event=event, user=editor, headline="h2")
        event.refresh_from_db()
        assert (event.created_by, event.updated_by) == (reporter, editor)

    def test_unknown_fields_are_refused(self, editor):
        event = EventFactory()
        with pytest.raises(TypeError, match="published_at"):
            services.event_update(event=event, user=editor, published_at=None)


class TestStatements:
    def test_statements_get_positions_roles_and_join_the_bulletin_people_and_sources(self, reporter):
        blinken = PersonFactory(name="أنطوني بلينكن")
        minister = RoleFactory(person=blinken, start_date=datetime.date(2021, 1, 26))
        official = AnonymousPersonFactory()
        cnn = SourceFactory(name="CNN")
        event = services.event_create(timeline=TimelineFactory(), user=reporter, headline="h", date=DAY)
        first = services.statement_add(
            event=event,
            user=reporter,
            speaker=blinken,
            text="قال",
            source=cnn,
            kind=Statement.Kind.PARAPHRASE,
        )
        second = services.statement_add(event=event, user=reporter, speaker=official, text="أضاف")
        assert (first.position, second.position) == (1, 2)
        assert first.role == minister
        assert second.role is None
        assert set(event.persons.all()) == {blinken, official}
        assert list(event.sources.all()) == [cnn]

    def test_sync_numbers_unpositioned_statements_after_the_positioned_ones(self):
        event = EventFactory()
        late = StatementFactory(event=event, position=0, text="c")
        second = StatementFactory(event=event, position=7, text="b")
        first = StatementFactory(event=event, position=2, text="a")
        services.event_statements_sync(event=event)
        assert list(event.statements.values_list("text", "position")) == [("a", 1), ("b", 2), ("c", 3)]
        assert {first.pk, second.pk, late.pk} == set(event.statements.values_list("pk", flat=True))

    def test_the_role_follows_the_date_it_was_said(self, reporter):
        person = PersonFactory()
        RoleFactory(
            person=person,
            title="then",
            start_date=datetime.date(2010, 1, 1),
            end_date=datetime.date(2015, 1, 1),
        )
        RoleFactory(person=person, title="now", start_date=datetime.date(2021, 1, 1))
        event = services.event_create(timeline=TimelineFactory(), user=reporter, headline="h", date=DAY)
        recalled = services.statement_add(
            event=event, user=reporter, speaker=person, text="t", said_on=datetime.date(2012, 5, 1)
        )
        assert recalled.role.title == "then"


class TestMerging:
    def test_a_chief_merges_duplicate_people(self, chief):
        blinken = PersonFactory(name="أنطوني بلينكن", name_latin="Antony Blinken")
        duplicate = PersonFactory(name="انتوني بلنكن", name_latin="A. Blinken", wikidata_id="Q123")
        duplicate.aliases.create(name="بلنكن")
        statement = StatementFactory(speaker=duplicate)
        statement.event.persons.add(duplicate)
        services.person_merge(keep=blinken, duplicates=[duplicate], user=chief)
        statement.refresh_from_db()
        blinken.refresh_from_db()
        assert statement.speaker == blinken
        assert list(statement.event.persons.all()) == [blinken]
        assert set(blinken.aliases.values_list("name", flat=True)) == {"انتوني بلنكن", "A. Blinken", "بلنكن"}
        assert blinken.wikidata_id == "Q123"
        assert not Person.objects.filter(pk=duplicate.pk).exists()

    def test_an_editor_may_not_merge(self, editor):
        keep, duplicate = PersonFactory(), PersonFactory()
        with pytest.raises(PermissionDenied):
            services.person_merge(keep=keep, duplicates=[duplicate], user=editor)
        assert Person.objects.count() == 2

    def test_a_named_person_and_an_anonymous_speaker_do_not_merge(self, chief):
        with pytest.raises(ValidationError):
            services.person_merge(keep=PersonFactory(), duplicates=[AnonymousPersonFactory()], user=chief)

    def test_a_chief_merges_sources(self, chief):
        keep, duplicate = SourceFactory(name="Reuters"), SourceFactory(name="رويترز")
        statement = StatementFactory(source=duplicate)
        statement.event.sources.add(duplicate)
        services.source_merge(keep=keep, duplicates=[duplicate], user=chief)
        statement.refresh_from_db()
        assert statement.source == keep
        assert list(statement.event.sources.all()) == [keep]
        assert list(Source.objects.all()) == [keep]


class TestEditorAccounts:
    def test_create_then_update_keeps_one_role(self):
        user, created, generated = services.editor_account_save(username="salma", role=NewsroomRole.REPORTER)
        assert created
        assert user.check_password(generated)
        assert user.is_staff
        user, created, generated = services.editor_account_save(
            username="salma", role=NewsroomRole.EDITOR, password="new-password-123"
        )
        assert not created
        assert generated is None
        assert list(user.groups.values_list("name", flat=True)) == ["Editor"]
        assert user.check_password("new-password-123")
        assert user.has_perm("timeline.publish_event")


class TestConcurrentNumbering(TransactionTestCase):
    """Two editors adding bulletins to one timeline at the same moment never get the same number.

    Runs against the configured database: PostgreSQL in CI's second pass (row lock on the timeline), SQLite
    otherwise (BEGIN IMMEDIATE). TransactionTestCase, because each thread needs its own committed transactions.
    """

    def test_two_writers_creating_fifty_bulletins_each_get_one_to_a_hundred(self):
        timeline = TimelineFactory()
        reporter = UserFactory(role=NewsroomRole.REPORTER)
        errors: list[BaseException] = []
        start = threading.Barrier(2)

        def write_fifty(writer: int) -> None:
            try:
                start.wait()
                for index in range(50):
                    services.event_create(timeline=timeline, user=reporter, headline=f"writer {writer} #{index}")
            except BaseException as error:
                errors.append(error)
            finally:
                connection.close()

        threads = [threading.Thread(target=write_fifty, args=(writer,)) for writer in (1, 2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        close_old_connections()

        assert errors == []
        numbers = list(Event.objects.for_timeline(timeline).order_by("number").values_list("number", flat=True))
        assert numbers == list(range(1, 101))
        writers = Event.objects.for_timeline(timeline).values_list("headline", flat=True)
        assert sum(h.startswith("writer 1") for h in writers) == 50


# --- Statements: a cap, and linear cost (#17) ------------------------------------------------------------------


class TestManyStatements:
    def statements(self, count: int, speakers: list[Person]) -> list[dict]:
        return [{"speaker": speakers[n % len(speakers)], "text": f"قال {n}"} for n in range(count)]

    def test_a_bulletin_holds_at_most_the_cap_and_a_refusal_changes_nothing(self, editor):
        event = EventFactory(date=DAY)
        speaker = PersonFactory()
        services.event_statements_replace(event=event, user=editor, statements=self.statements(2, [speaker]))
        too_many = self.statements(services.MAX_STATEMENTS_PER_BULLETIN + 1, [speaker])
        with pytest.raises(ValidationError) as refused:
            services.event_statements_replace(event=event, user=editor, statements=too_many)
        message = refused.value.message_dict["statements"][0]
        assert str(services.MAX_STATEMENTS_PER_BULLETIN) in message
        assert str(services.MAX_STATEMENTS_PER_BULLETIN + 1) in message
        assert event.statements.count() == 2

    def test_adding_one_past_the_cap_is_refused(self, editor, monkeypatch):
        monkeypatch.setattr(services.statements, "MAX_STATEMENTS_PER_BULLETIN", 3)
        event = EventFactory(date=DAY)
        speaker = PersonFactory()
        services.event_statements_replace(event=event, user=editor, statements=self.statements(3, [speaker]))
        with pytest.raises(ValidationError) as refused:
            services.statement_add(event=event, user=editor, speaker=speaker, text="واحد أكثر")
        assert "3" in refused.value.message_dict["statements"][0]
        assert event.statements.count() == 3

    def test_replacing_keeps_order_roles_people_and_sources(self, editor):
        event = EventFactory(date=DAY)
        minister = RoleFactory(start_date=datetime.date(2021, 1, 1)).person
        source = SourceFactory()
        unnamed = AnonymousPersonFactory()
        services.event_statements_replace(
            event=event,
            user=editor,
            statements=[
                {"speaker": minister, "text": "أولا", "source": source},
                {"speaker": unnamed, "text": "ثانيا", "original_text": "", "original_language": "en"},
                {"speaker": minister, "text": "ثالثا", "kind": Statement.Kind.PARAPHRASE},
            ],
        )
        saved = list(event.statements.order_by("position"))
        assert [(s.position, s.text) for s in saved] == [(1, "أولا"), (2, "ثانيا"), (3, "ثالثا")]
        assert saved[0].role == saved[2].role == minister.roles.get()
        assert saved[1].original_language == ""  # no original text: its language means nothing
        assert set(event.persons.all()) == {minister, unnamed}
        assert list(event.sources.all()) == [source]

    def test_a_bad_statement_is_refused_before_any_is_written(self, editor):
        event = EventFactory(date=DAY)
        speaker = PersonFactory()
        services.event_statements_replace(event=event, user=editor, statements=self.statements(2, [speaker]))
        with pytest.raises(ValidationError):
            services.event_statements_replace(
                event=event,
                user=editor,
                statements=[{"speaker": speaker, "text": "حسنا"}, {"speaker": speaker, "text": " "}],
            )
        assert [s.text for s in event.statements.all()] == ["قال 0", "قال 1"]

    def test_the_cost_of_replacing_grows_with_the_count_not_its_square(self, editor):
        """Each statement costs the same few queries however many there are (it used to re-read and re-check the
        whole bulletin after each one, with the timeline locked: 400 statements took 95 s)."""
        speakers = PersonFactory.create_batch(3)  # without roles: each needs looking up, once per speaker and day

        def queries(count: int) -> int:
            event = EventFactory(date=DAY)
            with CaptureQueriesContext(connection) as captured:
                services.event_statements_replace(event=event, user=editor, statements=self.statements(count, speakers))
            return len(captured)

        queries(1)  # the user's permissions, read once and kept
        ten, twenty, forty = queries(10), queries(20), queries(40)
        assert forty - twenty == 2 * (twenty - ten)


class TestInvisibleHeadlines:
    @pytest.mark.parametrize(
        "headline",
        ["\u200b", "\u200b\u200c\u200d", "\u2060\ufeff", "\u200f\u200e", "\u3164", " \u200b ", "\u064e\u064f"],
    )
    def test_a_headline_of_invisible_characters_is_refused(self, editor, headline):
        with pytest.raises(ValidationError) as refused:
            services.event_create(timeline=TimelineFactory(), user=editor, headline=headline, date=DAY)
        assert "headline" in refused.value.message_dict
        assert not Event.objects.exists()

    def test_nor_can_an_update_make_one(self, editor):
        event = services.event_create(timeline=TimelineFactory(), user=editor, headline="عنوان", date=DAY)
        with pytest.raises(ValidationError):
            services.event_update(event=event, user=editor, headline="\u200b\u200b")
        assert Event.objects.get().headline == "عنوان"

    @pytest.mark.parametrize("headline", ["بلينكن\u200cيصل", "\u200fبلينكن", "(18)", "٣", "—"])
    def test_real_headlines_with_joiners_or_marks_are_kept(self, editor, headline):
        event = services.event_create(timeline=TimelineFactory(), user=editor, headline=headline, date=DAY)
        assert event.headline == headline

    def test_an_empty_headline_is_still_fine_for_a_draft(self, reporter):
        assert services.event_create(timeline=TimelineFactory(), user=reporter, headline="").headline == ""


def test_when_the_highest_number_is_taken_a_new_bulletin_without_one_is_a_conflict(reporter_user):
    timeline = TimelineFactory()
    EventFactory(timeline=timeline, number=99_999, status=Event.Status.PUBLISHED)
    with pytest.raises(services.NumberTakenError) as refused:
        services.event_create(timeline=timeline, user=reporter_user, headline="عنوان", date=datetime.date(2022, 1, 9))
    assert "99999" in str(refused.value)

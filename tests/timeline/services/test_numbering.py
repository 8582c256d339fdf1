"""timeline.services.numbering: numbers are given at publication, in publication order; chiefs alone set them."""

import datetime
import threading
import time

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import close_old_connections, connection
from django.test import TransactionTestCase, override_settings

from tests.factories import EventFactory, TimelineFactory, UserFactory
from timeline import services
from timeline.models import AuditEntry, Event, EventRedirect
from timeline.roles import NewsroomRole

pytestmark = pytest.mark.django_db
DAY = datetime.date(2022, 1, 9)


def draft(timeline, user, headline="عنوان"):
    return services.event_create(timeline=timeline, user=user, headline=headline, date=DAY)


def numbers_of(timeline) -> list[int | None]:
    return list(Event.objects.for_timeline(timeline).order_by("pk").values_list("number", flat=True))


class TestNumbersAtPublication:
    def test_drafts_in_review_and_scheduled_bulletins_have_no_number(self, reporter, editor):
        timeline = TimelineFactory()
        first = draft(timeline, reporter)
        second = services.event_submit_for_review(event=draft(timeline, reporter), user=reporter)
        third = draft(timeline, editor)
        services.event_schedule(event=third, user=editor, publish_at=datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC))
        assert [first.number, second.number, Event.objects.get(pk=third.pk).number] == [None, None, None]
        assert str(first) == f"#{first.pk} عنوان - 2022-01-09"  # named by its id, not by a number

    def test_publishing_gives_the_next_number_in_publication_order(self, reporter, editor):
        timeline = TimelineFactory()
        older, newer, never = draft(timeline, reporter, "أ"), draft(timeline, reporter, "ب"), draft(timeline, reporter)
        services.event_publish(event=newer, user=editor)
        services.event_publish(event=older, user=editor)
        assert numbers_of(timeline) == [2, 1, None]
        assert never.number is None

    def test_readers_see_consecutive_numbers_whatever_waits_in_review(self, reporter, editor):
        timeline = TimelineFactory()
        for index in range(5):
            event = draft(timeline, reporter, f"نشرة {index}")
            if index % 2 == 0:
                services.event_publish(event=event, user=editor)
            else:
                services.event_submit_for_review(event=event, user=reporter)
        assert list(Event.objects.published().for_timeline(timeline).values_list("number", flat=True)) == [1, 2, 3]

    def test_a_bulletin_published_at_once_takes_the_next_number(self, editor):
        timeline = TimelineFactory()
        event = services.event_create(
            timeline=timeline, user=editor, headline="عاجل", date=DAY, status=Event.Status.PUBLISHED
        )
        assert event.number == 1

    def test_the_schedule_gives_the_number_when_it_publishes(self, editor):
        timeline = TimelineFactory()
        services.event_publish(event=draft(timeline, editor), user=editor)
        scheduled = draft(timeline, editor)
        due = datetime.datetime(2022, 1, 9, 18, tzinfo=datetime.UTC)
        services.event_schedule(event=scheduled, user=editor, publish_at=due)
        assert Event.objects.get(pk=scheduled.pk).number is None
        services.publish_due(now=due)
        assert Event.objects.get(pk=scheduled.pk).number == 2

    def test_numbering_continues_after_the_highest_even_with_gaps(self, chief, editor):
        timeline = TimelineFactory()
        services.event_create(timeline=timeline, user=chief, number=17, headline="قديمة", date=DAY)
        assert services.event_publish(event=draft(timeline, editor), user=editor).number == 18
        assert services.next_event_number(timeline=timeline) == 19

    def test_each_timeline_counts_on_its_own(self, editor):
        first, second = TimelineFactory(), TimelineFactory()
        services.event_publish(event=draft(first, editor), user=editor)
        services.event_publish(event=draft(first, editor), user=editor)
        assert services.event_publish(event=draft(second, editor), user=editor).number == 1

    def test_a_retracted_bulletin_keeps_its_number_and_it_stays_taken(self, editor):
        timeline = TimelineFactory()
        event = services.event_publish(event=draft(timeline, editor), user=editor)
        services.event_retract(event=event, user=editor, reason="لم يتأكد الخبر")
        assert Event.objects.get(pk=event.pk).number == 1
        assert services.event_publish(event=draft(timeline, editor), user=editor).number == 2

    def test_an_unpublished_bulletin_keeps_its_number_reserved_until_it_returns(self, editor):
        timeline = TimelineFactory()
        event = services.event_publish(event=draft(timeline, editor), user=editor)
        services.event_unpublish(event=event, user=editor)
        assert Event.objects.get(pk=event.pk).number == 1
        assert services.event_publish(event=draft(timeline, editor), user=editor).number == 2
        assert services.event_publish(event=Event.objects.get(pk=event.pk), user=editor).number == 1

    def test_a_draft_moves_to_another_timeline_without_a_number(self, editor):
        source, target = TimelineFactory(), TimelineFactory()
        moved = draft(source, editor)
        services.event_update(event=moved, user=editor, timeline=target)
        moved.refresh_from_db()
        assert (moved.timeline, moved.number) == (target, None)

    def test_a_published_bulletin_moved_to_another_timeline_takes_the_next_number_there(self, editor):
        source, target = TimelineFactory(), TimelineFactory()
        services.event_publish(event=draft(target, editor), user=editor)
        moved = services.event_publish(event=draft(source, editor), user=editor)
        services.event_update(event=moved, user=editor, timeline=target, number=None)
        moved.refresh_from_db()
        assert (moved.timeline, moved.number) == (target, 2)


class TestNumbersByHand:
    def test_a_chief_back_fills_an_old_chronology(self, chief):
        timeline = TimelineFactory()
        services.event_create(timeline=timeline, user=chief, number=18, headline="جديدة", date=DAY)
        old = services.event_create(timeline=timeline, user=chief, number=3, headline="older", date=DAY)
        assert old.number == 3
        assert sorted(numbers_of(timeline)) == [3, 18]

    @pytest.mark.parametrize("role", [NewsroomRole.REPORTER, NewsroomRole.EDITOR])
    def test_reporters_and_editors_may_not_give_a_number(self, role):
        timeline, user = TimelineFactory(), UserFactory(role=role)
        with pytest.raises(PermissionDenied, match="رئيس التحرير"):
            services.event_create(timeline=timeline, user=user, number=50, headline="h", date=DAY)
        event = draft(timeline, user)
        with pytest.raises(PermissionDenied, match="رئيس التحرير"):
            services.event_update(event=event, user=user, number=50)
        assert numbers_of(timeline) == [None]

    def test_a_taken_number_is_refused_with_a_message_that_names_it(self, chief):
        timeline = TimelineFactory(title="Geneva")
        services.event_create(timeline=timeline, user=chief, number=18, headline="Blinken", date=DAY)
        with pytest.raises(ValidationError) as refused:
            services.event_create(timeline=timeline, user=chief, number=18, headline="duplicate")
        message = refused.value.message_dict["number"][0]
        assert "(18)" in message  # the number refused
        assert "Blinken" in message  # the bulletin that has it
        assert "(19)" in message  # the next free number
        assert timeline.events.count() == 1

    @pytest.mark.parametrize("number", [0, 100_000, 2_147_483_647])
    def test_numbers_outside_one_to_99999_are_refused(self, chief, number):
        with pytest.raises(ValidationError) as refused:
            services.event_create(timeline=TimelineFactory(), user=chief, number=number, headline="h", date=DAY)
        assert "number" in refused.value.message_dict
        assert not Event.objects.exists()

    def test_when_the_highest_number_is_taken_publishing_without_one_is_a_conflict(self, editor):
        timeline = TimelineFactory()
        EventFactory(timeline=timeline, number=99_999, status=Event.Status.PUBLISHED)
        event = draft(timeline, editor)
        with pytest.raises(services.NumberTakenError) as refused:
            services.event_publish(event=event, user=editor)
        assert "99999" in str(refused.value)
        assert Event.objects.get(pk=event.pk).status == Event.Status.DRAFT


class TestRenumbering:
    def published(self, timeline, editor, count):
        return [services.event_publish(event=draft(timeline, editor, f"({n})"), user=editor) for n in range(count)]

    def test_a_chief_inserts_a_late_found_bulletin_and_every_shifted_one_keeps_a_redirect_and_an_audit_entry(
        self, chief, editor
    ):
        timeline = TimelineFactory()
        first, second, third = self.published(timeline, editor, 3)
        late = services.event_publish(event=draft(timeline, editor, "متأخرة"), user=editor)
        services.event_renumber(event=late, user=chief, number=2)
        assert [Event.objects.get(pk=e.pk).number for e in (first, second, third, late)] == [1, 3, 4, 2]
        former = set(EventRedirect.objects.filter(timeline=timeline).values_list("number", "event_id"))
        assert former == {(2, second.pk), (3, third.pk), (4, late.pk)}
        renumbered = AuditEntry.objects.filter(action=AuditEntry.Action.RENUMBER)
        assert set(renumbered.values_list("event_id", flat=True)) == {second.pk, third.pk, late.pk}

    def test_a_moved_number_left_free_redirects(self, chief, editor):
        timeline = TimelineFactory()
        _first, second = self.published(timeline, editor, 2)
        services.event_renumber(event=second, user=chief, number=5)
        assert EventRedirect.objects.get(timeline=timeline, number=2).event == second

    @pytest.mark.parametrize("role", [NewsroomRole.REPORTER, NewsroomRole.EDITOR])
    def test_reporters_and_editors_may_not_renumber_even_from_a_draft(self, editor, role):
        timeline = TimelineFactory()
        self.published(timeline, editor, 3)
        user = UserFactory(role=role)
        waiting = draft(timeline, user)
        with pytest.raises(PermissionDenied, match="رئيس التحرير"):
            services.event_renumber(event=waiting, user=user, number=1)
        assert numbers_of(timeline) == [1, 2, 3, None]
        assert not EventRedirect.objects.exists()
        assert not AuditEntry.objects.filter(action=AuditEntry.Action.RENUMBER).exists()

    def test_renumbering_the_highest_bulletin_into_the_middle_keeps_every_number_unique(self, chief, editor):
        timeline = TimelineFactory()
        bulletins = self.published(timeline, editor, 5)
        services.event_renumber(event=bulletins[4], user=chief, number=1)
        assert numbers_of(timeline) == [2, 3, 4, 5, 1]

    def test_renumbering_past_the_highest_number_is_refused(self, chief, editor):
        timeline = TimelineFactory()
        (event,) = self.published(timeline, editor, 1)
        with pytest.raises(ValidationError):
            services.event_renumber(event=event, user=chief, number=100_000)
        assert numbers_of(timeline) == [1]


@pytest.mark.postgresql
# Re-rendering the published bulletins' fragments is a task of its own, not what this test is about: kept queued.
@override_settings(TASKS={"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}})
class TestConcurrentPublishing(TransactionTestCase):
    """A thousand bulletins published into one timeline at once, by eight editors on their own connections, get
    1..1,000: the timeline's row lock serialises numbering (PostgreSQL; SQLite has no row locks to prove)."""

    WRITERS = 8
    BULLETINS = 1_000

    def test_a_thousand_concurrent_publishes_give_one_to_a_thousand(self):
        timeline = TimelineFactory()
        editor = UserFactory(role=NewsroomRole.EDITOR)
        Event.objects.bulk_create(
            Event(timeline=timeline, headline=f"نشرة {n}", date=DAY, body="فقرة.") for n in range(self.BULLETINS)
        )
        pending = list(Event.objects.for_timeline(timeline).values_list("pk", flat=True))
        shares = [pending[writer :: self.WRITERS] for writer in range(self.WRITERS)]
        errors: list[BaseException] = []
        start = threading.Barrier(self.WRITERS)

        def publish(share: list[int]) -> None:
            try:
                start.wait()
                for pk in share:
                    services.event_publish(event=Event.objects.get(pk=pk), user=editor)
            except BaseException as error:
                errors.append(error)
            finally:
                connection.close()

        began = time.perf_counter()
        threads = [threading.Thread(target=publish, args=(share,)) for share in shares]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
        elapsed = time.perf_counter() - began
        close_old_connections()

        assert errors == []
        numbers = sorted(Event.objects.published().for_timeline(timeline).values_list("number", flat=True))
        assert numbers == list(range(1, self.BULLETINS + 1))
        print(f"\n{self.BULLETINS} concurrent publishes by {self.WRITERS} writers: {elapsed:.1f} s")

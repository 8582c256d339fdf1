"""timeline.services.bulletins: a bulletin's lifecycle."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.factories import EventFactory, PersonFactory, TimelineFactory
from timeline import services
from timeline.models import AuditEntry, Event, Timeline

pytestmark = pytest.mark.django_db
DAY = datetime.date(2022, 1, 9)


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


class TestScheduledBulletins:
    """An editor schedules what they read: a later change by someone who may not publish goes back to review."""

    LATER = datetime.datetime(2030, 1, 1, 9, tzinfo=datetime.UTC)

    def scheduled(self, reporter, editor):
        event = services.event_create(timeline=TimelineFactory(), user=reporter, headline="قبل", date=DAY)
        services.event_submit_for_review(event=event, user=reporter)
        return services.event_schedule(event=Event.objects.get(pk=event.pk), user=editor, publish_at=self.LATER)

    def test_a_reporters_edit_unschedules_it_back_to_review(self, reporter, editor):
        event = self.scheduled(reporter, editor)
        services.event_update(event=Event.objects.get(pk=event.pk), user=reporter, headline="بعد")
        event.refresh_from_db()
        assert (event.status, event.publish_at, event.headline) == (Event.Status.IN_REVIEW, None, "بعد")
        assert services.publish_due(now=self.LATER) == []
        assert AuditEntry.objects.filter(event=event, description__contains="أُعيدت إلى المراجعة").exists()

    def test_a_reporters_new_statement_unschedules_it_too(self, reporter, editor):
        event = self.scheduled(reporter, editor)
        services.event_statements_replace(
            event=Event.objects.get(pk=event.pk),
            user=reporter,
            statements=[{"speaker": PersonFactory(), "text": "قال"}],
        )
        assert Event.objects.get(pk=event.pk).publish_at is None

    def test_an_editors_edit_keeps_the_schedule(self, reporter, editor):
        event = self.scheduled(reporter, editor)
        services.event_update(event=Event.objects.get(pk=event.pk), user=editor, headline="بعد")
        assert Event.objects.get(pk=event.pk).publish_at == self.LATER

    def test_saving_without_a_change_keeps_the_schedule(self, reporter, editor):
        event = self.scheduled(reporter, editor)
        services.event_update(event=Event.objects.get(pk=event.pk), user=reporter, headline="قبل")
        assert Event.objects.get(pk=event.pk).publish_at == self.LATER


class TestPublicTimes:
    """Only what readers see moves the timeline's updated_at (sitemap lastmod, Last-Modified, the home page's order)."""

    PAST = datetime.datetime(2022, 1, 1, tzinfo=datetime.UTC)

    @pytest.fixture
    def timeline(self):
        timeline = TimelineFactory()
        Timeline.objects.filter(pk=timeline.pk).update(updated_at=self.PAST)
        return timeline

    def moved(self, timeline) -> bool:
        stamp = Timeline.objects.get(pk=timeline.pk).updated_at
        Timeline.objects.filter(pk=timeline.pk).update(updated_at=self.PAST)
        return stamp != self.PAST

    def test_working_on_a_draft_moves_no_public_time(self, timeline, reporter, editor):
        event = services.event_create(timeline=timeline, user=reporter, headline="مسودة", date=DAY)
        services.event_update(event=event, user=reporter, body="فقرة")
        services.statement_add(event=event, user=reporter, speaker=PersonFactory(), text="قال")
        services.event_submit_for_review(event=event, user=reporter)
        services.event_schedule(event=Event.objects.get(pk=event.pk), user=editor, publish_at=self.PAST.replace(2030))
        other = services.event_create(timeline=timeline, user=reporter, headline="أخرى")
        services.event_delete(event=other, user=editor)
        assert not self.moved(timeline)

    def test_publishing_editing_correcting_retracting_and_unpublishing_move_it(self, timeline, editor):
        event = services.event_create(timeline=timeline, user=editor, headline="خبر", date=DAY)
        assert not self.moved(timeline)
        services.event_publish(event=event, user=editor)
        assert self.moved(timeline)
        services.event_update(event=event, user=editor, body="فقرة مصححة")
        assert self.moved(timeline)
        services.event_correct(event=event, user=editor, note="صُحّح اسم المتحدث")
        assert self.moved(timeline)
        services.event_retract(event=event, user=editor, reason="لم يتأكد")
        assert self.moved(timeline)
        second = services.event_publish(
            event=services.event_create(timeline=timeline, user=editor, headline="ثانية", date=DAY), user=editor
        )
        self.moved(timeline)
        services.event_unpublish(event=second, user=editor)
        assert self.moved(timeline)

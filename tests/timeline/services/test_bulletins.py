"""timeline.services.bulletins: a bulletin's lifecycle."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.factories import (
    EventFactory,
    TimelineFactory,
)
from timeline import services
from timeline.models import Event

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

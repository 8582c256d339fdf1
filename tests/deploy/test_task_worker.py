"""Scheduled publishing and re-rendering on a real task worker (#18): django-tasks-db's queue and `db_worker`, as
`make serve` runs them, not the immediate backend."""

from __future__ import annotations

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from renderings.models import RenderedBulletin
from tests.factories import PersonFactory, TimelineFactory, UserFactory
from timeline import services
from timeline.models import Event
from timeline.roles import NewsroomRole

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def worker_backend(settings):
    # (Django resets its task backends when TASKS changes.)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


def test_a_scheduled_bulletin_is_published_by_the_worker(worker_backend):
    editor = UserFactory(role=NewsroomRole.CHIEF)
    event = services.event_create(
        timeline=TimelineFactory(slug="geneva"), user=editor, headline="بيان ختامي", date=datetime.date(2022, 1, 10)
    )
    services.event_schedule(event=event, user=editor, publish_at=timezone.now() + datetime.timedelta(seconds=1))
    Event.objects.filter(pk=event.pk).update(publish_at=timezone.now() - datetime.timedelta(seconds=1))
    call_command("task_clock", "--once", verbosity=0)
    event.refresh_from_db()
    assert event.status == Event.Status.DRAFT  # queued, not run: only the worker runs it
    run_worker()
    event.refresh_from_db()
    assert event.status == Event.Status.PUBLISHED


def test_a_rename_is_rendered_again_by_the_worker(worker_backend):
    editor = UserFactory(role=NewsroomRole.CHIEF)
    speaker = PersonFactory(name="أنطوني بلينكن")
    event = services.event_create(
        timeline=TimelineFactory(slug="geneva"),
        user=editor,
        headline="بلينكن في جنيف",
        date=datetime.date(2022, 1, 9),
        status=Event.Status.PUBLISHED,
    )
    services.statement_add(event=event, user=editor, speaker=speaker, text="لا نتوقع اختراقا")
    run_worker()
    assert RenderedBulletin.objects.filter(event=event, variant="html:ar").exists()
    speaker.name = "أنتوني بلينكن"
    speaker.save()
    # Dropped with the rename, in its transaction; rendered again by the worker.
    assert not RenderedBulletin.objects.filter(event=event).exists()
    run_worker()
    stored = RenderedBulletin.objects.get(event=event, variant="html:ar")
    assert "أنتوني بلينكن" in stored.content

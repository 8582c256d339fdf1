"""Background jobs, through Django's tasks framework. With the default Immediate backend an enqueued task runs at
once; with a worker backend configured (TASKS, e.g. django-tasks-db and `manage.py db_worker`, as `make serve`
runs it) a worker runs it."""

from django.tasks import task

from timeline import services


@task
def publish_scheduled() -> list[int]:
    """Publish the bulletins whose scheduled time has come; returns their ids."""
    return [event.pk for event in services.publish_due()]


@task
def render_bulletins(event_ids: list[int]) -> int:
    """Render again, and store, the reader HTML and API JSON of these bulletins (after a change to them or to what
    they show: a person renamed, a role, a source, a topic); returns how many were public."""
    from timeline.bulletin_fragments import render_now

    return render_now(event_ids)

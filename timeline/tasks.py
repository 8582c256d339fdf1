"""Background jobs, through Django's tasks framework. With the default Immediate backend an enqueued task runs at
once; with a worker backend configured (TASKS, e.g. django-tasks-db and `manage.py db_worker`) a worker runs it."""

from django.tasks import task

from timeline import services


@task
def publish_scheduled() -> list[int]:
    """Publish the bulletins whose scheduled time has come; returns their ids."""
    return [event.pk for event in services.publish_due()]

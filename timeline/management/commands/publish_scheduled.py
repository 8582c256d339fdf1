from django.core.management.base import BaseCommand

from timeline import services


class Command(BaseCommand):
    help = (
        "Publish the bulletins whose scheduled time has come. Idempotent and safe to run every minute from cron: "
        "* * * * * cd /srv/tasalsul && .venv/bin/python manage.py publish_scheduled"
    )

    def handle(self, *args, **options) -> None:
        published = services.publish_due()
        for event in published:
            self.stdout.write(f"Published ({event.number}) {event.headline} in “{event.timeline}”.")
        if not published:
            self.stdout.write("Nothing was due.")

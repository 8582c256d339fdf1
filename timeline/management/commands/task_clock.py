"""Enqueue the periodic jobs for the task worker: scheduled publishing, every `--every` seconds (10 by default).

With a worker backend (django-tasks-db) `make serve` runs this beside `manage.py db_worker`: any number of app
servers, one clock, one or more workers. publish_due is idempotent and locks each bulletin, so a second clock or
two workers at once publish nothing twice."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand

from timeline.tasks import publish_scheduled


class Command(BaseCommand):
    help = "Enqueue scheduled publishing every --every seconds for the task worker (--once: enqueue once and stop)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--every", type=float, default=10.0, help="Seconds between two enqueues (default 10).")
        parser.add_argument("--once", action="store_true", help="Enqueue once and exit.")

    def handle(self, *args, every: float, once: bool, **options) -> None:
        while True:
            result = publish_scheduled.enqueue()
            self.stdout.write(f"enqueued publish_scheduled ({result.id})")
            if once:
                return
            time.sleep(max(every, 0.5))

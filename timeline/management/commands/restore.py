import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from timeline.backup import BackupError, backup_restore
from timeline.management.section_progress import SectionProgress


class Command(BaseCommand):
    help = (
        "Restore a backup written by `manage.py backup` into this empty, migrated database, all or nothing. "
        "Restored users have no password: each sets one with `manage.py changepassword` (or a reset)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="the backup file, or - for standard input")

    def handle(self, *args, path: str, **options) -> None:
        try:
            if path == "-":
                document = json.load(sys.stdin)
            else:
                with Path(path).open(encoding="utf-8") as source:
                    document = json.load(source)
        except FileNotFoundError as error:
            raise CommandError(f"There is no file {path}.") from error
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise CommandError(f"{path} is not a JSON backup: {error}") from error
        progress = SectionProgress(self.stderr, verb="Restored")
        try:
            summary = backup_restore(document=document, progress=progress)
        except BackupError as error:
            progress.finish()
            raise CommandError(f"Nothing was restored. {error}") from error
        progress.finish()
        total = sum(summary.counts.values())
        self.stderr.write(self.style.SUCCESS(f"Restored {total:,} records from {path}."))

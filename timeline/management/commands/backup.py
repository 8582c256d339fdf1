from pathlib import Path

from django.core.management.base import BaseCommand, CommandParser

from timeline.backup import backup_write
from timeline.management.section_progress import SectionProgress


class Command(BaseCommand):
    help = (
        "Write the whole newsroom (timelines, bulletins, people, sources, revisions, users and their roles; never "
        "passwords or API tokens) to PATH as a versioned JSON backup (docs/backup-format.md). `-` writes to "
        "standard output."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="the file to write, or - for standard output")

    def handle(self, *args, path: str, **options) -> None:
        progress = SectionProgress(self.stderr, verb="Saved")
        if path == "-":
            summary = backup_write(stream=self.stdout, progress=progress)
        else:
            target = Path(path)
            # Written beside and then renamed: an interrupted backup never leaves a truncated file under the name.
            partial = target.with_name(target.name + ".partial")
            with partial.open("w", encoding="utf-8") as stream:
                summary = backup_write(stream=stream, progress=progress)
            partial.replace(target)
        progress.finish()
        total = sum(summary.counts.values())
        where = "standard output" if path == "-" else path
        self.stderr.write(self.style.SUCCESS(f"Backup written to {where}: {total:,} records."))

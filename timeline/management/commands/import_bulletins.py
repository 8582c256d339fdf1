import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError, CommandParser

from timeline.importing.lines import WireTextError, decode_lines
from timeline.importing.writing import BulletinImportError, ImportReport, bulletins_import
from timeline.models import Language, Timeline

PROGRESS_FROM_BYTES = 256 * 1024


class Command(BaseCommand):
    help = (
        "Import a chronology of numbered bulletins from UTF-8 text (a header line “(18) headline - 9 يناير 2022”, "
        "then its paragraphs). All or nothing; importing the same text again changes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="the text file, or - for standard input")
        parser.add_argument("--timeline", required=True, metavar="SLUG")
        parser.add_argument("--create", action="store_true", help="create the timeline if it does not exist")
        parser.add_argument("--title", default="", help="the new timeline's title (with --create)")
        parser.add_argument("--language", default=Language.ARABIC, choices=Language.values)
        parser.add_argument("--publish", action="store_true", help="publish the new bulletins")
        parser.add_argument("--update", action="store_true", help="replace bulletins whose text changed")
        parser.add_argument("--dry-run", action="store_true", help="report what would happen, write nothing")
        parser.add_argument(
            "--date-order",
            choices=["dmy", "mdy"],
            default="dmy",
            help="how numeric dates such as 03/11/2025 read: day first (dmy, the default) or month first (mdy)",
        )
        parser.add_argument("--as", dest="username", metavar="USERNAME", help="the editor to record as author")

    def handle(self, *args, path: str, timeline: str, **options) -> None:
        user = None
        if options["username"]:
            user = get_user_model().objects.filter(username=options["username"]).first()
            if user is None:
                raise CommandError(f"no user “{options['username']}”")
        target = Timeline.objects.filter(slug=timeline).first()
        create = None
        if target is None:
            if not options["create"]:
                raise CommandError(f"there is no timeline “{timeline}”: add --create --title TITLE to create it")
            create = {"slug": timeline, "title": options["title"] or timeline, "language": options["language"]}

        with self._open(path) as source:
            size = os.fstat(source.fileno()).st_size if source is not sys.stdin.buffer else 0
            progress = _Progress(self.stderr, size) if size >= PROGRESS_FROM_BYTES else None
            lines = decode_lines(progress.track(source) if progress else source)
            try:
                report = bulletins_import(
                    lines=lines,
                    user=user,
                    timeline=target,
                    create_timeline=create,
                    publish=options["publish"],
                    update=options["update"],
                    dry_run=options["dry_run"],
                    progress=progress.bulletins if progress else None,
                    date_order=options["date_order"],
                )
            except BulletinImportError as error:
                raise CommandError("nothing was imported:\n" + "\n".join(str(e) for e in error.errors)) from error
            except WireTextError as error:
                raise CommandError(f"nothing was imported: {error}") from error
            except PermissionDenied as error:
                raise CommandError(f"nothing was imported: {error}") from error
            if progress:
                progress.finish()
        self._summary(report)

    def _open(self, path: str) -> BinaryIO:
        if path == "-":
            return open(sys.stdin.fileno(), "rb", closefd=False)
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"no file at {path}")
        return file.open("rb")

    def _summary(self, report: ImportReport) -> None:
        prefix = "Dry run, nothing written: would import" if report.dry_run else "Imported"
        self.stdout.write(
            self.style.SUCCESS(
                f"{prefix} into “{report.timeline}”: {report.created} bulletins created, {report.updated} updated, "
                f"{report.unchanged} unchanged; {report.statements} statements."
            )
        )
        for speaker, count in report.by_speaker.most_common():
            self.stdout.write(f"  {count:>5}  {speaker}")
        if report.new_people:
            self.stdout.write(f"New people ({len(report.new_people)}): " + "، ".join(report.new_people))
        for warning in report.warnings:
            self.stdout.write(self.style.WARNING(f"Warning: {warning}"))


class _Progress:
    """A progress bar on standard error, by bytes read: the file's size is known, its bulletin count is not."""

    def __init__(self, stream, size: int) -> None:
        self.stream, self.size, self.read, self.count, self.shown = stream, size, 0, 0, (-1, -1)

    def track(self, source: BinaryIO) -> Iterator[bytes]:
        for raw in source:
            self.read += len(raw)
            yield raw

    def bulletins(self, count: int) -> None:
        self.count = count
        percent = min(100, self.read * 100 // self.size)
        # Redrawn for each batch too: the file is read ahead of the writing (by a batch or two), so the bar may be
        # at 100% while the last bulletins are still being written.
        if (percent, count) != self.shown:
            self.shown = (percent, count)
            bar = "#" * (percent // 4) + "-" * (25 - percent // 4)
            self.stream.write(f"\r[{bar}] {percent:3d}%  {count:,} bulletins", ending="")
            self.stream.flush()

    def finish(self) -> None:
        self.stream.write("")

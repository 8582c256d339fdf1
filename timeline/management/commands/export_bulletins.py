from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from timeline.importing.chronology import format_chronology
from timeline.models import Event, Timeline


class Command(BaseCommand):
    help = "Write a timeline's bulletins in the text format import_bulletins reads (a round trip)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", nargs="?", help="the file to write; standard output without it")
        parser.add_argument("--timeline", required=True, metavar="SLUG")
        parser.add_argument("--published", action="store_true", help="only published bulletins")

    def handle(self, *args, path: str | None, timeline: str, published: bool, **options) -> None:
        story = Timeline.objects.filter(slug=timeline).first()
        if story is None:
            raise CommandError(f"there is no timeline “{timeline}”")
        events = Event.objects.published() if published else Event.objects.all()
        events = events.for_timeline(story).order_by("number")
        rows = events.values_list("number", "headline", "date", "body").iterator(chunk_size=2000)
        output = Path(path).open("w", encoding="utf-8") if path else self.stdout  # noqa: SIM115
        left_out = []
        try:
            for number, line in format_chronology(rows, story.language):
                if line:
                    output.write(line if output is self.stdout else line + "\n")
                else:
                    left_out.append(number)
        finally:
            if path:
                output.close()
        for number in left_out:
            self.stderr.write(f"Bulletin ({number}) has no headline or date yet and was left out.")

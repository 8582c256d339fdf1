from django.core.management.base import BaseCommand

from timeline.demo import load_demo


class Command(BaseCommand):
    help = "Load a demo Arabic timeline with bulletins, statements, people and sources. Safe to run again."

    def handle(self, *args, **options) -> None:
        report = load_demo()
        if report.created:
            made = ", ".join(f"{count} {kind}" for kind, count in sorted(report.created.items()))
            self.stdout.write(self.style.SUCCESS(f"Demo data loaded: {made}."))
        else:
            self.stdout.write("Demo data already present; nothing changed.")

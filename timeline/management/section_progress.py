"""Progress of a long command that works through named sections (backup, restore): one line per section, redrawn
in place as it advances."""

from __future__ import annotations

from django.core.management.base import OutputWrapper


class SectionProgress:
    def __init__(self, stream: OutputWrapper, *, verb: str) -> None:
        self.stream, self.verb, self.section, self.shown = stream, verb, None, -1

    def __call__(self, section: str, done: int, total: int) -> None:
        if section != self.section:
            if self.section is not None:
                self.stream.write("")
            self.section, self.shown = section, -1
        percent = 100 if not total else done * 100 // total
        if percent == self.shown and done != total:
            return
        self.shown = percent
        bar = "#" * (percent // 4) + "-" * (25 - percent // 4)
        self.stream.write(f"\r{self.verb} {section:<15} [{bar}] {done:,}/{total:,}", ending="")
        self.stream.flush()

    def finish(self) -> None:
        if self.section is not None:
            self.stream.write("")
            self.section = None

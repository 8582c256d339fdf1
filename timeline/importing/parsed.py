"""What the parser reads from wire text, before anything touches the database."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from timeline.importing.lines import WireTextError

DIRECT, PARAPHRASE = "direct", "paraphrase"


@dataclass(eq=False)
class SpeakerMention:
    """Who the text says spoke. One object per person: later mentions of the same person reuse it."""

    name: str = ""
    description: str = ""  # for a speaker without a name: "مسئول كبير في الإدارة الأمريكية"

    @property
    def is_anonymous(self) -> bool:
        return not self.name

    @property
    def label(self) -> str:
        return self.name or self.description


@dataclass
class ParsedStatement:
    kind: str
    text: str
    speaker: SpeakerMention | None  # None: the text names no one the parser could identify
    title: str = ""  # the role the text gives the speaker here: "وزير الخارجية الأمريكي"
    line: int = 0
    index: int = 0  # its place among the statements found in its bulletin
    confidence: float = 1.0  # how sure the reader is of kind, words and speaker together, 0..1
    doubts: list[str] = field(default_factory=list)  # why it is less sure: "the quotation is not closed"


@dataclass
class ParsedBulletin:
    number: int
    headline: str
    date: datetime.date | None
    line: int
    time: datetime.time | None = None
    paragraphs: list[str] = field(default_factory=list)
    statements: list[ParsedStatement] = field(default_factory=list)
    is_fragment: bool = False  # text before the first header: no headline or date of its own
    errors: list[WireTextError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # read, but worth an editor's look (a weekday that disagrees)

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

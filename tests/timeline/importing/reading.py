"""Reading paragraphs as the importer does, for the attribution tests of both languages."""

from timeline.importing.attribution import Attribution


def read(*paragraphs: str) -> list[tuple[str, str | None, str, str]]:
    """(kind, speaker, title, text) of every statement in the paragraphs, read in order as one bulletin."""
    attribution = Attribution()
    found = []
    for line, paragraph in enumerate(paragraphs, start=1):
        for statement in attribution.statements(paragraph, line):
            speaker = statement.speaker.label if statement.speaker else None
            found.append((statement.kind, speaker, statement.title, statement.text))
    return found

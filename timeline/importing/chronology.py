"""The whole text: bulletins one at a time from numbered lines, and back to lines."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator

from timeline.importing.attribution import Attribution
from timeline.importing.headers import format_header, parse_header
from timeline.importing.lines import WireTextError
from timeline.importing.parsed import ParsedBulletin


def parse_chronology(lines: Iterable[tuple[int, str]], *, date_order: str = "dmy") -> Iterator[ParsedBulletin]:
    """Bulletins, one at a time, from numbered lines. Text before the first header comes first, as a fragment
    numbered one below that header. Problems are attached to the bulletin they concern (`errors`); a number that
    appears twice in the text is one of them. Numeric dates are read day first unless `date_order` is "mdy"."""
    attribution = Attribution()
    seen: dict[int, int] = {}
    current: ParsedBulletin | None = None
    leading: list[tuple[int, str]] = []
    any_text = False

    def finish(bulletin: ParsedBulletin) -> ParsedBulletin:
        if bulletin.number in seen and not bulletin.is_fragment:
            bulletin.errors.append(
                WireTextError(
                    bulletin.line, f"bulletin ({bulletin.number}) appears twice: also on line {seen[bulletin.number]}"
                )
            )
        seen.setdefault(bulletin.number, bulletin.line)
        return bulletin

    for line, text in lines:
        if "\x00" in text:
            raise WireTextError(line, "the line holds a NUL character (U+0000), which text cannot: remove it")
        stripped = text.strip()
        if not stripped:
            continue
        any_text = True
        header = parse_header(
            stripped, line, date_order=date_order, next_number=current.number + 1 if current is not None else None
        )
        if header is not None:
            if current is not None:
                yield finish(current)
            elif leading:
                yield finish(_fragment(leading, header, attribution))
            current = header
            attribution.new_bulletin()
            continue
        if current is None:
            leading.append((line, stripped))
            continue
        current.paragraphs.append(stripped)
        current.statements.extend(attribution.statements(stripped, line))
    if current is not None:
        yield finish(current)
    elif leading:
        raise WireTextError(
            leading[0][0], "no bulletin header found: a header looks like “(18) headline - 9 يناير 2022”"
        )
    if not any_text:
        raise WireTextError(None, "the text is empty")


def _fragment(leading: list[tuple[int, str]], first: ParsedBulletin, attribution: Attribution) -> ParsedBulletin:
    first_line = leading[0][0]
    fragment = ParsedBulletin(number=first.number - 1, headline="", date=None, line=first_line, is_fragment=True)
    if fragment.number < 1:
        fragment.errors.append(
            WireTextError(
                first_line,
                f"the text before bulletin ({first.number}) on line {first.line} cannot be numbered below it",
            )
        )
    attribution.new_bulletin()
    for line, paragraph in leading:
        fragment.paragraphs.append(paragraph)
        fragment.statements.extend(attribution.statements(paragraph, line))
    return fragment


def format_chronology(
    bulletins: Iterable[tuple[int, str, datetime.date | None, str]], language: str
) -> Iterator[tuple[int, str]]:
    """Lines of text from (number, headline, date, body) tuples in number order, which parse_chronology reads back.

    A first bulletin without headline or date (an imported fragment) is written as the text before the first header,
    which is how it came; any other bulletin without them has no form in this format and is yielded as
    (number, "") for the caller to report, instead of being written."""
    first = True
    for number, headline, day, body in bulletins:
        paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
        if day is None or not headline:
            if first and paragraphs:
                yield from ((number, paragraph) for paragraph in paragraphs)
            else:
                yield number, ""
            first = False
            continue
        first = False
        yield number, format_header(number, headline, day, language)
        yield from ((number, paragraph) for paragraph in paragraphs)

"""The whole text: bulletins one at a time from numbered lines, and back to lines."""

from __future__ import annotations

import datetime
import io
import itertools
import multiprocessing
import os
import pickle
import threading
import warnings
import weakref
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from timeline.importing.attribution import Attribution
from timeline.importing.headers import format_header, parse_header
from timeline.importing.lines import WireTextError
from timeline.importing.parsed import ParsedBulletin, SpeakerMention


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


# --- Reading in another process ------------------------------------------------------------------------------------

LINES_A_MESSAGE = 500


def parse_chronology_batches(
    lines: Iterable[tuple[int, str]], *, date_order: str = "dmy", batch_size: int = 200, in_child: bool = False
) -> Iterator[tuple[ParsedBulletin, ...]]:
    """parse_chronology's bulletins in batches of `batch_size`. With `in_child` (where the system can fork), they
    are read in a child process while the caller writes the batches before them: reading is half of an import's
    time, and has a core of its own there. Same bulletins, same errors at the same point, same speaker objects
    (a SpeakerMention read twice is one object here too); `lines` is still consumed in this process, in order."""
    if not in_child or not hasattr(os, "fork"):
        yield from itertools.batched(parse_chronology(lines, date_order=date_order), batch_size)
        return
    yield from _ChildReader(lines, date_order, batch_size).batches()


class _Serials:
    """Serial numbers of the speakers sent so far (while the reader still holds them)."""

    def __init__(self) -> None:
        self.numbers: weakref.WeakKeyDictionary[SpeakerMention, int] = weakref.WeakKeyDictionary()
        self.next = itertools.count(1)

    def of(self, mention: SpeakerMention) -> int:
        number = self.numbers.get(mention)
        if number is None:
            number = self.numbers[mention] = next(self.next)
        return number


class _Pickler(pickle.Pickler):
    """Speakers by serial number, so that the receiving side gives every mention of one speaker one object, as
    here (the speakers' directory remembers them by identity); WireTextError by its line and message. (Through the
    dispatch table, which the pickler consults only for these types, not for each object as persistent_id.)"""

    def __init__(self, file: BinaryIO, serials: _Serials | None = None) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        table: dict[type, Any] = {WireTextError: _reduce_wire_text_error}
        if serials is not None:
            table[SpeakerMention] = lambda mention: (
                _mention,
                (serials.of(mention), mention.name, mention.description),
            )
        self.dispatch_table = table


def _reduce_wire_text_error(error: WireTextError) -> tuple:
    return (WireTextError, (error.line, error.message))


# The speakers received so far by the reading in this thread, by serial number (while someone holds them).
_received = threading.local()


def _mention(serial: int, name: str, description: str) -> SpeakerMention:
    mentions = _received.mentions
    mention = mentions.get(serial)
    if mention is None:
        mention = mentions[serial] = SpeakerMention(name=name, description=description)
    return mention


def _send(out: BinaryIO, message: tuple[str, Any], serials: _Serials | None = None) -> None:
    """One message; an error that cannot be pickled goes as a RuntimeError with its text."""
    buffer = io.BytesIO()
    try:
        _Pickler(buffer, serials).dump(message)
    except Exception:
        if message[0] != "error":
            raise
        buffer = io.BytesIO()
        error = message[1]
        _Pickler(buffer).dump(("error", RuntimeError(f"{type(error).__name__}: {error}")))
    out.write(buffer.getbuffer())
    out.flush()


class _ChildReader:
    """A forked child parses the lines this process's feeder thread sends it (LINES_A_MESSAGE at a time) and
    sends back batches of bulletins; an error, of the lines or of the reading, comes back where it happened."""

    def __init__(self, lines: Iterable[tuple[int, str]], date_order: str, batch_size: int) -> None:
        self.lines, self.date_order, self.batch_size = lines, date_order, batch_size
        self.feed_failure: BaseException | None = None

    def batches(self) -> Iterator[tuple[ParsedBulletin, ...]]:
        lines_read, lines_write = os.pipe()
        batches_read, batches_write = os.pipe()
        child = multiprocessing.get_context("fork").Process(
            target=self._child, args=(lines_read, lines_write, batches_read, batches_write), daemon=True
        )
        with warnings.catch_warnings():
            # Python warns that a fork copies other threads' locks (here, the database pool's idle threads): the
            # child only parses text and writes to its pipe, and never touches what those threads hold.
            warnings.filterwarnings("ignore", "This process .* is multi-threaded", DeprecationWarning)
            child.start()
        os.close(lines_read)
        os.close(batches_write)
        feeder = threading.Thread(target=self._feed, args=(lines_write,), daemon=True, name="bulletins-lines")
        feeder.start()
        mentions: weakref.WeakValueDictionary[int, SpeakerMention] = weakref.WeakValueDictionary()
        try:
            with open(batches_read, "rb") as source:
                while True:
                    try:
                        _received.mentions = mentions  # another reading may have run in this thread meanwhile
                        kind, payload = pickle.load(source)
                    except EOFError:
                        kind, payload = "error", RuntimeError("the chronology's reader stopped unexpectedly")
                    if kind == "batch":
                        yield payload
                    elif kind == "error":
                        raise self.feed_failure or payload
                    else:
                        return
        finally:
            # Done, failed, or abandoned (too many errors): the child goes (SIGKILL: a forked web worker's
            # handlers would not let it), which also frees a feeder blocked on a full pipe.
            if child.is_alive():
                child.kill()
            child.join()
            feeder.join()

    def _feed(self, descriptor: int) -> None:
        """The lines, consumed here and in order (a caller may count them as they go), to the child."""
        try:
            with open(descriptor, "wb") as out:
                lines = iter(self.lines)
                while True:
                    chunk: list[tuple[int, str]] = []
                    try:
                        chunk.extend(itertools.islice(lines, LINES_A_MESSAGE))
                    except BaseException as error:  # an undecodable line: the child raises it where it comes
                        if chunk:
                            _send(out, ("lines", chunk))
                        _send(out, ("error", error))
                        return
                    _send(out, ("lines", chunk))
                    if not chunk:
                        return
        except BaseException as error:  # the child is gone (the reading side says why), or a chunk would not go
            self.feed_failure = self.feed_failure or (error if not isinstance(error, OSError) else None)

    def _child(self, lines_read: int, lines_write: int, batches_read: int, batches_write: int) -> None:
        os.close(lines_write)
        os.close(batches_read)
        serials = _Serials()
        with open(lines_read, "rb") as source, open(batches_write, "wb") as out:
            try:
                for batch in itertools.batched(
                    parse_chronology(_received(source), date_order=self.date_order), self.batch_size
                ):
                    _send(out, ("batch", batch), serials)
                _send(out, ("end", None))
            except Exception as error:
                _send(out, ("error", error), serials)


def _received(source: BinaryIO) -> Iterator[tuple[int, str]]:
    while True:
        kind, payload = pickle.load(source)
        if kind == "error":
            raise payload
        if not payload:
            return
        yield from payload

"""Numbered lines of text, and the error that names one: the importer's first step."""

from __future__ import annotations

from collections.abc import Iterable, Iterator


class WireTextError(Exception):
    """A problem in the text, with the line it is on (None when it concerns the whole text)."""

    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


def decode_lines(raw_lines: Iterable[bytes]) -> Iterator[tuple[int, str]]:
    """Numbered lines of UTF-8 bytes (a leading byte-order mark is dropped). Undecodable input names its line."""
    for number, raw in enumerate(raw_lines, start=1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise WireTextError(
                number, f"not UTF-8 text (byte 0x{raw[error.start]:02x} at column {error.start + 1})"
            ) from error
        if number == 1:
            text = text.removeprefix("\ufeff")
        yield number, text.rstrip("\r\n")


def numbered_lines(text: str) -> Iterator[tuple[int, str]]:
    return enumerate(text.removeprefix("\ufeff").splitlines(), start=1)

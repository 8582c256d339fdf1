"""Numbers read from query parameters (`?number=`, `?after=`, `?count=`, `?maxwidth=`, `?page=`).

`str.isdigit()` is not the test: it is true of superscripts and circled digits ("²", "①"), which `int()` refuses, so
a check with isdigit() followed by int() is a 500 waiting for a curious reader. `str.isdecimal()` is true of exactly
what `int()` reads: ASCII digits and the other scripts' decimal digits, so an Arabic reader's ١٨ is bulletin 18.
"""

from __future__ import annotations

# PostgreSQL's integer (bulletin numbers, counts); a larger value would fail in the database, not be "not found".
LARGEST = 2_147_483_647
MOST_DIGITS = 20


def whole_number(raw: str | None, *, least: int = 0, most: int = LARGEST) -> int | None:
    """`raw` as a whole number from `least` to `most`, or None for anything else (empty, signed, fractional,
    superscript, too large)."""
    if raw is None:
        return None
    raw = raw.strip()
    # A longer string is no number we keep, and is refused before int() reads it (a million digits is slow to read).
    if not raw or len(raw) > MOST_DIGITS or not raw.isdecimal():
        return None
    value = int(raw)
    return value if least <= value <= most else None

"""The API's JSON parser: DRF's, refusing with a 400 what would otherwise fail later with a 500.

- JSON nested thousands of levels deep makes Python's decoder raise RecursionError, which DRF does not catch. No
  request of ours nests deeper than a few levels (a bulletin, its statements, a statement, its speaker), so anything
  deeper than MAX_DEPTH is refused, naming the limit.
- A NUL character ("\\u0000") is valid JSON but no text of ours may hold one, and PostgreSQL cannot compare or store
  one: a speaker's slug or name holding it would fail in the database. Nor can half of a surrogate pair ("\\ud800"
  alone), also valid JSON, be written as UTF-8 at all. Both are refused wherever they are, keys included.
"""

from __future__ import annotations

import re
from typing import Any

from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

MAX_DEPTH = 16
TOO_DEEP = _("The JSON is nested more than %(most)s levels deep; no request needs so many.")
HOLDS_NUL = _("Text in the request holds a NUL character (\\u0000), which no field accepts.")
HOLDS_SURROGATE = _("Text in the request holds half of a surrogate pair (\\ud800 to \\udfff), which is no character.")
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _check(data: Any) -> None:
    """Walks the parsed document without recursion (it may be deep: that is what is checked)."""
    pending = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, str):
            found = _UNSTORABLE.search(value)
            if found:
                raise ParseError(str(HOLDS_NUL if found.group() == "\x00" else HOLDS_SURROGATE))
        elif isinstance(value, dict | list):
            if depth > MAX_DEPTH:
                raise ParseError(TOO_DEEP % {"most": MAX_DEPTH})
            items = value.items() if isinstance(value, dict) else ((None, item) for item in value)
            for key, item in items:
                if key is not None:
                    pending.append((key, depth))
                pending.append((item, depth + 1))


class NewsroomJSONParser(JSONParser):
    def parse(self, stream: Any, media_type: str | None = None, parser_context: dict | None = None) -> Any:
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError as error:
            raise ParseError(TOO_DEEP % {"most": MAX_DEPTH}) from error
        _check(data)
        return data

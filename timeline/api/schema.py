"""The OpenAPI schema class: drf-spectacular's, with the error answers every operation can give."""

from __future__ import annotations

import functools
from typing import Any

from drf_spectacular.openapi import AutoSchema
from rest_framework.permissions import SAFE_METHODS

from timeline.models import has_visible_character

# --- Schema ----------------------------------------------------------------------------------------------------

ERROR = {
    "type": "object",
    "description": "What went wrong: `detail`, or a list of messages for each parameter or field at fault.",
    "additionalProperties": True,
}


class NewsroomSchema(AutoSchema):
    """Documents the errors every operation may answer with, so clients (and schemathesis) know them."""

    def get_auth(self) -> list[dict[str, list]]:
        """Reads need no credentials (an empty requirement says so); writes need a token or a session."""
        requirements = super().get_auth()
        if self.method in SAFE_METHODS and {} not in requirements:
            requirements.append({})
        return requirements

    def _get_response_bodies(self, direction: str = "response") -> dict[str, Any]:
        responses = super()._get_response_bodies(direction)
        errors = {
            "400": "Invalid parameters or body",
            "404": "Not found",
            "429": "Too many requests",
            "500": "Server error (JSON, like every other error)",
            "503": "The database is unavailable for a moment: retry after `Retry-After` seconds",
        }
        if self.method not in SAFE_METHODS:
            errors.update(
                {
                    "401": "Not authenticated",
                    "403": "Not allowed for your newsroom role: publishing is an editor's or a chief's, a number "
                    "given by hand or a change of number (renumbering) a chief's",
                    "409": "Conflict: the bulletin number is taken, the highest number (99999) is taken, or the "
                    "`version` sent is stale",
                    "412": "Stale If-Match",
                }
            )
        if self.method == "GET":
            errors["304"] = "Not modified since the ETag or date given"
        for code, description in errors.items():
            if code == "304":
                responses.setdefault(code, {"description": description})
            else:
                responses.setdefault(
                    code, {"description": description, "content": {"application/json": {"schema": ERROR}}}
                )
        return responses


NO_NULL_CHARACTER = "^[^\\x00]*$"
# Required text is trimmed before it is checked: it must hold something besides spaces.
SOME_TEXT = "^[^\\x00]*[^\\s\\x00][^\\x00]*$"


def _forbid_null_characters(schema: dict[str, Any]) -> None:
    if schema.get("type") == "string" and not schema.keys() & {"enum", "format", "pattern"}:
        schema["pattern"] = SOME_TEXT if schema.get("minLength", 0) > 0 else NO_NULL_CHARACTER
    for nested in schema.get("properties", {}).values():
        _forbid_null_characters(nested)
    if isinstance(schema.get("items"), dict):
        _forbid_null_characters(schema["items"])
    for alternative in schema.get("oneOf", []):
        _forbid_null_characters(alternative)


# What DRF writes for a time of day: the wall-clock time of the story, without an offset. JSON Schema's `time` format
# (RFC 3339's full-time) requires an offset, so responses state the pattern instead.
WALL_CLOCK_TIME = "^[0-2][0-9]:[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,6})?$"


def _times_without_offset(schema: Any) -> None:
    if isinstance(schema, dict):
        if schema.get("format") == "time":
            del schema["format"]
            schema["pattern"] = WALL_CLOCK_TIME
        for value in schema.values():
            _times_without_offset(value)
    elif isinstance(schema, list):
        for value in schema:
            _times_without_offset(value)


@functools.cache
def visible_headline_pattern() -> str:
    """A headline shows something (timeline.models.has_visible_character: zero-width spaces, controls, lone marks
    do not count), as a pattern: at least one character outside the invisible ones. Written with \\uXXXX escapes,
    which every regular-expression dialect reads alike, so it names the invisible characters of the Basic
    Multilingual Plane; the API refuses the few beyond it too (the description says so)."""
    ranges: list[list[int]] = []
    for code in range(0x10000):
        # Surrogates are no characters of their own (nor valid in a pattern); JSON text never holds one alone.
        if not 0xD800 <= code <= 0xDFFF and not has_visible_character(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    invisible = "".join(f"\\u{low:04X}" + (f"-\\u{high:04X}" if high > low else "") for low, high in ranges)
    return f"^[^\\x00]*[^{invisible}][^\\x00]*$"


def _visible_headline(component: dict[str, Any]) -> None:
    headline = component.get("properties", {}).get("headline")
    if headline is not None:
        headline["pattern"] = visible_headline_pattern()
        headline["description"] = (
            headline.get("description", "") + " At least one visible character: zero-width spaces and other "
            "invisible characters alone are refused."
        ).strip()


def _closed(schema: dict[str, Any]) -> None:
    """Objects with declared properties take no others (the API answers 400 naming an undeclared field)."""
    if schema.get("type") == "object" and "properties" in schema:
        schema.setdefault("additionalProperties", False)
    for nested in schema.get("properties", {}).values():
        _closed(nested)
    if isinstance(schema.get("items"), dict):
        _closed(schema["items"])
    for alternative in schema.get("oneOf", []):
        _closed(alternative)


def state_input_limits(result: dict[str, Any], generator: Any, request: Any, public: bool) -> dict[str, Any]:
    """drf-spectacular post-processing: say in the schema what the API refuses, so that no client (nor schemathesis)
    sends it believing it valid. Text may not hold NUL characters (Django refuses them); `ordering`, when given,
    names at least one field; a body holds the fields declared and no others. And what the API answers: times of
    day without an offset."""
    for path in result.get("paths", {}).values():
        for operation in path.values():
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                if parameter.get("name") == "ordering":
                    schema["minItems"] = 1
                if parameter.get("in") in ("query", "path"):
                    _forbid_null_characters(schema)
    for name, component in result.get("components", {}).get("schemas", {}).items():
        if name.endswith("Request"):
            _forbid_null_characters(component)
            _visible_headline(component)
            _closed(component)
        else:
            _times_without_offset(component)
    return result

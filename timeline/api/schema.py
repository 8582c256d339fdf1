"""The OpenAPI schema class: drf-spectacular's, with the error answers every operation can give."""

from __future__ import annotations

from typing import Any

from drf_spectacular.openapi import AutoSchema
from rest_framework.permissions import SAFE_METHODS

# --- Schema ----------------------------------------------------------------------------------------------------

_ERROR = {
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
        errors = {"400": "Invalid parameters or body", "404": "Not found", "429": "Too many requests"}
        if self.method not in SAFE_METHODS:
            errors.update({"401": "Not authenticated", "403": "Not allowed", "412": "Stale If-Match"})
        if self.method == "GET":
            errors["304"] = "Not modified since the ETag or date given"
        for code, description in errors.items():
            if code == "304":
                responses.setdefault(code, {"description": description})
            else:
                responses.setdefault(
                    code, {"description": description, "content": {"application/json": {"schema": _ERROR}}}
                )
        return responses

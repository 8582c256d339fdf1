"""The framework floor: the cheapest Django view that returns the same bytes (and content type) as a page under test,
read once from BENCH_FLOOR_DIR and kept in memory. Every benchmark result is a ratio to it."""

from __future__ import annotations

import mimetypes
from functools import cache
from pathlib import Path

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse


@cache
def _captured(name: str) -> tuple[bytes, str]:
    path = Path(settings.FLOOR_DIR) / name
    if not settings.FLOOR_DIR or "/" in name or not path.is_file():
        raise Http404(name)
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if content_type.startswith("text/") or content_type == "application/json":
        content_type += "; charset=utf-8"
    return path.read_bytes(), content_type


def floor(request: HttpRequest, name: str) -> HttpResponse:
    content, content_type = _captured(name)
    return HttpResponse(content, content_type=content_type)

"""Requests refused before any view reads them, with a 400 that says why.

A NUL character (%00) in an address or a query parameter is never part of a slug, a search or a filter, and
PostgreSQL cannot even compare text holding one: every view that looked it up would fail with a 500. One check here
answers all of them, the admin's and the API's included. (Form fields and the API's JSON refuse NUL in what is
posted; see timeline.api.parsers.)
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext_lazy as _

NUL = "\x00"
NUL_IN_ADDRESS = _("The address holds a NUL character (code 0), which no page, search or filter accepts: remove it.")


def holds_nul(request: HttpRequest) -> bool:
    if NUL in request.path_info:
        return True
    return any(NUL in name or any(NUL in value for value in values) for name, values in request.GET.lists())


def bad_request(request: HttpRequest, message: str) -> HttpResponse:
    """A 400: JSON under /api/ (what API clients parse), plain text for everyone else."""
    if request.path_info.startswith("/api/"):
        return JsonResponse({"detail": message}, status=400, json_dumps_params={"ensure_ascii": False})
    return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")


class RefuseNulCharacterMiddleware:
    """Place it after the middleware that sets the language (PathLanguageMiddleware, or Django's LocaleMiddleware),
    so that the message is in the address's language."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if holds_nul(request):
            return bad_request(request, str(NUL_IN_ADDRESS))
        return self.get_response(request)

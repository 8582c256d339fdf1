"""How the API answers errors: named in the REST_FRAMEWORK setting (EXCEPTION_HANDLER), and kept apart from
policy.py, which DRF imports while its own views module is still loading."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.signals import got_request_exception
from django.http import HttpResponse
from django.utils.log import log_response
from rest_framework.views import exception_handler as drf_exception_handler
from rest_framework.views import set_rollback

from newsroom.views import api_error_response


def exception_handler(error: Exception, context: dict[str, Any]) -> HttpResponse | None:
    """DRF's answers for the errors it knows (400, 401, 403, 404, 405, 429...); for any other, JSON too
    (newsroom.views.api_error_response: a 503 while the database is unavailable, else a 500), never Django's HTML
    page. The error is still reported as Django reports one: the got_request_exception signal (error trackers,
    the test client) and the django.request log line with its traceback. Under DEBUG it goes on to Django's
    debug page, for the developer."""
    response = drf_exception_handler(error, context)
    if response is not None or settings.DEBUG:
        return response
    request = context["request"]._request
    set_rollback()
    got_request_exception.send(sender=None, request=request)
    answer = api_error_response(error)
    log_response("%s: %s", answer.reason_phrase, request.path, response=answer, request=request, exception=error)
    return answer

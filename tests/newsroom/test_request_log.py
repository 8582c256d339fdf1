"""Structured logs: a JSON line per request, with its id, the user, the time taken and the query count; errors with
their traceback."""

import json
import logging

import pytest

from newsroom.request_log import JsonFormatter, RequestIdFilter
from tests.factories import EventFactory, UserFactory
from timeline.models import Event
from timeline.roles import NewsroomRole

pytestmark = pytest.mark.django_db


def test_each_request_is_logged_once_with_id_user_time_and_queries(client, caplog):
    EventFactory(status=Event.Status.PUBLISHED)
    client.force_login(UserFactory(username="salma", role=NewsroomRole.EDITOR))
    with caplog.at_level(logging.INFO, logger="newsroom.requests"):
        response = client.get("/api/v1/events/", HTTP_X_REQUEST_ID="trace-42")
    assert response["X-Request-ID"] == "trace-42"
    [record] = [r for r in caplog.records if r.name == "newsroom.requests"]
    assert (record.method, record.path, record.status, record.user) == ("GET", "/api/v1/events/", 200, "salma")
    assert record.queries >= 1
    assert record.duration_ms >= 0
    line = json.loads(JsonFormatter().format(_with_id(record, "trace-42")))
    assert {
        "time",
        "level",
        "logger",
        "message",
        "request_id",
        "method",
        "path",
        "status",
        "user",
        "duration_ms",
        "queries",
    } <= set(line)
    assert line["request_id"] == "trace-42"


def test_a_request_without_an_id_gets_one(client):
    identifier = client.get("/robots.txt")["X-Request-ID"]
    assert len(identifier) == 32


def test_errors_carry_their_traceback():
    try:
        raise ValueError("broken")
    except ValueError:
        import sys

        record = logging.LogRecord("django.request", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    RequestIdFilter().filter(record)
    line = json.loads(JsonFormatter().format(record))
    assert line["level"] == "ERROR"
    assert "ValueError: broken" in line["traceback"]


def _with_id(record, identifier):
    record.request_id = identifier
    return record

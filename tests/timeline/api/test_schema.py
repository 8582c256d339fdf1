"""The OpenAPI document: valid, complete, and true. schemathesis generates requests from it (valid and invalid
data, unsupported methods) and checks every answer against it with all its checks."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from rest_framework.authtoken.models import Token

from tests.factories import (
    AnonymousPersonFactory,
    EventFactory,
    PersonFactory,
    SourceFactory,
    StatementFactory,
    TimelineFactory,
    UserFactory,
)
from timeline.models import Event
from timeline.roles import NewsroomRole

schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", get_wsgi_application())
KNOWN_PERSON, KNOWN_SOURCE = "antony-blinken", "cnn"


def point_references_at_known_records(case) -> None:
    """Writes name speakers and sources by slug; the schema cannot list the slugs a database holds, so generated
    ones point at records that exist, as a real client's would. A generated If-Match is a random ETag, rightly
    refused with 412 (tested in test_views); the wildcard is sent instead. Nothing else of the case changes, so a
    case generated to be invalid stays invalid."""
    body = case.body
    if isinstance(body, dict) and isinstance(body.get("statements"), list):
        for statement in body["statements"]:
            if isinstance(statement, dict) and isinstance(statement.get("speaker"), str):
                statement["speaker"] = KNOWN_PERSON
            if isinstance(statement, dict) and isinstance(statement.get("source"), str):
                statement["source"] = KNOWN_SOURCE
    if case.headers and "If-Match" in case.headers:
        case.headers["If-Match"] = "*"


def test_the_schema_documents_every_path_of_the_contract():
    paths = set(schema.raw_schema["paths"])
    assert {
        "/api/v1/timelines/",
        "/api/v1/timelines/{slug}/",
        "/api/v1/timelines/{slug}/events/",
        "/api/v1/timelines/{slug}/events/{number}/",
        "/api/v1/events/",
        "/api/v1/statements/",
        "/api/v1/persons/",
        "/api/v1/persons/{slug}/",
        "/api/v1/sources/",
        "/api/v1/timelines/{slug}/timelinejs.json",
        "/api/v1/timelines/{slug}/events/{number}/ninjs/",
        "/api/v1/timelines/{slug}/statements.csv",
    } <= paths
    events = schema.raw_schema["paths"]["/api/v1/events/"]["get"]
    documented = {parameter["name"] for parameter in events["parameters"]}
    assert {
        "q",
        "date_after",
        "date_before",
        "number_min",
        "number_max",
        "speaker",
        "source",
        "kind",
        "updated_since",
        "ordering",
        "page",
        "page_size",
        "pagination",
        "cursor",
    } <= documented


@pytest.fixture
def newsroom(db):
    # schemathesis calls the WSGI application, which closes database connections after each request (Django's test
    # client disconnects that handler for the same reason): the test's transaction must survive.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    timeline = TimelineFactory(slug="geneva")
    speaker, official = PersonFactory(slug=KNOWN_PERSON), AnonymousPersonFactory()
    source = SourceFactory(slug=KNOWN_SOURCE)
    for number in (1, 2, 3):
        event = EventFactory(timeline=timeline, number=number, status=Event.Status.PUBLISHED)
        StatementFactory(event=event, speaker=speaker, source=source, position=1)
        StatementFactory(event=event, speaker=official, kind="paraphrase", position=2)
    editor = UserFactory(role=NewsroomRole.EDITOR)
    yield Token.objects.create(user=editor).key
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
@hypothesis_settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_api_keeps_its_documented_promises(case, newsroom):
    point_references_at_known_records(case)
    case.call_and_validate(headers={"Authorization": f"Token {newsroom}"})

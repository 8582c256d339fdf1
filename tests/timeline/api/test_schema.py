"""The OpenAPI document: valid, complete, and true. schemathesis generates requests from it (valid and invalid data,
unsupported methods; its examples, coverage and fuzzing phases) and checks every answer against it with all its
checks, then follows the links between operations (the stateful phase, with its own checks). Nothing is excluded;
what the test adds is what a real client knows and a schema cannot: the slugs and numbers the database holds.

Throttling stays on, at the test settings' rates (newsroom/settings/test.py), as in the product."""

import base64
import datetime
import re
import zlib
from pathlib import Path

import pytest
import schemathesis
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from rest_framework.authtoken.models import Token
from schemathesis import GenerationMode
from schemathesis.config import SchemathesisConfig

from tests.factories import (
    AnonymousPersonFactory,
    EventFactory,
    PersonFactory,
    SourceFactory,
    StatementFactory,
    TimelineFactory,
    UserFactory,
)
from timeline import services
from timeline.models import Event
from timeline.roles import NewsroomRole

# The project's schemathesis settings (schemathesis.toml: which answers leave valid data unrefused), wherever pytest
# runs from.
CONFIG = SchemathesisConfig.from_path(Path(__file__).resolve().parents[3] / "schemathesis.toml")
schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", get_wsgi_application(), config=CONFIG)
# The same cases on every run, as the suite's other generated tests: a failure is the code's, never the draw's. (A
# server run, `st run`, draws afresh each time.)
schema.config.seed = 17
TIMELINE, KNOWN_PERSON, KNOWN_SOURCE = "geneva", "antony-blinken", "cnn"
# What the fixture holds: bulletins 1-3 published, 4 retracted (410), 5 a draft (staff see it; its ninjs is a 409).
NUMBERS = (1, 2, 3, 4, 5)
# Cursors every list reads: an offset with no position, forwards and backwards (DRF's own encoding).
CURSORS = tuple(base64.b64encode(raw.encode()).decode() for raw in ("o=1", "r=1", "o=1&r=1"))
KNOWN_SLUGS = {"persons": KNOWN_PERSON, "sources": KNOWN_SOURCE, "timelines": TIMELINE}

pytestmark = pytest.mark.django_db


def _choose(value, choices):
    """One of the choices, decided by the generated value itself, so that a failing case replays as it failed."""
    return choices[zlib.crc32(repr(value).encode()) % len(choices)]


def _pick(value, *known):
    """The generated value or one the database holds: reads that find something, and reads that do not."""
    return _choose(value, (value, *known))


def point_at_known_records(case, *, path_parameters: bool = True) -> None:
    """What a real client knows and the schema cannot say, applied to cases generated as valid only (an invalid
    case stays exactly as invalid as it was generated):

    - path slugs and numbers, often, name records that exist;
    - a cursor is one DRF gave (any other is rightly a 400, tested in test_views);
    - an If-Match is often the wildcard: a generated ETag is a random one, rightly refused with 412, and the
      change would never be tried;
    - statements name their speaker and source by slug: those of records that exist (an unknown one is rightly a
      400 naming it, test_views)."""
    if case.meta is not None and case.meta.generation.mode is GenerationMode.NEGATIVE:
        return
    if path_parameters and case.path_parameters:
        collection = case.operation.path.removeprefix("/api/v1/").split("/", 1)[0]
        if isinstance(case.path_parameters.get("slug"), str):
            case.path_parameters["slug"] = _pick(case.path_parameters["slug"], KNOWN_SLUGS[collection])
        if isinstance(case.path_parameters.get("number"), int):
            case.path_parameters["number"] = _pick(case.path_parameters["number"], *NUMBERS)
    if case.query and case.query.get("cursor"):
        case.query["cursor"] = _choose(case.query["cursor"], CURSORS)
    if case.headers and "If-Match" in case.headers:
        case.headers["If-Match"] = _pick(case.headers["If-Match"], "*")
    body = case.body
    if isinstance(body, dict) and isinstance(body.get("statements"), list):
        for statement in body["statements"]:
            if isinstance(statement, dict) and isinstance(statement.get("speaker"), str):
                statement["speaker"] = KNOWN_PERSON
            if isinstance(statement, dict) and isinstance(statement.get("source"), str):
                statement["source"] = KNOWN_SOURCE


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


def test_the_schema_documents_conflicts_preconditions_gone_and_media_types():
    paths = schema.raw_schema["paths"]
    detail = paths["/api/v1/timelines/{slug}/events/{number}/"]
    for method in ("put", "patch"):
        assert {"409", "412"} <= set(detail[method]["responses"]), method
        headers = {p["name"] for p in detail[method]["parameters"] if p["in"] == "header"}
        assert "If-Match" in headers, method
    assert "409" in paths["/api/v1/timelines/{slug}/events/"]["post"]["responses"]
    assert "410" in detail["get"]["responses"]
    assert {"409", "410"} <= set(paths["/api/v1/timelines/{slug}/events/{number}/ninjs/"]["get"]["responses"])
    csv = paths["/api/v1/timelines/{slug}/statements.csv"]["get"]["responses"]
    assert set(csv["200"]["content"]) == {"text/csv"}
    # What the API refuses, the schema refuses: a headline of invisible characters, a field nobody declared.
    write = schema.raw_schema["components"]["schemas"]["EventWriteRequest"]
    headline = re.compile(write["properties"]["headline"]["pattern"])
    assert headline.match("بلينكن")
    assert headline.match("\u200b 18 ")
    assert not headline.match("\u200b\u200c\u2060")
    assert not headline.match("\u0651\u064b")
    assert write["additionalProperties"] is False
    for operations in paths.values():
        for operation in operations.values():
            # Every error is JSON, the 500 included.
            assert set(operation["responses"]["500"]["content"]) == {"application/json"}


@pytest.fixture
def newsroom(db):
    # schemathesis calls the WSGI application, which closes database connections after each request (Django's test
    # client disconnects that handler for the same reason): the test's transaction must survive.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    cache.clear()
    timeline = TimelineFactory(slug=TIMELINE)
    speaker, official = PersonFactory(slug=KNOWN_PERSON), AnonymousPersonFactory()
    source = SourceFactory(slug=KNOWN_SOURCE)
    chief = UserFactory(role=NewsroomRole.CHIEF)
    for number in (1, 2, 3, 4):
        # A time of day with microseconds, as an import or the admin may store it: the schema must describe it.
        time = datetime.time(14, 30, 5, 120000) if number == 2 else None
        event = EventFactory(timeline=timeline, number=number, status=Event.Status.PUBLISHED, time=time)
        StatementFactory(event=event, speaker=speaker, source=source, position=1)
        StatementFactory(event=event, speaker=official, kind="paraphrase", position=2)
        services.event_statements_sync(event=event)
    services.event_retract(event=Event.objects.get(number=4), user=chief, reason="نُسب التصريح إلى غير قائله")
    EventFactory(timeline=timeline, number=5, status=Event.Status.DRAFT)
    editor = UserFactory(role=NewsroomRole.EDITOR)
    yield Token.objects.create(user=editor).key
    cache.clear()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def _headers(token: str | None) -> dict[str, str]:
    # schemathesis's WSGI transport sends requests' Accept-Encoding (gzip, br...) but, unlike an HTTP client, does
    # not decode what comes back: it says what it reads. (Compression has its own tests: tests/newsroom.)
    headers = {"Accept-Encoding": "identity"}
    if token:
        headers["Authorization"] = f"Token {token}"
    return headers


@schema.parametrize()
@hypothesis_settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_api_keeps_its_documented_promises(case, newsroom):
    point_at_known_records(case)
    # Reads as a reader and as staff (who see drafts), decided by the case as above; writes need the token.
    staff = case.method.upper() not in ("GET", "HEAD") or _choose((case.path_parameters, case.query), (True, False))
    case.call_and_validate(headers=_headers(newsroom if staff else None))


def test_linked_operations_keep_their_promises(newsroom):
    """POST a bulletin, then read, change and export it through the links the schema implies (the number in the
    answer), with the stateful checks: what was created is found, and so on."""

    class Newsroom(schema.as_state_machine()):
        def before_call(self, case):
            # Path parameters come from the links here: they must stay the ones the previous answer gave.
            point_at_known_records(case, path_parameters=False)

        def get_call_kwargs(self, case):
            return {"headers": _headers(newsroom)}

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            # As call_and_validate does: the checks are told which headers the test sent, so that the token counts
            # as the client's own (the ignored-auth check then tries the write without it, expecting a 401), not
            # as one schemathesis made up.
            case.validate_response(
                response,
                additional_checks=additional_checks,
                headers=kwargs.get("headers"),
                transport_kwargs=kwargs,
                recorder=self.recorder,
            )

    Newsroom.run(
        settings=hypothesis_settings(
            max_examples=15,
            stateful_step_count=4,
            deadline=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
    )

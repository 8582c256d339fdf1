"""The project's error pages: while the database is unavailable every request answers 503 with Retry-After (JSON under
/api/, a page in our style elsewhere), wherever the request meets the outage (a middleware, a view, DRF); any other
error is still a 500."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.db import OperationalError, ProgrammingError, connection
from django.http import HttpRequest, HttpResponse
from django.test import Client, override_settings
from psycopg_pool import PoolTimeout

from tests.factories import EventFactory, TimelineFactory
from timeline.models import Event

pytestmark = pytest.mark.django_db


@contextmanager
def every_query_raises(error: Exception) -> Iterator[None]:
    """What a request meets while PostgreSQL is down: its first query fails, wherever that query is."""

    def fail(execute, sql, params, many, context):
        raise error

    with connection.execute_wrapper(fail):
        yield


def unreachable() -> OperationalError:
    return OperationalError('connection failed: connection to server at "127.0.0.1", port 5432 failed')


@pytest.fixture
def client() -> Client:
    """Answers with the error page, as the server would, instead of re-raising the error in the test."""
    return Client(raise_request_exception=False)


@pytest.fixture
def story() -> None:
    EventFactory(timeline=TimelineFactory(slug="geneva"), number=1, status=Event.Status.PUBLISHED)


def assert_retry_shortly(response: HttpResponse) -> None:
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert "no-store" in response["Cache-Control"]


def test_a_page_answers_503_in_arabic_when_the_response_cache_meets_the_outage(client, story):
    # An anonymous read: the response cache middleware asks for the content version before any view runs.
    with every_query_raises(unreachable()):
        response = client.get("/timelines/geneva/")
    assert_retry_shortly(response)
    assert response["Content-Type"].startswith("text/html")
    assert [template.name for template in response.templates][:2] == ["503.html", "base.html"]
    page = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in page
    assert "<h1>غير متاح مؤقتًا</h1>" in page
    assert "X-Cache" not in response


def test_a_page_answers_503_in_english_when_the_view_meets_the_outage(client, story):
    # A session cookie keeps the response cache out of the way: the view's own queries fail.
    client.cookies["sessionid"] = "not-a-real-session"
    with every_query_raises(unreachable()):
        response = client.get("/en/timelines/geneva/")
    assert_retry_shortly(response)
    assert "<h1>Temporarily unavailable</h1>" in response.content.decode()


def test_the_api_answers_503_in_json_from_the_response_cache(client, story):
    with every_query_raises(unreachable()):
        response = client.get("/api/v1/timelines/")
    assert_retry_shortly(response)
    assert response.json() == {"detail": "غير متاح مؤقتًا: حاول مجددًا بعد بضع ثوانٍ."}


def test_the_api_answers_503_in_json_when_drf_meets_the_outage(client, story):
    # A token skips the response cache; DRF's authentication queries it and DRF re-raises what it does not handle.
    with every_query_raises(unreachable()):
        response = client.get("/api/v1/timelines/geneva/events/", HTTP_AUTHORIZATION="Token 0123456789abcdef")
    assert_retry_shortly(response)
    assert set(response.json()) == {"detail"}


class RaiseDatabaseUnavailable:
    """A middleware in front of all of ours that meets the outage: before the language, the session or the user."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        raise unreachable()


@pytest.mark.parametrize(("path", "shape"), [("/", "text/html"), ("/api/v1/timelines/", "application/json")])
def test_an_outage_met_by_the_outermost_middleware_still_answers_503(client, path, shape):
    middleware = list(settings.MIDDLEWARE)
    middleware.insert(1, f"{__name__}.RaiseDatabaseUnavailable")  # just inside the request log
    with override_settings(MIDDLEWARE=middleware):
        response = client.get(path)
    assert_retry_shortly(response)
    assert response["Content-Type"].startswith(shape)
    assert response["X-Request-ID"]


@pytest.mark.parametrize(
    "error",
    [
        PoolTimeout("couldn't get a connection after 3.00 sec"),  # psycopg_pool's own, had it escaped Django's wrapper
        RuntimeError("the feed could not be built"),  # raised from the database error
    ],
    ids=["pool-timeout", "raised-from-it"],
)
def test_what_the_database_error_becomes_still_answers_503(client, story, error):
    if isinstance(error, RuntimeError):
        error.__cause__ = unreachable()
    with every_query_raises(error):
        response = client.get("/api/v1/timelines/")
    assert_retry_shortly(response)


@pytest.mark.parametrize(
    "error",
    [ProgrammingError('relation "timeline_timeline" does not exist'), ValueError("a bug")],
    ids=["programming-error", "bug"],
)
def test_any_other_error_is_still_a_500(client, story, error):
    with every_query_raises(error):
        page = client.get("/timelines/geneva/")
        api = client.get("/api/v1/timelines/")
    assert (page.status_code, api.status_code) == (500, 500)
    assert "Retry-After" not in page
    assert "Retry-After" not in api


def test_the_503_page_falls_back_to_plain_text_if_it_cannot_be_rendered(client, story, monkeypatch):
    def broken_render(*args, **kwargs):
        raise RuntimeError("a template error")

    monkeypatch.setattr("newsroom.views.render", broken_render)
    with every_query_raises(unreachable()):
        response = client.get("/timelines/geneva/")
    assert_retry_shortly(response)
    assert response["Content-Type"].startswith("text/plain")


def test_health_checks_answer_503_with_retry_after_while_the_database_is_down(client):
    with every_query_raises(unreachable()):
        health = client.get("/healthz")
        ready = client.get("/readyz")
    for response in (health, ready):
        assert (response.status_code, response["Retry-After"]) == (503, "5")
        assert "database" in response.json()["problems"]


def test_readiness_survives_a_cache_outage_that_health_reports(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "newsroom.tolerant_cache.OutageTolerantRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    health = client.get("/healthz")
    assert health.status_code == 503
    assert "cache" in health.json()["problems"]
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["status"] == "degraded"
    assert "cache" in ready.json()["degraded"]

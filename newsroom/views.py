"""Project-wide error pages and health checks."""

import logging
import sys

import psycopg
from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.defaults import page_not_found
from django.views.defaults import server_error as plain_server_error

logger = logging.getLogger(__name__)

# The database cannot serve us now: unreachable, restarting, out of connections, a statement cancelled. On PostgreSQL
# these are about the server's state, next to never about the query (a bad query is a ProgrammingError or an
# IntegrityError, and stays a 500); SQLite, for development only, reports a missing table this way too. Django wraps
# the driver's errors in its own; psycopg's are listed in case one escapes the wrapper (psycopg_pool's PoolTimeout is
# a psycopg.OperationalError).
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError, psycopg.OperationalError, psycopg.InterfaceError)
RETRY_AFTER_SECONDS = 5


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """JSON for API clients (an address under /api/ that matches nothing), the usual page for readers."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": _("Not found.")}, status=404)
    return page_not_found(request, exception)


def _caused_by_database_unavailable(error: BaseException | None) -> bool:
    """The error, or one it was raised from, says the database cannot serve us now."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, DATABASE_UNAVAILABLE):
            return True
        seen.add(id(error))
        error = error.__cause__
    return False


def api_error_response(error: BaseException | None) -> JsonResponse:
    """What an API client gets for an error nothing else handled: JSON like every other API answer, never an HTML
    page; a 503 to retry shortly while the database is unavailable, a 500 otherwise (saying nothing of the cause)."""
    if _caused_by_database_unavailable(error):
        response = JsonResponse({"detail": _("Temporarily unavailable: try again in a few seconds.")}, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    else:
        response = JsonResponse({"detail": _("A server error occurred.")}, status=500)
    # A proxy or a browser that kept the error would go on showing it after the cause is gone.
    add_never_cache_headers(response)
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: JSON under /api/ (api_error_response); elsewhere a 503 to retry shortly while the database is
    unavailable, our 500 page for anything else.

    Django calls it from inside its `except` block, for an error raised by any middleware or view (DRF hands the
    errors it does not know to timeline.api.policy.exception_handler, which answers JSON too), so the error is
    sys.exception().
    """
    if request.path.startswith("/api/"):
        return api_error_response(sys.exception())
    if not _caused_by_database_unavailable(sys.exception()):
        return _server_error_page(request)
    try:
        response = render(request, "503.html", status=503)
    except Exception:
        # An error page must not fail in turn (the next middleware out would make that a 500): a plain one.
        logger.exception("The 503 page could not be rendered")
        response = HttpResponse(
            _("Temporarily unavailable: try again in a few seconds."),
            content_type="text/plain; charset=utf-8",
            status=503,
        )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # A proxy or a browser that kept the 503 would go on showing it after the database is back.
    add_never_cache_headers(response)
    return response


def _server_error_page(request: HttpRequest) -> HttpResponse:
    """Our 500 page (templates/500.html) in the page's language. It needs no database and no context processor;
    should it fail all the same, Django's plain page is the last resort."""
    try:
        response = HttpResponse(loader.render_to_string("500.html"), status=500)
    except Exception:
        logger.exception("The 500 page could not be rendered")
        return plain_server_error(request)
    add_never_cache_headers(response)
    return response


def _problems(*, migrations: bool) -> dict[str, str]:
    problems: dict[str, str] = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        if migrations:
            executor = MigrationExecutor(connection)
            pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
            if pending:
                problems["migrations"] = f"{len(pending)} not applied"
    except DatabaseError as error:
        problems["database"] = str(error).strip().splitlines()[0] if str(error).strip() else "unreachable"
    try:
        cache.set("healthz", "ok", 10)
        if cache.get("healthz") != "ok":
            problems["cache"] = "cannot read back what it stored"
    except Exception as error:
        problems["cache"] = type(error).__name__
    return problems


def _health(problems: dict[str, str]) -> JsonResponse:
    if not problems:
        return JsonResponse({"status": "ok", "problems": problems})
    response = JsonResponse({"status": "fail", "problems": problems}, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """Database and cache reachable, migrations applied: 200, or 503 naming what fails."""
    return _health(_problems(migrations=True))


@never_cache
def readyz(request: HttpRequest) -> JsonResponse:
    """Ready for traffic: the database answers. A cache that does not is reported but does not fail readiness: the
    site serves from the database without it (newsroom/tolerant_cache.py), and a load balancer that took every app
    server out of rotation because Redis stopped would turn a slowdown into an outage."""
    problems = _problems(migrations=False)
    degraded = {name: problems.pop(name) for name in list(problems) if name == "cache"}
    response = _health(problems)
    if degraded and response.status_code == 200:
        response = JsonResponse({"status": "degraded", "problems": {}, "degraded": degraded})
    return response

"""Project-wide error pages."""

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.defaults import page_not_found


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """JSON for API clients (an address under /api/ that matches nothing), the usual page for readers."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": _("Not found.")}, status=404)
    return page_not_found(request, exception)


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


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """Database and cache reachable, migrations applied: 200, or 503 naming what fails."""
    problems = _problems(migrations=True)
    return JsonResponse({"status": "fail" if problems else "ok", "problems": problems}, status=503 if problems else 200)


@never_cache
def readyz(request: HttpRequest) -> JsonResponse:
    """Ready for traffic: the database and the cache answer."""
    problems = _problems(migrations=False)
    return JsonResponse({"status": "fail" if problems else "ok", "problems": problems}, status=503 if problems else 200)

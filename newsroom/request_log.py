"""Structured logs: a JSON object per line, each carrying the request id; one line per request with the user, the
time taken and the number of database queries."""

from __future__ import annotations

import contextvars
import json
import logging
import time
import traceback
import uuid
from collections.abc import Callable
from typing import Any

from django.db import connections
from django.http import HttpRequest, HttpResponse

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
logger = logging.getLogger("newsroom.requests")


class RequestIdFilter(logging.Filter):
    """Puts the current request's id on every record logged while it is handled."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    FIELDS = ("method", "path", "status", "user", "duration_ms", "queries")

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", request_id.get()),
        }
        entry.update({name: getattr(record, name) for name in self.FIELDS if hasattr(record, name)})
        if record.exc_info:
            entry["traceback"] = "".join(traceback.format_exception(*record.exc_info))
        return json.dumps(entry, ensure_ascii=False, default=str)


class RequestLogMiddleware:
    """First in the chain: gives the request an id (or keeps the proxy's X-Request-ID), returns it in the response,
    and logs the request when it is done."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        incoming = request.headers.get("X-Request-ID", "")
        identifier = incoming if 0 < len(incoming) <= 64 and incoming.isprintable() else uuid.uuid4().hex
        token = request_id.set(identifier)
        queries = [0]

        def count(execute, sql, params, many, context):
            queries[0] += 1
            return execute(sql, params, many, context)

        started = time.perf_counter()
        try:
            with _QueryCounting(count):
                response = self.get_response(request)
            response["X-Request-ID"] = identifier
            user = getattr(request, "user", None)
            logger.info(
                "%s %s %s",
                request.method,
                request.path,
                response.status_code,
                extra={
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "user": user.get_username() if user is not None and user.is_authenticated else None,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    "queries": queries[0],
                },
            )
            return response
        finally:
            request_id.reset(token)


class _QueryCounting:
    """Counts queries on every database connection this request uses."""

    def __init__(self, wrapper: Callable) -> None:
        self.wrapper = wrapper
        self.contexts: list = []

    def __enter__(self) -> None:
        for connection in connections.all(initialized_only=False):
            context = connection.execute_wrapper(self.wrapper)
            context.__enter__()
            self.contexts.append(context)

    def __exit__(self, *exc: Any) -> None:
        for context in reversed(self.contexts):
            context.__exit__(*exc)

"""Reads to a replica when one is configured (DATABASE_REPLICA_URL); writes, reads inside a write transaction, and
the reads of a client that has just written, to the primary — so nobody reads their own change from a replica that
has not caught up yet."""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.http import HttpRequest, HttpResponse

PIN_COOKIE = "primary"
PIN_SECONDS = 10

# Who may do what is always read from the primary: a revoked token, a disabled account or a withdrawn role must take
# effect at once, not once the replica catches up.
ALWAYS_PRIMARY_APPS = frozenset({"auth", "authtoken", "sessions", "axes", "admin", "contenttypes"})

_pinned: contextvars.ContextVar[bool] = contextvars.ContextVar("read_from_primary", default=False)
# None outside a request (a command's writes pin nothing); False or True inside one.
_wrote: contextvars.ContextVar[bool | None] = contextvars.ContextVar("wrote_this_request", default=None)


class PrimaryReplicaRouter:
    def db_for_read(self, model: type, **hints: Any) -> str:
        replica = settings.DATABASE_REPLICA_ALIAS
        if (
            not replica
            or model._meta.app_label in ALWAYS_PRIMARY_APPS
            or _pinned.get()
            or _wrote.get()
            or connections[DEFAULT_DB_ALIAS].in_atomic_block
        ):
            return DEFAULT_DB_ALIAS
        return replica

    def db_for_write(self, model: type, **hints: Any) -> str:
        if _wrote.get() is not None:
            _wrote.set(True)
        return DEFAULT_DB_ALIAS

    def allow_relation(self, first: Any, second: Any, **hints: Any) -> bool:
        return True  # one database, copied

    def allow_migrate(self, db: str, app_label: str, **hints: Any) -> bool:
        return db == DEFAULT_DB_ALIAS  # the replica follows the primary by replication, not by migrations


class PinAfterWriteMiddleware:
    """A client that wrote reads from the primary for PIN_SECONDS (a cookie), across requests and app servers."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        pinned = _pinned.set(PIN_COOKIE in request.COOKIES)
        wrote = _wrote.set(False)
        try:
            response = self.get_response(request)
            if _wrote.get() and settings.DATABASE_REPLICA_ALIAS:
                response.set_cookie(
                    PIN_COOKIE, "1", max_age=PIN_SECONDS, httponly=True, samesite="Lax", secure=request.is_secure()
                )
            return response
        finally:
            _pinned.reset(pinned)
            _wrote.reset(wrote)

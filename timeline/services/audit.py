"""The audit log and the revision recorded after every save."""

from __future__ import annotations

import logging

from django.utils.translation import gettext as _

from timeline import revisions
from timeline.models import (
    AuditEntry,
    Event,
    Revision,
)
from timeline.services.permissions import User

__all__ = [
    "_audit",
    "event_revision",
]

logger = logging.getLogger(__name__)


def _audit(action: str, event: Event | None, user: User | None, detail: str = "") -> AuditEntry:
    acting = user if user is not None and user.is_authenticated else None
    description = f"({event.number}) {event.headline}" if event is not None else ""
    if detail:
        description = f"{description} — {detail}"
    return AuditEntry.objects.create(action=action, event=event, description=description[:400], user=acting)


def event_revision(*, event: Event, user: User | None, summary: str = "") -> Revision:
    """Record what the bulletin (with its statements) is now. Called at the end of every save."""
    return revisions.record(event, user=user, summary=summary or _("Saved"))

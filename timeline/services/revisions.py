"""Editorial history: stale-version checks, corrections, restoring a revision."""

from __future__ import annotations

import datetime
import logging

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from timeline import revisions
from timeline.models import (
    AuditEntry,
    Correction,
    Event,
    Person,
    Revision,
    Role,
    Source,
    Timeline,
)
from timeline.services.audit import _audit, event_revision
from timeline.services.bulletins import event_update
from timeline.services.permissions import User
from timeline.services.statements import event_statements_replace

__all__ = [
    "StaleVersionError",
    "event_correct",
    "event_version_check",
    "revision_restore",
]

logger = logging.getLogger(__name__)


class StaleVersionError(ValidationError):
    """The bulletin changed since the writer read it."""

    def __init__(self, message: str, *, current: Event, changes: list, seen: dict | None, now: dict | None) -> None:
        super().__init__(message)
        self.current = current
        self.changes = changes
        self.seen = seen  # the bulletin as the writer read it (a revision's snapshot), if recorded
        self.now = now  # the bulletin as it is


def event_version_check(*, event: Event, version: int) -> None:
    """Refuse a save based on `version` when the bulletin has moved on, saying who changed what since."""
    current = Event.objects.select_for_update().get(pk=event.pk)
    if current.version == version:
        return
    history = list(revisions.revisions_of(current).order_by("-number")[:50])
    newest = history[0] if history else None
    seen = next((r for r in history if r.data.get("_version") == version), None)
    changes = revisions.diff(seen.data, newest.data) if seen and newest else []
    who = newest.created_by.get_username() if newest and newest.created_by else _("someone")
    when = timezone.localtime(newest.created_at).strftime("%H:%M") if newest else ""
    raise StaleVersionError(
        _(
            "%(who)s changed this bulletin at %(when)s, after you opened it. Your text is still in the form: compare "
            "it with their change below, then save again to keep yours."
        )
        % {"who": who, "when": when},
        current=current,
        changes=changes,
        seen=seen.data if seen else None,
        now=newest.data if newest else None,
    )


@transaction.atomic
def event_correct(*, event: Event, user: User | None, note: str) -> Correction:
    """Tell readers that a published bulletin was corrected, and how."""
    if not note.strip():
        raise ValidationError({"correction_note": _("A correction needs a note for readers.")})
    acting = user if user is not None and user.is_authenticated else None
    correction = Correction(event=event, note=note.strip(), created_by=acting)
    correction.full_clean()
    correction.save()
    Event.objects.filter(pk=event.pk).update(version=F("version") + 1)
    Timeline.objects.filter(pk=event.timeline_id).update(updated_at=timezone.now())
    return correction


@transaction.atomic
def revision_restore(*, revision: Revision, user: User | None) -> Event:
    """Bring a bulletin back to what a revision recorded (its headline, body, dates, flags and statements); the
    restoration is itself a new revision. Its number and status stay as they are now."""
    event = Event.objects.select_for_update().get(pk=revision.object_id)
    if revision.content_type.model_class() is not Event:
        raise ValidationError(_("Only bulletins' revisions can be restored here."))
    data = revision.data
    missing = [s["speaker_name"] for s in data["statements"] if not Person.objects.filter(pk=s["speaker"]).exists()]
    if missing:
        raise ValidationError(
            _("Speakers of that revision no longer exist: %(names)s.") % {"names": ", ".join(missing)}
        )
    event_update(
        event=event,
        user=user,
        headline=data["headline"],
        body=data["body"],
        date=datetime.date.fromisoformat(data["date"]) if data["date"] else None,
        time=datetime.time.fromisoformat(data["time"]) if data["time"] else None,
        is_key=data["is_key"],
        editor_note=data["editor_note"],
    )
    sources = {s.pk: s for s in Source.objects.filter(pk__in=[s["source"] for s in data["statements"] if s["source"]])}
    roles = {r.pk: r for r in Role.objects.filter(pk__in=[s["role"] for s in data["statements"] if s["role"]])}
    people = {p.pk: p for p in Person.objects.filter(pk__in=[s["speaker"] for s in data["statements"]])}
    event_statements_replace(
        event=event,
        user=user,
        statements=[
            {
                "speaker": people[s["speaker"]],
                "kind": s["kind"],
                "text": s["text"],
                "source": sources.get(s["source"]),
                "role": roles.get(s["role"])
                if roles.get(s["role"]) and roles[s["role"]].person_id == s["speaker"]
                else None,
                "said_on": datetime.date.fromisoformat(s["said_on"]) if s["said_on"] else None,
                "original_text": s["original_text"],
                "original_language": s["original_language"],
            }
            for s in data["statements"]
        ],
    )
    _audit(AuditEntry.Action.RESTORE, event, user, f"#{revision.number}")
    event_revision(event=event, user=user, summary=_("Restored revision %(number)s") % {"number": revision.number})
    return event

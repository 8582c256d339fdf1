"""Statements in a bulletin: checks, the per-bulletin cap, adding, replacing, and the search text they feed."""

from __future__ import annotations

import datetime
import logging
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Max
from django.utils.translation import gettext as _

from timeline.models import (
    Event,
    Person,
    Role,
    Source,
    Statement,
)
from timeline.services.bulletins import _refresh_derived, unschedule_unreviewed
from timeline.services.permissions import User, user_can_edit_event

__all__ = [
    "MAX_STATEMENTS_PER_BULLETIN",
    "_check_statement_count",
    "_checked_statement",
    "_require_statement_permission",
    "event_statements_replace",
    "event_statements_sync",
    "statement_add",
]

logger = logging.getLogger(__name__)


# A bulletin is a news item, not a transcript: more statements than this are an error (or an attack: each one is
# checked and written while the timeline is locked), refused with a message naming the limit.
MAX_STATEMENTS_PER_BULLETIN = 200


def _check_statement_count(count: int) -> None:
    if count > MAX_STATEMENTS_PER_BULLETIN:
        raise ValidationError(
            {
                "statements": _("A bulletin holds at most %(most)s statements; this one would have %(count)s.")
                % {"most": MAX_STATEMENTS_PER_BULLETIN, "count": count}
            }
        )


def _require_statement_permission(user: User | None, event: Event) -> None:
    if user is not None and not user.has_perm("timeline.add_statement"):
        raise PermissionDenied(_("You may not add statements."))
    if not user_can_edit_event(user, event):
        raise PermissionDenied(_("Only editors may change a bulletin that has been published or retracted."))
    unschedule_unreviewed(event=event, user=user)


def _checked_statement(
    *,
    event: Event,
    position: int,
    speaker: Person,
    text: str,
    kind: str = Statement.Kind.DIRECT,
    source: Source | None = None,
    role: Role | None = None,
    said_on: datetime.date | None = None,
    original_text: str = "",
    original_language: str = "",
) -> Statement:
    """A statement of `event`, validated, not yet saved."""
    statement = Statement(
        event=event,
        position=position,
        speaker=speaker,
        kind=kind,
        text=text.strip(),
        original_text=original_text.strip(),
        # The language of an original that was not given means nothing: keep the pair consistent.
        original_language=original_language if original_text.strip() else "",
        said_on=said_on,
        source=source,
        role=role,
    )
    statement.full_clean()
    return statement


@transaction.atomic
def statement_add(*, event: Event, user: User | None, **fields: Any) -> Statement:
    """Append a statement to a bulletin (the fields of `_checked_statement`: speaker, text, kind, source, role,
    said_on, original_text, original_language), then bring the bulletin's people, sources and order up to date."""
    _require_statement_permission(user, event)
    existing = event.statements.aggregate(count=Count("pk"), last=Max("position"))
    _check_statement_count(existing["count"] + 1)
    statement = _checked_statement(event=event, position=(existing["last"] or 0) + 1, **fields)
    statement.save()
    event_statements_sync(event=event)
    statement.refresh_from_db()
    return statement


@transaction.atomic
def event_statements_sync(*, event: Event) -> None:
    """After statements were added, edited or removed: number their positions 1..n (unnumbered ones keep the
    order they were entered, after the numbered ones), give each the role its speaker held on the day, and list
    every speaker and source among the bulletin's people and sources.

    A constant number of queries, plus one per speaker and day without a role: it runs inside writes that hold the
    timeline's lock, once for a whole list of statements."""
    statements = sorted(
        event.statements.select_related("speaker", "role"),
        key=lambda s: (s.position == 0, s.position, s.pk),
    )
    day_of_event = event.date
    roles: dict[tuple[int, datetime.date | None], Role | None] = {}
    changed: list[Statement] = []
    for position, statement in enumerate(statements, start=1):
        is_changed = False
        if statement.position != position:
            statement.position = position
            is_changed = True
        if statement.role_id is None:
            key = (statement.speaker_id, statement.said_on or day_of_event)
            if key not in roles:
                roles[key] = statement.speaker.role_on(key[1])
            if roles[key] is not None:
                statement.role = roles[key]
                is_changed = True
        if is_changed:
            changed.append(statement)
    Statement.objects.bulk_update(changed, ["position", "role"], batch_size=500)
    event.persons.add(*{s.speaker_id for s in statements})
    event.sources.add(*{s.source_id for s in statements if s.source_id})
    _refresh_derived(event)


@transaction.atomic
def event_statements_replace(*, event: Event, user: User | None, statements: Iterable[dict[str, Any]]) -> Event:
    """Replace a bulletin's statements with `statements` (the keyword arguments of statement_add, `speaker` a
    Person), in order. All are checked before any is written, then written in one go and synced once: the time
    taken grows with their number, not its square (it used to sync the whole bulletin after each one)."""
    if not user_can_edit_event(user, event):
        raise PermissionDenied(_("Only editors may change a bulletin that has been published or retracted."))
    unschedule_unreviewed(event=event, user=user)
    statements = list(statements)
    if statements:
        _require_statement_permission(user, event)
    _check_statement_count(len(statements))
    checked = [
        _checked_statement(event=event, position=position, **fields)
        for position, fields in enumerate(statements, start=1)
    ]
    event.statements.all().delete()
    Statement.objects.bulk_create(checked, batch_size=500)
    event_statements_sync(event=event)
    return event

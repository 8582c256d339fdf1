"""Bulletin numbers: the next one under the timeline lock, checks, and renumbering."""

from __future__ import annotations

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from timeline.models import HIGHEST_NUMBER as LARGEST_NUMBER
from timeline.models import (
    AuditEntry,
    Event,
    EventRedirect,
    Timeline,
)
from timeline.services.audit import _audit, event_revision
from timeline.services.permissions import WORKING_STATUSES, User

__all__ = [
    "NumberTakenError",
    "_lock_timeline",
    "event_number_check",
    "event_renumber",
    "next_event_number",
]

logger = logging.getLogger(__name__)


def _lock_timeline(timeline: Timeline) -> Timeline:
    """Lock the timeline row until the transaction ends, so that numbering in it is serialised.

    On PostgreSQL this is a row lock; SQLite has no row locks but runs every transaction with BEGIN IMMEDIATE
    (see settings), which serialises writers for the whole database.
    """
    return Timeline.objects.select_for_update().get(pk=timeline.pk)


class NumberTakenError(ValidationError):
    """The bulletin number asked for belongs to another bulletin: a conflict with the timeline as it is now."""


def next_event_number(*, timeline: Timeline) -> int:
    """The number the next bulletin of `timeline` would get. Only a hint outside a locked transaction. When the
    highest number a bulletin can have is taken, there is no next one: a conflict with the timeline as it is."""
    highest = Event.objects.for_timeline(timeline).aggregate(highest=Max("number"))["highest"] or 0
    if highest >= LARGEST_NUMBER:
        raise NumberTakenError(
            {
                "number": [
                    _(
                        "Bulletin (%(most)s), the highest number a bulletin can have, is taken: give this bulletin "
                        "its number, or renumber that one."
                    )
                    % {"most": LARGEST_NUMBER}
                ]
            }
        )
    return highest + 1


@transaction.atomic
def event_number_check(*, timeline: Timeline, number: int, exclude: Event | None = None) -> None:
    """Refuse `number` if another bulletin of `timeline` has it. Locks the timeline for the caller's transaction,
    so a check made in a form's validation still holds when the same request saves."""
    _lock_timeline(timeline)
    taken = Event.objects.for_timeline(timeline).filter(number=number)
    if exclude is not None and exclude.pk:
        taken = taken.exclude(pk=exclude.pk)
    existing = taken.first()
    if existing is not None:
        raise NumberTakenError(
            {
                "number": _(
                    "Bulletin (%(number)s) already exists in “%(timeline)s”: “%(headline)s”. "
                    "Leave the number empty to take the next free one (%(next)s)."
                )
                % {
                    "number": number,
                    "timeline": timeline,
                    "headline": existing.headline or _("untitled"),
                    "next": next_event_number(timeline=timeline),
                }
            }
        )


@transaction.atomic
def event_renumber(*, event: Event, user: User | None, number: int) -> Event:
    """Move a bulletin to `number` in its timeline. A taken number makes room: the bulletins from there up to the
    first free number move up by one, so that a late-found earlier event can be inserted. Numbers stay unique at
    every step; each moved bulletin keeps its old number as a redirect."""
    if event.status not in WORKING_STATUSES and user is not None and not user.has_perm("timeline.renumber_event"):
        raise PermissionDenied(_("Only a chief may renumber a published bulletin."))
    if number < 1:
        raise ValidationError({"number": _("Bulletin numbers start at 1.")})
    timeline = _lock_timeline(event.timeline)
    event = Event.objects.select_for_update().get(pk=event.pk)
    old_number = event.number
    if number == old_number:
        return event
    siblings = Event.objects.for_timeline(timeline).exclude(pk=event.pk)
    taken = set(siblings.values_list("number", flat=True))
    moves: dict[int, int] = {event.pk: number}
    if number in taken:
        free = number
        while free in taken:
            free += 1
        for other in siblings.filter(number__gte=number, number__lt=free):
            moves[other.pk] = other.number + 1
    old_numbers = dict(Event.objects.filter(pk__in=moves).values_list("pk", "number"))
    # Two steps, so that no two bulletins ever share a number on the way: out of the way, then into place.
    Event.objects.filter(pk__in=moves).update(number=F("number") + 1_000_000_000)
    for pk, new in sorted(moves.items(), key=lambda item: -item[1]):
        Event.objects.filter(pk=pk).update(number=new, version=F("version") + 1)
    in_use = set(Event.objects.for_timeline(timeline).values_list("number", flat=True))
    EventRedirect.objects.filter(timeline=timeline, number__in=in_use).delete()
    EventRedirect.objects.bulk_create(
        [
            EventRedirect(timeline=timeline, number=old_numbers[pk], event_id=pk)
            for pk in moves
            if old_numbers[pk] not in in_use
        ]
    )
    Timeline.objects.filter(pk=timeline.pk).update(updated_at=timezone.now())
    event.refresh_from_db()
    _audit(AuditEntry.Action.RENUMBER, event, user, f"({old_number}) → ({event.number})")
    event_revision(event=event, user=user, summary=_("Renumbered from (%(old)s)") % {"old": old_number})
    return event

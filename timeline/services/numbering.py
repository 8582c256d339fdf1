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
from timeline.services.permissions import RENUMBER_PERMISSION, SHOWN_STATUSES, User

__all__ = [
    "NumberTakenError",
    "event_number_check",
    "event_renumber",
    "lock_timeline",
    "next_event_number",
]

logger = logging.getLogger(__name__)


def lock_timeline(timeline: Timeline) -> Timeline:
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
    lock_timeline(timeline)
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
    """Move a bulletin to `number` in its timeline: a chief's decision, since readers count on the numbers. A taken
    number makes room: the bulletins from there up to the first free number move up by one, so that a late-found
    earlier event can be inserted. Numbers stay unique and in range at every step; each moved bulletin keeps its
    old number as a redirect, and each move is in the audit log."""
    if user is not None and not user.has_perm(RENUMBER_PERMISSION):
        raise PermissionDenied(
            _("Only a chief may renumber bulletins: readers count on their numbers. Ask a chief to do it.")
        )
    if not 1 <= number <= LARGEST_NUMBER:
        raise ValidationError({"number": _("A bulletin number is from 1 to %(most)s.") % {"most": LARGEST_NUMBER}})
    timeline = lock_timeline(event.timeline)
    event = Event.objects.select_for_update().get(pk=event.pk)
    old_number = event.number
    if number == old_number:
        return event
    siblings = Event.objects.for_timeline(timeline).exclude(pk=event.pk)
    taken = set(siblings.exclude(number=None).values_list("number", flat=True))
    moves: dict[int, int] = {}
    blocked: set[int | None] = taken | {number, old_number}
    if number in taken:
        free = number
        while free in taken:
            free += 1
        if free > LARGEST_NUMBER:
            raise NumberTakenError(
                {
                    "number": _("No room: the bulletins after (%(number)s) run to the highest number.")
                    % {"number": number}
                }
            )
        blocked.add(free)
        moves = dict(siblings.filter(number__gte=number, number__lt=free).values_list("pk", "number"))
    old_numbers = {**moves, event.pk: old_number}
    # One row at a time, in an order where each goes to a number free at that moment: every constraint (unique,
    # range, a shown bulletin has a number) holds after each statement, as PostgreSQL checks them.
    if old_number is not None:
        spare = _spare_number(blocked)
        Event.objects.filter(pk=event.pk).update(number=spare)
    for pk, current in sorted(moves.items(), key=lambda item: -item[1]):
        Event.objects.filter(pk=pk).update(number=current + 1, version=F("version") + 1)
    Event.objects.filter(pk=event.pk).update(number=number, version=F("version") + 1)

    moved = Event.objects.filter(pk__in=old_numbers).select_related("timeline")
    # Every moved bulletin keeps its former number, even one another bulletin now holds: the address shows the
    # bulletin that has the number today, and leads to this one again if the number is ever freed.
    EventRedirect.objects.bulk_create(
        [
            EventRedirect(timeline=timeline, number=old_numbers[other.pk], event=other)
            for other in moved
            if old_numbers[other.pk] is not None
        ]
    )
    for other in moved:
        was = old_numbers[other.pk]
        detail = f"({was}) → ({other.number})" if was is not None else f"→ ({other.number})"
        if other.pk != event.pk:
            detail = _("%(move)s, to make room for (%(number)s)") % {"move": detail, "number": number}
        _audit(AuditEntry.Action.RENUMBER, other, user, detail)
    if any(other.status in SHOWN_STATUSES or other.published_at is not None for other in moved):
        Timeline.objects.filter(pk=timeline.pk).update(updated_at=timezone.now())
    event.refresh_from_db()
    summary = (
        _("Renumbered from (%(old)s)") % {"old": old_number}
        if old_number
        else _("Numbered (%(new)s)") % {"new": number}
    )
    event_revision(event=event, user=user, summary=summary)
    return event


def _spare_number(taken: set[int | None]) -> int:
    """A number no bulletin of the timeline uses, to park a bulletin on while others move."""
    above = max((n for n in taken if n is not None), default=0) + 1
    if above <= LARGEST_NUMBER:
        return above
    return next(candidate for candidate in range(1, LARGEST_NUMBER + 1) if candidate not in taken)

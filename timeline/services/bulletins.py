"""Bulletins and their lifecycle: create, edit, publish, schedule, unpublish, retract, delete."""

from __future__ import annotations

import datetime
import logging
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from timeline.models import (
    AuditEntry,
    Event,
    Person,
    Source,
    Timeline,
)
from timeline.services.audit import _audit, event_revision
from timeline.services.numbering import NumberTakenError, event_number_check, lock_timeline, next_event_number
from timeline.services.permissions import (
    RENUMBER_PERMISSION,
    SHOWN_STATUSES,
    WORKING_STATUSES,
    User,
    _require_status_change,
    user_can_edit_event,
    user_can_publish,
)

__all__ = [
    "EDITABLE_FIELDS",
    "_refresh_derived",
    "_save_event",
    "_touch_timelines",
    "event_create",
    "event_delete",
    "event_insert",
    "event_publish",
    "event_retract",
    "event_schedule",
    "event_submit_for_review",
    "event_unpublish",
    "event_update",
    "publish_due",
    "unschedule_unreviewed",
]

logger = logging.getLogger(__name__)

EDITABLE_FIELDS = frozenset(
    {
        "number",
        "headline",
        "body",
        "date",
        "time",
        "status",
        "is_key",
        "timeline",
        "editor_note",
        "publish_at",
        "retraction_reason",
    }
)


def _save_event(event: Event) -> None:
    event.full_clean()
    try:
        with transaction.atomic():
            event.save()
    except IntegrityError as error:
        # The lock makes this unreachable for numbers; it stays as the backstop for any other writer.
        raise NumberTakenError({"number": _("This timeline already has a bulletin with this number.")}) from error


def _refresh_derived(*events: Event, public: bool | None = None) -> None:
    """After bulletins or their statements changed: rebuild their search documents, and touch the updated_at of
    the timelines where readers see a change (sitemap lastmod, Last-Modified, the home page's order).

    `public` says whether readers see the change; by default, whether each bulletin is public now (published, or
    retracted: its notice is public). A draft's edit moves no public time: readers would learn that something is
    being prepared."""
    for event in events:
        fields = event.search_fields(event.statements.select_related("speaker"))
        Event.objects.filter(pk=event.pk).update(**fields, version=F("version") + 1)
        for name, value in fields.items():
            setattr(event, name, value)
        event.version = Event.objects.values_list("version", flat=True).get(pk=event.pk)
    seen = {event.timeline_id for event in events if (event.status in SHOWN_STATUSES if public is None else public)}
    _touch_timelines(seen)


def _touch_timelines(timeline_ids: Iterable[int]) -> None:
    """Move the public `updated_at` of these timelines: only for a change readers see."""
    timeline_ids = set(timeline_ids)
    if timeline_ids:
        Timeline.objects.filter(pk__in=timeline_ids).update(updated_at=timezone.now())


@transaction.atomic
def event_insert(*, event: Event, user: User | None) -> Event:
    """Save a new bulletin built elsewhere (the admin's form builds one). A draft, or a bulletin in review, has no
    number until it is published; one published at once takes the next number in its timeline, under the
    timeline's lock. A number given by hand (a chief filling in an older bulletin) is refused when taken."""
    if user is not None and not user.has_perm("timeline.add_event"):
        raise PermissionDenied(_("You may not add bulletins."))
    _require_status_change(user=user, old=None, new=event.status)
    event.timeline = lock_timeline(event.timeline)
    if event.number is not None:
        _require_numbering_by_hand(user)
        event_number_check(timeline=event.timeline, number=event.number)
    elif event.status in SHOWN_STATUSES:
        event.number = next_event_number(timeline=event.timeline)
    acting_user = user if user is not None and user.is_authenticated else None
    event.created_by = event.updated_by = acting_user
    event.headline, event.body = event.headline.strip(), event.body.strip()
    if event.status == Event.Status.PUBLISHED:
        event.published_at = timezone.now()
    _save_event(event)
    _refresh_derived(event)
    return event


@transaction.atomic
def event_create(
    *,
    timeline: Timeline,
    user: User | None,
    headline: str = "",
    body: str = "",
    date: datetime.date | None = None,
    time: datetime.time | None = None,
    number: int | None = None,
    status: str = Event.Status.DRAFT,
    is_key: bool = False,
    persons: Iterable[Person] = (),
    sources: Iterable[Source] = (),
) -> Event:
    """Create a bulletin; see `event_insert` for numbering."""
    event = Event(
        timeline=timeline,
        number=number,
        headline=headline,
        body=body,
        date=date,
        time=time,
        status=status,
        is_key=is_key,
    )
    event_insert(event=event, user=user)
    event.persons.add(*persons)
    event.sources.add(*sources)
    return event


@transaction.atomic
def event_update(*, event: Event, user: User | None, **changes: Any) -> Event:
    """Change a bulletin's fields (any of EDITABLE_FIELDS). Status changes obey the same rules as publishing."""
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"event_update() cannot change {sorted(unknown)}")
    current = Event.objects.select_for_update().get(pk=event.pk)
    if not user_can_edit_event(user, current):
        raise PermissionDenied(_("Only editors may change a bulletin that has been published or retracted."))
    new_status = changes.get("status", current.status)
    _require_status_change(user=user, old=current.status, new=new_status)

    timeline = changes.get("timeline", current.timeline)
    moved = timeline.pk != current.timeline_id
    number = changes.get("number", current.number)
    if number is None:
        # An emptied number field keeps the bulletin's number (a draft has none; a bulletin readers saw keeps it),
        # or, for a bulletin readers saw, takes the next one in the timeline it moves to.
        number = next_event_number(timeline=lock_timeline(timeline)) if moved and _was_shown(current) else None
        number = current.number if not moved else number
    elif moved or number != current.number:
        _require_numbering_by_hand(user)
        event_number_check(timeline=timeline, number=number, exclude=current)
    if number is None and new_status in SHOWN_STATUSES:
        # Numbers are given at publication, in the order bulletins are published, under the timeline's lock.
        number = next_event_number(timeline=lock_timeline(timeline))
    changes["number"] = number

    for name, value in changes.items():
        setattr(event, name, value.strip() if isinstance(value, str) and name != "status" else value)
    if new_status == Event.Status.PUBLISHED and current.status != Event.Status.PUBLISHED:
        event.published_at = timezone.now()
    if _unreviewed_edit_of_scheduled(user=user, current=current, changes=changes):
        # An editor scheduled what they read; a change by someone who may not publish goes back to the editors.
        event.publish_at = None
        if "status" not in changes:
            event.status = Event.Status.IN_REVIEW
        _audit(
            AuditEntry.Action.SCHEDULE,
            current,
            user,
            _(UNSCHEDULED_FOR_REVIEW),
        )
    if user is not None and user.is_authenticated:
        event.updated_by = user
    _save_event(event)
    _refresh_derived(event, public=current.status in SHOWN_STATUSES or event.status in SHOWN_STATUSES)
    if moved and current.status in SHOWN_STATUSES:
        _touch_timelines([current.timeline_id])
    return event


def _was_shown(event: Event) -> bool:
    """Whether readers have seen this bulletin: published now, retracted, or published before and unpublished."""
    return event.status in SHOWN_STATUSES or event.published_at is not None


def _require_numbering_by_hand(user: User | None) -> None:
    """A number given by hand is a public decision (readers count on consecutive numbers): a chief's."""
    if user is not None and not user.has_perm(RENUMBER_PERMISSION):
        raise PermissionDenied(
            _(
                "Only a chief gives a bulletin its number by hand. Leave the number empty: the bulletin takes the "
                "next one when it is published."
            )
        )


UNSCHEDULED_FOR_REVIEW = gettext_noop(
    "taken off the schedule and sent back for review: changed by someone who may not publish"
)


def unschedule_unreviewed(*, event: Event, user: User | None) -> bool:
    """Before someone who may not publish changes a scheduled bulletin's statements or photos: take it off the
    schedule and back to review, since the editor who scheduled it did not read the change. True if it was."""
    if event.publish_at is None or event.status not in WORKING_STATUSES or user_can_publish(user):
        return False
    Event.objects.filter(pk=event.pk).update(publish_at=None, status=Event.Status.IN_REVIEW)
    event.publish_at, event.status = None, Event.Status.IN_REVIEW
    _audit(AuditEntry.Action.SCHEDULE, event, user, _(UNSCHEDULED_FOR_REVIEW))
    return True


def _unreviewed_edit_of_scheduled(*, user: User | None, current: Event, changes: dict[str, Any]) -> bool:
    """Whether this change touches a scheduled bulletin's content and comes from someone who may not publish."""
    if current.publish_at is None or current.status not in WORKING_STATUSES or user_can_publish(user):
        return False
    if "publish_at" in changes and changes["publish_at"] is None:
        return False  # taking it off the schedule is always allowed
    return any(
        name not in {"status", "publish_at"} and getattr(current, name) != value for name, value in changes.items()
    )


@transaction.atomic
def event_delete(*, event: Event, user: User | None) -> None:
    """Delete a bulletin and its statements. Reporters may delete only their working drafts."""
    if user is not None and not user.has_perm("timeline.delete_event"):
        raise PermissionDenied(_("You may not delete bulletins."))
    if not user_can_edit_event(user, event):
        raise PermissionDenied(_("Only editors may change a bulletin that has been published or retracted."))
    timeline_id, was_public = event.timeline_id, event.status in SHOWN_STATUSES
    _audit(AuditEntry.Action.DELETE, event, user)
    event.delete()
    if was_public:
        _touch_timelines([timeline_id])


@transaction.atomic
def event_publish(*, event: Event, user: User | None, summary: str = "") -> Event:
    """Publish a bulletin. Needs the publish permission (editors and chiefs), a headline and a date."""
    event_update(event=event, user=user, status=Event.Status.PUBLISHED, publish_at=None)
    _audit(AuditEntry.Action.PUBLISH, event, user, summary)
    event_revision(event=event, user=user, summary=summary or _("Published"))
    return event


@transaction.atomic
def event_unpublish(*, event: Event, user: User | None) -> Event:
    """Take a bulletin off the public site; it goes back to draft."""
    event_update(event=event, user=user, status=Event.Status.DRAFT)
    _audit(AuditEntry.Action.UNPUBLISH, event, user)
    event_revision(event=event, user=user, summary=_("Unpublished"))
    return event


@transaction.atomic
def event_retract(*, event: Event, user: User | None, reason: str) -> Event:
    """Withdraw a published bulletin: readers see a notice with the reason at its address, and its number stays."""
    if not reason.strip():
        raise ValidationError({"retraction_reason": _("Say why the bulletin is retracted; readers will see it.")})
    if event.status != Event.Status.PUBLISHED:
        raise ValidationError(_("Only a published bulletin can be retracted."))
    event_update(event=event, user=user, status=Event.Status.RETRACTED, retraction_reason=reason)
    _audit(AuditEntry.Action.RETRACT, event, user, reason)
    event_revision(event=event, user=user, summary=_("Retracted"))
    return event


@transaction.atomic
def event_schedule(*, event: Event, user: User | None, publish_at: datetime.datetime) -> Event:
    """Have a bulletin published at `publish_at`, an editor's decision taken now: publish_scheduled carries it out."""
    if not user_can_publish(user):
        raise PermissionDenied(_("You may not publish, unpublish or retract bulletins; submit it for review."))
    if event.status not in WORKING_STATUSES:
        raise ValidationError(_("Only a draft or a bulletin in review can be scheduled."))
    event_update(event=event, user=user, publish_at=publish_at)
    _audit(AuditEntry.Action.SCHEDULE, event, user, publish_at.isoformat())
    return event


def publish_due(*, now: datetime.datetime | None = None) -> list[Event]:
    """Publish every bulletin whose publish_at has come. Idempotent and safe to run often, even twice at once:
    each bulletin is locked, checked again and published in its own transaction."""
    now = now or timezone.now()
    published = []
    due = Event.objects.filter(status__in=WORKING_STATUSES, publish_at__lte=now).values_list("pk", flat=True)
    for pk in list(due):
        with transaction.atomic():
            event = (
                Event.objects.select_for_update()
                .filter(pk=pk, status__in=WORKING_STATUSES, publish_at__lte=now)
                .first()
            )
            if event is None:
                continue
            try:
                event_publish(event=event, user=None, summary=_("Published as scheduled"))
            except ValidationError as error:
                logger.warning("Scheduled bulletin %s could not be published: %s", event, "; ".join(error.messages))
                continue
            published.append(event)
    return published


def event_submit_for_review(*, event: Event, user: User | None) -> Event:
    """A reporter hands a draft to the editors."""
    return event_update(event=event, user=user, status=Event.Status.IN_REVIEW)

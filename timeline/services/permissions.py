"""Who may do what: one rule, one place."""

from __future__ import annotations

import logging

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from timeline.models import (
    Event,
)

__all__ = [
    "PUBLISH_PERMISSION",
    "RENUMBER_PERMISSION",
    "SHOWN_STATUSES",
    "WORKING_STATUSES",
    "User",
    "_require_status_change",
    "allowed_statuses",
    "user_can_edit_event",
    "user_can_publish",
]

logger = logging.getLogger(__name__)

User = AbstractBaseUser | AnonymousUser

PUBLISH_PERMISSION = "timeline.publish_event"
RENUMBER_PERMISSION = "timeline.renumber_event"
WORKING_STATUSES = frozenset({Event.Status.DRAFT, Event.Status.IN_REVIEW})
# What readers see: a published bulletin, or a retracted one's notice at its address.
SHOWN_STATUSES = frozenset({Event.Status.PUBLISHED, Event.Status.RETRACTED})


def user_can_publish(user: User | None) -> bool:
    return user is None or user.has_perm(PUBLISH_PERMISSION)


def allowed_statuses(*, user: User | None) -> list[Event.Status]:
    """The statuses `user` may give a bulletin. Reporters keep bulletins in draft or in review."""
    if user_can_publish(user):
        return list(Event.Status)
    return [Event.Status.DRAFT, Event.Status.IN_REVIEW]


def user_can_edit_event(user: User | None, event: Event) -> bool:
    """Reporters edit drafts and bulletins in review; once published, only editors and chiefs change them."""
    if user is None:
        return True
    if not user.has_perm("timeline.change_event"):
        return False
    return event.status in WORKING_STATUSES or user_can_publish(user)


def _require_status_change(*, user: User | None, old: str | None, new: str) -> None:
    if old == new:
        return
    if new not in allowed_statuses(user=user):
        raise PermissionDenied(_("You may not publish, unpublish or retract bulletins; submit it for review."))

"""Writes that touch more than one row, or carry a newsroom rule. The admin, the API, the importer and the
management commands all call these, so that each rule lives in one place.

Every function is keyword-only and atomic, and runs `full_clean()` before saving. `user=None` means a trusted
system caller (a management command); any other caller passes the acting user, whose permissions are checked.
"""

from __future__ import annotations

import datetime
import secrets
from collections.abc import Iterable
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group, Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from timeline.models import Event, Person, PersonAlias, Role, Source, Statement, Timeline
from timeline.roles import NewsroomRole, sync_role_groups

User = AbstractBaseUser | AnonymousUser

PUBLISH_PERMISSION = "timeline.publish_event"
EDITABLE_FIELDS = frozenset({"number", "headline", "body", "date", "time", "status", "is_key", "timeline"})
WORKING_STATUSES = frozenset({Event.Status.DRAFT, Event.Status.IN_REVIEW})


# --- Permissions (one rule, one place) -------------------------------------------------------------------------


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


# --- Numbering -------------------------------------------------------------------------------------------------


def _lock_timeline(timeline: Timeline) -> Timeline:
    """Lock the timeline row until the transaction ends, so that numbering in it is serialised.

    On PostgreSQL this is a row lock; SQLite has no row locks but runs every transaction with BEGIN IMMEDIATE
    (see settings), which serialises writers for the whole database.
    """
    return Timeline.objects.select_for_update().get(pk=timeline.pk)


def next_event_number(*, timeline: Timeline) -> int:
    """The number the next bulletin of `timeline` would get. Only a hint outside a locked transaction."""
    highest = Event.objects.for_timeline(timeline).aggregate(highest=Max("number"))["highest"]
    return (highest or 0) + 1


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
        raise ValidationError(
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


def _save_event(event: Event) -> None:
    event.full_clean()
    try:
        with transaction.atomic():
            event.save()
    except IntegrityError as error:
        # The lock makes this unreachable for numbers; it stays as the backstop for any other writer.
        raise ValidationError({"number": _("This timeline already has a bulletin with this number.")}) from error


# --- Events ----------------------------------------------------------------------------------------------------


@transaction.atomic
def event_insert(*, event: Event, user: User | None) -> Event:
    """Save a new bulletin built elsewhere (the admin's form builds one). Without a number it takes the next one
    in its timeline, safely under concurrency; an explicit number that is taken is refused."""
    if user is not None and not user.has_perm("timeline.add_event"):
        raise PermissionDenied(_("You may not add bulletins."))
    _require_status_change(user=user, old=None, new=event.status)
    event.timeline = _lock_timeline(event.timeline)
    if event.number is None:
        event.number = next_event_number(timeline=event.timeline)
    else:
        event_number_check(timeline=event.timeline, number=event.number)
    acting_user = user if user is not None and user.is_authenticated else None
    event.created_by = event.updated_by = acting_user
    event.headline, event.body = event.headline.strip(), event.body.strip()
    if event.status == Event.Status.PUBLISHED:
        event.published_at = timezone.now()
    _save_event(event)
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
    number = changes.get("number", current.number)
    moved = timeline.pk != current.timeline_id
    if number is None:
        # An emptied number field keeps the bulletin's number, or takes the next one in the timeline it moves to.
        number = next_event_number(timeline=_lock_timeline(timeline)) if moved else current.number
    elif moved or number != current.number:
        event_number_check(timeline=timeline, number=number, exclude=current)
    changes["number"] = number

    for field, value in changes.items():
        setattr(event, field, value.strip() if isinstance(value, str) and field != "status" else value)
    if new_status == Event.Status.PUBLISHED and current.status != Event.Status.PUBLISHED:
        event.published_at = timezone.now()
    if user is not None and user.is_authenticated:
        event.updated_by = user
    _save_event(event)
    return event


def event_publish(*, event: Event, user: User | None) -> Event:
    """Publish a bulletin. Needs the publish permission (editors and chiefs), a headline and a date."""
    return event_update(event=event, user=user, status=Event.Status.PUBLISHED)


def event_unpublish(*, event: Event, user: User | None) -> Event:
    """Take a bulletin off the public site; it goes back to draft."""
    return event_update(event=event, user=user, status=Event.Status.DRAFT)


def event_submit_for_review(*, event: Event, user: User | None) -> Event:
    """A reporter hands a draft to the editors."""
    return event_update(event=event, user=user, status=Event.Status.IN_REVIEW)


# --- Statements ------------------------------------------------------------------------------------------------


@transaction.atomic
def statement_add(
    *,
    event: Event,
    user: User | None,
    speaker: Person,
    text: str,
    kind: str = Statement.Kind.DIRECT,
    source: Source | None = None,
    role: Role | None = None,
    said_on: datetime.date | None = None,
    original_text: str = "",
    original_language: str = "",
) -> Statement:
    """Append a statement to a bulletin, then bring the bulletin's people, sources and order up to date."""
    if user is not None and not user.has_perm("timeline.add_statement"):
        raise PermissionDenied(_("You may not add statements."))
    if not user_can_edit_event(user, event):
        raise PermissionDenied(_("Only editors may change a bulletin that has been published or retracted."))
    last = event.statements.aggregate(last=Max("position"))["last"] or 0
    statement = Statement(
        event=event,
        position=last + 1,
        speaker=speaker,
        kind=kind,
        text=text.strip(),
        original_text=original_text.strip(),
        original_language=original_language,
        said_on=said_on,
        source=source,
        role=role,
    )
    statement.full_clean()
    statement.save()
    event_statements_sync(event=event)
    statement.refresh_from_db()
    return statement


@transaction.atomic
def event_statements_sync(*, event: Event) -> None:
    """After statements were added, edited or removed: number their positions 1..n (unnumbered ones keep the
    order they were entered, after the numbered ones), give each the role its speaker held on the day, and list
    every speaker and source among the bulletin's people and sources."""
    statements = sorted(
        event.statements.select_related("speaker", "role"),
        key=lambda s: (s.position == 0, s.position, s.pk),
    )
    day_of_event = event.date
    for position, statement in enumerate(statements, start=1):
        changed = []
        if statement.position != position:
            statement.position = position
            changed.append("position")
        if statement.role_id is None:
            role = statement.speaker.role_on(statement.said_on or day_of_event)
            if role is not None:
                statement.role = role
                changed.append("role")
        if changed:
            statement.save(update_fields=changed)
    event.persons.add(*{s.speaker_id for s in statements})
    event.sources.add(*{s.source_id for s in statements if s.source_id})


# --- People and sources ----------------------------------------------------------------------------------------


@transaction.atomic
def person_create(
    *,
    user: User | None,
    name: str = "",
    name_latin: str = "",
    slug: str = "",
    is_anonymous: bool = False,
    description: str = "",
    wikidata_id: str = "",
    aliases: Iterable[str] = (),
    roles: Iterable[dict[str, Any]] = (),
) -> Person:
    """Create a person with aliases and roles (`{"title", "organisation", "start_date", "end_date"}`)."""
    if user is not None and not user.has_perm("timeline.add_person"):
        raise PermissionDenied(_("You may not add people."))
    person = Person(
        name=name.strip(),
        name_latin=name_latin.strip(),
        slug=slug.strip(),
        is_anonymous=is_anonymous,
        description=description.strip(),
        wikidata_id=wikidata_id.strip(),
    )
    person.full_clean(exclude=[] if slug else ["slug"])
    person.save()
    for alias in {a.strip() for a in aliases if a.strip()}:
        PersonAlias.objects.create(person=person, name=alias)
    for role_fields in roles:
        role = Role(person=person, **role_fields)
        role.full_clean()
        role.save()
    return person


@transaction.atomic
def person_merge(*, keep: Person, duplicates: Iterable[Person], user: User | None) -> Person:
    """Fold duplicate records of one person into `keep`: their statements, roles, mentions and aliases move over,
    their names become aliases, and the duplicates are deleted. For chiefs only."""
    if user is not None and not (user.has_perm("timeline.merge_person") and user.has_perm("timeline.delete_person")):
        raise PermissionDenied(_("Only a chief may merge people."))
    duplicates = [d for d in duplicates if d.pk != keep.pk]
    if any(d.is_anonymous != keep.is_anonymous for d in duplicates):
        raise ValidationError(_("A named person and an anonymous speaker cannot be merged."))
    known_aliases = set(keep.aliases.values_list("name", flat=True)) | {keep.name, keep.name_latin}
    for duplicate in duplicates:
        Statement.objects.filter(speaker=duplicate).update(speaker=keep)
        Role.objects.filter(person=duplicate).update(person=keep)
        for event in Event.objects.filter(persons=duplicate):
            event.persons.add(keep)
        names = {duplicate.name, duplicate.name_latin, *duplicate.aliases.values_list("name", flat=True)}
        for name in sorted(n for n in names if n and n not in known_aliases):
            PersonAlias.objects.create(person=keep, name=name)
            known_aliases.add(name)
        if not keep.wikidata_id and duplicate.wikidata_id:
            keep.wikidata_id = duplicate.wikidata_id
            duplicate.wikidata_id = ""
            duplicate.save(update_fields=["wikidata_id"])
        duplicate.delete()
    keep.full_clean()
    keep.save()
    return keep


@transaction.atomic
def source_merge(*, keep: Source, duplicates: Iterable[Source], user: User | None) -> Source:
    """Fold duplicate sources into `keep`; statements and citations move over. For chiefs only."""
    if user is not None and not (user.has_perm("timeline.merge_source") and user.has_perm("timeline.delete_source")):
        raise PermissionDenied(_("Only a chief may merge sources."))
    for duplicate in (d for d in duplicates if d.pk != keep.pk):
        Statement.objects.filter(source=duplicate).update(source=keep)
        for event in Event.objects.filter(sources=duplicate):
            event.sources.add(keep)
        duplicate.delete()
    return keep


# --- Newsroom accounts -----------------------------------------------------------------------------------------


@transaction.atomic
def editor_account_save(
    *, username: str, role: NewsroomRole, password: str | None = None, email: str = ""
) -> tuple[AbstractBaseUser, bool, str | None]:
    """Create or update a staff account in exactly one newsroom role (other groups are kept).

    Returns the user, whether it was created, and the password generated for a new account given none.
    """
    user_model = get_user_model()
    sync_role_groups(Group, Permission)
    user, created = user_model.objects.get_or_create(username=username)
    user.is_staff = True
    user.is_active = True
    if email:
        user.email = email
    generated = None
    if password:
        user.set_password(password)
    elif created:
        generated = secrets.token_urlsafe(12)
        user.set_password(generated)
    user.full_clean(exclude=["password"])
    user.save()
    role_groups = Group.objects.filter(name__in=[r.group_name for r in NewsroomRole])
    user.groups.remove(*role_groups.exclude(name=role.group_name))
    user.groups.add(role_groups.get(name=role.group_name))
    return user, created, generated

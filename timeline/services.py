"""Writes that touch more than one row, or carry a newsroom rule. The admin, the API, the importer and the
management commands all call these, so that each rule lives in one place.

Every function is keyword-only and atomic, and runs `full_clean()` before saving. `user=None` means a trusted
system caller (a management command); any other caller passes the acting user, whose permissions are checked.
"""

from __future__ import annotations

import datetime
import logging
import secrets
from collections.abc import Iterable
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group, Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Count, F, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from timeline import images, revisions
from timeline.embeds import embed_for
from timeline.models import (
    AuditEntry,
    Correction,
    Event,
    EventRedirect,
    Media,
    Person,
    PersonAlias,
    Revision,
    Role,
    Source,
    Statement,
    Timeline,
)
from timeline.parameters import LARGEST as LARGEST_NUMBER
from timeline.roles import NewsroomRole, sync_role_groups

User = AbstractBaseUser | AnonymousUser
logger = logging.getLogger(__name__)

PUBLISH_PERMISSION = "timeline.publish_event"
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


def _save_event(event: Event) -> None:
    event.full_clean()
    try:
        with transaction.atomic():
            event.save()
    except IntegrityError as error:
        # The lock makes this unreachable for numbers; it stays as the backstop for any other writer.
        raise NumberTakenError({"number": _("This timeline already has a bulletin with this number.")}) from error


def _refresh_derived(*events: Event) -> None:
    """After bulletins or their statements changed: rebuild their search documents, and touch their timelines'
    updated_at, which readers' caches (Last-Modified) follow."""
    for event in events:
        fields = event.search_fields(event.statements.select_related("speaker"))
        Event.objects.filter(pk=event.pk).update(**fields, version=F("version") + 1)
        for name, value in fields.items():
            setattr(event, name, value)
        event.version = Event.objects.values_list("version", flat=True).get(pk=event.pk)
    Timeline.objects.filter(pk__in={event.timeline_id for event in events}).update(updated_at=timezone.now())


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
    number = changes.get("number", current.number)
    moved = timeline.pk != current.timeline_id
    if number is None:
        # An emptied number field keeps the bulletin's number, or takes the next one in the timeline it moves to.
        number = next_event_number(timeline=_lock_timeline(timeline)) if moved else current.number
    elif moved or number != current.number:
        event_number_check(timeline=timeline, number=number, exclude=current)
    changes["number"] = number

    for name, value in changes.items():
        setattr(event, name, value.strip() if isinstance(value, str) and name != "status" else value)
    if new_status == Event.Status.PUBLISHED and current.status != Event.Status.PUBLISHED:
        event.published_at = timezone.now()
    if user is not None and user.is_authenticated:
        event.updated_by = user
    _save_event(event)
    _refresh_derived(event)
    if current.timeline_id != event.timeline_id:
        Timeline.objects.filter(pk=current.timeline_id).update(updated_at=timezone.now())
    return event


@transaction.atomic
def event_delete(*, event: Event, user: User | None) -> None:
    """Delete a bulletin and its statements. Reporters may delete only their working drafts."""
    if user is not None and not user.has_perm("timeline.delete_event"):
        raise PermissionDenied(_("You may not delete bulletins."))
    if not user_can_edit_event(user, event):
        raise PermissionDenied(_("Only editors may change a bulletin that has been published or retracted."))
    timeline_id = event.timeline_id
    _audit(AuditEntry.Action.DELETE, event, user)
    event.delete()
    Timeline.objects.filter(pk=timeline_id).update(updated_at=timezone.now())


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


# --- Statements ------------------------------------------------------------------------------------------------


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
def person_changed(*, person: Person) -> None:
    """A person was renamed or re-described: the bulletins quoting them are found under the new name."""
    events = Event.objects.filter(statements__speaker=person).distinct()
    if events:
        _refresh_derived(*events)


# --- Media: photos and embeds in a bulletin --------------------------------------------------------------------


def _require_media_permission(user: User | None, event: Event, action: str) -> None:
    if user is not None and not user.has_perm(f"timeline.{action}_media"):
        raise PermissionDenied(_("You may not change the photos and embeds of bulletins."))
    if not user_can_edit_event(user, event):
        raise PermissionDenied(_("Only editors may change a bulletin that has been published or retracted."))


def media_check(*, kind: str, alt_text: str = "", embed_url: str = "", upload: Any = None) -> str:
    """The rules a photo or an embed must meet, raised together by field: for the services below, and for forms
    that show each problem beside its field. An embed's link gives its platform, which is returned ("" for a photo).
    `upload`, when given, is checked by content and size (images.checked_image) and rewound."""
    errors: dict[str, list[str]] = {}
    provider = ""
    if kind == Media.Kind.IMAGE:
        if upload is not None:
            try:
                images.checked_image(upload)
            except ValidationError as error:
                errors["image"] = error.messages
            upload.seek(0)
        if not alt_text.strip():
            errors["alt_text"] = [_("Describe the photo for readers who cannot see it.")]
    elif not embed_url.strip():
        errors["embed_url"] = [_("Paste the address of the video or post.")]
    else:
        try:
            provider = embed_for(embed_url).provider
        except ValidationError as error:
            errors["embed_url"] = error.messages
    if errors:
        raise ValidationError(errors)
    return provider


def _next_media_position(event: Event) -> int:
    return (event.media.aggregate(last=Max("position"))["last"] or 0) + 1


def _save_media(media: Media, written: list[dict[str, Any]]) -> Media:
    """Validate and save; if the row cannot be saved, the files just written for it are removed again. (Should an
    enclosing transaction roll back later, its files stay behind unserved: the media view answers only for a row.)"""
    try:
        media.full_clean()
        media.save()
    except BaseException:
        images.delete_stored(written)
        raise
    return media


@transaction.atomic
def media_add_image(
    *,
    event: Event,
    user: User | None,
    upload: Any,
    alt_text: str,
    caption: str = "",
    credit: str = "",
    position: int | None = None,
) -> Media:
    """Add a photo to a bulletin: checked by content, re-encoded without its metadata, stored in several widths."""
    _require_media_permission(user, event, "add")
    media_check(kind=Media.Kind.IMAGE, alt_text=alt_text)  # the file itself is checked as it is stored
    stored = images.store_image(upload)
    media = Media(
        event=event,
        kind=Media.Kind.IMAGE,
        position=position or _next_media_position(event),
        image=stored.name,
        folder=stored.folder,
        width=stored.width,
        height=stored.height,
        renditions=stored.renditions,
        alt_text=alt_text.strip(),
        caption=caption.strip(),
        credit=credit.strip(),
    )
    _save_media(media, stored.renditions)
    _refresh_derived(event)
    return media


@transaction.atomic
def media_add_embed(
    *, event: Event, user: User | None, url: str, caption: str = "", credit: str = "", position: int | None = None
) -> Media:
    """Add a video or post from YouTube, X, Facebook or Instagram, shown to readers as a click-to-load placeholder."""
    _require_media_permission(user, event, "add")
    provider = media_check(kind=Media.Kind.EMBED, embed_url=url)
    media = Media(
        event=event,
        kind=Media.Kind.EMBED,
        position=position or _next_media_position(event),
        embed_url=url.strip(),
        provider=provider,
        caption=caption.strip(),
        credit=credit.strip(),
    )
    _save_media(media, [])
    _refresh_derived(event)
    return media


@transaction.atomic
def media_update(*, media: Media, user: User | None, upload: Any = None, **changes: Any) -> Media:
    """Change a photo's or embed's text (alt_text, caption, credit, position, embed_url), or replace the photo."""
    _require_media_permission(user, media.event, "change")
    allowed = {"alt_text", "caption", "credit", "position", "embed_url"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"media_update cannot change {sorted(unknown)}")
    for name, value in changes.items():
        setattr(media, name, value.strip() if isinstance(value, str) else value)
    provider = media_check(kind=media.kind, alt_text=media.alt_text, embed_url=media.embed_url)
    if media.kind == Media.Kind.EMBED:
        media.provider = provider
    replaced: list[dict[str, Any]] = []
    written: list[dict[str, Any]] = []
    if upload is not None:
        stored = images.store_image(upload)
        replaced, written = media.renditions, stored.renditions
        media.image, media.folder, media.renditions = stored.name, stored.folder, written
        media.width, media.height = stored.width, stored.height
    _save_media(media, written)
    if replaced:
        # Only once the new photo is committed: a rolled-back replacement keeps the old files in use.
        transaction.on_commit(lambda: images.delete_stored(replaced))
    _refresh_derived(media.event)
    return media


@transaction.atomic
def media_remove(*, media: Media, user: User | None) -> None:
    _require_media_permission(user, media.event, "delete")
    event, renditions = media.event, list(media.renditions)
    media.delete()
    transaction.on_commit(lambda: images.delete_stored(renditions))
    _refresh_derived(event)


@transaction.atomic
def event_statements_replace(*, event: Event, user: User | None, statements: Iterable[dict[str, Any]]) -> Event:
    """Replace a bulletin's statements with `statements` (the keyword arguments of statement_add, `speaker` a
    Person), in order. All are checked before any is written, then written in one go and synced once: the time
    taken grows with their number, not its square (it used to sync the whole bulletin after each one)."""
    if not user_can_edit_event(user, event):
        raise PermissionDenied(_("Only editors may change a bulletin that has been published or retracted."))
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


@transaction.atomic
def speaker_find_or_create(*, name: str, anonymous: bool, user: User | None) -> Person:
    """The person a writer names: by name, Latin name or alias (an anonymous speaker by description); created when
    no one matches. Refused when several people match."""
    if anonymous:
        found = list(Person.objects.anonymous().filter(description=name)[:2])
    else:
        found = list(Person.objects.named().matching_name(name)[:2])
    if len(found) > 1:
        raise ValidationError(
            _("Several people are called “%(name)s”: give the speaker's slug instead.") % {"name": name}
        )
    if found:
        return found[0]
    if anonymous:
        return person_create(user=user, is_anonymous=True, description=name)
    return person_create(user=user, name=name, name_latin=name if name.isascii() else "")


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


# --- Editorial history: revisions, corrections, renumbering, audit --------------------------------------------


class StaleVersionError(ValidationError):
    """The bulletin changed since the writer read it."""

    def __init__(self, message: str, *, current: Event, changes: list, seen: dict | None, now: dict | None) -> None:
        super().__init__(message)
        self.current = current
        self.changes = changes
        self.seen = seen  # the bulletin as the writer read it (a revision's snapshot), if recorded
        self.now = now  # the bulletin as it is


def _audit(action: str, event: Event | None, user: User | None, detail: str = "") -> AuditEntry:
    acting = user if user is not None and user.is_authenticated else None
    description = f"({event.number}) {event.headline}" if event is not None else ""
    if detail:
        description = f"{description} — {detail}"
    return AuditEntry.objects.create(action=action, event=event, description=description[:400], user=acting)


def event_revision(*, event: Event, user: User | None, summary: str = "") -> Revision:
    """Record what the bulletin (with its statements) is now. Called at the end of every save."""
    return revisions.record(event, user=user, summary=summary or _("Saved"))


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


# --- Translations: timelines and bulletins in another language ------------------------------------------------
# Which page readers are sent to is worked out in timeline.translations; these write the links, and keep the rules
# that make the answer unambiguous: one translation per language, one explicit link per translated timeline.


def _touch_timelines(*timeline_ids: int) -> None:
    # Readers' cached pages follow the timelines' updated_at (content_changed_at): both pages show the link.
    Timeline.objects.filter(pk__in=timeline_ids).update(updated_at=timezone.now())


def _lock_timelines(*timeline_ids: int) -> None:
    # Two editors linking at once must not both pass the one-per-language checks (in pk order: no deadlock).
    list(Timeline.objects.select_for_update().filter(pk__in=timeline_ids).order_by("pk").values_list("pk"))


def _require_timeline_editor(user: User | None) -> None:
    if user is not None and not user.has_perm("timeline.change_timeline"):
        raise PermissionDenied(_("You may not change timelines."))


def timeline_translations_check(
    *, timeline: Timeline, translations: Iterable[Timeline], language: str | None = None
) -> None:
    """Refuse `translations` as the whole set of `timeline`'s translations (in `language`, when the timeline's is
    being changed too): not itself, not in its own language, one per language, and none that already has another
    translation in this timeline's language."""
    language = language or timeline.language
    translations = list(translations)
    labels = dict(Timeline._meta.get_field("language").choices)
    problems: list[str] = []
    by_language: dict[str, Timeline] = {}
    for translation in translations:
        if timeline.pk is not None and translation.pk == timeline.pk:
            problems.append(_("A timeline cannot be its own translation."))
        elif translation.language == language:
            problems.append(
                _("“%(title)s” is in the same language as this timeline; a translation is in another language.")
                % {"title": translation}
            )
        elif translation.language in by_language:
            problems.append(
                _("A timeline has one translation per language: “%(first)s” and “%(second)s” are both in %(language)s.")
                % {
                    "first": by_language[translation.language],
                    "second": translation,
                    "language": labels.get(translation.language, translation.language),
                }
            )
        else:
            by_language[translation.language] = translation
    taken = (
        Timeline.translations.through.objects.filter(
            from_timeline__in=[translation.pk for translation in by_language.values()], to_timeline__language=language
        )
        .exclude(to_timeline_id=timeline.pk)
        .select_related("from_timeline", "to_timeline")
    )
    for row in taken:
        problems.append(
            _("“%(title)s” already has a translation in %(language)s: “%(other)s”.")
            % {"title": row.from_timeline, "other": row.to_timeline, "language": labels.get(language, language)}
        )
    if problems:
        raise ValidationError({"translations": problems})


@transaction.atomic
def timeline_translations_set(*, timeline: Timeline, translations: Iterable[Timeline], user: User | None) -> None:
    """Make `translations` exactly the timeline's translations (the admin's form): links removed, then added."""
    _require_timeline_editor(user)
    wanted = {translation.pk: translation for translation in translations}
    timeline_translations_check(timeline=timeline, translations=wanted.values())
    current = {translation.pk: translation for translation in timeline.translations.all()}
    for pk in current.keys() - wanted.keys():
        timeline_unlink_translation(timeline=timeline, translation=current[pk], user=user)
    for pk in wanted.keys() - current.keys():
        timeline_link_translation(timeline=timeline, translation=wanted[pk], user=user)


@transaction.atomic
def timeline_link_translation(*, timeline: Timeline, translation: Timeline, user: User | None) -> None:
    """Link two timelines as translations of each other (both ways); their bulletins are then linked by number,
    or as editors link them (event_link_translation)."""
    _require_timeline_editor(user)
    _lock_timelines(timeline.pk, translation.pk)
    current = list(timeline.translations.all())
    if translation in current:
        return
    for other in current:
        if other.language == translation.language:
            raise ValidationError(
                {
                    "translations": _(
                        "This timeline already has a translation in that language: “%(title)s”. Unlink it first."
                    )
                    % {"title": other}
                }
            )
    timeline_translations_check(timeline=timeline, translations=[*current, translation])
    timeline.translations.add(translation)
    _touch_timelines(timeline.pk, translation.pk)


@transaction.atomic
def timeline_unlink_translation(*, timeline: Timeline, translation: Timeline, user: User | None) -> None:
    """Undo a link between two timelines, with the explicit links between their bulletins, which meant nothing
    without it."""
    _require_timeline_editor(user)
    timeline.translations.remove(translation)
    Event.translations.through.objects.filter(
        models.Q(from_event__timeline=timeline, to_event__timeline=translation)
        | models.Q(from_event__timeline=translation, to_event__timeline=timeline)
    ).delete()
    _touch_timelines(timeline.pk, translation.pk)


def _require_event_editor(user: User | None, event: Event) -> None:
    if not user_can_edit_event(user, event):
        raise PermissionDenied(_("Only editors may change a bulletin that has been published or retracted."))


def event_translations_check(*, event: Event, translations: Iterable[Event], timeline: Timeline | None = None) -> None:
    """Refuse `translations` as the whole set of `event`'s explicit links (with the bulletin in `timeline`, when it
    is moving there): each in a timeline linked as a translation of the bulletin's, at most one per timeline, and
    none already linked to another bulletin of this timeline."""
    timeline = timeline or event.timeline
    translations = list(translations)
    linked = set(timeline.translations.values_list("pk", flat=True)) if timeline.pk else set()
    problems: list[str] = []
    by_timeline: dict[int, Event] = {}
    for translation in translations:
        if event.pk is not None and translation.pk == event.pk:
            problems.append(_("A bulletin cannot be its own translation."))
        elif translation.timeline_id not in linked:
            problems.append(
                _(
                    "“%(bulletin)s” is in “%(timeline)s”, which is not a translation of this timeline. "
                    "Link the timelines first."
                )
                % {"bulletin": translation, "timeline": translation.timeline}
            )
        elif translation.timeline_id in by_timeline:
            problems.append(
                _("One translated bulletin per timeline: “%(first)s” and “%(second)s” are both in “%(timeline)s”.")
                % {
                    "first": by_timeline[translation.timeline_id],
                    "second": translation,
                    "timeline": translation.timeline,
                }
            )
        else:
            by_timeline[translation.timeline_id] = translation
    taken = Event.translations.through.objects.filter(
        from_event__in=[translation.pk for translation in by_timeline.values()], to_event__timeline=timeline
    ).select_related("from_event", "to_event")
    if event.pk is not None:
        taken = taken.exclude(to_event_id=event.pk)
    for row in taken:
        problems.append(
            _("“%(bulletin)s” is already linked to “%(other)s”.") % {"bulletin": row.from_event, "other": row.to_event}
        )
    if problems:
        raise ValidationError({"translations": problems})


@transaction.atomic
def event_translations_set(*, event: Event, translations: Iterable[Event], user: User | None) -> None:
    """Make `translations` exactly the bulletin's explicit links (the admin's form): links removed, then added."""
    _require_event_editor(user, event)
    wanted = {translation.pk: translation for translation in translations}
    event_translations_check(event=event, translations=wanted.values())
    current = {translation.pk: translation for translation in event.translations.all()}
    for pk in current.keys() - wanted.keys():
        event_unlink_translation(event=event, translation=current[pk], user=user)
    for pk in wanted.keys() - current.keys():
        event_link_translation(event=event, translation=wanted[pk], user=user)


@transaction.atomic
def event_link_translation(*, event: Event, translation: Event, user: User | None) -> None:
    """Link a bulletin to its translation when the numbers differ (the same number needs no link), both ways."""
    _require_event_editor(user, event)
    _lock_timelines(event.timeline_id, translation.timeline_id)
    current = list(event.translations.select_related("timeline"))
    if translation in current:
        return
    for other in current:
        if other.timeline_id == translation.timeline_id:
            raise ValidationError(
                {
                    "translations": _(
                        "This bulletin is already linked to “%(bulletin)s” in that timeline. Unlink it first."
                    )
                    % {"bulletin": other}
                }
            )
    event_translations_check(event=event, translations=[*current, translation])
    event.translations.add(translation)
    _touch_timelines(event.timeline_id, translation.timeline_id)


@transaction.atomic
def event_unlink_translation(*, event: Event, translation: Event, user: User | None) -> None:
    """Undo an explicit link: both bulletins fall back to the bulletins with their numbers."""
    _require_event_editor(user, event)
    event.translations.remove(translation)
    _touch_timelines(event.timeline_id, translation.timeline_id)

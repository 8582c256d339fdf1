"""Writing an imported chronology: bulletins, statements, people and roles, all or nothing, in batches."""

from __future__ import annotations

import contextlib
import datetime
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, models, router, transaction
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from timeline.frontend_cache import keys as fc_keys
from timeline.frontend_cache.invalidation import keys_changed
from timeline.importing.attribution import Attribution
from timeline.importing.chronology import parse_chronology_batches
from timeline.importing.lines import WireTextError
from timeline.importing.parsed import ParsedBulletin
from timeline.importing.rows import BatchWriter, NewRows, NewStatement, Published
from timeline.importing.speakers import SpeakerDirectory
from timeline.models import Event, Statement, Timeline
from timeline.services import (
    MAX_STATEMENTS_PER_BULLETIN,
    User,
    event_statements_sync,
    event_update,
    lock_timeline,
    person_create,
    user_can_publish,
)


@dataclass
class ImportedStatement:
    index: int  # the statement's place among those the parser found in its bulletin: what corrections refer to
    kind: str
    text: str
    speaker: str
    speaker_is_new: bool
    line: int
    role: str = ""
    confidence: int = 100  # percent: how sure the reader was of kind, words and speaker together
    doubts: list[str] = field(default_factory=list)

    @property
    def is_doubtful(self) -> bool:
        return self.confidence < DOUBTFUL_BELOW


DOUBTFUL_BELOW = 60  # percent; the preview marks statements read with less confidence


class ImportAction(models.TextChoices):
    CREATED = "created", _lazy("new")
    UPDATED = "updated", _lazy("to update")
    UNCHANGED = "unchanged", _lazy("unchanged")
    TO_MERGE = "to_merge", _lazy("exists: merge by hand")


@dataclass
class ImportedBulletin:
    number: int
    headline: str
    date: datetime.date | None
    line: int
    action: ImportAction
    is_fragment: bool
    paragraphs: list[str]
    statements: list[ImportedStatement]


@dataclass
class ImportReport:
    timeline: Timeline
    dry_run: bool = False
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    statements: int = 0
    by_speaker: Counter = field(default_factory=Counter)
    new_people: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    bulletins: list[ImportedBulletin] = field(default_factory=list)


class BulletinImportError(Exception):
    """The text could not be imported; nothing was written. `errors` name their lines."""

    def __init__(self, errors: list[WireTextError]) -> None:
        super().__init__("\n".join(str(error) for error in errors))
        self.errors = errors


# Corrections an editor made in the import preview, by (bulletin number, statement index): a new "speaker" (the
# words the text would use: "أنطوني بلينكن", "مسئول كبير ..."; empty to drop the statement) and/or a new "kind".
Corrections = dict[tuple[int, int], dict[str, str]]
MAX_REPORTED_ERRORS = 50


def _apply_corrections(bulletin: ParsedBulletin, corrections: Corrections) -> None:
    if not corrections:  # an import without a preview's corrections: only the indexes
        for index, statement in enumerate(bulletin.statements):
            statement.index = index
        return
    kept = []
    for index, statement in enumerate(bulletin.statements):
        statement.index = index
        correction = corrections.get((bulletin.number, index), {})
        if "speaker" in correction:
            if not correction["speaker"]:
                continue
            statement.speaker, statement.title = Attribution().subject(correction["speaker"])
            statement.confidence, statement.doubts = 1.0, []  # an editor's word
        if correction.get("kind") in Statement.Kind.values:
            statement.kind = correction["kind"]
        kept.append(statement)
    bulletin.statements = kept


@transaction.atomic
def bulletins_import(
    *,
    lines: Iterable[tuple[int, str]],
    user: User | None,
    timeline: Timeline | None = None,
    create_timeline: dict[str, str] | None = None,
    publish: bool = False,
    update: bool = False,
    dry_run: bool = False,
    corrections: Corrections | None = None,
    details: bool = False,
    progress: Callable[[int], None] | None = None,
    # Small enough that reading the first batch and writing the last, which nothing overlaps, stay short; a batch
    # costs a few round trips.
    batch_size: int = 200,
    date_order: str = "dmy",
) -> ImportReport:
    """Import a chronology in wire text (see `timeline.wire_text`) into a timeline, all or nothing.

    Bulletins whose number is new are created (published with `publish`); one whose number exists with the same
    headline, date and text is left alone, so importing twice changes nothing; one that exists with other text is an
    error unless `update`. Text before the first header becomes a draft bulletin numbered one below it, with a note
    for an editor to complete it. Lines are read and written in batches: memory stays flat however long the text.
    `create_timeline` ({"slug", "title", "language"}) creates the timeline if missing, inside the same transaction.
    `dry_run` reports what would happen and writes nothing. Raises BulletinImportError with every problem found.
    """
    if user is not None and not user.has_perm("timeline.add_event"):
        raise PermissionDenied(_("You may not add bulletins."))
    if publish and not user_can_publish(user):
        raise PermissionDenied(_("You may not publish, unpublish or retract bulletins; submit it for review."))
    if timeline is None:
        if create_timeline is None:
            raise TypeError("bulletins_import() needs a timeline or create_timeline")
        timeline = Timeline.objects.filter(slug=create_timeline["slug"]).first() or _timeline_create(**create_timeline)
    timeline = lock_timeline(timeline)
    acting_user = user if user is not None and user.is_authenticated else None
    report = ImportReport(timeline=timeline, dry_run=dry_run)
    # A name the reader found, or a description, and never a Wikidata id: the people the importer creates cannot
    # break the person table's constraints, which the database holds all the same (and an import is all or nothing).
    directory = SpeakerDirectory(
        create_person=lambda **fields: person_create(user=None, validate_constraints=False, **fields)
    )
    errors: list[WireTextError] = []
    processed = 0
    # Numbers the timeline holds now (the timeline is locked): a batch asks the database for its existing bulletins
    # only when one of its numbers is among them, so reading the next batch never waits for the last one's writing.
    existing_numbers = set(Event.objects.for_timeline(timeline).values_list("number", flat=True))
    # On PostgreSQL the text is read in a child process and written here, by a thread of the writer's, at once
    # (SQLite's tests and development stay in one process).
    on_postgresql = connection.vendor == "postgresql"
    batches = contextlib.closing(
        parse_chronology_batches(lines, date_order=date_order, batch_size=batch_size, in_child=on_postgresql)
    )
    writer = BatchWriter()
    published = Published()

    try:
        with batches as parsed_batches:
            for batch in parsed_batches:
                for bulletin in batch:
                    errors.extend(bulletin.errors)
                    report.warnings.extend(
                        _("Line %(line)s: %(warning)s") % {"line": bulletin.line, "warning": warning}
                        for warning in bulletin.warnings
                    )
                if errors:
                    if len(errors) >= MAX_REPORTED_ERRORS:
                        break
                    continue  # keep reading, to report every problem at once; nothing more is written
                errors.extend(
                    _import_batch(
                        batch,
                        timeline=timeline,
                        user=user,
                        acting_user=acting_user,
                        publish=publish,
                        update=update,
                        corrections=corrections or {},
                        directory=directory,
                        report=report,
                        details=details,
                        existing_numbers=existing_numbers,
                        writer=writer,
                        published=published,
                    )
                )
                processed += len(batch)
                if progress is not None:
                    progress(processed)
        writer.wait()
    except WireTextError as error:
        writer.close()
        errors.append(error)
    except BaseException as error:
        # A failed write makes the transaction's next statement fail too: report the write's own error.
        writer.close(cause=error)
        raise
    finally:
        writer.close()
    if errors:
        raise BulletinImportError(errors[:MAX_REPORTED_ERRORS])
    report.new_people = [str(person) for person in directory.new_people]
    if publish or report.updated:
        # Only what readers may see moves the timeline's public time: an import of drafts does not (#15).
        Timeline.objects.filter(pk=timeline.pk).update(updated_at=timezone.now())
    if dry_run:
        transaction.set_rollback(True)
    elif published.pks:
        _purge_published(timeline, published)
    return report


def _purge_published(timeline: Timeline, published: Published) -> None:
    """Purge, once the import is committed, what its new public bulletins reach (#18): what bulletins_changed
    purges for a bulletin, computed for all of them in a few queries (it asks two a bulletin, for its neighbours),
    in one purge: the timeline's pages, feeds and API lists, the home page and the lists of every bulletin, its
    speakers' pages, the bulletins next to them (their previous/next links), the bulletins at the same numbers in
    its translations ("Read in English"), and the searches their words match. New bulletins are in no cached
    response of their own, and their reader HTML is rendered when first read (rendering ten thousand at once after
    the commit would hold the import for a minute). Bulletins an import updates go through event_update, whose
    signals purge them."""
    pks, numbers = set(published.pks), set(published.numbers)
    keys = {fc_keys.HOME, fc_keys.ALL_BULLETINS, fc_keys.list_key("timeline", timeline.pk)}
    keys |= {fc_keys.list_key("person", pk) for pk in published.people}
    # The published bulletins just before and after each new one, that are not new themselves.
    shown = list(
        Event.objects.filter(timeline=timeline, status=Event.Status.PUBLISHED)
        .order_by("number")
        .values_list("pk", flat=True)
    )
    for index, pk in enumerate(shown):
        if pk in pks:
            continue
        if (index > 0 and shown[index - 1] in pks) or (index + 1 < len(shown) and shown[index + 1] in pks):
            keys.add(fc_keys.bulletin(pk))
    translations = Timeline.translations.through.objects.filter(from_timeline_id=timeline.pk)
    others = list(translations.values_list("to_timeline_id", flat=True))
    if others:
        for pk, number in Event.objects.filter(timeline_id__in=others).values_list("pk", "number"):
            if number in numbers:
                keys.add(fc_keys.bulletin(pk))
    # The searches their words match, by the words' keys, as for any bulletin's change.
    keys |= fc_keys.bulletin_search_keys(list(pks), router.db_for_write(Event))
    keys_changed(keys, searches=False)


def _timeline_create(*, slug: str, title: str, language: str = "ar") -> Timeline:
    timeline = Timeline(slug=slug, title=title or slug, language=language)
    try:
        timeline.full_clean()
    except ValidationError as error:
        raise BulletinImportError([WireTextError(None, f"timeline “{slug}”: {'; '.join(error.messages)}")]) from error
    timeline.save()
    return timeline


def _import_batch(
    batch: tuple[ParsedBulletin, ...],
    *,
    timeline: Timeline,
    user: User | None,
    acting_user: AbstractBaseUser | None,
    publish: bool,
    update: bool,
    corrections: Corrections,
    directory: SpeakerDirectory,
    report: ImportReport,
    details: bool,
    existing_numbers: set[int],
    writer: BatchWriter,
    published: Published,
) -> list[WireTextError]:
    errors: list[WireTextError] = []
    known = [b.number for b in batch if b.number in existing_numbers]
    existing = (
        {event.number: event for event in Event.objects.for_timeline(timeline).filter(number__in=known)}
        if known
        else {}
    )
    now = timezone.now()
    new_events: list[Event] = []
    new_statements: list[list[Statement]] = []
    for bulletin in batch:
        _apply_corrections(bulletin, corrections)
        event = existing.get(bulletin.number)
        unchanged = (
            event is not None
            and event.body == bulletin.body
            and (
                bulletin.is_fragment
                or (event.headline, event.date, event.time) == (bulletin.headline, bulletin.date, bulletin.time)
            )
        )
        if unchanged:
            report.unchanged += 1
            action = ImportAction.UNCHANGED
        elif event is not None and bulletin.is_fragment:
            report.warnings.append(
                _(
                    "Lines %(first)s–%(last)s come before the first header and belong to bulletin (%(number)s), "
                    "which already exists: merge them into it by hand."
                )
                % {
                    "first": bulletin.line,
                    "last": bulletin.line + len(bulletin.paragraphs) - 1,
                    "number": bulletin.number,
                }
            )
            action = ImportAction.TO_MERGE
        elif event is not None and not update:
            errors.append(
                WireTextError(
                    bulletin.line,
                    _(
                        "bulletin (%(number)s) already exists in this timeline with other "
                        "text; import with “update” to replace it"
                    )
                    % {"number": bulletin.number},
                )
            )
            continue
        else:
            statements = _statements_for(bulletin, directory, report)
            if event is not None:
                event_update(
                    event=event,
                    user=user,
                    headline=bulletin.headline,
                    date=bulletin.date,
                    time=bulletin.time,
                    body=bulletin.body,
                )
                event.statements.all().delete()
                for position, statement in enumerate(statements, start=1):
                    statement.event, statement.position = event, position
                Statement.objects.bulk_create([statement.as_model() for statement in statements])
                event_statements_sync(event=event)
                report.updated += 1
                action = ImportAction.UPDATED
            else:
                event = Event(
                    timeline=timeline,
                    number=bulletin.number,
                    headline=bulletin.headline,
                    body=bulletin.body,
                    date=bulletin.date,
                    time=bulletin.time,
                    status=Event.Status.PUBLISHED if publish and not bulletin.is_fragment else Event.Status.DRAFT,
                    published_at=now if publish and not bulletin.is_fragment else None,
                    created_by=acting_user,
                    updated_by=acting_user,
                    editor_note=_("Imported from text that came before bulletin (%(next)s): add its headline and date.")
                    % {"next": bulletin.number + 1}
                    if bulletin.is_fragment
                    else "",
                )
                try:
                    event.full_clean(exclude=["timeline"], validate_unique=False, validate_constraints=False)
                except ValidationError as error:
                    errors.append(WireTextError(bulletin.line, "; ".join(error.messages)))
                    continue
                new_events.append(event)
                new_statements.append(statements)
                report.created += 1
                action = ImportAction.CREATED
            report.statements += len(statements)
            report.by_speaker.update(str(statement.speaker) for statement in statements)
            if details:
                report.bulletins.append(_imported(bulletin, action, statements, directory))
                continue
        if details and action != ImportAction.CREATED:
            report.bulletins.append(_imported(bulletin, action, [], directory))
    if errors:
        return errors
    for event, statements in zip(new_events, new_statements, strict=True):
        for name, value in event.search_fields(statements).items():
            setattr(event, name, value)
    if new_events:
        writer.submit(NewRows(new_events, new_statements, acting_user, published))
    return []


def _statements_for(bulletin: ParsedBulletin, directory: SpeakerDirectory, report: ImportReport) -> list[NewStatement]:
    """Unsaved statements with their speakers resolved. One whose speaker the text does not name is left out and
    reported: the bulletin's paragraphs keep its words. Past the cap a bulletin may hold, the rest are reported."""
    statements = []
    if len(bulletin.statements) > MAX_STATEMENTS_PER_BULLETIN:
        report.warnings.append(
            _(
                "Line %(line)s: bulletin (%(number)s) reads as %(count)s statements; a bulletin holds at most "
                "%(most)s, so the first %(most)s were kept and the rest stay in its text."
            )
            % {
                "line": bulletin.line,
                "number": bulletin.number,
                "count": len(bulletin.statements),
                "most": MAX_STATEMENTS_PER_BULLETIN,
            }
        )
        bulletin.statements = bulletin.statements[:MAX_STATEMENTS_PER_BULLETIN]
    for parsed in bulletin.statements:
        if parsed.speaker is None:
            report.warnings.append(
                _("Line %(line)s: a statement in bulletin (%(number)s) names no speaker and was left out: “%(text)s”")
                % {"line": parsed.line, "number": bulletin.number, "text": Truncator(parsed.text).chars(60)}
            )
            continue
        try:
            resolved = directory.resolve(parsed.speaker, parsed.title, bulletin.date, bulletin.body)
        except ValidationError as error:
            report.warnings.append(
                _(
                    "Line %(line)s: the speaker “%(name)s” could not be recorded (%(problem)s); "
                    "the statement was left out."
                )
                % {
                    "line": parsed.line,
                    "name": Truncator(parsed.speaker.label).chars(60),
                    "problem": "; ".join(error.messages),
                }
            )
            continue
        if resolved is None:
            names = "، ".join(str(person) for person in directory.candidates(parsed.speaker))
            report.warnings.append(
                _(
                    "Line %(line)s: “%(name)s” could be any of %(names)s; the statement was left out for you to "
                    "attribute."
                )
                % {"line": parsed.line, "name": parsed.speaker.label, "names": names}
            )
            continue
        statements.append(
            NewStatement(speaker=resolved.person, kind=parsed.kind, text=parsed.text, role=resolved.role, parsed=parsed)
        )
    return statements


def _imported(
    bulletin: ParsedBulletin, action: ImportAction, statements: list[Statement], directory: SpeakerDirectory
) -> ImportedBulletin:
    """What the preview shows of a bulletin: every statement the parser found, attributed or not."""
    new_people = set(directory.new_people)
    speakers = {id(statement.parsed): statement.speaker for statement in statements}
    roles = {id(statement.parsed): statement.role for statement in statements}
    shown = []
    for parsed in bulletin.statements:
        speaker = speakers.get(id(parsed))
        shown.append(
            ImportedStatement(
                index=parsed.index,
                kind=parsed.kind,
                text=parsed.text,
                speaker=str(speaker) if speaker is not None else "",
                speaker_is_new=speaker in new_people,
                line=parsed.line,
                role=roles[id(parsed)].title if roles.get(id(parsed)) is not None else "",
                confidence=round(parsed.confidence * 100),
                doubts=[_(doubt) for doubt in parsed.doubts],
            )
        )
    return ImportedBulletin(
        number=bulletin.number,
        headline=bulletin.headline,
        date=bulletin.date,
        line=bulletin.line,
        action=action,
        is_fragment=bulletin.is_fragment,
        paragraphs=bulletin.paragraphs,
        statements=shown,
    )

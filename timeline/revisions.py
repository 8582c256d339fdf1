"""Revisions: snapshots of bulletins (statements included), people and sources, and readable differences between two.

Recording happens through timeline.services, at the end of every save; this module knows how to take a snapshot,
store it, and compare two.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Max, Model, QuerySet
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from timeline.models import Event, Person, Revision, Source


def event_snapshot(event: Event, statements: list | None = None, version: int | None = None) -> dict[str, Any]:
    """The bulletin as stored; the importer passes the statements and version it has in hand, saving queries."""
    if statements is None:
        statements = event.statements.select_related("speaker", "source", "role").order_by("position", "pk")
    if version is None:
        version = Event.objects.values_list("version", flat=True).get(pk=event.pk)
    return {
        "_version": version,
        "timeline": event.timeline_id,
        "number": event.number,
        "headline": event.headline,
        "body": event.body,
        "date": event.date.isoformat() if event.date else None,
        "time": event.time.isoformat() if event.time else None,
        "status": event.status,
        "is_key": event.is_key,
        "editor_note": event.editor_note,
        "retraction_reason": event.retraction_reason,
        "statements": [
            {
                "kind": s.kind,
                "text": s.text,
                "speaker": s.speaker_id,
                "speaker_name": s.speaker.display_name,
                "source": s.source_id,
                "source_name": s.source.name if s.source else "",
                "role": s.role_id,
                "said_on": s.said_on.isoformat() if s.said_on else None,
                "original_text": s.original_text,
                "original_language": s.original_language,
            }
            for s in statements
        ],
    }


def person_snapshot(person: Person) -> dict[str, Any]:
    return {
        "name": person.name,
        "name_latin": person.name_latin,
        "description": person.description,
        "is_anonymous": person.is_anonymous,
        "wikidata_id": person.wikidata_id,
        "aliases": sorted(person.aliases.values_list("name", flat=True)),
        "roles": [
            f"{role.title} ({role.organisation}) {role.start_date or '…'}–{role.end_date or '…'}"
            for role in person.roles.order_by("start_date", "pk")
        ],
    }


def source_snapshot(source: Source) -> dict[str, Any]:
    return {"name": source.name, "kind": source.kind, "url": source.url}


SNAPSHOTS = {Event: event_snapshot, Person: person_snapshot, Source: source_snapshot}


def record(obj: Model, *, user: Any, summary: str) -> Revision:
    content_type = ContentType.objects.get_for_model(obj)
    last = Revision.objects.filter(content_type=content_type, object_id=obj.pk).aggregate(last=Max("number"))["last"]
    acting = user if user is not None and user.is_authenticated else None
    return Revision.objects.create(
        content_type=content_type,
        object_id=obj.pk,
        number=(last or 0) + 1,
        data=SNAPSHOTS[type(obj)](obj),
        summary=summary[:200],
        created_by=acting,
    )


def imported_revisions(events: list[Event], statements: list[list], *, user: Any) -> list[list[Any]]:
    """Rows of the first revisions of bulletins just imported (content_type, object_id, number, data, summary,
    created_by, created_at), for a bulk insert."""
    content_type = ContentType.objects.get_for_model(Event)
    acting = user.pk if user is not None and user.is_authenticated else None
    now = timezone.now()
    summary = _("Imported")
    return [
        [content_type.pk, event.pk, 1, event_snapshot(event, said, version=event.version), summary, acting, now]
        for event, said in zip(events, statements, strict=True)
    ]


def revisions_of(obj: Model) -> QuerySet[Revision]:
    return Revision.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
    ).select_related("created_by")


# --- Differences -----------------------------------------------------------------------------------------------


@dataclass
class Change:
    key: str  # the field, or "statement-N"
    label: str
    html: SafeString


def _words_diff(old: str, new: str) -> SafeString:
    """Word by word: removed words in <del>, added ones in <ins>, the rest as it was."""
    before, after = old.split(" "), new.split(" ")
    parts = []
    for operation, i1, i2, j1, j2 in difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes():
        if operation == "equal":
            parts.append(escape(" ".join(before[i1:i2])))
            continue
        if i2 > i1:
            parts.append(format_html("<del>{}</del>", " ".join(before[i1:i2])))
        if j2 > j1:
            parts.append(format_html("<ins>{}</ins>", " ".join(after[j1:j2])))
    return mark_safe(" ".join(str(part) for part in parts))


def _text(value: Any) -> str:
    return "" if value is None else str(value)


LABELS = {
    "number": "number",
    "headline": "headline",
    "body": "body",
    "date": "date",
    "time": "time",
    "status": "status",
    "is_key": "key bulletin",
    "editor_note": "note to editors",
    "retraction_reason": "retraction reason",
    "name": "name",
    "name_latin": "name in Latin script",
    "description": "description",
    "is_anonymous": "anonymous",
    "wikidata_id": "Wikidata id",
    "aliases": "aliases",
    "roles": "roles",
    "kind": "kind",
    "url": "address",
}


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """What changed from one snapshot to another, field by field, and statement by statement."""
    changes = []
    for key in [key for key in new if key != "statements" and not key.startswith("_")]:
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        if isinstance(before, list) or isinstance(after, list):
            before, after = "، ".join(before or []), "، ".join(after or [])
        changes.append(Change(key, _(LABELS.get(key, key)), _words_diff(_text(before), _text(after))))
    old_statements, new_statements = old.get("statements", []), new.get("statements", [])
    for index in range(max(len(old_statements), len(new_statements))):
        before = old_statements[index] if index < len(old_statements) else None
        after = new_statements[index] if index < len(new_statements) else None
        if before == after:
            continue
        label = _("statement %(number)s") % {"number": index + 1}

        def line(statement: dict[str, Any] | None) -> str:
            if statement is None:
                return ""
            return f"{statement['speaker_name']} ({statement['kind']}): {statement['text']}"

        changes.append(Change(f"statement-{index + 1}", label, _words_diff(line(before), line(after))))
    return changes

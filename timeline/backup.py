"""Whole-newsroom backups in a documented, versioned JSON format (docs/backup-format.md).

A backup holds every timeline, bulletin, statement, photo and embed (their records; the photo files stay in
MEDIA_ROOT, copied alongside), person, source, revision, correction, former number and audit entry, with their own
ids and timestamps, and the newsroom's users with their roles but never their passwords or API tokens. Restoring
it into an empty database reproduces the same public pages and the same API output byte for byte, which is why
ids and every timestamp (``auto_now`` ones included) are written and restored exactly as they were.
"""

from __future__ import annotations

import datetime
import decimal
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.db.models.fields.files import FieldFile
from django.utils import timezone

from timeline.models import (
    AuditEntry,
    Correction,
    Event,
    EventRedirect,
    Media,
    Person,
    PersonAlias,
    Place,
    Revision,
    Role,
    Source,
    Statement,
    Timeline,
    Topic,
)

FORMAT = "tasalsul-backup"
FORMAT_VERSION = 1
BATCH = 1000

# Sections in restore order: each refers only to sections before it.
SECTIONS: list[tuple[str, type[models.Model]]] = [
    ("timelines", Timeline),
    ("people", Person),
    ("person_aliases", PersonAlias),
    ("roles", Role),
    ("sources", Source),
    ("topics", Topic),
    ("places", Place),
    ("bulletins", Event),
    ("statements", Statement),
    ("media", Media),
    ("corrections", Correction),
    ("former_numbers", EventRedirect),
    ("revisions", Revision),
    ("audit_log", AuditEntry),
]
USER_FIELDS = ["id", "username", "email", "first_name", "last_name", "is_active", "is_staff", "is_superuser"]

Progress = Callable[[str, int, int], None]
"""Called as progress(section, done, total) while a backup is written or restored."""


class BackupError(Exception):
    """A backup that cannot be restored here, with the reason in words an operator can act on."""


@dataclass(frozen=True)
class BackupSummary:
    counts: dict[str, int]


# --- Writing ---------------------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A field's value as JSON, losing nothing: full microseconds (DjangoJSONEncoder would cut them to
    milliseconds, and the API shows them)."""
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, FieldFile):
        return value.name  # a path inside MEDIA_ROOT; the file itself is copied with that folder
    return value


def _content_type_label(pk: int) -> str:
    content_type = ContentType.objects.get_for_id(pk)
    return f"{content_type.app_label}.{content_type.model}"


def _record(instance: models.Model, many_to_many: list[models.ManyToManyField]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for field in instance._meta.concrete_fields:
        value = getattr(instance, field.attname)
        if isinstance(field, models.ForeignKey) and field.related_model is ContentType and value is not None:
            # Content type ids differ between databases; their names do not.
            value = _content_type_label(value)
        record[field.attname] = _plain(value)
    for field in many_to_many:
        record[field.name] = sorted(related.pk for related in getattr(instance, field.name).all())
    return record


def _rows(model: type[models.Model]) -> Iterator[dict[str, Any]]:
    many_to_many = list(model._meta.many_to_many)
    queryset = model._base_manager.order_by("pk")
    if many_to_many:
        queryset = queryset.prefetch_related(*(field.name for field in many_to_many))
    for instance in queryset.iterator(chunk_size=BATCH):
        yield _record(instance, many_to_many)


def _user_rows() -> Iterator[dict[str, Any]]:
    users = get_user_model()._base_manager.order_by("pk").prefetch_related("groups")
    for user in users.iterator(chunk_size=BATCH):
        row = {name: getattr(user, name) for name in USER_FIELDS}
        row["date_joined"] = _plain(user.date_joined)
        row["roles"] = sorted(group.name for group in user.groups.all())
        yield row


def _schema() -> str | None:
    applied = (
        MigrationRecorder.Migration.objects.filter(app="timeline").order_by("-name").values_list("name", flat=True)
    )
    return applied.first()


def backup_write(*, stream: IO[str], progress: Progress | None = None) -> BackupSummary:
    """Write the whole newsroom to `stream`, one record a line inside each section, so that a large backup is
    written (and diffed, and grepped) without holding it in memory. One read-only transaction: a consistent
    snapshot on PostgreSQL even while editors keep working."""
    counts: dict[str, int] = {}
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            connection.cursor().execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        sections: list[tuple[str, Callable[[], Iterator[dict[str, Any]]], int]] = [
            ("users", _user_rows, get_user_model()._base_manager.count())
        ]
        sections += [(name, lambda model=model: _rows(model), model._base_manager.count()) for name, model in SECTIONS]
        header = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "created_at": timezone.now().isoformat(),
            "schema": _schema(),
            "counts": {name: total for name, _rows_of, total in sections},
        }
        stream.write("{\n")
        for key, value in header.items():
            stream.write(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
        for index, (name, rows_of, total) in enumerate(sections):
            stream.write(f"{json.dumps(name)}: [")
            done = 0
            for done, row in enumerate(rows_of(), start=1):
                stream.write(("\n" if done == 1 else ",\n") + json.dumps(row, ensure_ascii=False, sort_keys=True))
                if progress and (done % BATCH == 0 or done == total):
                    progress(name, done, total)
            if progress and done == 0:
                progress(name, 0, 0)
            counts[name] = done
            stream.write(("\n]" if done else "]") + (",\n" if index < len(sections) - 1 else "\n"))
        stream.write("}\n")
    return BackupSummary(counts=counts)


# --- Restoring -------------------------------------------------------------------------------------------------


def _check_header(document: dict[str, Any]) -> None:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BackupError("This file is not a Tasalsul backup (its “format” is not “tasalsul-backup”).")
    version = document.get("version")
    if version != FORMAT_VERSION:
        raise BackupError(
            f"This backup is in format version {version}; this Tasalsul reads version {FORMAT_VERSION} only."
        )
    schema = document.get("schema")
    if schema and not MigrationRecorder.Migration.objects.filter(app="timeline", name=schema).exists():
        raise BackupError(
            f"This backup was made by a newer Tasalsul (database migration {schema}); "
            "upgrade this installation and run migrate first."
        )
    for name in ["users", *(name for name, _model in SECTIONS)]:
        if not isinstance(document.get(name, []), list):
            raise BackupError(f"The section “{name}” should be a list of records.")


def _check_empty() -> None:
    occupied = [name for name, model in SECTIONS if model._base_manager.exists()]
    if get_user_model()._base_manager.exists():
        occupied.insert(0, "users")
    if occupied:
        raise BackupError(
            "Restore needs an empty, migrated database, and this one already holds "
            + ", ".join(occupied)
            + ". Create a new database (or run `manage.py flush`) and run migrate first."
        )


@contextmanager
def _timestamps_as_given(model_list: list[type[models.Model]]) -> Iterator[None]:
    """auto_now / auto_now_add would stamp every restored row with the time of the restore; the backup's own
    times must survive, since pages and the API show them (and Last-Modified and ETags follow them)."""
    switched = []
    for model in model_list:
        for field in model._meta.concrete_fields:
            if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
                switched.append((field, field.auto_now, field.auto_now_add))
                field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, auto_now, auto_now_add in switched:
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


def _instance(model: type[models.Model], record: dict[str, Any], section: str, position: int) -> models.Model:
    values: dict[str, Any] = {}
    known = {field.attname: field for field in model._meta.concrete_fields}
    many_names = {field.name for field in model._meta.many_to_many}
    for key, value in record.items():
        if key in many_names:
            continue
        field = known.get(key)
        if field is None:
            raise BackupError(f"{section}, record {position}: unknown field “{key}”.")
        try:
            if isinstance(field, models.ForeignKey) and field.related_model is ContentType and value is not None:
                app_label, _dot, model_name = str(value).partition(".")
                value = ContentType.objects.get_by_natural_key(app_label, model_name).pk
            elif value is not None:
                value = (field.target_field if isinstance(field, models.ForeignKey) else field).to_python(value)
        except (ValidationError, ContentType.DoesNotExist) as error:
            raise BackupError(f"{section}, record {position}: “{key}” has a value this field cannot hold.") from error
        values[key] = value
    return model(**values)


def _restore_users(rows: list[dict[str, Any]], progress: Progress | None) -> None:
    user_model = get_user_model()
    groups = {group.name: group for group in Group.objects.all()}
    users, memberships = [], []
    for position, row in enumerate(rows, start=1):
        missing = [name for name in ("id", "username") if name not in row]
        if missing:
            raise BackupError(f"users, record {position}: missing {', '.join(missing)}.")
        user = user_model(**{name: row[name] for name in USER_FIELDS if name in row})
        if row.get("date_joined"):
            user.date_joined = datetime.datetime.fromisoformat(row["date_joined"])
        # Passwords are never in a backup: restored editors set a new one (manage.py changepassword, or a reset).
        user.set_unusable_password()
        users.append(user)
        for role in row.get("roles", []):
            if role not in groups:
                raise BackupError(f"users, record {position}: unknown role “{role}”.")
            memberships.append(user_model.groups.through(user_id=row["id"], group_id=groups[role].pk))
    user_model.objects.bulk_create(users, batch_size=BATCH)
    user_model.groups.through.objects.bulk_create(memberships, batch_size=BATCH)
    if progress:
        progress("users", len(users), len(users))


def _restore_section(name: str, model: type[models.Model], rows: list[dict[str, Any]], progress: Progress | None):
    total = len(rows)
    many_to_many = list(model._meta.many_to_many)
    for start in range(0, total, BATCH):
        chunk = rows[start : start + BATCH]
        instances = [_instance(model, row, name, start + offset + 1) for offset, row in enumerate(chunk)]
        model._base_manager.bulk_create(instances, batch_size=BATCH)
        for field in many_to_many:
            through = field.remote_field.through
            source_column, target_column = field.m2m_field_name() + "_id", field.m2m_reverse_field_name() + "_id"
            links = [
                through(**{source_column: row["id"], target_column: related})
                for row in chunk
                for related in row.get(field.name, [])
            ]
            through._base_manager.bulk_create(links, batch_size=BATCH)
        if progress:
            progress(name, min(start + BATCH, total), total)
    if progress and not total:
        progress(name, 0, 0)


def _reset_sequences(model_list: list[type[models.Model]]) -> None:
    """Rows came with their ids: move PostgreSQL's id sequences past them, or the next insert would collide."""
    statements = connection.ops.sequence_reset_sql(no_style(), model_list)
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


@transaction.atomic
def backup_restore(*, document: dict[str, Any], progress: Progress | None = None) -> BackupSummary:
    """Restore a backup read by json.load into this empty, migrated database: all of it or, on any problem,
    nothing (one transaction)."""
    _check_header(document)
    _check_empty()
    model_list = [model for _name, model in SECTIONS]
    user_model = get_user_model()
    _restore_users(document.get("users", []), progress)
    with _timestamps_as_given(model_list):
        for name, model in SECTIONS:
            _restore_section(name, model, document.get(name, []), progress)
    through_models = [field.remote_field.through for model in model_list for field in model._meta.many_to_many]
    _reset_sequences([user_model, user_model.groups.through, *model_list, *through_models])
    counts = {"users": len(document.get("users", []))}
    counts.update({name: len(document.get(name, [])) for name, _model in SECTIONS})
    return BackupSummary(counts=counts)

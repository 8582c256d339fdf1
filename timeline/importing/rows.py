"""The rows an import writes: each batch's new bulletins with their statements, mentions and first revisions.

On PostgreSQL a batch goes through COPY, with its bulletins' ids taken from their sequence first, in a second thread
on the transaction's own connection while the importer reads the next batch (BatchWriter); elsewhere through the ORM.
"""

from __future__ import annotations

import datetime
import itertools
from array import array
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import connection, models
from psycopg import sql as psycopg_sql
from psycopg.types.json import Jsonb

from timeline import revisions
from timeline.models import Event, Person, Revision, Role, Source, Statement


class Published:
    """The bulletins an import publishes (their ids and numbers: memory stays small) and the people they quote."""

    def __init__(self) -> None:
        self.pks = array("q")
        self.numbers = array("q")
        self.people: set[int] = set()

    def add(self, events: list[Event]) -> None:
        for event in events:
            if event.status == Event.Status.PUBLISHED:
                self.pks.append(event.pk)
                self.numbers.append(event.number)


class NewRows:
    """A batch's new bulletins with their statements, mentions and first revisions, as rows ready to write. Made in
    the importer's thread; written (`write`) in the writer's, which gives the bulletins their ids."""

    def __init__(
        self,
        events: list[Event],
        statements: list[list[NewStatement]],
        acting_user: AbstractBaseUser | None,
        published: Published,
    ) -> None:
        self.events = events
        self.published = published
        for event, said in zip(events, statements, strict=True):
            if event.status == Event.Status.PUBLISHED:
                published.people.update(statement.speaker_id for statement in said)
        if connection.vendor != "postgresql":
            self.statements = statements
            self.acting_user = acting_user
            return
        self.alias = connection.alias
        # Where a bulletin's id goes, the bulletin's place in the batch until it has one.
        fields = Event._meta.concrete_fields
        self.event_columns = [field.attname for field in fields]
        # What bulk_create would send, with a shortcut for the columns whose value goes as it is (on PostgreSQL:
        # text, numbers, dates, times, keys); the others (auto_now times) through their field.
        plain = [field.get_internal_type() in _PLAIN_FIELDS and not _auto_time(field) for field in fields]
        self.event_rows = [
            [
                None
                if field.primary_key
                else getattr(event, field.attname)
                if simple
                else field.get_db_prep_save(field.pre_save(event, True), connection)
                for field, simple in zip(fields, plain, strict=True)
            ]
            for event in events
        ]
        self.pk_column = next(index for index, field in enumerate(fields) if field.primary_key)
        self.statement_rows, mentions = [], {}
        for index, (event, said) in enumerate(zip(events, statements, strict=True)):
            for position, statement in enumerate(said, start=1):
                statement.event, statement.position = event, position
                self.statement_rows.append(
                    [
                        index,
                        position,
                        statement.speaker_id,
                        statement.kind,
                        statement.text,
                        statement.original_text,
                        statement.original_language,
                        statement.said_on,
                        statement.source_id,
                        statement.role_id,
                    ]
                )
                mentions[(index, statement.speaker_id)] = None
        self.mention_rows = [list(pair) for pair in mentions]
        self.revision_rows = revisions.imported_revisions(events, statements, user=acting_user)
        for index, row in enumerate(self.revision_rows):
            row[1] = index

    def write(self, cursor: Any = None) -> None:
        """On PostgreSQL (`cursor`, on the transaction's connection): ids for the bulletins from their sequence, then
        every row through COPY; elsewhere through the ORM."""
        if cursor is None:
            Event.objects.bulk_create(self.events)
            self.published.add(self.events)
            rows, mentions = [], {}
            for event, said in zip(self.events, self.statements, strict=True):
                for position, statement in enumerate(said, start=1):
                    statement.event, statement.position = event, position
                    rows.append(
                        [
                            getattr(statement, column) if column != "event_id" else event.pk
                            for column in STATEMENT_COLUMNS
                        ]
                    )
                    mentions[(event.pk, statement.speaker_id)] = None
            _insert(Statement, STATEMENT_COLUMNS, rows)
            _insert(Event.persons.through, ["event_id", "person_id"], [list(pair) for pair in mentions])
            _insert(
                Revision,
                REVISION_COLUMNS,
                revisions.imported_revisions(self.events, self.statements, user=self.acting_user),
                json_columns={"data"},
            )
            return
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [Event._meta.db_table, len(self.events)],
        )
        ids = [pk for (pk,) in cursor.fetchall()]
        for event, pk, row in zip(self.events, ids, self.event_rows, strict=True):
            event.pk = row[self.pk_column] = pk
            event._state.adding, event._state.db = False, self.alias
        for row in itertools.chain(self.statement_rows, self.mention_rows):
            row[0] = ids[row[0]]
        for row in self.revision_rows:
            row[1] = ids[row[1]]
        self.published.add(self.events)
        _insert(Event, self.event_columns, self.event_rows, cursor=cursor)
        _insert(Statement, STATEMENT_COLUMNS, self.statement_rows, cursor=cursor)
        _insert(Event.persons.through, ["event_id", "person_id"], self.mention_rows, cursor=cursor)
        _insert(Revision, REVISION_COLUMNS, self.revision_rows, json_columns={"data"}, cursor=cursor)


_PLAIN_FIELDS = frozenset(
    {
        "AutoField",
        "BigAutoField",
        "BooleanField",
        "CharField",
        "DateField",
        "ForeignKey",
        "IntegerField",
        "PositiveIntegerField",
        "PositiveSmallIntegerField",
        "SmallIntegerField",
        "TextField",
        "TimeField",
    }
)


def _auto_time(field: models.Field) -> bool:
    return bool(getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False))


REVISION_COLUMNS = ["content_type_id", "object_id", "number", "data", "summary", "created_by_id", "created_at"]
STATEMENT_COLUMNS = [
    "event_id",
    "position",
    "speaker_id",
    "kind",
    "text",
    "original_text",
    "original_language",
    "said_on",
    "source_id",
    "role_id",
]


class BatchWriter:
    """Writes each batch's rows on PostgreSQL in a second thread, on the transaction's own connection, while the
    importer reads and resolves the next batch: the server computes search vectors, updates indexes and checks
    foreign keys (about 0.5 ms a bulletin of its time) on the other core instead of after the reading. One batch
    is written at a time, in order; a batch waits for the one before it, and memory stays at two batches. The
    connection serialises its users, so a query of the importer's (a new person) simply waits for the write in
    progress. Elsewhere (SQLite), batches are written at once, in this thread."""

    def __init__(self) -> None:
        self._pending: Future | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._closed = False
        if connection.vendor == "postgresql":
            connection.ensure_connection()
            self._raw = connection.connection
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bulletins-import")
            self._before, self._after = _write_settings(self._raw)

    def submit(self, rows: NewRows) -> None:
        if self._executor is None:
            rows.write()
            return
        self.wait()
        self._pending = self._executor.submit(self._write, rows)

    def _write(self, rows: NewRows) -> None:
        with self._raw.cursor() as cursor:
            if self._before:
                cursor.execute(self._before)
            rows.write(cursor)
            if self._after:
                cursor.execute(self._after)

    def wait(self) -> None:
        """Until the batch being written is written; raises its error if it failed."""
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.result()

    def close(self, cause: BaseException | None = None) -> None:
        """Wait for the write in progress and stop the thread; with `cause` (the importer failed), a failed write's
        error is raised instead, with `cause` as its context."""
        if self._closed:
            return
        self._closed = True
        try:
            if self._pending is not None:
                failure = self._pending.exception()
                self._pending = None
                if failure is not None and cause is not None and failure is not cause:
                    raise failure from cause
        finally:
            if self._executor is not None:
                self._executor.shutdown(wait=True)


def _write_settings(raw: Any) -> tuple[str, str]:
    """What a batch's writing sets before it, and sets back after it, in the transaction:

    - the foreign keys of the tables it writes, deferred to the commit by default, are checked as each batch is
      written, so that the checks overlap the reading instead of following it;
    - values large enough to be compressed (a revision's snapshot, over 2 kB) are compressed with lz4 where the
      server has it: a third of the time pglz takes; readers see no difference (each value says how it is
      compressed)."""
    tables = [model._meta.db_table for model in (Event, Statement, Event.persons.through, Revision)]
    with raw.cursor() as cursor:
        cursor.execute(
            "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.conname) FROM pg_constraint c "
            "JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE c.contype = 'f' AND c.condeferrable AND c.condeferred AND c.conrelid::regclass::text = ANY(%s)",
            [tables],
        )
        constraints = ", ".join(row[0] for row in cursor.fetchall())
        cursor.execute(
            "SELECT current_setting(name), 'lz4' = ANY(enumvals) FROM pg_settings "
            "WHERE name = 'default_toast_compression'"
        )
        row = cursor.fetchone()
    before, after = [], []
    if constraints:
        before.append(f"SET CONSTRAINTS {constraints} IMMEDIATE")
        after.append(f"SET CONSTRAINTS {constraints} DEFERRED")
    if row is not None and row[1] and row[0] != "lz4":
        before.append("SET LOCAL default_toast_compression = 'lz4'")
        after.append(psycopg_sql.SQL("SET LOCAL default_toast_compression = {}").format(row[0]).as_string(raw))
    return "; ".join(before), "; ".join(after)


def _insert(
    model: type[models.Model],
    columns: list[str],
    rows: Iterable[list[Any]],
    json_columns: frozenset | set = frozenset(),
    cursor: Any = None,
) -> None:
    """Insert rows whose ids nobody needs back. On PostgreSQL (`cursor`: a psycopg cursor) through COPY, several
    times faster than INSERT for the thousands of statements a long chronology holds; elsewhere through
    bulk_create."""
    if cursor is None:
        model.objects.bulk_create([model(**dict(zip(columns, row, strict=True))) for row in rows])
        return
    positions = [index for index, column in enumerate(columns) if column in json_columns]
    if positions:
        rows = ([Jsonb(value) if index in positions else value for index, value in enumerate(row)] for row in rows)
    query = psycopg_sql.SQL("COPY {} ({}) FROM STDIN").format(
        psycopg_sql.Identifier(model._meta.db_table),
        psycopg_sql.SQL(", ").join(psycopg_sql.Identifier(model._meta.get_field(c).column) for c in columns),
    )
    with cursor.copy(query) as copy:
        for row in rows:
            copy.write_row(row)


@dataclass(slots=True)
class NewStatement:
    """An imported statement before it is written: the attributes of a Statement, without a model instance's cost
    (a long chronology holds tens of thousands)."""

    speaker: Person
    kind: str
    text: str
    role: Role | None
    parsed: Any
    event: Event | None = None
    position: int = 0
    source: Source | None = None
    said_on: datetime.date | None = None
    original_text: str = ""
    original_language: str = ""

    @property
    def speaker_id(self) -> int:
        return self.speaker.pk

    @property
    def role_id(self) -> int | None:
        return self.role.pk if self.role is not None else None

    @property
    def source_id(self) -> int | None:
        return self.source.pk if self.source is not None else None

    def as_model(self) -> Statement:
        return Statement(
            event=self.event,
            position=self.position,
            speaker=self.speaker,
            kind=self.kind,
            text=self.text,
            role=self.role,
        )

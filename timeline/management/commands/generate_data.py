import itertools
import time
from array import array
from collections import defaultdict
from collections.abc import Iterator

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from timeline.importing.writing import BulletinImportError, ImportReport, bulletins_import
from timeline.management.section_progress import SectionProgress
from timeline.models import Event, Revision, Source, Statement, Timeline
from timeline.synthetic_chronology import STATEMENTS_PER_BULLETIN, SyntheticChronology, SyntheticSource

TITLE = "تسلسل تجريبي: مفاوضات وعقوبات وحدود"


class Command(BaseCommand):
    help = (
        "Fill a timeline with a realistic, deterministic Arabic chronology for benchmarks: N bulletins of five "
        "statements each, N/5 people speaking, N/50 sources cited, written the way different desks spell. The text "
        "goes through the importer, so the rows (search words, revisions, people, roles) are what the app makes."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--bulletins", type=int, default=10_000, metavar="N", help="how many (default 10,000)")
        parser.add_argument("--seed", type=int, default=1, help="the same seed gives the same data (default 1)")
        parser.add_argument("--timeline", default="generated", metavar="SLUG", help="created if missing")
        status = parser.add_mutually_exclusive_group()
        status.add_argument("--publish", dest="publish", action="store_true", default=True, help="(the default)")
        status.add_argument("--draft", dest="publish", action="store_false", help="leave the bulletins in draft")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="delete the timeline's bulletins first (the people and sources stay, and are reused)",
        )

    def handle(self, *args, bulletins: int, seed: int, timeline: str, publish: bool, replace: bool, **options) -> None:
        if bulletins < 1:
            raise CommandError("--bulletins must be at least 1")
        started = time.perf_counter()
        chronology = SyntheticChronology(bulletins=bulletins, seed=seed)
        with transaction.atomic():
            target = Timeline.objects.filter(slug=timeline).first()
            if target is not None:
                existing = Event.objects.for_timeline(target).count()
                if existing and not replace:
                    raise CommandError(
                        f"the timeline “{timeline}” already has {existing:,} bulletins: add --replace to delete them "
                        "and generate anew, or choose another --timeline"
                    )
                if existing:
                    _delete_bulletins(target)
            cited = array("I")  # the source of each statement, in the order the importer writes them
            progress = SectionProgress(self.stderr, verb="Generated")
            try:
                report = bulletins_import(
                    lines=_lines(chronology, cited),
                    user=None,
                    timeline=target,
                    create_timeline=None if target else {"slug": timeline, "title": TITLE, "language": "ar"},
                    publish=publish,
                    progress=lambda count: progress("bulletins", count, bulletins),
                )
            except BulletinImportError as error:
                raise CommandError("nothing was generated:\n" + "\n".join(str(e) for e in error.errors)) from error
            progress.finish()
            _check(report, bulletins)
            _cite(report.timeline, cited, _sources(chronology.sources))
        counts = _counts(report.timeline)
        numbers = ", ".join(f"{count:,} {what}" for what, count in counts.items())
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated “{report.timeline.slug}” (seed {seed}, {'published' if publish else 'draft'}): "
                f"{numbers}; {time.perf_counter() - started:.1f} s."
            )
        )
        if counts["people"] != len(chronology.people):
            self.stdout.write(
                self.style.WARNING(
                    f"{counts['people']:,} people speak, not {len(chronology.people):,}: the database already held "
                    "people under some of the generated names."
                )
            )


def _counts(timeline: Timeline) -> dict[str, int]:
    statements = Statement.objects.filter(event__timeline=timeline)
    return {
        "bulletins": Event.objects.for_timeline(timeline).count(),
        "statements": statements.count(),
        "people": statements.values("speaker").distinct().count(),
        "sources": statements.values("source").distinct().count(),
    }


def _lines(chronology: SyntheticChronology, cited: array) -> Iterator[tuple[int, str]]:
    """The chronology's numbered lines, noting each statement's source on the way: the text cannot carry it."""
    number = 0
    for bulletin in chronology.bulletins():
        cited.extend(bulletin.sources)
        for line in bulletin.lines:
            number += 1
            yield number, line


def _check(report: ImportReport, bulletins: int) -> None:
    """The importer must have read every bulletin as written; if it did not, nothing is kept."""
    expected = bulletins * STATEMENTS_PER_BULLETIN
    if report.created == bulletins and report.statements == expected and not report.warnings:
        return
    problems = "\n".join(report.warnings[:10])
    raise CommandError(
        f"the importer read {report.created:,} bulletins and {report.statements:,} statements where "
        f"{bulletins:,} and {expected:,} were written; nothing was generated.\n{problems}"
    )


def _delete_bulletins(timeline: Timeline) -> None:
    events = Event.objects.filter(timeline=timeline)
    # Revisions point at their bulletin without a foreign key, so deleting the bulletin would leave them behind.
    Revision.objects.filter(
        content_type=ContentType.objects.get_for_model(Event), object_id__in=events.values("pk")
    ).delete()
    Statement.objects.filter(event__timeline=timeline).delete()
    events.delete()


def _sources(specs: list[SyntheticSource]) -> list[Source]:
    """A Source row for each generated source: the one with its name if there is one (from an earlier run),
    otherwise created, all new ones in one query."""
    found = {source.name: source for source in Source.objects.filter(name__in=[spec.name for spec in specs])}
    taken = set(Source.objects.values_list("slug", flat=True))
    created = []
    for spec in specs:
        if spec.name in found:
            continue
        base = slugify(spec.name, allow_unicode=True)[:72].strip("-") or "source"
        slug, suffix = base, 2
        while slug in taken:
            slug, suffix = f"{base}-{suffix}", suffix + 1
        taken.add(slug)
        found[spec.name] = Source(name=spec.name, slug=slug, kind=spec.kind)
        created.append(found[spec.name])
    Source.objects.bulk_create(created)
    return [found[spec.name] for spec in specs]


def _cite(timeline: Timeline, cited: array, sources: list[Source]) -> None:
    """Give each statement its source, as if the text had carried it: the statements, the bulletins' sources and
    the first revisions (a snapshot without them would make the next edit look like a change of source)."""
    statements = Statement.objects.filter(event__timeline=timeline).order_by("event__number", "position")
    pairs = [
        (pk, sources[index].pk)
        for pk, index in zip(statements.values_list("pk", flat=True).iterator(chunk_size=10_000), cited, strict=True)
    ]
    tables = {
        "statement": Statement._meta.db_table,
        "event": Event._meta.db_table,
        "event_sources": Event.sources.through._meta.db_table,
        "source": Source._meta.db_table,
        "revision": Revision._meta.db_table,
    }
    tables = {name: connection.ops.quote_name(table) for name, table in tables.items()}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # One statement for all: tens of thousands of (id, source) pairs travel as two arrays.
            cursor.execute(
                "UPDATE {statement} AS s SET source_id = v.source_id "
                "FROM unnest(%s::bigint[], %s::bigint[]) AS v(id, source_id) WHERE s.id = v.id".format(**tables),
                [[pk for pk, _ in pairs], [source for _, source in pairs]],
            )
        else:
            by_source: dict[int, list[int]] = defaultdict(list)
            for pk, source in pairs:
                by_source[source].append(pk)
            chunk = (connection.features.max_query_params or 10_000) - 10
            for source, pks in by_source.items():
                for part in itertools.batched(pks, chunk):
                    Statement.objects.filter(pk__in=part).update(source_id=source)
        cursor.execute(
            "INSERT INTO {event_sources} (event_id, source_id) SELECT DISTINCT s.event_id, s.source_id "
            "FROM {statement} AS s JOIN {event} AS e ON e.id = s.event_id WHERE e.timeline_id = %s".format(**tables),
            [timeline.pk],
        )
    _record_sources(timeline, tables)
    Timeline.objects.filter(pk=timeline.pk).update(updated_at=timezone.now())


def _record_sources(timeline: Timeline, tables: dict[str, str]) -> None:
    """Write the statements' sources into the bulletins' first revisions, as the importer would have recorded
    them. PostgreSQL rewrites the snapshots in place; elsewhere they make the round trip through Python."""
    content_type = ContentType.objects.get_for_model(Event)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                """
                UPDATE {revision} AS r SET data = jsonb_set(r.data, '{{statements}}', patched.statements)
                FROM (
                    SELECT r2.id, jsonb_agg(
                        e.snapshot || jsonb_build_object('source', s.source_id, 'source_name', src.name)
                        ORDER BY e.ordinal
                    ) AS statements
                    FROM {revision} AS r2
                    CROSS JOIN LATERAL jsonb_array_elements(r2.data -> 'statements')
                        WITH ORDINALITY AS e(snapshot, ordinal)
                    JOIN {statement} AS s ON s.event_id = r2.object_id AND s.position = e.ordinal
                    JOIN {source} AS src ON src.id = s.source_id
                    WHERE r2.content_type_id = %s AND r2.number = 1
                        AND r2.object_id IN (SELECT id FROM {event} WHERE timeline_id = %s)
                    GROUP BY r2.id
                ) AS patched
                WHERE r.id = patched.id
                """.format(**tables),
                [content_type.pk, timeline.pk],
            )
        return
    cited: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for event_id, source_id, name in (
        Statement.objects.filter(event__timeline=timeline)
        .order_by("event_id", "position")
        .values_list("event_id", "source_id", "source__name")
    ):
        cited[event_id].append((source_id, name))
    revisions = list(
        Revision.objects.filter(
            content_type=content_type, object_id__in=Event.objects.filter(timeline=timeline).values("pk"), number=1
        ).only("pk", "object_id", "data")
    )
    for revision in revisions:
        for snapshot, (source_id, name) in zip(revision.data["statements"], cited[revision.object_id], strict=True):
            snapshot["source"], snapshot["source_name"] = source_id, name
    Revision.objects.bulk_update(revisions, ["data"], batch_size=500)

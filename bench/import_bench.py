"""Benchmark: importing a long chronology with bulletins_import.

    python bench/import_bench.py [--sizes 2500 10000] [--repeat 3] [--database-url postgres://...]

Generates a chronology (five statements a bulletin, in the forms the importer reads: apposition, surname,
continuation, anonymous speaker, participle), imports each size `repeat` times into a fresh timeline of a throw-away
database, each run in its own process so that its peak memory is its own, and writes the medians to
docs/benchmarks.md with an SVG chart. PostgreSQL by default (the target is >= 1,000 bulletins/s there).

The sizes' chronologies follow six people, as a story of a few talks does; `--story-people` adds one of the last size
whose speakers are that many different people (a long war or an election names hundreds), each later called by
surname, so that looking names up among everyone named so far shows in the figures if it grows with the story.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
MARKER_START = "<!-- import-benchmark:start -->"
MARKER_END = "<!-- import-benchmark:end -->"

SPEAKERS = [
    ("وزير الخارجية الأمريكي", "أنطوني بلينكن", "بلينكن"),
    ("نائبة وزير الخارجية الأمريكي", "ويندي شيرمان", "شيرمان"),
    ("نائب وزير الخارجية الروسي", "سيرغي ريابكوف", "ريابكوف"),
    ("الأمين العام لحلف الأطلسي", "ينس ستولتنبرغ", "ستولتنبرغ"),
    ("وزير الخارجية الروسي", "سيرغي لافروف", "لافروف"),
    ("المتحدث باسم الكرملين", "دميتري بيسكوف", "بيسكوف"),
]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


GIVEN_NAMES = [
    "أحمد",
    "محمد",
    "خالد",
    "سامي",
    "رامي",
    "فادي",
    "زياد",
    "نبيل",
    "وليد",
    "هشام",
    "طارق",
    "ماجد",
    "عادل",
    "كريم",
    "يوسف",
]
FAMILY_NAMES = [
    "الخطيب",
    "الحسيني",
    "العمري",
    "الشامي",
    "النجار",
    "الحداد",
    "الصباغ",
    "القاسم",
    "الزعبي",
    "المصري",
    "التميمي",
    "الكبيسي",
    "الراشد",
]


def _speaker(number: int, people: int) -> tuple[str, str, str]:
    """The title, name and surname of bulletin `number`'s speaker: one of SPEAKERS, or one of `people` made up."""
    if not people:
        return SPEAKERS[number % len(SPEAKERS)]
    person = number % people
    given = GIVEN_NAMES[person % 15]
    father = GIVEN_NAMES[person // 15 % 15]
    family = f"{FAMILY_NAMES[person // 225 % 13]}{'ي' * (person // 2925)}"  # 2,925 names, then a nisba more
    return SPEAKERS[number % len(SPEAKERS)][0], f"{given} {father} {family}", family


def chronology_lines(count: int, people: int = 0):
    for number in range(1, count + 1):
        title, name, surname = _speaker(number, people)
        day, month, year = number % 28 + 1, MONTHS[number % 12], 2000 + number % 50
        yield f"({number}) جولة المحادثات رقم {number} بين الوفدين - {day} {month} {year}\n"
        yield f"قال {title}، {name}، إن الجولة رقم {number} كانت صريحة، مشيرًا إلى أن الخلافات ما زالت كبيرة.\n"
        yield f"وأوضح {surname}: “سنواصل الحوار في الجولة المقبلة ما دام الطرف الآخر جادًا”.\n"
        yield "وأضاف: “لا نتوقع اختراقات سريعة، لكن الباب ليس مغلقًا”.\n"
        yield f"وقال مسئول كبير في الإدارة الأمريكية للصحفيين إن الحلفاء سيُستشارون قبل الجولة {number + 1}.\n"
        yield "ووصل الوفدان إلى مقر البعثة صباحًا وسط إجراءات أمنية مشددة.\n"


def run_once(path: str, slug: str) -> dict:
    """One import in this process (called through --child): timings and peak memory."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.dev")
    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from timeline.importing.lines import decode_lines
    from timeline.importing.writing import bulletins_import

    call_command("migrate", verbosity=0)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    server = _server_cpu(connection)
    children, own = _cpu(resource.RUSAGE_CHILDREN), _cpu(resource.RUSAGE_SELF)
    with open(path, "rb") as source:
        started = time.perf_counter()
        report = bulletins_import(
            lines=decode_lines(source), user=None, create_timeline={"slug": slug, "title": slug, "language": "ar"}
        )
        elapsed = time.perf_counter() - started
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        # Where the time went, in CPU seconds: the reading child, this process (resolving speakers, preparing and
        # sending rows), and the PostgreSQL backend (search vectors, indexes, key checks); None where unknown.
        "cpu_reading": _cpu(resource.RUSAGE_CHILDREN) - children,
        "cpu_writing": _cpu(resource.RUSAGE_SELF) - own,
        "cpu_server": server() if server else None,
        "vendor": connection.vendor,
        "bulletins": report.created,
        "statements": report.statements,
        "seconds": elapsed,
        "peak_rss_mib": rss_after / 1024,
        "growth_mib": (rss_after - rss_before) / 1024,
    }


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _server_cpu(connection):
    """A function giving the CPU seconds the PostgreSQL backend of `connection` used since this call, when the
    server runs on this machine (Linux's /proc); else None."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        stat = Path(f"/proc/{cursor.fetchone()[0]}/stat")

    def seconds() -> float | None:
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    start = seconds()
    if start is None:
        return None
    return lambda: (seconds() or start) - start


def svg_chart(rows: list[dict]) -> str:
    """Bars of bulletins per second for each size, with the 1,000/s target as a line."""
    width, height, left, bottom = 560, 260, 70, 40
    top_value = max(max(row["rate"] for row in rows), 1000) * 1.15
    bar = (width - left - 20) / len(rows)
    y = lambda value: height - bottom - (height - bottom - 20) * value / top_value  # noqa: E731
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" font-family="sans-serif" '
        'font-size="12">',
        f'<text x="{left}" y="14">Import speed, bulletins per second (median of runs)</text>',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}" stroke="#333"/>',
    ]
    for index, row in enumerate(rows):
        x = left + index * bar + bar * 0.2
        parts.append(
            f'<rect x="{x:.0f}" y="{y(row["rate"]):.0f}" width="{bar * 0.6:.0f}" '
            f'height="{height - bottom - y(row["rate"]):.0f}" fill="#8a1c1c"/>'
        )
        parts.append(
            f'<text x="{x + bar * 0.3:.0f}" y="{y(row["rate"]) - 4:.0f}" text-anchor="middle">'
            f"{row['rate']:,.0f}/s</text>"
        )
        parts.append(
            f'<text x="{x + bar * 0.3:.0f}" y="{height - bottom + 16}" text-anchor="middle">'
            f"{row['bulletins']:,} bulletins, {row['people']:,} people</text>"
        )
        parts.append(
            f'<text x="{x + bar * 0.3:.0f}" y="{height - bottom + 30}" text-anchor="middle" fill="#555">'
            f"peak {row['peak']:.0f} MiB</text>"
        )
    parts.append(
        f'<line x1="{left}" y1="{y(1000):.0f}" x2="{width - 10}" y2="{y(1000):.0f}" stroke="#0a58ca" '
        'stroke-dasharray="6 4"/>'
    )
    parts.append(f'<text x="{left - 6}" y="{y(1000) + 4:.0f}" text-anchor="end" fill="#0a58ca">target</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def write_results(rows: list[dict], vendor: str, repeat: int, load: tuple[float, float]) -> None:
    DOCS.mkdir(exist_ok=True)
    (DOCS / "import-benchmark.svg").write_text(svg_chart(rows), encoding="utf-8")
    table = [
        "| bulletins | people speaking | statements | median time | bulletins/s | statements/s | peak memory | runs "
        "| CPU ms a bulletin: reading / writing / PostgreSQL |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        cpu = " / ".join("?" if value is None else f"{value:.2f}" for value in row["cpu"])
        table.append(
            f"| {row['bulletins']:,} | {row['people']:,} | {row['statements']:,} | {row['seconds']:.2f} s "
            f"| {row['rate']:,.0f} | "
            f"{row['statements'] / row['seconds']:,.0f} | {row['peak']:.0f} MiB | {repeat} | {cpu} |"
        )
    section = "\n".join(
        [
            MARKER_START,
            "## Importing wire text",
            "",
            f"`make bench-import` (`bench/import_bench.py`) on {vendor}, this 2-core machine (load average "
            f"{load[0]:.1f}–{load[1]:.1f} during the runs); medians of {repeat} runs,",
            "each in a fresh process (so its peak memory is its own) importing into a new database. Five statements a",
            "bulletin, in the forms the importer reads (apposition, surname, continuation, anonymous official, "
            "participle), said by six people; the last row's story is said by 2,000 different people, each called by",
            "surname after, so a name is looked up among many (`timeline/importing/known_people.py` indexes them).",
            "",
            *table,
            "",
            "![Import speed](import-benchmark.svg)",
            "",
            "Each bulletin is written with its statements, its search words (and PostgreSQL's generated, weighted",
            "tsvector), its people and its first revision, all or nothing. Three processes share the two cores: a",
            "forked child reads the text (headers, dates, attributions); this process resolves speakers and prepares",
            "rows, and a second thread sends each batch through COPY while the next is read; the PostgreSQL backend",
            "computes search vectors, updates indexes and checks foreign keys meanwhile. The last column is each one's",
            "CPU time a bulletin (median run): the import can go no faster than their sum over two cores allows.",
            "",
            "Memory stays flat as the file grows: the text is read line by line and written in batches of 200",
            "bulletins (at most two batches in flight); what grows with the file is only the set of bulletin numbers",
            "seen (to refuse a number given twice) and the ids of the bulletins published (for one purge after the",
            "commit).",
            MARKER_END,
        ]
    )
    page = DOCS / "benchmarks.md"
    text = page.read_text(encoding="utf-8") if page.exists() else "# Benchmarks\n\nMeasured, not promised.\n"
    if MARKER_START in text:
        text = text[: text.index(MARKER_START)] + section + text[text.index(MARKER_END) + len(MARKER_END) :]
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    page.write_text(text, encoding="utf-8")


def create_database(url: str) -> None:
    """A new, empty PostgreSQL database at `url`, dropping any left by an earlier run (and its connections)."""
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[2500, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--story-people", type=int, default=2000, help="0: no chronology naming many people")
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/tasalsul_bench")
    parser.add_argument("--no-docs", action="store_true", help="print the results, leave docs/ alone")
    parser.add_argument("--child", nargs=2, metavar=("PATH", "SLUG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_once(*args.child)))
        return

    environment = {
        **os.environ,
        "DATABASE_URL": args.database_url,
        "DJANGO_LOG_LEVEL": "WARNING",
        "DJANGO_DEBUG": "false",
    }
    rows, vendor, all_runs = [], "", []
    with tempfile.TemporaryDirectory() as folder:
        plans = [(size, 0) for size in args.sizes]
        if args.story_people:
            plans.append((args.sizes[-1], args.story_people))
        for size, people in plans:
            path = Path(folder) / f"chronology-{size}-{people}.txt"
            with path.open("w", encoding="utf-8") as out:
                out.writelines(chronology_lines(size, people))
            runs = []
            for attempt in range(args.repeat):
                # A new database each run: a run into the last one's would find its people already there.
                if args.database_url.startswith("postgres"):
                    create_database(args.database_url)
                result = subprocess.run(
                    [sys.executable, __file__, "--child", str(path), f"bench-{size}-{people}-{attempt}"],
                    env=environment,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                runs.append({**json.loads(result.stdout.strip().splitlines()[-1]), "load": os.getloadavg()[0]})
                print(
                    f"{size:>6} bulletins ({people or len(SPEAKERS)} people), run {attempt + 1}: "
                    f"{runs[-1]['seconds']:.2f} s, "
                    f"peak {runs[-1]['peak_rss_mib']:.0f} MiB, load {os.getloadavg()[0]:.1f}",
                    flush=True,
                )
            vendor = runs[0]["vendor"]
            all_runs += runs
            seconds = statistics.median(run["seconds"] for run in runs)
            median_run = sorted(runs, key=lambda run: run["seconds"])[len(runs) // 2]
            bulletins = median_run["bulletins"]
            rows.append(
                {
                    "cpu": [
                        None if median_run.get(part) is None else median_run[part] * 1000 / bulletins
                        for part in ("cpu_reading", "cpu_writing", "cpu_server")
                    ],
                    "bulletins": runs[0]["bulletins"],
                    "people": people or len(SPEAKERS),
                    "statements": runs[0]["statements"],
                    "seconds": seconds,
                    "rate": runs[0]["bulletins"] / seconds,
                    "peak": statistics.median(run["peak_rss_mib"] for run in runs),
                }
            )
    loads = [run["load"] for run in all_runs]
    if not args.no_docs:
        write_results(
            rows, "PostgreSQL 15" if vendor == "postgresql" else vendor, args.repeat, (min(loads), max(loads))
        )
    for row in rows:
        cpu = " / ".join("?" if value is None else f"{value:.2f}" for value in row["cpu"])
        print(
            f"{row['bulletins']:>6} bulletins, {row['people']:,} people: {row['rate']:,.0f} bulletins/s, "
            f"peak {row['peak']:.0f} MiB, "
            f"CPU ms a bulletin (reading / writing / PostgreSQL) {cpu}"
        )


if __name__ == "__main__":
    main()

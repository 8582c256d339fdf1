"""`make bench`: every benchmark and load/fault test in one run on this machine, results in docs/benchmarks.md.

    python bench/run.py [--only PHASE ...] [--reuse-data] [--quick]

Phases, in order: data, growth, search, throughput (app alone and through the Varnish tier), profiles, memory, load
(app alone and through the tier), outages (the same), exactness (through the tier), numbering, conflicts, import.
Needs PostgreSQL (BENCH_DATABASE_URL, a throw-away database it recreates), Redis (BENCH_REDIS_URL, a database number
it flushes) and wrk (Debian's package). The outage phase stops and starts the local PostgreSQL and Redis servers, so
it runs last among the server phases and only where it may (root, pg_ctlcluster).

Raw results go to docs/benchmark-results.json, the report with its charts to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import exactness, faults, report, throughput
from bench.import_bench import create_database
from bench.stack import PYTHON, ROOT, WORKERS, Target

PHASES = [
    "data",
    "growth",
    "search",
    "throughput",
    "profiles",
    "memory",
    "load",
    "outages",
    "exactness",
    "numbering",
    "conflicts",
    "import",
]
RESULTS = ROOT / "docs" / "benchmark-results.json"
SIZES = {"growth-100": 100, "growth-1000": 1_000, "growth-10000": 10_000, "archive": 8_900}
MAIN = "growth-10000"


def flush_redis(url: str) -> None:
    number = url.rsplit("/", 1)[1]
    subprocess.run(["redis-cli", "-n", number, "flushdb"], check=True, capture_output=True)


def step(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def phase_data(target: Target, sizes: dict[str, int]) -> dict:
    create_database(target.database_url)
    target.manage("migrate", "--noinput")
    made = {}
    for seed, (slug, size) in enumerate(sizes.items(), start=1):
        step(f"generating {size:,} bulletins into {slug}")
        started = time.monotonic()
        target.manage("generate_data", "--bulletins", str(size), "--timeline", slug, "--seed", str(seed))
        made[slug] = {"bulletins": size, "seconds": round(time.monotonic() - started, 1)}
    # What autovacuum would do after a bulk load, before anything is measured: statistics and the visibility map.
    import psycopg

    with psycopg.connect(target.database_url, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")
    return {**data_counts(target, sizes), "timelines": made}


def data_counts(target: Target, sizes: dict[str, int]) -> dict:
    """What the database holds: the generated timelines' sizes, and every bulletin, statement, person, source."""
    code = (
        "import json; from timeline.models import *; "
        "print(json.dumps([Event.objects.count(), Statement.objects.count(), Person.objects.count(), "
        "Source.objects.count(), {t.slug: t.events.count() for t in Timeline.objects.filter(slug__in=SLUGS)}]))"
    )
    counts = json.loads(target.shell(code.replace("SLUGS", repr(list(sizes)))).strip().splitlines()[-1])
    return {
        "timelines": {slug: {"bulletins": counts[4].get(slug, 0)} for slug in sizes},
        "bulletins": counts[0],
        "statements": counts[1],
        "people": counts[2],
        "sources": counts[3],
    }


def most_quoted_people(target: Target, slug: str, count: int) -> list[str]:
    out = target.shell(
        "from django.db.models import Count; from timeline.models import Person; "
        f"print(' '.join(Person.objects.filter(statements__event__timeline__slug='{slug}')"
        f".annotate(n=Count('statements')).order_by('-n', 'pk').values_list('slug', flat=True)[:{count}]))"
    )
    return out.split()


def child_json(script: str, target: Target, *args: str, **env: str) -> dict:
    result = subprocess.run(
        [PYTHON, str(ROOT / "bench" / script), *args],
        cwd=ROOT,
        env=target.env(**env),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise RuntimeError(f"{script} failed:\n{result.stdout}\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", choices=PHASES, help="run these phases (default: all)")
    parser.add_argument("--reuse-data", action="store_true", help="keep the database of a previous run")
    parser.add_argument("--quick", action="store_true", help="short runs, to try the harness (not for the report)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds per throughput figure (default 3)")
    parser.add_argument("--seconds", type=int, default=4, help="seconds per wrk run (default 4)")
    args = parser.parse_args()
    phases = args.only or PHASES
    if args.reuse_data and "data" in phases:
        phases.remove("data")

    target = Target(
        database_url=os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/tasalsul_bench"),
        redis_url=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13"),
    )
    results = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    results["machine"] = {
        "date": datetime.date.today().isoformat(),
        "cpus": os.cpu_count(),
        "memory_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "postgresql": subprocess.run(["psql", "--version"], capture_output=True, text=True).stdout.strip(),
        "redis": subprocess.run(["redis-server", "--version"], capture_output=True, text=True).stdout.split(" sha")[0],
        "wrk": "wrk (Debian package), 2 threads, 16 connections",
        "gunicorn_workers": WORKERS,
        # What else the machine was doing: the absolute figures (the mixed load's latencies) depend on it.
        "load_average": os.getloadavg()[0],
    }
    sizes = {slug: max(size // 10, 10) for slug, size in SIZES.items()} if args.quick else SIZES
    size = sizes[MAIN]

    def save() -> None:
        RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")

    target.manage("collectstatic", "--noinput", "-v", "0")  # production settings serve hashed, compressed files
    if "data" in phases:
        step("data: a new database and four generated timelines")
        results["data"] = phase_data(target, sizes)
        save()
    else:
        # The last run's data: say what it is (generated by an earlier run, perhaps by another release's generator).
        results["data"] = {**data_counts(target, sizes), "reused": True}
        save()
    people = most_quoted_people(target, MAIN, 5)
    if "growth" in phases:
        step("growth: query counts and medians at 100, 1,000 and 10,000 bulletins")
        arguments = [f"{slug}={n}" for slug, n in sizes.items() if slug.startswith("growth-")]
        results["growth"] = child_json("growth.py", target, *arguments, BENCH_CACHE="dummy")
        save()
    if "search" in phases:
        step("search: indexed against unindexed, ten queries")
        results["search"] = child_json("search_bench.py", target, BENCH_CACHE="dummy")
        save()
    surfaces = throughput.surfaces(MAIN, size // 2, people[0])
    floor_dir = Path(tempfile.mkdtemp(prefix="tasalsul-floor-"))
    if "throughput" in phases or "memory" in phases:
        flush_redis(target.redis_url)
        throughput.capture_floor(target, floor_dir, surfaces)
    if "throughput" in phases:
        step("throughput: hot, warm and cold against the floor")
        flush_redis(target.redis_url)
        results["throughput"] = throughput.measure(
            target,
            floor_dir,
            surfaces,
            rounds=1 if args.quick else args.rounds,
            seconds=2 if args.quick else args.seconds,
        )
        save()
        step("throughput: hot through the shared cache tier (Varnish) against the app's floor")
        results["throughput_tier"] = throughput.measure_tier(
            target,
            floor_dir,
            surfaces,
            rounds=1 if args.quick else args.rounds,
            seconds=2 if args.quick else args.seconds,
        )
        save()
    if "profiles" in phases:
        step("profiles: where a cold request's time goes (pyinstrument)")
        results["profiles"] = child_json("profile_cold.py", target, MAIN, BENCH_CACHE="dummy")
        save()
    if "memory" in phases:
        step("memory: worker RSS before and after 20,000 requests")
        results["memory"] = throughput.memory(target, floor_dir, surfaces, requests=2_000 if args.quick else 20_000)
        save()
    if "load" in phases:
        step("load: 64 connections of mixed traffic while publishing every second")
        results["load"] = faults.mixed_load_while_publishing(
            target, slug=MAIN, size=size, people=people, seconds=15 if args.quick else 60
        )
        save()
        step("load: the same through the shared cache tier")
        results["load_tier"] = faults.mixed_load_while_publishing(
            target, slug=MAIN, size=size, people=people, seconds=15 if args.quick else 60, through_tier=True
        )
        save()
    if "numbering" in phases:
        step("numbering: 4 processes x 250 bulletins")
        results["numbering"] = faults.concurrent_numbering(target, each=25 if args.quick else 250)
        save()
    if "conflicts" in phases:
        step("conflicts: two editors saving the same bulletin under load")
        results["conflicts"] = faults.conflicting_saves(
            target, slug=MAIN, size=size, people=people, rounds=10 if args.quick else 40
        )
        save()
    if "outages" in phases:
        step("outages: PostgreSQL stopped under traffic, then Redis")
        redis_port = int(target.redis_url.rsplit(":", 1)[1].split("/")[0])
        results["outages"] = {
            "database": faults.database_outage(target, slug=MAIN, size=size, people=people),
            "database_tier": faults.database_outage(target, slug=MAIN, size=size, people=people, through_tier=True),
            "cache": faults.cache_outage(target, slug=MAIN, size=size, people=people, redis_port=redis_port),
        }
        save()
    if "exactness" in phases:
        step("exactness: every kind of change through the API and the services, read through the tier")
        results["exactness"] = exactness.run(target)
        save()
    if "import" in phases:
        step("import: 1,000 and 10,000 bulletins (bench/import_bench.py)")
        imported = subprocess.run(
            [
                *(PYTHON, str(ROOT / "bench" / "import_bench.py"), "--sizes", "1000", "10000", "--repeat", "3"),
                *("--database-url", target.database_url + "_import"),
            ],
            cwd=ROOT,
            check=False,
        )
        if imported.returncode:
            # Its section of the report is its own: the last one stays; the rest of this run is still written.
            step(f"import: bench/import_bench.py failed ({imported.returncode}); its section is left as it was")
    report.write(results)
    step(f"written: {ROOT / 'docs' / 'benchmarks.md'}")


if __name__ == "__main__":
    main()

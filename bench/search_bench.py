"""Search over the whole newsroom (100,000 statements and more) on PostgreSQL: the site's search (stored, weighted
tsvector with a GIN index) against the same query as an unindexed scan (the same vector computed row by row, as a
database without the stored column and index would have to), in the same run. Run in a child process by
bench/run.py; prints one JSON object.

A search here is what the search page does: the 500 most recent matches, counted, and the first page of 20 of them
by rank. For reference, the same with every match ranked (`all_ranked_p50_ms`).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

# Ten queries, each written in a spelling other than (or besides) the one in the text: hamza seats, bare alef,
# ta marbuta as ha, alef maqsura as ya, attached و and ال, plurals.
QUERIES = [
    "مسئول",
    "الامن",
    "مفاوضات",
    "وزير الخارجيه",
    "العقوبات",
    "حلف الاطلسي",
    "اوكرانيا",
    "جنيف",
    "والحدود",
    "موسكو",
]
RUNS = 21
SCAN_RUNS = 3
PAGE = 20
WINDOW = 500  # as the search page (timeline.views.SEARCH_RANK_WINDOW)
TSQUERY = "websearch_to_tsquery('arabic'::regconfig, %s)"

# The vector of migration 0005, computed on the fly instead of read from the stored, indexed column.
UNINDEXED_VECTOR = (
    "setweight(to_tsvector('arabic'::regconfig, search_headline), 'A') || "
    "setweight(to_tsvector('arabic'::regconfig, search_body), 'B') || "
    "setweight(to_tsvector('arabic'::regconfig, search_statements), 'C')"
)


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    from django.db import connection

    from timeline.arabic import search_query
    from timeline.models import Event, Statement

    if connection.vendor != "postgresql":
        raise SystemExit("the search benchmark runs on PostgreSQL")

    def indexed(query: str) -> tuple[int, list[int]]:
        matches = Event.objects.published().search(query, recent=WINDOW)
        return matches.count(), list(matches.order_by("-search_rank", "pk").values_list("pk", flat=True)[:PAGE])

    def unindexed(query: str) -> tuple[int, list[int]]:
        websearch = search_query(query)[0]
        recent = (
            f"SELECT id FROM timeline_event WHERE status = 'published' AND ({UNINDEXED_VECTOR}) @@ {TSQUERY} "
            "ORDER BY date DESC, number DESC LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM ({recent}) AS recent", [websearch, WINDOW])
            count = cursor.fetchone()[0]
            cursor.execute(
                f"SELECT e.id FROM timeline_event e JOIN ({recent}) AS recent ON recent.id = e.id "
                f"ORDER BY ts_rank({UNINDEXED_VECTOR.replace('search_', 'e.search_')}, {TSQUERY}) DESC, e.id "
                f"LIMIT {PAGE}",
                [websearch, WINDOW, websearch],
            )
            return count, [row[0] for row in cursor.fetchall()]

    def exhaustive(query: str) -> tuple[int, list[int]]:
        matches = Event.objects.published().search(query)
        return matches.count(), list(matches.order_by("-search_rank", "pk").values_list("pk", flat=True)[:PAGE])

    def timed(search, query: str, runs: int) -> tuple[list[float], tuple[int, list[int]]]:
        times = []
        for _run in range(runs):
            started = time.perf_counter()
            found = search(query)
            times.append((time.perf_counter() - started) * 1000)
        return times, found

    rows = []
    all_indexed: list[float] = []
    for query in QUERIES:
        fast, found = timed(indexed, query, RUNS)
        slow, same = timed(unindexed, query, SCAN_RUNS)
        if found != same:
            raise SystemExit(f"the indexed and unindexed searches disagree for {query}: {found} {same}")
        every, everything = timed(exhaustive, query, SCAN_RUNS)
        all_indexed += fast
        rows.append(
            {
                "query": query,
                "matches": everything[0],
                "p50_ms": statistics.median(fast),
                "p99_ms": statistics.quantiles(fast, n=100)[98],
                "scan_p50_ms": statistics.median(slow),
                "speedup": statistics.median(slow) / statistics.median(fast),
                "all_ranked_p50_ms": statistics.median(every),
            }
        )
    print(
        json.dumps(
            {
                "statements": Statement.objects.published().count(),
                "bulletins": Event.objects.published().count(),
                "queries": rows,
                "p50_ms": statistics.median(all_indexed),
                "p99_ms": statistics.quantiles(all_indexed, n=100)[98],
                "median_speedup": statistics.median(row["speedup"] for row in rows),
                "lowest_speedup": min(row["speedup"] for row in rows),
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()

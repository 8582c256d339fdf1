"""Growth: query count and median time of each page and endpoint for timelines of 100, 1,000 and 10,000 bulletins,
with every cache off (the work itself, not a cache hit). Run in a child process by bench/run.py:

    DJANGO_SETTINGS_MODULE=bench.settings BENCH_CACHE=dummy DATABASE_URL=... python bench/growth.py SLUG=N ...

Prints one JSON object.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

RUNS = 15


def surfaces(slug: str, size: int, person: str, query: str) -> dict[str, str]:
    return {
        "timeline page": f"/timelines/{slug}/",
        "permalink": f"/timelines/{slug}/{size // 2}/",
        "person page": f"/people/{person}/",
        "RSS feed": f"/timelines/{slug}/feed/rss/",
        "API list (50, with statements)": f"/api/v1/timelines/{slug}/events/?page_size=50",
        "API search": f"/api/v1/events/?timeline={slug}&q={query}",
    }


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from timeline.models import Person

    client = Client()
    results = {}
    for argument in sys.argv[1:]:
        slug, size = argument.split("=")
        person = (
            Person.objects.filter(statements__event__timeline__slug=slug)
            .annotate(quoted=Count("statements"))
            .order_by("-quoted", "pk")
            .values_list("slug", flat=True)
            .first()
        )
        rows = {}
        for name, path in surfaces(slug, int(size), person, "مفاوضات").items():
            times, queries = [], []
            for _run in range(RUNS):
                with CaptureQueriesContext(connection) as captured:
                    started = time.perf_counter()
                    response = client.get(path)
                    times.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    raise SystemExit(f"{path} answered {response.status_code}")
                queries.append(len(captured))
            rows[name] = {"path": path, "queries": statistics.median(queries), "p50_ms": statistics.median(times)}
        results[size] = rows
    print(json.dumps(results))


if __name__ == "__main__":
    main()

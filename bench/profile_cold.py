"""Where a cold request's time goes: pyinstrument profiles of the timeline page and the API list with every cache
off, on the benchmark database. Run by bench/run.py; writes docs/profiles/*.txt and prints a JSON summary."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATHS = {
    "timeline-page-cold": "/timelines/{slug}/",
    "api-list-cold": "/api/v1/timelines/{slug}/events/?page_size=50",
}


def main() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    from django.test import Client
    from pyinstrument import Profiler

    slug = sys.argv[1]
    out = ROOT / "docs" / "profiles"
    out.mkdir(parents=True, exist_ok=True)
    client = Client()
    summary = {}
    for name, template in PATHS.items():
        path = template.format(slug=slug)
        client.get(path)  # imports and connections out of the way
        profiler = Profiler(interval=0.0005)
        profiler.start()
        for _run in range(10):
            client.get(path)
        profiler.stop()
        text = profiler.output_text(unicode=True, color=False, show_all=False)
        (out / f"{name}.txt").write_text(f"# {path}, 10 requests, no cache\n\n{text}", encoding="utf-8")
        summary[name] = {"path": path, "ms_per_request": profiler.last_session.duration * 100}
    print(json.dumps(summary))


if __name__ == "__main__":
    main()

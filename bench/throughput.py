"""Throughput and latency of the public surfaces through the production stack, each as a ratio to the framework floor
measured in the same configuration and the same run: a minimal Django view returning the same bytes (same middleware,
same workers), and the same bytes as a static file through whitenoise.

Cache states, each a gunicorn configuration:
  hot   as in production: whole responses come from Redis
  warm  every whole-response lookup misses (as just after an edit), rendered bulletins come from Redis as fragments
  cold  no cache at all: every request does all its work
"""

from __future__ import annotations

import statistics
import time
import urllib.parse
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.http_load import Throughput, wrk
from bench.stack import APP_PORT, Target, get, gunicorn, tier

STATES = {
    "hot": {},
    "warm": {"BENCH_RESPONSE_CACHE_SECONDS": "0"},
    "cold": {"BENCH_CACHE": "dummy"},
}


# The targets, as shares of the floor: hot for every surface; warm and cold for the timeline page and the
# API list; 304 for the conditional API list. Other measurements are reported without a target.
# #18 raised hot to 0.6 and set the tier's: 5 times the app's floor.
TARGETS = {"hot": 0.6, "warm": 0.25, "cold": 0.05, "304": 0.5, "tier": 5.0, "tier, gzip": 5.0}


@dataclass(frozen=True)
class Surface:
    name: str
    path: str
    floor_file: str
    states: tuple[str, ...]
    conditional: bool = False  # sent with the ETag of its last answer: a 304
    targeted: tuple[str, ...] = ("hot",)


def surfaces(slug: str, number: int, person: str) -> list[Surface]:
    search = "/search/?" + urllib.parse.urlencode({"q": "مفاوضات"})
    api = f"/api/v1/timelines/{slug}/events/?page_size=50"
    return [
        Surface(
            "timeline page (50 bulletins)",
            f"/timelines/{slug}/",
            "timeline.html",
            ("hot", "warm", "cold"),
            targeted=("hot", "warm", "cold"),
        ),
        Surface("bulletin permalink", f"/timelines/{slug}/{number}/", "permalink.html", ("hot", "cold")),
        Surface("person page", f"/people/{urllib.parse.quote(person)}/", "person.html", ("hot", "cold")),
        Surface("search page", search, "search.html", ("hot", "cold")),
        Surface(
            "API list (50 with statements)",
            api,
            "api-list.json",
            ("hot", "warm", "cold"),
            targeted=("hot", "warm", "cold"),
        ),
        Surface("API list, conditional (304)", api, "api-list.json", ("hot",), conditional=True),
    ]


def capture_floor(target: Target, floor_dir: Path, surfaces_: list[Surface]) -> dict[str, str]:
    """Save each surface's bytes for the floor; return the ETags for the conditional requests."""
    floor_dir.mkdir(parents=True, exist_ok=True)
    etags = {}
    with gunicorn(target):
        for surface in surfaces_:
            status, headers, body = get(surface.path)
            if status != 200:
                raise RuntimeError(f"{surface.path} answered {status}")
            (floor_dir / surface.floor_file).write_bytes(body)
            etags[surface.path] = headers.get("ETag", "")
    return etags


def _median(runs: list[Throughput]) -> dict[str, float]:
    return {
        "rps": statistics.median(run.requests_per_second for run in runs),
        "p50_ms": statistics.median(run.p50_ms for run in runs),
        "p99_ms": statistics.median(run.p99_ms for run in runs),
        "failures": sum(run.bad_status + run.socket_errors for run in runs),
        "requests": sum(run.requests for run in runs),
    }


def _settle(floor_file: str, *, within: float = 120) -> None:
    """Wait until the workers have finished what the last run left queued (slow cold requests outlive wrk), so that
    the next measurement starts on an idle server."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        started = time.monotonic()
        status = get(f"/__floor__/{floor_file}", timeout=within)[0]
        if status == 200 and time.monotonic() - started < 0.05:
            return
        time.sleep(0.2)


def measure(
    target: Target, floor_dir: Path, surfaces_: list[Surface], *, rounds: int = 3, seconds: int = 4
) -> list[dict]:
    """For each state, a gunicorn of that configuration; in it, rounds of (floor view, static file, surface)
    interleaved so that the machine's drift touches all three alike."""
    rows = []
    for state, env in STATES.items():
        in_state = [surface for surface in surfaces_ if state in surface.states]
        with gunicorn(target, BENCH_FLOOR_DIR=str(floor_dir), **env):
            for surface in in_state:  # fill the caches this state keeps
                get(surface.path)
                get(surface.path)
            runs: dict[tuple[str, str], list[Throughput]] = {}
            for _round in range(rounds):
                for surface in in_state:
                    headers = {}
                    if surface.conditional:
                        headers["If-None-Match"] = get(surface.path)[1].get("ETag", "")
                    kinds = {
                        "floor": f"/__floor__/{surface.floor_file}",
                        "static": f"/{surface.floor_file}",
                        "app": surface.path,
                    }
                    for kind, path in kinds.items():
                        run_headers = headers if kind == "app" else {}
                        result = wrk([path], headers=run_headers, seconds=seconds)
                        _settle(surface.floor_file)
                        print(f"  {state:5} {kind:6} {result.requests_per_second:8.0f}/s  {surface.name}", flush=True)
                        runs.setdefault((surface.name, kind), []).append(result)
            for surface in in_state:
                floor = _median(runs[(surface.name, "floor")])
                static = _median(runs[(surface.name, "static")])
                app = _median(runs[(surface.name, "app")])
                shown_state = "304" if surface.conditional else state
                rows.append(
                    {
                        "surface": surface.name,
                        "state": shown_state,
                        "target": TARGETS[shown_state] if state in surface.targeted else None,
                        "path": surface.path,
                        "bytes": (floor_dir / surface.floor_file).stat().st_size,
                        "app": app,
                        "floor": floor,
                        "static": static,
                        "ratio": app["rps"] / floor["rps"],
                        "static_ratio": app["rps"] / static["rps"],
                    }
                )
    return rows


def memory(target: Target, floor_dir: Path, surfaces_: list[Surface], *, requests: int = 20_000) -> dict:
    """gunicorn workers' resident memory before and after `requests` requests over every surface (hot)."""
    paths = [surface.path for surface in surfaces_ if not surface.conditional]
    with gunicorn(target, BENCH_FLOOR_DIR=str(floor_dir)) as server:
        for path in paths:
            get(path)
        before = server.worker_rss_mib()
        pids = server.worker_pids()
        served = 0
        runs = []
        while served < requests:
            run = wrk(paths, seconds=5)
            runs.append(asdict(run))
            served += run.requests
        after = server.worker_rss_mib()
        same_workers = server.worker_pids() == pids
    return {
        "requests": served,
        "rss_before_mib": before,
        "rss_after_mib": after,
        "median_before_mib": statistics.median(before),
        "median_after_mib": statistics.median(after),
        "same_workers": same_workers,
        "failures": sum(run["bad_status"] + run["socket_errors"] for run in runs),
    }


def measure_tier(
    target: Target, floor_dir: Path, surfaces_: list[Surface], *, rounds: int = 3, seconds: int = 4
) -> list[dict]:
    """Hot, through the shared cache tier (Varnish on PORT), against the app's own floor (gunicorn on APP_PORT, the
    same bytes from the minimal view): plain, as the floor is sent, and gzip-encoded, as phones ask for it."""
    rows = []
    in_tier = [surface for surface in surfaces_ if "hot" in surface.states and not surface.conditional]
    with tier(target, BENCH_FLOOR_DIR=str(floor_dir)):
        for surface in in_tier:
            for _ in range(3):
                get(surface.path)
            if get(surface.path)[1].get("X-Tier") != "hit":
                raise RuntimeError(f"{surface.path} is not kept by the tier")
        runs: dict[tuple[str, str], list[Throughput]] = {}
        for _round in range(rounds):
            for surface in in_tier:
                kinds = {
                    "floor": ([f"/__floor__/{surface.floor_file}"], {}, APP_PORT),
                    "tier": ([surface.path], {}, None),
                    "tier, gzip": ([surface.path], {"Accept-Encoding": "gzip"}, None),
                }
                for kind, (paths, headers, port) in kinds.items():
                    result = wrk(paths, headers=headers, seconds=seconds, **({"port": port} if port else {}))
                    print(f"  tier  {kind:10} {result.requests_per_second:8.0f}/s  {surface.name}", flush=True)
                    runs.setdefault((surface.name, kind), []).append(result)
    for surface in in_tier:
        floor = _median(runs[(surface.name, "floor")])
        for kind in ("tier", "tier, gzip"):
            app = _median(runs[(surface.name, kind)])
            rows.append(
                {
                    "surface": surface.name,
                    "state": kind,
                    "target": TARGETS[kind],
                    "path": surface.path,
                    "bytes": (floor_dir / surface.floor_file).stat().st_size,
                    "app": app,
                    "floor": floor,
                    "static": floor,
                    "ratio": app["rps"] / floor["rps"],
                    "static_ratio": app["rps"] / floor["rps"],
                }
            )
    return rows

"""Load and fault tests against the production stack, each bounded in time, on loopback. Every response is checked:

- mixed traffic at 64 connections for 60 s while an editor publishes a bulletin every second: no 5xx, no error, and
  every published bulletin visible on the very next request;
- PostgreSQL stopped in the middle of the load: 503 (not 500, not a hang) while it is down, 200 again within 5 s of
  its return, with the same gunicorn workers; Redis stopped: pages still served from the database;
- concurrent numbering: 4 processes post 250 bulletins each to one timeline: numbered 1..1000, no gap, no duplicate;
- two editors' conflicting saves under load: every stale save refused, none lost.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import statistics
import subprocess
import threading
import time
import urllib.parse
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from bench.http_load import Answer, fetch, mixed_result, wrk_mixed
from bench.stack import Target, gunicorn, postgresql, redis, tier

SURFACES_SEEN = ("permalink", "page", "api")


@dataclass
class Editor:
    token: str

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Token {self.token}", "Content-Type": "application/json"}

    def post(self, path: str, data: dict) -> Answer:
        return fetch("POST", path, headers=self.headers(), body=json.dumps(data).encode(), keep_body=True)

    def patch(self, path: str, data: dict) -> Answer:
        return fetch("PATCH", path, headers=self.headers(), body=json.dumps(data).encode(), keep_body=True)

    def get(self, path: str) -> Answer:
        return fetch("GET", path, headers=self.headers(), keep_body=True)


def editor_token(target: Target, username: str) -> str:
    code = (
        "from django.core.management import call_command; "
        "from django.contrib.auth import get_user_model; "
        "from rest_framework.authtoken.models import Token; "
        f"call_command('create_editor', '{username}', '--role', 'chief', '--password', 'bench-{username}-pw', "
        "verbosity=0); "
        f"print(Token.objects.get_or_create(user=get_user_model().objects.get(username='{username}'))[0].key)"
    )
    return target.shell(code).strip().splitlines()[-1]


def timeline_create(target: Target, slug: str) -> None:
    target.shell(
        "from timeline.models import Timeline; "
        f"Timeline.objects.get_or_create(slug='{slug}', defaults={{'title': '{slug}', 'language': 'ar'}})"
    )


@dataclass
class Traffic:
    """Reader threads cycling through `paths` until stopped, recording every answer."""

    paths: list[str]
    threads: int
    answers: list[Answer] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    etags: dict[str, str] = field(default_factory=dict)

    def _reader(self, seed: int) -> None:
        chooser = random.Random(seed)
        while not self.stop.is_set():
            path = chooser.choice(self.paths)
            headers = {}
            if path.startswith("304:"):
                path = path[4:]
                headers["If-None-Match"] = self.etags.get(path, '"none"')
            answer = fetch("GET", path, headers=headers)
            if answer.status == 200 and answer.headers and "ETag" in answer.headers:
                self.etags[path] = answer.headers["ETag"]
            self.answers.append(answer)

    def __enter__(self) -> Traffic:
        self.workers = [threading.Thread(target=self._reader, args=(n,), daemon=True) for n in range(self.threads)]
        for worker in self.workers:
            worker.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop.set()
        for worker in self.workers:
            worker.join(timeout=30)

    def statuses(self, since: float = 0, until: float = float("inf")) -> Counter:
        return Counter(answer.status for answer in self.answers if since <= answer.at < until)


def reader_paths(slug: str, size: int, people: list[str]) -> list[str]:
    numbers = random.Random(7).sample(range(1, size + 1), 20)
    searches = ["مفاوضات", "الامن", "مسئول", "العقوبات"]
    paths = [f"/timelines/{slug}/", f"/timelines/{slug}/?page=2", f"/en/timelines/{slug}/"]
    paths += [f"/timelines/{slug}/{number}/" for number in numbers]
    paths += [f"/people/{urllib.parse.quote(person)}/" for person in people]
    paths += ["/search/?" + urllib.parse.urlencode({"q": query}) for query in searches]
    paths += [f"/api/v1/events/?timeline={slug}&q={urllib.parse.quote(query)}" for query in searches]
    paths += [f"/api/v1/timelines/{slug}/events/?page_size=50", f"/api/v1/timelines/{slug}/events/{numbers[0]}/"]
    paths += [f"/timelines/{slug}/feed/rss/", f"/timelines/{slug}/feed/atom/", f"/timelines/{slug}/feed.json"]
    paths += ["/api/v1/timelines/", "/api/v1/persons/", "/"]
    paths += [f"304:/api/v1/timelines/{slug}/events/?page_size=50", f"304:/timelines/{slug}/feed.json"]
    return paths


def mixed_load_while_publishing(
    target: Target,
    *,
    slug: str,
    size: int,
    people: list[str],
    seconds: int = 60,
    connections: int = 64,
    through_tier: bool = False,
) -> dict:
    """`connections` keep-alive connections of mixed reading (wrk, every answer's status counted) while an editor
    publishes a bulletin every second through the API; after each 201, an anonymous reader asks for the bulletin's
    permalink, its page of the timeline and its API address at once (each through every cache a reader meets), and
    again every 0.1 s until all three show it: how long that took is its visibility."""
    editor = Editor(editor_token(target, "bench-publisher"))
    published, invisible, failed_posts = [], [], []
    visible_after: list[float] = []  # seconds from the editor's 201 to the answer that showed it, on all three

    def shows(number: int, headline: str, surface: str) -> bool:
        if surface == "permalink":
            answer = fetch("GET", f"/timelines/{slug}/{number}/", keep_body=True)
            return answer.status == 200 and headline.encode() in answer.body
        if surface == "page":
            # Where "go to number" leads: with publications every second the newest page may already be the next.
            where = fetch("GET", f"/timelines/{slug}/?number={number}")
            location = (where.headers or {}).get("Location", "").split("#")[0]
            page = fetch("GET", location, keep_body=True) if location else where
            return page.status == 200 and f'id="{number}"'.encode() in page.body
        answer = fetch("GET", f"/api/v1/timelines/{slug}/events/{number}/", keep_body=True)
        return answer.status == 200 and headline.encode() in answer.body

    def seen_after(number: int, headline: str, surface: str, created: float, first: list[bool]) -> float:
        seen = shows(number, headline, surface)
        first.append(seen)
        while not seen and time.monotonic() < created + 10:
            time.sleep(0.1)
            seen = shows(number, headline, surface)
        return time.monotonic() - created if seen else float("inf")

    def publish(second: int) -> None:
        headline = f"نشرة عاجلة رقم {second} أثناء الضغط"
        answer = editor.post(
            f"/api/v1/timelines/{slug}/events/",
            {"headline": headline, "date": "2022-02-01", "status": "published"},
        )
        if answer.status != 201:
            failed_posts.append(answer.status)
            return
        created = time.monotonic()
        number = json.loads(answer.body)["number"]
        published.append(number)
        first: list[bool] = []
        with ThreadPoolExecutor(3) as pool:
            waits = list(pool.map(lambda surface: seen_after(number, headline, surface, created, first), SURFACES_SEEN))
        if not all(first):
            invisible.append(number)
        visible_after.append(max(waits))

    paths = reader_paths(slug, size, people)
    conditional = [path[4:] for path in paths if path.startswith("304:")]
    stack = tier(target) if through_tier else gunicorn(target)
    with stack as server:
        # The conditional readers poll with the ETag they last saw (here: before the load; once a publication has
        # changed the list, they get the whole answer, as a poller whose copy is out of date does).
        etags = {path: (fetch("GET", path).headers or {}).get("ETag", "") for path in conditional}
        pids = server.worker_pids()
        readers = wrk_mixed(
            [path[4:] if path.startswith("304:") else path for path in paths],
            etags={path: etags[path[4:]] for path in paths if path.startswith("304:")},
            seconds=seconds + 2,
            connections=connections,
        )
        time.sleep(1)
        started = time.monotonic()
        editors = []
        # One publication a second, on the clock: each in its own thread, so a slow answer under load does not
        # delay the next one.
        for second in range(seconds):
            time.sleep(max(0.0, started + second - time.monotonic()))
            editors.append(threading.Thread(target=publish, args=(second,)))
            editors[-1].start()
        for thread in editors:
            thread.join(timeout=60)
        run = mixed_result(readers)
        same_workers = server.worker_pids() == pids
    finite = [wait for wait in visible_after if wait != float("inf")]
    return {
        "seconds": round(run.seconds, 1),
        "connections": connections,
        "client": f"wrk, {connections} keep-alive connections, paths in random order",
        "requests": run.requests,
        "requests_per_second": run.requests / run.seconds,
        "statuses": {str(status): count for status, count in run.statuses.items()},
        "server_errors": sum(count for status, count in run.statuses.items() if status >= 500),
        "no_answer": run.no_answer,
        "p50_ms": run.p50_ms,
        "p99_ms": run.p99_ms,
        "published": len(published),
        "failed_publications": len(failed_posts),
        "not_visible_on_next_request": invisible,
        "visible_after_s": {
            "median": round(statistics.median(finite), 3) if finite else None,
            "max": round(max(visible_after), 3) if visible_after else None,
            "within_1_s": sum(1 for wait in visible_after if wait <= 1.0),
            "never": len(visible_after) - len(finite),
        },
        "same_workers": same_workers,
    }


def database_outage(target: Target, *, slug: str, size: int, people: list[str], through_tier: bool = False) -> dict:
    """Stop PostgreSQL for 10 s in the middle of 27 s of traffic (through the cache tier: readers get the pages it
    kept, and a 503 for pages it never kept)."""
    paths = [path for path in reader_paths(slug, size, people) if not path.startswith("304:")] + ["/healthz"]
    stack = tier(target) if through_tier else gunicorn(target)
    with stack as server, Traffic(paths, 8) as traffic:
        pids = server.worker_pids()
        time.sleep(6)
        postgresql("stop")
        down_at = time.monotonic()
        time.sleep(10)
        start_at = time.monotonic()
        starting = subprocess.Popen(["pg_ctlcluster", "15", "main", "start"])
        # (pg_ctlcluster returns a second or two after the server accepts connections: ask the server.)
        while subprocess.run(["pg_isready", "-h", "127.0.0.1", "-q"], check=False).returncode != 0:
            time.sleep(0.05)
        up_at = time.monotonic()
        starting.wait()
        time.sleep(10)
        traffic.stop.set()
        same_workers = server.worker_pids() == pids
    during = traffic.statuses(down_at, start_at)
    after = [answer for answer in traffic.answers if answer.at >= up_at]
    last_failure = max((answer.at for answer in after if answer.status >= 500 or answer.status == 0), default=up_at)
    slowest_while_down = max(
        (answer.seconds for answer in traffic.answers if down_at <= answer.at < up_at), default=0.0
    )
    served_while_down = Counter(
        answer.path.split("?")[0]
        for answer in traffic.answers
        if down_at <= answer.at < up_at - 1 and answer.status == 200
    )
    return {
        "down_seconds": round(up_at - down_at, 1),
        "served_while_down": dict(served_while_down.most_common(5)),
        "statuses_while_down": dict(sorted(during.items())),
        "server_errors_other_than_503": sum(
            count for status, count in traffic.statuses().items() if status >= 500 and status != 503
        ),
        "no_answer": traffic.statuses().get(0, 0),
        "slowest_answer_while_down_s": round(slowest_while_down, 2),
        "recovered_after_s": round(max(0.0, last_failure - up_at), 2),
        "statuses_after_return": dict(sorted(Counter(answer.status for answer in after).items())),
        "same_workers": same_workers,
    }


def cache_outage(target: Target, *, slug: str, size: int, people: list[str], redis_port: int) -> dict:
    """Stop Redis for 10 s under traffic: pages come from the database meanwhile."""
    paths = [path for path in reader_paths(slug, size, people) if not path.startswith("304:")]
    with gunicorn(target) as server, Traffic(paths, 8) as traffic:
        pids = server.worker_pids()
        time.sleep(4)
        down_at = time.monotonic()
        redis("stop", redis_port)
        time.sleep(10)
        up_at = time.monotonic()
        redis("start", redis_port)
        time.sleep(4)
        traffic.stop.set()
        same_workers = server.worker_pids() == pids
    return {
        "statuses_while_down": dict(sorted(traffic.statuses(down_at, up_at).items())),
        "statuses_overall": dict(sorted(traffic.statuses().items())),
        "same_workers": same_workers,
    }


def _post_many(arguments: tuple[str, str, int, int]) -> list[int]:
    token, slug, worker, count = arguments
    editor = Editor(token)
    statuses = []
    for index in range(count):
        answer = editor.post(
            f"/api/v1/timelines/{slug}/events/",
            {"headline": f"نشرة {worker}-{index}", "date": "2022-03-01", "status": "published"},
        )
        statuses.append(answer.status)
    return statuses


def concurrent_numbering(target: Target, *, processes: int = 4, each: int = 250) -> dict:
    slug = f"bench-numbering-{int(time.time())}"
    timeline_create(target, slug)
    token = editor_token(target, "bench-numberer")
    with gunicorn(target):
        started = time.monotonic()
        with multiprocessing.get_context("spawn").Pool(processes) as pool:
            results = pool.map(_post_many, [(token, slug, worker, each) for worker in range(processes)])
        seconds = time.monotonic() - started
    statuses = Counter(status for worker in results for status in worker)
    numbers = json.loads(
        target.shell(
            "import json; from timeline.models import Event; "
            f"print(json.dumps(list(Event.objects.filter(timeline__slug='{slug}').values_list('number', flat=True))))"
        ).strip()
    )
    expected = processes * each
    return {
        "posted": expected,
        "seconds": round(seconds, 1),
        "statuses": dict(statuses),
        "bulletins": len(numbers),
        "duplicates": len(numbers) - len(set(numbers)),
        "numbered_1_to_n": sorted(numbers) == list(range(1, expected + 1)),
    }


def conflicting_saves(target: Target, *, slug: str, size: int, people: list[str], rounds: int = 40) -> dict:
    """Two editors read the same version of a bulletin, then both save: one save must win and the other be refused
    (409), every round; afterwards every winning save is in the history and the last one is what readers see."""
    number = size // 3
    path = f"/api/v1/timelines/{slug}/events/{number}/"
    editors = [Editor(editor_token(target, "bench-editor-a")), Editor(editor_token(target, "bench-editor-b"))]
    outcomes: list[list[tuple[str, int]]] = [[] for _round in range(rounds)]
    barrier = threading.Barrier(2)

    def edit(who: int) -> None:
        editor = editors[who]
        for round_ in range(rounds):
            version = json.loads(editor.get(path).body)["version"]
            barrier.wait()
            headline = f"عنوان من المحرر {'أب'[who]} في الجولة {round_}"
            answer = editor.patch(path, {"headline": headline, "version": version})
            outcomes[round_].append((headline, answer.status))
            barrier.wait()

    readers = [p for p in reader_paths(slug, size, people) if not p.startswith("304:")]
    with gunicorn(target), Traffic(readers, 16) as traffic:
        threads = [threading.Thread(target=edit, args=(who,)) for who in (0, 1)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        traffic.stop.set()
        final = json.loads(fetch("GET", path, keep_body=True).body)["headline"]
    winners = [headline for round_ in outcomes for headline, status in round_ if status == 200]
    refused = [status for round_ in outcomes for _headline, status in round_ if status != 200]
    history = json.loads(
        target.shell(
            "import json; from timeline.models import Event; from timeline.revisions import revisions_of; "
            f"event = Event.objects.get(timeline__slug='{slug}', number={number}); "
            "print(json.dumps([r.data.get('headline') for r in revisions_of(event)], ensure_ascii=False))"
        ).strip()
    )
    return {
        "rounds": rounds,
        "one_winner_every_round": all(sorted(s for _h, s in round_) == [200, 409] for round_ in outcomes),
        "refused_statuses": dict(Counter(refused)),
        "winning_saves": len(winners),
        "winning_saves_in_history": sum(1 for headline in winners if headline in history),
        "readers_see_the_last_winner": final == winners[-1] if winners else False,
        "reader_server_errors": sum(count for status, count in traffic.statuses().items() if status >= 500),
    }

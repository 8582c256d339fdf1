"""With Redis down the site keeps serving from the database: cache reads are misses, writes are dropped, quickly; the
log says so at most every 30 seconds; caching resumes when Redis is back."""

import logging
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCacheClient
from django.test import Client, override_settings
from redis.connection import AbstractConnection
from redis.exceptions import ResponseError

from newsroom import tolerant_cache
from newsroom.tolerant_cache import OutageTolerantRedisCache
from tests.factories import EventFactory, TimelineFactory
from timeline.models import Event

# As in the settings: what bounds the delay an unreachable Redis adds to each operation.
OPTIONS = {"socket_connect_timeout": 0.25, "socket_timeout": 0.5}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(autouse=True)
def outage_log(monkeypatch) -> tolerant_cache.OutageLog:
    """A fresh log per test: the real one is shared by the whole process."""
    log = tolerant_cache.OutageLog()
    monkeypatch.setattr(tolerant_cache, "outage_log", log)
    return log


@pytest.fixture
def redis_down_url() -> str:
    return f"redis://127.0.0.1:{free_port()}/0"


def tolerant(url: str) -> OutageTolerantRedisCache:
    return OutageTolerantRedisCache(url, {"KEY_PREFIX": "tasalsul-test", "OPTIONS": OPTIONS})


def test_while_redis_is_down_reads_miss_and_writes_are_dropped_quickly(redis_down_url):
    cache = tolerant(redis_down_url)
    started = time.perf_counter()
    assert cache.get("page", "missing") == "missing"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.has_key("page") is False
    assert cache.set("page", "html") is None
    assert cache.add("page", "html") is False
    assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
    assert cache.get_or_set("page", "rendered afresh") == "rendered afresh"
    assert cache.touch("page") is False
    assert cache.delete("page") is False
    assert cache.delete_many(["a", "b"]) is None
    assert cache.clear() is False
    with pytest.raises(ValueError, match="not found"):
        cache.incr("counter")
    assert time.perf_counter() - started < 1


def test_the_outage_is_logged_at_most_every_30_seconds(redis_down_url, caplog, monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(tolerant_cache, "monotonic", lambda: now[0])
    cache = tolerant(redis_down_url)
    with caplog.at_level(logging.WARNING, logger="newsroom.tolerant_cache"):
        for _ in range(50):
            cache.get("page")
        now[0] += 29
        cache.set("page", "html")
        now[0] += 2
        cache.get("page")
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert "Redis cannot be reached (ConnectionError" in warnings[0].getMessage()


def test_other_redis_errors_are_not_hidden(redis_down_url, monkeypatch):
    def refuse(self, key, default):
        raise ResponseError("WRONGTYPE Operation against a key holding the wrong kind of value")

    monkeypatch.setattr(RedisCacheClient, "get", refuse)
    with pytest.raises(ResponseError):
        tolerant(redis_down_url).get("page")


@pytest.fixture
def own_redis_port() -> int:
    """A port for a Redis server of this test's own, which it may stop and start (never the shared one)."""
    if shutil.which("redis-server") is None:
        pytest.skip("needs redis-server on PATH")
    return free_port()


def start_redis(port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return server
        except OSError:
            time.sleep(0.05)
    server.kill()
    pytest.fail(f"redis-server did not start on port {port}")


def stop_redis(server: subprocess.Popen) -> None:
    server.terminate()
    server.wait(timeout=10)


def test_caching_resumes_when_redis_returns_and_pauses_when_it_stops(own_redis_port, caplog):
    cache = tolerant(f"redis://127.0.0.1:{own_redis_port}/0")
    cache.set("page", "before")
    assert cache.get("page") is None

    server = start_redis(own_redis_port)
    try:
        with caplog.at_level(logging.INFO, logger="newsroom.tolerant_cache"):
            cache.set("page", "html")
            assert cache.get("page") == "html"
        assert "Redis answers again" in caplog.text
    finally:
        stop_redis(server)

    # The pooled connection is now dead: the next operations are misses, not errors.
    assert cache.get("page") is None
    assert cache.get("page") is None


@pytest.mark.django_db
def test_pages_and_the_api_answer_with_redis_down(redis_down_url):
    EventFactory(timeline=TimelineFactory(slug="geneva"), number=1, status=Event.Status.PUBLISHED)
    down = {
        "default": {
            "BACKEND": "newsroom.tolerant_cache.OutageTolerantRedisCache",
            "LOCATION": redis_down_url,
            "OPTIONS": OPTIONS,
        }
    }
    client = Client(raise_request_exception=False)
    paths = [
        "/",
        "/timelines/geneva/",
        "/en/timelines/geneva/",
        "/api/v1/timelines/",
        "/api/v1/timelines/geneva/events/",
    ]
    with override_settings(CACHES=down):
        assert isinstance(caches["default"], OutageTolerantRedisCache)
        responses = {path: client.get(path) for path in paths * 2}
    assert {path: response.status_code for path, response in responses.items()} == dict.fromkeys(paths, 200)
    assert {response["X-Cache"] for response in responses.values()} == {"miss"}


@contextmanager
def round_trips() -> Iterator[list[list[str]]]:
    """The commands each write to Redis carried (one write, one round trip): a pipeline's are sent together."""
    sent: list[list[str]] = []
    original = AbstractConnection.send_packed_command

    def counting(self, command, check_health=True):
        packed = b"".join(command) if isinstance(command, list) else command
        sent.append([part.split(b"\r\n")[2].decode() for part in packed.split(b"*")[1:] if b"\r\n$" in part[:8]])
        return original(self, command, check_health)

    AbstractConnection.send_packed_command = counting
    try:
        yield sent
    finally:
        AbstractConnection.send_packed_command = original


def test_a_stored_response_is_checked_against_its_purge_stamps_in_redis(own_redis_port):
    """The response cache's hit is one round trip: the stamps of its keys are compared in Redis, by a script."""
    server = start_redis(own_redis_port)
    try:
        cache = tolerant(f"redis://127.0.0.1:{own_redis_port}/0")
        page = (200, [], b"<p>18</p>", ["timeline-3"], 100.0)
        cache.set_unless_purged("page", page, 60, stamps=["purged:timeline-3", "purged:home"], since=1_000)
        assert cache.get_unless_purged("page") == page
        cache.set("purged:home", 999)  # purged before the response began: still good
        assert cache.get_unless_purged("page") == page
        cache.set("purged:timeline-3", 1_000)  # purged as it began: it may hold what the purge removed
        assert cache.get_unless_purged("page") is None
        cache.set_unless_purged("page", page, 60, stamps=["purged:home"], since=2_000)
        cache.set("purged:home", 1.5)  # not a number the script can read: taken as purged
        assert cache.get_unless_purged("page") is None
        assert cache.get_unless_purged("never-stored") is None
        with round_trips() as sent:
            cache.get_unless_purged("page")
        assert sent == [["MULTI", "EVALSHA", "GET", "EXEC"]]
        # After a restart Redis holds no script: it is loaded once, and the read made again.
        cache._cache.get_client(None).script_flush()
        assert cache.get_unless_purged("never-stored") is None
        cache.set_unless_purged("page", page, 60, stamps=["purged:timeline-9"], since=2_000)
        cache._cache.get_client(None).script_flush()
        assert cache.get_unless_purged("page") == page
    finally:
        stop_redis(server)


def test_while_redis_is_down_checked_responses_miss_and_are_not_stored(redis_down_url):
    cache = tolerant(redis_down_url)
    started = time.perf_counter()
    assert cache.set_unless_purged("page", (200, [], b"", [], 0.0), 60, stamps=["purged:home"], since=0) is None
    assert cache.get_unless_purged("page") is None
    assert time.perf_counter() - started < 1


# --- rate limits counted in Redis (timeline/api/throttles.py) ------------------------------------------------------


@pytest.fixture
def own_redis(own_redis_port):
    server = start_redis(own_redis_port)
    yield f"redis://127.0.0.1:{own_redis_port}/0"
    stop_redis(server)


def test_a_clients_requests_are_counted_in_one_call_over_a_sliding_window(own_redis):
    cache = tolerant(own_redis)
    cache.count_request("throttle_anon_192.0.2.1", limit=3, window=1)  # the script is loaded once, on first use
    with round_trips() as sent:
        verdicts = [cache.count_request("throttle_anon_203.0.113.9", limit=3, window=1) for _ in range(4)]
    assert [allowed for allowed, _held, _age in verdicts] == [True, True, True, False]
    assert [held for _allowed, held, _age in verdicts] == [1, 2, 3, 3]
    assert sent == [["EVALSHA"]] * 4  # one round trip a request
    # Another client has its own log.
    assert cache.count_request("throttle_anon_198.51.100.4", limit=3, window=1)[0] is True
    # Once the oldest requests are more than a window old, the client may ask again.
    time.sleep(1.05)
    assert cache.count_request("throttle_anon_203.0.113.9", limit=3, window=1)[:2] == (True, 1)


def test_a_stored_answer_and_its_clients_count_are_one_call(own_redis):
    cache = tolerant(own_redis)
    answer = (200, [], b"[]", ["timeline-3"], 100.0)
    cache.set_unless_purged("answer", answer, 60, stamps=["purged:timeline-3"], since=1_000)
    log = "throttle_anon_203.0.113.9"
    assert cache.get_unless_purged_counting("answer", log=log, limit=2, window=60) == (True, answer)
    assert cache.get_unless_purged_counting("missing", log=log, limit=2, window=60) == (True, None)
    # Over the rate: refused, whether or not an answer is stored, and the refusal is not counted.
    assert cache.get_unless_purged_counting("answer", log=log, limit=2, window=60) == (False, None)
    assert cache.count_request(log, limit=3, window=60)[:2] == (True, 3)
    # A purge still makes the stored answer a miss, counted.
    cache.set("purged:timeline-3", 1_000)
    assert cache.get_unless_purged_counting("answer", log=log, limit=9, window=60) == (True, None)


def test_while_redis_is_down_requests_are_not_throttled(redis_down_url):
    cache = tolerant(redis_down_url)
    assert cache.count_request("throttle_anon_203.0.113.9", limit=1, window=60)[0] is True
    assert cache.get_unless_purged_counting("answer", log="throttle_anon_x", limit=1, window=60) == (True, None)


@pytest.mark.django_db
def test_the_api_throttles_cached_answers_with_one_redis_call_a_request(own_redis, monkeypatch):
    """Through the whole stack on Redis: the anonymous rate holds for cached answers as for fresh ones (a 429 with
    Retry-After after the limit), and a cached answer costs one Redis command."""
    from rest_framework.throttling import SimpleRateThrottle

    monkeypatch.setattr(
        SimpleRateThrottle, "THROTTLE_RATES", {"anon": "4/minute", "user": "9/minute", "write": "2/minute"}
    )
    EventFactory(timeline=TimelineFactory(slug="geneva"), number=1, status=Event.Status.PUBLISHED)
    redis_cache = {
        "default": {
            "BACKEND": "newsroom.tolerant_cache.OutageTolerantRedisCache",
            "LOCATION": own_redis,
            "OPTIONS": OPTIONS,
        }
    }
    client = Client()
    with override_settings(CACHES=redis_cache):
        first = client.get("/api/v1/timelines/geneva/events/")
        with round_trips() as sent:
            second = client.get("/api/v1/timelines/geneva/events/")
        assert sent == [["MULTI", "EVALSHA", "GET", "EXEC"]]
        rest = [client.get("/api/v1/timelines/geneva/events/") for _ in range(3)]
    assert (first.status_code, first["X-Cache"], second.status_code, second["X-Cache"]) == (200, "miss", 200, "hit")
    # The miss was counted once (not again by the view): 4 allowed in all, then 429 with its wait.
    assert [response.status_code for response in rest] == [200, 200, 429]
    assert 0 < int(rest[-1]["Retry-After"]) <= 60


@pytest.mark.django_db
def test_a_response_cache_time_of_zero_keeps_nothing_on_redis(own_redis, settings):
    """TASALSUL_RESPONSE_CACHE_SECONDS = 0 (as Django reads a timeout of 0: expire at once) serves every page fresh;
    Redis would refuse a SET with an expiry of 0 seconds."""
    EventFactory(timeline=TimelineFactory(slug="geneva"), number=1, status=Event.Status.PUBLISHED)
    settings.TASALSUL_RESPONSE_CACHE_SECONDS = 0
    redis_cache = {
        "default": {
            "BACKEND": "newsroom.tolerant_cache.OutageTolerantRedisCache",
            "LOCATION": own_redis,
            "OPTIONS": OPTIONS,
        }
    }
    client = Client(raise_request_exception=False)
    with override_settings(CACHES=redis_cache):
        answers = [client.get(path) for path in ["/timelines/geneva/", "/timelines/geneva/", "/api/v1/timelines/"]]
    assert [(answer.status_code, answer.get("X-Cache")) for answer in answers] == [(200, "miss")] * 3

"""Values kept until a purge (timeline/frontend_cache/freshness.py): one rule, in this process's cache and in Redis,
where the check runs in Redis itself."""

from __future__ import annotations

import socket
import time
import uuid

import pytest
from django.core.cache import cache as default_cache

from tests.conftest import UNDER_CI
from timeline.frontend_cache import backends, freshness
from timeline.frontend_cache.backends import AppCacheBackend


def _redis_reachable() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.fixture(params=["locmem", "redis"])
def kept_in(request, monkeypatch):
    if request.param == "locmem":
        yield default_cache
        return
    if not _redis_reachable():
        message = "needs Redis on 127.0.0.1:6379"
        if UNDER_CI:
            pytest.fail(message)
        pytest.skip(message)
    from newsroom.tolerant_cache import OutageTolerantRedisCache

    # A prefix of this test's own: nothing it writes meets another run's keys.
    cache = OutageTolerantRedisCache("redis://127.0.0.1:6379/15", {"KEY_PREFIX": f"freshness-{uuid.uuid4().hex}"})
    monkeypatch.setattr(freshness, "cache", cache)
    monkeypatch.setattr(backends, "cache", cache)
    yield cache
    cache.clear()


def purge(*keys: str) -> None:
    AppCacheBackend({}).purge(list(keys))


def test_a_value_is_read_back_until_one_of_its_keys_is_purged(kept_in):
    freshness.keep("page", {"count": 3}, 60, keys=["timeline-1-bulletins", "bulletin-7"], started=time.time())
    assert freshness.read("page") == {"count": 3}
    purge("timeline-2-bulletins")  # another timeline's
    assert freshness.read("page") == {"count": 3}
    purge("bulletin-7")
    assert freshness.read("page") is None


def test_a_purge_before_the_value_began_to_be_made_leaves_it_current(kept_in):
    purge("timeline-1-bulletins")
    time.sleep(0.002)
    freshness.keep("page", "made after the purge", 60, keys=["timeline-1-bulletins"], started=time.time())
    assert freshness.read("page") == "made after the purge"


def test_a_value_made_while_its_key_was_purged_is_not_current(kept_in):
    started = time.time()
    purge("timeline-1-bulletins")  # landed while the value was being made: it may hold the old rows
    freshness.keep("page", "old rows", 60, keys=["timeline-1-bulletins"], started=started)
    assert freshness.read("page") is None
    assert freshness.purged_since(["timeline-1-bulletins"], started)
    assert not freshness.purged_since(["timeline-2-bulletins"], started)


def test_the_clock_skew_allowed_counts_a_purge_just_before_the_start_as_after_it(kept_in, settings):
    purge("timeline-1-bulletins")
    settings.TASALSUL_PURGE_CLOCK_SKEW = 1.0  # a replica may be a second behind the purge
    freshness.keep("page", "from the replica", 60, keys=["timeline-1-bulletins"], started=time.time())
    assert freshness.read("page") is None
    settings.TASALSUL_PURGE_CLOCK_SKEW = 0.0
    freshness.keep("page", "from the primary", 60, keys=["timeline-1-bulletins"], started=time.time() + 0.001)
    assert freshness.read("page") == "from the primary"


def test_no_time_to_keep_keeps_nothing_and_an_unknown_key_reads_none(kept_in):
    freshness.keep("page", "kept for no time", 0, keys=["timeline-1-bulletins"], started=time.time())
    assert freshness.read("page") is None
    assert freshness.read("never-kept") is None


def test_an_older_releases_entry_under_the_same_key_is_not_taken_for_a_current_value():
    """In this process's cache, an entry kept by a plain set (an older release's) is never served as current."""
    default_cache.set("page", ("status", "headers", "content", [], 0.0), 60)
    assert freshness.read("page") is None

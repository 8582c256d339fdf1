"""Django's Redis cache backend, made to ride out a Redis outage instead of failing requests.

Everything we cache can be rebuilt from the database, so while Redis cannot be reached a read is a miss and a write
is dropped: the site stays up, only slower. The log says so when it starts and then at most every
WARNING_INTERVAL_SECONDS (not on every request of a busy site), and once more when Redis answers again.

Only connection failures and timeouts are tolerated: any other Redis error (a wrong command, a full memory) is a
fault of ours or of the server's configuration and is raised as before.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from time import monotonic
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import NoScriptError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

WARNING_INTERVAL_SECONDS = 30.0
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


class OutageLog:
    """Whether Redis is failing for this process, and when the log last said so.

    One per process rather than per backend instance: Django builds a cache backend for every thread.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._failing = False
        self._warned_at: float | None = None

    def failed(self, error: Exception) -> None:
        now = monotonic()
        with self._lock:
            self._failing = True
            if self._warned_at is not None and now - self._warned_at < WARNING_INTERVAL_SECONDS:
                return
            self._warned_at = now
        logger.warning(
            "Redis cannot be reached (%s: %s): cache reads are misses and writes are dropped until it answers",
            type(error).__name__,
            error,
        )

    def answered(self) -> None:
        if not self._failing:  # the usual case, without taking the lock
            return
        with self._lock:
            if not self._failing:
                return
            self._failing = False
        logger.info("Redis answers again: caching resumed")


outage_log = OutageLog()


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's client builds a new redis.Redis for every operation, and redis-py fills a table of some 170 response
    handlers in each: half a millisecond a cached page. One Redis per connection pool serves every operation (it is
    thread-safe: each command borrows a connection from the pool)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}

    def get_client(self, key: Any = None, *, write: bool = False) -> Any:
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


# A stored response with the purge stamps of its surrogate keys checked in Redis itself, so that a hit is one round
# trip (newsroom/response_cache.py). check_key holds "<limit> <stamp key> ...", where limit is when the response
# began to be made (microseconds, less the allowed doubt). A stamp at or after the limit, or one this script cannot
# read, means the response may be stale. The script answers only that: the response itself (a page is tens or
# hundreds of KB) is read by a plain GET in the same MULTI, not copied into Lua and out again.
_FRESH_FUNCTION = """
local function fresh(check_key)
  local check = redis.call('GET', check_key)
  if not check then return false end
  local limit = nil
  local stamps = {}
  for word in string.gmatch(check, '%S+') do
    if limit == nil then limit = tonumber(word) else stamps[#stamps + 1] = word end
  end
  if limit == nil then return false end
  if #stamps > 0 then
    local values = redis.call('MGET', unpack(stamps))
    for i = 1, #values do
      local value = values[i]
      if value then
        local stamp = tonumber(value)
        if stamp == nil or stamp >= limit then return false end
      end
    end
  end
  return true
end
"""

# A client's requests in the last `window` milliseconds, as a sorted set scored by Redis's own clock (one clock for
# every app server), the sliding log DRF's SimpleRateThrottle keeps as a pickled list: that list is read, unpickled,
# trimmed, pickled and written back on every request (two round trips, and work that grows with the rate). Here it is
# one call whatever the rate. Milliseconds keep the scores within the 14 digits Lua writes a number with.
# Answers {allowed (1/0), requests in the window counting this one if allowed, age of the oldest (ms)}.
_COUNT_FUNCTION = """
local function count_request(log_key, window, limit, member)
  local now = redis.call('TIME')
  local stamp = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
  redis.call('ZREMRANGEBYSCORE', log_key, '-inf', stamp - window)
  local held = redis.call('ZCARD', log_key)
  local allowed = 0
  if held < limit then
    redis.call('ZADD', log_key, stamp, stamp .. ':' .. member)
    redis.call('PEXPIRE', log_key, window)
    held = held + 1
    allowed = 1
  end
  local oldest = redis.call('ZRANGE', log_key, 0, 0, 'WITHSCORES')
  local age = 0
  if oldest[2] then age = stamp - tonumber(oldest[2]) end
  return {allowed, held, age}
end
"""

# KEYS[1]: a response's check. 1 if fresh, else 0.
_FRESH = _FRESH_FUNCTION + "if fresh(KEYS[1]) then return 1 end\nreturn 0\n"

# KEYS[1]: the client's log; ARGV: window (ms), limit, a member unique to this request.
_COUNT = _COUNT_FUNCTION + "return count_request(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3])\n"

# A stored API answer's check and its client's count together. KEYS: the check, the client's log; ARGV as _COUNT.
# 0: over the rate (the API answers 429); 1: counted, and the stored answer is fresh; 2: counted, not fresh.
_FRESH_COUNTED = (
    _FRESH_FUNCTION
    + _COUNT_FUNCTION
    + """
local verdict = count_request(KEYS[2], tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3])
if verdict[1] == 0 then return 0 end
if fresh(KEYS[1]) then return 1 end
return 2
"""
)
_SHA1 = {source: hashlib.sha1(source.encode()).hexdigest() for source in (_FRESH, _COUNT, _FRESH_COUNTED)}


class OutageTolerantRedisCache(RedisCache):
    """RedisCache whose operations, while Redis cannot be reached, behave as misses (reads) and no-ops (writes).

    Give it short socket timeouts in OPTIONS (socket_connect_timeout, socket_timeout): they are what bounds the delay
    an unreachable Redis adds to each cache operation.
    """

    def __init__(self, server: Any, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient

    @contextmanager
    def _tolerating_outage(self) -> Iterator[None]:
        try:
            yield
        except UNREACHABLE as error:
            outage_log.failed(error)
        else:
            outage_log.answered()

    def add(self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        with self._tolerating_outage():
            return super().add(key, value, timeout, version)
        return False

    def get(self, key: Any, default: Any = None, version: int | None = None) -> Any:
        with self._tolerating_outage():
            return super().get(key, default, version)
        return default

    def set(self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> None:
        with self._tolerating_outage():
            super().set(key, value, timeout, version)

    def touch(self, key: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        with self._tolerating_outage():
            return super().touch(key, timeout, version)
        return False

    def delete(self, key: Any, version: int | None = None) -> bool:
        with self._tolerating_outage():
            return super().delete(key, version)
        return False

    def get_many(self, keys: Iterable[Any], version: int | None = None) -> dict[Any, Any]:
        with self._tolerating_outage():
            return super().get_many(keys, version)
        return {}

    def has_key(self, key: Any, version: int | None = None) -> bool:
        with self._tolerating_outage():
            return super().has_key(key, version)
        return False

    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        with self._tolerating_outage():
            return super().incr(key, delta, version)
        # What every backend raises for a key it does not hold: during an outage it holds none.
        raise ValueError(f"Key '{key}' not found (Redis cannot be reached).")

    def set_many(self, data: dict[Any, Any], timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> list[Any]:
        with self._tolerating_outage():
            return super().set_many(data, timeout, version)
        # The keys that were not stored, as the cache API reports them.
        return list(data)

    def delete_many(self, keys: Iterable[Any], version: int | None = None) -> None:
        with self._tolerating_outage():
            super().delete_many(keys, version)

    def clear(self) -> bool:
        with self._tolerating_outage():
            return super().clear()
        return False

    # --- Stored responses checked against purge stamps in one round trip (newsroom/response_cache.py) -------------

    def _script(self, client: Any, source: str) -> Any:
        scripts = self.__dict__.setdefault("_scripts", {})
        script = scripts.get((id(client), source))
        if script is None:
            script = scripts[(id(client), source)] = client.register_script(source)
        return script

    @staticmethod
    def _checked_then_read(client: Any, source: str, keys: list[str], args: list[Any], stored: str) -> list[Any]:
        """[the script's answer, the stored value] in one round trip (MULTI: the script, then GET). Not through
        redis-py's Script in a pipeline, which asks SCRIPT EXISTS first on every call (a second round trip): a
        script Redis does not hold yet (after its restart) is loaded once and the call made again."""
        for _attempt in range(2):
            pipeline = client.pipeline(transaction=True)
            pipeline.evalsha(_SHA1[source], len(keys), *keys, *args)
            pipeline.get(stored)
            try:
                return pipeline.execute()
            except NoScriptError:
                client.script_load(source)
        raise NoScriptError(f"Redis did not keep the script {_SHA1[source]}")

    def get_unless_purged(self, key: Any) -> Any:
        """The value stored by set_unless_purged(), or None if missing or if any of its stamps moved on since."""
        stored = self.make_and_validate_key(key)
        with self._tolerating_outage():
            client = self._cache.get_client(stored)
            fresh, raw = self._checked_then_read(client, _FRESH, [stored + ":check"], [], stored)
            return None if fresh != 1 or raw is None else self._cache._serializer.loads(raw)
        return None

    def set_unless_purged(self, key: Any, value: Any, timeout: Any, *, stamps: Iterable[Any], since: int) -> None:
        """Store `value` with the cache keys of the integer stamps that invalidate it once one is `since` or later."""
        stored = self.make_and_validate_key(key)
        check = " ".join([str(since), *(self.make_and_validate_key(stamp) for stamp in stamps)])
        seconds = self.get_backend_timeout(timeout)
        with self._tolerating_outage():
            pipeline = self._cache.get_client(stored, write=True).pipeline(transaction=True)
            pipeline.set(stored + ":check", check, ex=seconds)
            pipeline.set(stored, self._cache._serializer.dumps(value), ex=seconds)
            pipeline.execute()

    # --- Rate limits: a sliding log per client, counted in Redis (timeline/api/throttles.py) ----------------------

    def count_request(self, key: Any, *, limit: int, window: int) -> tuple[bool, int, float]:
        """Count one request in `key`'s log unless `limit` requests were counted in the last `window` seconds.
        (allowed, requests in the window, age in seconds of the oldest). While Redis cannot be reached: allowed."""
        log = self.make_and_validate_key(key)
        with self._tolerating_outage():
            client = self._cache.get_client(log, write=True)
            allowed, held, age = self._script(client, _COUNT)(
                keys=[log], args=[window * 1000, limit, uuid.uuid4().hex[:12]], client=client
            )
            return bool(allowed), int(held), int(age) / 1000
        return True, 0, 0.0

    def get_unless_purged_counting(self, key: Any, *, log: Any, limit: int, window: int) -> tuple[bool, Any]:
        """get_unless_purged() and count_request() in one round trip: (allowed, stored value or None). Over the rate,
        (False, None). While Redis cannot be reached: (True, None)."""
        stored, counted = self.make_and_validate_key(key), self.make_and_validate_key(log)
        with self._tolerating_outage():
            client = self._cache.get_client(stored, write=True)
            verdict, raw = self._checked_then_read(
                client,
                _FRESH_COUNTED,
                [stored + ":check", counted],
                [window * 1000, limit, uuid.uuid4().hex[:12]],
                stored,
            )
            if verdict == 0:
                return False, None
            return True, None if verdict != 1 or raw is None else self._cache._serializer.loads(raw)
        return True, None

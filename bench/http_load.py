"""Load from a second process on loopback: wrk (Debian's package) for throughput and latency, and a threaded Python
client for the load tests, where every response is checked rather than counted."""

from __future__ import annotations

import http.client
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.stack import PORT


@dataclass(frozen=True)
class Throughput:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    requests: int
    bad_status: int
    socket_errors: int


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _milliseconds(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(number) * _UNITS[unit]


def wrk_available() -> bool:
    return shutil.which("wrk") is not None


def wrk(
    paths: list[str],
    *,
    headers: dict[str, str] | None = None,
    seconds: int = 8,
    connections: int = 16,
    port: int = PORT,
) -> Throughput:
    """Requests/s and latency percentiles for GETs cycling through `paths`. Responses other than 2xx/3xx are
    counted, and the caller treats any as a failure."""
    header_lines = "".join(f'wrk.headers["{name}"] = "{value}"\n' for name, value in (headers or {}).items())
    quoted = ", ".join(f'"{path}"' for path in paths)
    script = f"""
{header_lines}
local paths = {{{quoted}}}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
"""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        lua.write(script)
    try:
        result = subprocess.run(
            [
                "wrk",
                "--threads",
                "2",
                "--connections",
                str(connections),
                "--duration",
                f"{seconds}s",
                "--timeout",
                "10s",
                "--latency",
                "--script",
                lua.name,
                f"http://127.0.0.1:{port}",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        Path(lua.name).unlink()
    out = result.stdout
    latency = dict(re.findall(r"^\s+(50|99)(?:\.000)?%\s+(\S+)\s*$", out, re.MULTILINE))
    if "50" not in latency:
        raise RuntimeError(f"wrk measured nothing for {paths}:\n{out}\n{result.stderr}")
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return Throughput(
        requests_per_second=float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        p50_ms=_milliseconds(latency["50"]),
        p99_ms=_milliseconds(latency["99"]),
        requests=requests,
        bad_status=int(bad.group(1)) if bad else 0,
        # Sync workers close each connection after answering; wrk counts the reconnects it then makes as "read"
        # errors, so only connect and timeout errors are failures.
        socket_errors=(int(errors.group(1)) + int(errors.group(4))) if errors else 0,
    )


@dataclass
class Answer:
    at: float
    path: str
    status: int  # 0: no answer (connection refused, reset or timed out)
    seconds: float
    body: bytes = b""
    headers: dict[str, str] | None = None


def fetch(
    method: str,
    path: str,
    *,
    headers: dict[str, str] | None = None,
    body: bytes | None = None,
    timeout: float = 15,
    keep_body: bool = False,
) -> Answer:
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        content = response.read()
        return Answer(
            started,
            path,
            response.status,
            time.monotonic() - started,
            content if keep_body else b"",
            dict(response.getheaders()),
        )
    except (OSError, http.client.HTTPException):
        return Answer(started, path, 0, time.monotonic() - started)
    finally:
        connection.close()


@dataclass(frozen=True)
class MixedRun:
    """What wrk saw of a mixed reading load: every answer's status counted (by a Lua hook), latency percentiles."""

    seconds: float
    requests: int
    statuses: dict[int, int]
    p50_ms: float
    p99_ms: float
    no_answer: int  # connections refused or requests timed out


_MIXED_SCRIPT = """
local paths = {%(paths)s}
local etags = {%(etags)s}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("seed", #threads)
end

function init(args)
  math.randomseed(seed * 7919)
  statuses = {}
end

function request()
  local i = math.random(#paths)
  if etags[i] ~= "" then
    return wrk.format("GET", paths[i], {["If-None-Match"] = etags[i]})
  end
  return wrk.format("GET", paths[i])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      io.write(string.format("STATUS %%d %%d\\n", status, count))
    end
  end
  io.write(string.format("LATENCY %%d %%d\\n", latency:percentile(50), latency:percentile(99)))
  io.write(string.format("ERRORS %%d %%d\\n", summary.errors.connect, summary.errors.timeout))
  io.write(string.format("DURATION %%d\\n", summary.duration))
end
"""


def _lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def wrk_mixed(
    paths: list[str],
    *,
    etags: dict[str, str] | None = None,
    seconds: int,
    connections: int = 64,
    threads: int = 2,
    port: int = PORT,
) -> subprocess.Popen:
    """Start wrk reading `paths` in random order on `connections` keep-alive connections for `seconds`; paths in
    `etags` are asked conditionally (If-None-Match). Returns the running process: `mixed_result(process)` reads it."""
    etags = etags or {}
    script = _MIXED_SCRIPT % {
        "paths": ", ".join(_lua_string(path) for path in paths),
        "etags": ", ".join(_lua_string(etags.get(path, "")) for path in paths),
    }
    lua = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)  # noqa: SIM115 - removed by mixed_result
    lua.write(script)
    lua.close()
    process = subprocess.Popen(
        [
            *("wrk", "--threads", str(threads), "--connections", str(connections)),
            *("--duration", f"{seconds}s", "--timeout", "10s", "--script", lua.name, f"http://127.0.0.1:{port}"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    process.lua_path = lua.name  # type: ignore[attr-defined]
    return process


def mixed_result(process: subprocess.Popen, *, timeout: float = 120) -> MixedRun:
    out, err = process.communicate(timeout=timeout)
    Path(process.lua_path).unlink(missing_ok=True)  # type: ignore[attr-defined]
    if process.returncode:
        raise RuntimeError(f"wrk failed:\n{out}\n{err}")
    statuses: dict[int, int] = {}
    for status, count in re.findall(r"^STATUS (\d+) (\d+)$", out, re.MULTILINE):
        statuses[int(status)] = statuses.get(int(status), 0) + int(count)
    p50, p99 = (int(value) for value in re.search(r"^LATENCY (\d+) (\d+)$", out, re.MULTILINE).groups())
    connect, timeouts = (int(value) for value in re.search(r"^ERRORS (\d+) (\d+)$", out, re.MULTILINE).groups())
    duration = int(re.search(r"^DURATION (\d+)$", out, re.MULTILINE).group(1)) / 1e6
    return MixedRun(
        seconds=duration,
        requests=sum(statuses.values()),
        statuses=dict(sorted(statuses.items())),
        p50_ms=p50 / 1000,
        p99_ms=p99 / 1000,
        no_answer=connect + timeouts,
    )

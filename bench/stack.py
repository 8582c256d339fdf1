"""The production stack under test, started and stopped by the benchmarks: gunicorn (2 x cores + 1 sync workers, as
`make serve`), whitenoise, PostgreSQL through the pool, Redis; plus the database and Redis servers themselves, which
the fault tests stop and start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PORT = int(os.environ.get("BENCH_PORT", "8701"))
BASE_URL = f"http://127.0.0.1:{PORT}"
# Through the cache tier, Varnish takes PORT (so every client measures through it) and gunicorn this one.
APP_PORT = PORT + 1
WORKERS = 2 * (os.cpu_count() or 1) + 1


@dataclass
class Target:
    """Where the benchmark's data lives: a throw-away PostgreSQL database and a Redis database number."""

    database_url: str
    redis_url: str
    extra_env: dict[str, str] = field(default_factory=dict)

    def env(self, **overrides: str) -> dict[str, str]:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "DATABASE_URL": self.database_url,
            "REDIS_URL": self.redis_url,
            "DJANGO_SECRET_KEY": "bench-only-" + "k" * 60,
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DJANGO_SECURE_COOKIES": "false",
            "DJANGO_LOG_LEVEL": "WARNING",
            "DJANGO_REQUEST_LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(ROOT),
        }
        env.update(self.extra_env)
        env.update(overrides)
        return env

    def manage(self, *args: str, **env: str) -> str:
        result = subprocess.run(
            [PYTHON, "manage.py", *args], cwd=ROOT, env=self.env(**env), capture_output=True, text=True, check=False
        )
        if result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def shell(self, code: str, **env: str) -> str:
        return self.manage("shell", "-v", "0", "-c", code, **env)


def get(
    path: str, headers: dict[str, str] | None = None, timeout: float = 30, port: int = PORT
) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers.items()), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers.items()), error.read()


@dataclass
class Gunicorn:
    process: subprocess.Popen

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return sorted(int(pid) for pid in children.read_text().split()) if children.exists() else []

    def worker_rss_mib(self) -> list[float]:
        sizes = []
        for pid in self.worker_pids():
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    sizes.append(int(line.split()[1]) / 1024)
        return sizes


@contextmanager
def gunicorn(target: Target, port: int = PORT, **env: str) -> Iterator[Gunicorn]:
    """gunicorn with the bench settings on `port` (BASE_URL's by default), ready when this yields; stopped after."""
    log = open(ROOT / "bench" / ".gunicorn.log", "ab")  # noqa: SIM115 - kept open for the server's lifetime
    process = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "newsroom.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(WORKERS),
            "--timeout",
            "60",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=target.env(**env),
        stdout=log,
        stderr=log,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                # (Not /readyz: with the cache switched off for the cold runs, it rightly says the cache fails.)
                ready = get("/api/v1/timelines/", timeout=2, port=port)[0] == 200
                if ready and len(Gunicorn(process).worker_pids()) == WORKERS:
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"gunicorn did not start; see {ROOT / 'bench' / '.gunicorn.log'}")
            time.sleep(0.3)
        yield Gunicorn(process)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@contextmanager
def tier(target: Target, **env: str) -> Iterator[Gunicorn]:
    """The shared cache tier of `make serve`: Varnish (deploy/varnish/tasalsul.vcl) on PORT in front of gunicorn on
    APP_PORT, which purges it after each commit. Every client of the benchmarks then reads through the tier."""
    from bench.tier import Varnish

    tier_env = {"TASALSUL_VARNISH_URLS": BASE_URL, "TASALSUL_TRUSTED_PROXIES": "1", **env}
    with gunicorn(target, port=APP_PORT, **tier_env) as server:
        varnish = Varnish(backend_port=APP_PORT, port=PORT, memory="1g").start()
        try:
            varnish.wait_healthy()
            yield server
        finally:
            varnish.stop()


# --- The servers the fault tests stop and start -----------------------------------------------------------------


def postgresql(action: str) -> None:
    """stop or start the local PostgreSQL 15 cluster (Debian's pg_ctlcluster)."""
    # Fast shutdown: connected sessions (our pool's) are ended at once, as in a crash or a failover.
    subprocess.run(["pg_ctlcluster", "-m", "fast", "15", "main", action], check=True, capture_output=True)


def redis(action: str, port: int = 6379) -> None:
    if action == "stop":
        subprocess.run(["redis-cli", "-p", str(port), "shutdown", "nosave"], check=False, capture_output=True)
    else:
        subprocess.run(
            [
                *("redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "--port", str(port)),
                *("--save", "", "--appendonly", "no"),
            ],
            check=True,
            capture_output=True,
        )
        deadline = time.monotonic() + 10
        while subprocess.run(["redis-cli", "-p", str(port), "ping"], capture_output=True, text=True).stdout.strip() != (
            "PONG"
        ):
            if time.monotonic() > deadline:
                raise RuntimeError("Redis did not come back")
            time.sleep(0.1)

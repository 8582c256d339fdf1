"""Start Varnish (deploy/varnish/tasalsul.vcl) in front of an app server, for `make serve`, the bench and the
tests: on a free port, its own working directory, stopped with the process that started it."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

VCL = Path(__file__).resolve().parent.parent / "deploy" / "varnish" / "tasalsul.vcl"


def varnishd() -> str | None:
    return shutil.which("varnishd") or next(
        (path for path in ("/usr/sbin/varnishd", "/usr/local/sbin/varnishd") if os.path.exists(path)), None
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def vcl_for(backend_host: str, backend_port: int, probe_url: str = "/readyz") -> str:
    text = VCL.read_text()
    text = text.replace('.host = "127.0.0.1";', f'.host = "{backend_host}";', 1)
    text = text.replace('.port = "8001";', f'.port = "{backend_port}";', 1)
    return text.replace('.url = "/readyz";', f'.url = "{probe_url}";', 1)


class Varnish:
    """varnishd in the foreground, as a child process."""

    def __init__(
        self,
        backend_port: int,
        *,
        port: int | None = None,
        backend_host: str = "127.0.0.1",
        memory: str = "256m",
        probe_url: str = "/readyz",
    ) -> None:
        self.port = port or free_port()
        self.workdir = Path(tempfile.mkdtemp(prefix="tasalsul-varnish-"))
        os.chmod(self.workdir, 0o755)
        self.vcl = self.workdir / "tasalsul.vcl"
        self.vcl.write_text(vcl_for(backend_host, backend_port, probe_url))
        os.chmod(self.vcl, 0o644)
        self.memory = memory
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 20) -> Varnish:
        binary = varnishd()
        if binary is None:
            raise RuntimeError("varnishd not found (apt-get install varnish varnish-modules)")
        self.process = subprocess.Popen(
            [
                binary,
                "-F",
                "-n",
                str(self.workdir / "n"),
                "-a",
                f"127.0.0.1:{self.port}",
                "-f",
                str(self.vcl),
                "-s",
                f"malloc,{self.memory}",
                # Room for a page's surrogate keys (hundreds on a busy person's page).
                "-p",
                "http_resp_hdr_len=65536",
                "-p",
                "http_resp_size=131072",
                "-p",
                "workspace_backend=256k",
                "-p",
                "http_req_hdr_len=16384",
                # A purged page's next reader waits for the fresh copy rather than the whole queue re-asking.
                "-p",
                "default_grace=0",
                "-T",
                "none",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"varnishd exited: {self.process.stderr.read().decode()[-2000:]}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                return self
            time.sleep(0.2)
        raise RuntimeError("varnishd did not start listening")

    def wait_healthy(self, path: str = "/readyz", timeout: float = 10) -> None:
        """Until the app answers through the tier (the probe counts it healthy from the start: .initial =
        .threshold; readyz is never kept, so this asks the app itself)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(self.url + path, timeout=2) as response:
                    if response.status < 500:
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the app did not answer through Varnish at {self.url}{path}")
            time.sleep(0.2)

    def purge(self, *keys: str) -> int:
        request = urllib.request.Request(self.url + "/", method="PURGE", headers={"xkey-purge": " ".join(keys)})
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> Varnish:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

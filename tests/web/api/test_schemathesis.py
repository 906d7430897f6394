"""schemathesis fuzzes every operation of /api/v1/openapi.json against a real server (``icra
serve`` on a free port of 127.0.0.1, on the demo data of each database) as the coordinator,
who may do the most: no generated request may make a server error (5xx).

Bounded to keep CI fast: a fixed seed and MAX_EXAMPLES per operation. Revoking tokens is left
out, or the run would revoke its own token half-way and test nothing after."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.web.api.conftest import make_token
from tests.web.conftest import Site

MAX_EXAMPLES = 20
SEED = "2016"
STARTUP_SECONDS = 30


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def server(site: Site, tmp_path: Path) -> Iterator[str]:
    """The API's base URL on a running ``icra serve`` of the demo site."""
    port = free_port()
    log = tmp_path / "server.log"
    command = [sys.executable, "-c", "from icra.cli import main; main()", "--db", site.url, "serve"]
    with log.open("wb") as output:
        process = subprocess.Popen(
            [*command, "--port", str(port)],
            env={**os.environ, "ICRA_SECRET_KEY": "schemathesis"},
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}/api/v1"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not _serving(base):
            assert process.poll() is None, f"icra serve stopped: {log.read_text()}"
            assert time.monotonic() < deadline, f"icra serve did not answer in {STARTUP_SECONDS} s"
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def _serving(base: str) -> bool:
    try:
        return httpx.get(f"{base}/openapi.json", timeout=1).status_code == 200
    except httpx.TransportError:
        return False


def test_no_generated_request_is_a_server_error(server: str, site: Site, tmp_path: Path) -> None:
    secret = make_token(site, "coordinator")
    run = subprocess.run(
        [
            *(sys.executable, "-m", "schemathesis.cli", "run", f"{server}/openapi.json", "--url", server),
            *("--checks", "not_a_server_error", "--max-examples", str(MAX_EXAMPLES), "--seed", SEED),
            *("--header", f"Authorization: Bearer {secret}", "--exclude-path", "/tokens/{token_id}"),
        ],
        cwd=tmp_path,  # schemathesis may write reports where it runs: not in the repository
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    schema = httpx.get(f"{server}/openapi.json").json()
    operations = sum(len(methods) for methods in schema["paths"].values()) - 1  # all but revoking
    assert f"Tested: {operations}\n" in run.stdout

"""Running the project in a child process with its own environment (settings are read once).

The tests and the benchmarks (`bench/`) both start the site this way: `manage()` for one
command, `gunicorn_server()` for the site served over HTTP on loopback.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Variables a child must not inherit from the test run: each test states its own environment.
_CLEARED = {
    "DJANGO_DEBUG",
    "DJANGO_SECRET_KEY",
    "DJANGO_ALLOWED_HOSTS",
    "PROGRAMMES",
    "PROGRAMMES_BLOCKED",
    "DJANGO_SETTINGS_MODULE",
    # Set by the browser tests that query the database beside Playwright's event loop; a child
    # (a `check --deploy`, a server) must never inherit it.
    "DJANGO_ALLOW_ASYNC_UNSAFE",
}


def run_project(args: list[str], env: dict[str, str], timeout: int = 180):
    """Run `python <args>` in the repository with a clean, explicit environment."""
    child_env = {k: v for k, v in os.environ.items() if k not in _CLEARED}
    child_env.update(env)
    return subprocess.run(
        [sys.executable, *args],
        cwd=REPO,
        env=child_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def manage(*args: str, env: dict[str, str], timeout: int = 180):
    return run_project(["manage.py", *args], env=env, timeout=timeout)


# --- the site served by gunicorn ----------------------------------------------------------------


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now (the OS picks it)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_answers(url: str, server: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=5).read()  # noqa: S310 (our own loopback URL)
            return
        except OSError:
            if server.poll() is not None:
                raise RuntimeError(f"the server exited with {server.returncode}") from None
            if time.monotonic() > deadline:
                raise RuntimeError(f"the server did not answer {url} in {timeout:.0f} s") from None
            time.sleep(0.2)


@contextmanager
def gunicorn_server(
    env: dict[str, str],
    *,
    workers: int = 2,
    threads: int = 1,
    timeout: float = 60,
    quiet: bool = True,
) -> Iterator[str]:
    """Serve the project with gunicorn on a free 127.0.0.1 port; yield its base URL.

    `env` is the whole environment of the server (settings are read from it once). Returns
    only once `/healthz` answers; the server is stopped on leaving, whatever happened inside,
    and killed if it does not stop in time. Loopback only: nothing outside this machine sees it.
    """
    port = free_port()
    output = subprocess.DEVNULL if quiet else None
    server = subprocess.Popen(  # noqa: S603 (our own interpreter and arguments)
        [
            sys.executable,
            "-m",
            "gunicorn",
            "cluj_site.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--log-level",
            "warning",
        ],
        cwd=REPO,
        env=env,
        stdout=output,
        stderr=output,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_answers(f"{base_url}/healthz", server, timeout)
        yield base_url
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@contextmanager
def runserver_server(env: dict[str, str], port: int, *, timeout: float = 60) -> Iterator[str]:
    """Serve the project with `manage.py runserver` on `port` (a browser test's site); yield
    its base URL once `/healthz` answers. Like `run_project`, the child gets a clean
    environment plus `env`: the site's settings unless `env` names others."""
    child_env = {k: v for k, v in os.environ.items() if k not in _CLEARED}
    server = subprocess.Popen(  # noqa: S603 (our own interpreter and arguments)
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=REPO,
        env={**child_env, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_answers(f"{base_url}/healthz", server, timeout)
        yield base_url
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()

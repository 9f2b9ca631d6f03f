"""Running the project in a child process with its own environment (settings are read once)."""

from __future__ import annotations

import os
import subprocess
import sys
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

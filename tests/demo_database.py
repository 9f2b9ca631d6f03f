"""The demo as a SQLite file, built once per test run and copied wherever a test needs it.

`migrate` and `load_demo` in a child process take a minute or more, and the same demo is wanted
by the browser tests' server (one per pytest-xdist worker), the switched-off-programme tests, the
map's browser test and each test process's own in-memory demo (tests/demo_snapshot.py). The first
process to ask builds it, holding a file lock, in a folder all of the run's processes share; the
others wait on the lock and then copy the file. A demo is keyed by the environment it is built in
(settings module, blocked programmes, the import path that may add a programme), so two different
sites never share one.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

from tests.helpers import manage

# The long demo tables sampled, as everywhere in the suite (tests/settings.py says why).
DEMO_ENV = {"DJANGO_DEBUG": "1", "RATELIMIT_ENABLE": "0", "DEMO_SAMPLE": "3"}


def run_folder(tmp_path_factory, worker_id: str) -> Path:
    """A folder shared by this run's processes: under pytest-xdist the parent of the workers'
    own temporary folders (one per run, never reused); otherwise the run's own folder."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if worker_id != "master" else base


def built_demo(folder: Path, **env: str) -> tuple[Path, str]:
    """(the demo database file, what `load_demo` printed), built in `folder` unless a process of
    this run built it already. `env` is added to `DEMO_ENV`; the file must be copied, not used."""
    env = {**DEMO_ENV, **env}
    key_material = {**env, "PYTHONPATH": os.environ.get("PYTHONPATH", "")}
    key = hashlib.sha256(json.dumps(key_material, sort_keys=True).encode()).hexdigest()[:16]
    database = folder / f"demo-{key}.sqlite3"
    printed = folder / f"demo-{key}.out"
    with (folder / f"demo-{key}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not database.exists():
            building = folder / f"demo-{key}.building.sqlite3"
            building.unlink(missing_ok=True)
            for command in (["migrate", "--noinput"], ["load_demo"]):
                result = manage(
                    *command, env={**env, "DATABASE_URL": f"sqlite:///{building}"}, timeout=600
                )
                if result.returncode != 0:
                    raise RuntimeError(f"{' '.join(command)} failed:\n{result.stderr[-3000:]}")
            printed.write_text(result.stdout)
            building.rename(database)  # only a whole demo ever carries the final name
    return database, printed.read_text()


def copy_database(source: Path, destination) -> None:
    """Copy a SQLite database into `destination` (a path, or an open sqlite3 connection) with
    SQLite's online backup, which also takes whatever a write-ahead log still holds."""
    with contextlib.closing(sqlite3.connect(source)) as origin:
        if isinstance(destination, sqlite3.Connection):
            origin.backup(destination)
            return
        with contextlib.closing(sqlite3.connect(destination)) as target:
            origin.backup(target)


def copy_of_demo(folder: Path, destination: Path, base_url: str | None, **env: str) -> str:
    """Copy the run's demo (built with `env`) to `destination`, for a site served at `base_url`
    (if given): the default Site record takes that address, as `load_demo` gives it the
    configured one. Returns what `load_demo` printed."""
    database, printed = built_demo(folder, **env)
    copy_database(database, destination)
    if base_url is None:
        return printed
    address = urlsplit(base_url)
    with contextlib.closing(sqlite3.connect(destination)) as copy, copy:
        copy.execute(
            "UPDATE wagtailcore_site SET hostname = ?, port = ? WHERE is_default_site",
            (address.hostname, address.port or 80),
        )
    return printed

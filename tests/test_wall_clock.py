"""The suite does not depend on the hour it runs at.

The time-sensitive test modules run again in a subprocess whose clock starts at an instant that
broke them before (time-machine, through `TEST_NOW` in conftest.py): half past midnight in Cluj
on the night the clocks spring forward. Two traps are set at once. The local date is a day ahead
of UTC's, as every night after 22:00 UTC. The local day has 23 hours.

Other instants ran here too until the suite outgrew CI's half hour; each rerun costs minutes of
CI. New Year's half past midnight (the local year ahead of UTC's), early morning and late evening
of an ordinary day ("in three hours" crossing midnight at 21:30) are no longer checked here:
`TEST_NOW=2027-01-01T00:30+02:00 make test` checks one by hand.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.db import connection

REPOSITORY = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.runs_first

INSTANTS = {
    "00:30 on the spring-forward night": "2027-03-28T00:30:00+02:00",
}

# Every module whose tests build dates from "now": schedules and horizons, registration
# windows and retention, call deadlines and purges, search's date labels, the teams' dashboard.
TIME_SENSITIVE = [
    "tests/events",
    "tests/registrations/test_registration_flow.py",
    "tests/registrations/test_team_admin.py",
    "tests/opencalls/test_applying.py",
    "tests/opencalls/test_purge_and_admin_form.py",
    "tests/opencalls/test_translating_calls.py",
    "tests/search/test_results.py",
]


def _rerun_environment(instant: str) -> dict[str, str]:
    return {
        **os.environ,
        "TEST_NOW": instant,
        "DATABASE_URL": "",  # an in-memory SQLite database of its own
        "DJANGO_DEBUG": "1",
        "RATELIMIT_ENABLE": "0",
    }


@pytest.fixture(scope="module")
def reruns(tmp_path_factory):
    """The reruns at every instant, started at once when the module starts (`runs_first`), so
    they overlap the rest of the suite. Output goes to files (a pipe nobody reads while waiting
    could fill up and stall a child)."""
    folder = tmp_path_factory.mktemp("wall-clock")
    started = {}
    for number, instant in enumerate(INSTANTS.values()):
        output = (folder / f"{number}.out").open("w+")
        process = subprocess.Popen(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *TIME_SENSITIVE],
            cwd=REPOSITORY,
            env=_rerun_environment(instant),
            stdout=output,
            stderr=subprocess.STDOUT,
            text=True,
        )
        started[instant] = (process, output)
    yield started
    for process, output in started.values():
        if process.poll() is None:
            process.kill()
            process.wait()
        output.close()


@pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="the clock is Python's, not the database's: run once, in the SQLite run",
)
@pytest.mark.parametrize("instant", INSTANTS.values(), ids=INSTANTS.keys())
def test_time_sensitive_tests_pass_at_any_hour(instant, reruns):
    process, output = reruns[instant]
    returncode = process.wait(timeout=1200)
    output.seek(0)
    printed = output.read()
    summary = [line for line in printed.splitlines() if line.startswith(("FAILED", "ERROR"))]
    assert returncode == 0, "\n".join(summary) or printed[-3000:]

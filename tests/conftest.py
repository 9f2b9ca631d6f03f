"""Shared fixtures: the demo site, built once per test module and rolled back after it.

`TEST_NOW` (an ISO instant, e.g. `2026-12-02T05:30+02:00`) starts the whole run at that moment,
with the clock ticking on from there (time-machine): `TEST_NOW=... make test` shows whether a
test depends on the hour it runs at. `tests/test_wall_clock.py` does so at the awkward instants.
"""

from __future__ import annotations

import datetime
import io
import os

import pytest

from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction

# The fixture distribution of a sixth programme is a source tree, installed by the tests that
# need it, never collected as part of this suite.
collect_ignore = ["fixtures"]


def pytest_configure(config):
    if instant := os.environ.get("TEST_NOW"):
        import time_machine

        traveller = time_machine.travel(datetime.datetime.fromisoformat(instant), tick=True)
        traveller.start()
        config.add_cleanup(traveller.stop)


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The full demo content (`load_demo`), shared by a module's tests.

    Each test still runs in its own savepoint (the `db` fixture), so what a test writes is
    undone; the demo itself is rolled back when the module ends.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        cache.clear()  # Wagtail caches site root paths
        output = io.StringIO()
        call_command("load_demo", stdout=output)
        yield output.getvalue()
        transaction.set_rollback(True)
    cache.clear()

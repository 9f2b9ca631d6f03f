"""Shared fixtures: the demo site, built once per test module and rolled back after it."""

from __future__ import annotations

import io

import pytest

from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction


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

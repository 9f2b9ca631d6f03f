"""The demo, built once per test process and then copied in wherever a test module needs it.

`load_demo` creates every programme's pages through Wagtail (revisions, translations, search
index, occurrences): tens of seconds, and it grows with each programme's demo. Dozens of modules
need the demo and must each start from the same one, and the modules that do not need it must
start from the empty, migrated database. So the database as migrated (empty) is copied when the
session starts, and the first module that asks builds the demo once and copies it too. Entering
puts the demo copy in place, leaving puts the empty copy back; whatever a module wrote meanwhile
is gone with it. A transactional test ends by flushing every table, Wagtail's and Django's rows
made by migrations included (the root page, the default groups, permissions): `after_flush`
(called by the root conftest once such a test's teardown is done) puts back the demo inside a
module that uses it, else the empty copy, so no test depends on which tests ran before it.

- SQLite (an in-memory test database): the copies are in-memory databases, swapped with SQLite's
  online backup API (milliseconds). The demo itself is copied in from the run's demo file
  (tests/demo_database.py: built once for all the run's processes) unless the clock is moved
  (`TEST_NOW`: the child that builds the file would not see the moved clock).
- PostgreSQL: the copies are databases `<test db>_empty` and `<test db>_demo`, and the test
  database is dropped and re-created from one of them as a template (a second or so).
"""

from __future__ import annotations

import contextlib
import io
import sqlite3
from collections.abc import Callable
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection

from tests.demo_database import copy_database


class DemoSnapshot:
    def __init__(self, prebuilt: Callable[[], tuple[Path, str]] | None = None) -> None:
        """`prebuilt`, on SQLite, gives the demo as a file built by `load_demo` in a child
        process with the same settings (tests/demo_database.py), to copy in instead of building
        it here."""
        self.output: str | None = None  # what `load_demo` printed, once built
        self._prebuilt = prebuilt
        self._demo = None
        self._empty = self._copy("empty")  # the database as migrated, before any test
        self._inside = False  # within `entered()`

    def after_flush(self) -> None:
        self._restore(self._demo if self._inside else self._empty)
        cache.clear()

    @contextlib.contextmanager
    def entered(self):
        """The test database holds the demo inside the block, and is empty again after it."""
        if self.output is None:
            self._build()
        else:
            self._restore(self._demo)
        cache.clear()  # Wagtail caches site root paths
        self._inside = True
        try:
            yield self.output
        finally:
            self._inside = False
            self._restore(self._empty)
            cache.clear()

    def _build(self) -> None:
        if self._prebuilt is not None and connection.vendor == "sqlite":
            database, self.output = self._prebuilt()
            connection.ensure_connection()
            copy_database(database, connection.connection)
        else:
            output = io.StringIO()
            call_command("load_demo", stdout=output)
            self.output = output.getvalue()
        self._demo = self._copy("demo")

    def close(self) -> None:
        if connection.vendor == "postgresql":
            for name in filter(None, (self._empty, self._demo)):
                _postgres(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        else:
            for copy in filter(None, (self._empty, self._demo)):
                copy.close()

    # --- the two back ends ---------------------------------------------------------------------

    def _copy(self, label: str):
        if connection.vendor == "postgresql":
            name = f"{connection.settings_dict['NAME']}_{label}"
            connection.close()
            _postgres(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            _postgres(f'CREATE DATABASE "{name}" TEMPLATE "{connection.settings_dict["NAME"]}"')
            return name
        connection.ensure_connection()
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(copy)
        return copy

    def _restore(self, copy) -> None:
        # Cached content types would keep the ids a flush gave them, not the copy's.
        ContentType.objects.clear_cache()
        if connection.vendor == "postgresql":
            name = connection.settings_dict["NAME"]
            connection.close()
            _postgres(f'DROP DATABASE "{name}" WITH (FORCE)')
            _postgres(f'CREATE DATABASE "{name}" TEMPLATE "{copy}"')
            return
        connection.ensure_connection()
        copy.backup(connection.connection)


def _postgres(statement: str) -> None:
    """Runs outside the test database (on the server's maintenance database)."""
    with connection._nodb_cursor() as cursor:  # Django's own way for CREATE/DROP DATABASE
        cursor.execute(statement)

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

A programme's own tests build smaller demos of their own (its section, its festival, its
network) the same way: `built(label, build)` runs the build the first time a process asks for
that label and copies it in after (cms.testing.built_once says how a fixture asks).

- SQLite (an in-memory test database): the copies are in-memory databases, swapped with SQLite's
  online backup API (milliseconds). The demo itself is copied in from the run's demo file
  (tests/demo_database.py: built once for all the run's processes) unless the clock is moved
  (`TEST_NOW`: the child that builds the file would not see the moved clock).
- PostgreSQL: the copies are databases `<test db>_empty` and `<test db>_copy<n>`, and the test
  database is dropped and re-created from one of them as a template (a second or so).
"""

from __future__ import annotations

import contextlib
import copy
import io
import sqlite3
import sys
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
        self._copies: dict = {}  # label → the database as that build left it
        self._built: dict = {}  # label → what the build returned
        self._empty = self._copy("empty")  # the database as migrated, before any test
        self._inside: str | None = None  # the label of the copy in place, within `built()`

    def after_flush(self) -> None:
        self._restore(self._copies[self._inside] if self._inside else self._empty)
        cache.clear()

    @contextlib.contextmanager
    def entered(self):
        """The test database holds the demo inside the block, and is empty again after it."""
        with self.built("demo", self._build_demo):
            yield self.output

    @contextlib.contextmanager
    def built(self, label: str, build: Callable[[], object]):
        """The test database holds what `build()` made on the empty database (run the first
        time `label` is asked for in this process, copied in every later time) inside the
        block, and is empty again after it. Yields a deep copy of what `build()` returned, so
        a module that changes the objects leaves the next module the pristine ones."""
        if label in self._copies:
            self._restore(self._copies[label])
        else:
            cache.clear()
            self._built[label] = build()
            self._copies[label] = self._copy(label)
        cache.clear()  # Wagtail caches site root paths
        self._inside = label
        try:
            # The streams a builder prints to are shared, not copied.
            streams = (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__)
            yield copy.deepcopy(self._built[label], {id(s): s for s in streams})
        finally:
            self._inside = None
            self._restore(self._empty)
            cache.clear()

    def _build_demo(self) -> None:
        if self._prebuilt is not None and connection.vendor == "sqlite":
            database, self.output = self._prebuilt()
            connection.ensure_connection()
            copy_database(database, connection.connection)
        else:
            output = io.StringIO()
            call_command("load_demo", stdout=output)
            self.output = output.getvalue()

    def close(self) -> None:
        for database in (self._empty, *self._copies.values()):
            if connection.vendor == "postgresql":
                _postgres(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            else:
                database.close()

    # --- the two back ends ---------------------------------------------------------------------

    def _copy(self, label: str):
        if connection.vendor == "postgresql":
            # A build's label may be long or dotted: its copy is numbered instead (PostgreSQL's
            # names are short).
            suffix = "empty" if label == "empty" else f"copy{len(self._copies) + 1}"
            name = f"{connection.settings_dict['NAME']}_{suffix}"
            connection.close()
            _postgres(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            _postgres(f'CREATE DATABASE "{name}" TEMPLATE "{connection.settings_dict["NAME"]}"')
            return name
        connection.ensure_connection()
        database = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(database)
        return database

    def _restore(self, database) -> None:
        # Cached content types would keep the ids a flush gave them, not the copy's.
        ContentType.objects.clear_cache()
        if connection.vendor == "postgresql":
            name = connection.settings_dict["NAME"]
            connection.close()
            _postgres(f'DROP DATABASE "{name}" WITH (FORCE)')
            _postgres(f'CREATE DATABASE "{name}" TEMPLATE "{database}"')
            return
        connection.ensure_connection()
        database.backup(connection.connection)


def _postgres(statement: str) -> None:
    """Runs outside the test database (on the server's maintenance database)."""
    with connection._nodb_cursor() as cursor:  # Django's own way for CREATE/DROP DATABASE
        cursor.execute(statement)

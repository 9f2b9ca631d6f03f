"""Shared fixtures, for the tests under tests/ and each plugin's own: the demo site (built once per
process, copied in per module), the browser.

`TEST_NOW` (an ISO instant, e.g. `2026-12-02T05:30+02:00`) starts the whole run at that moment,
with the clock ticking on from there (time-machine): `TEST_NOW=... make test` shows whether a
test depends on the hour it runs at. `tests/test_wall_clock.py` does so at the awkward instants.
"""

from __future__ import annotations

import datetime
import os
import shutil

import pytest

from tests.demo_database import built_demo, run_folder
from tests.demo_snapshot import DemoSnapshot

# The fixture distribution of a sixth programme is a source tree, installed by the tests that
# need it, never collected as part of this suite.
collect_ignore = ["tests/fixtures"]


def pytest_configure(config):
    if instant := os.environ.get("TEST_NOW"):
        import time_machine

        traveller = time_machine.travel(datetime.datetime.fromisoformat(instant), tick=True)
        traveller.start()
        config.add_cleanup(traveller.stop)


RUN_ONCE_MARKERS = ("browser", "html_validation", "own_database")


def pytest_collection_modifyitems(config, items):
    """The modules marked `runs_first` (long suites of child processes) come first: `make test`
    hands whole modules out in collection order (`--no-loadscope-reorder`), so they start at once
    and overlap the rest of the run instead of finishing it alone.

    Browser tests run once, in the SQLite run: the pages they drive are served by a server of
    their own on its own SQLite database, so the PostgreSQL run would repeat them unchanged.
    So do the W3C Nu checks (the markup does not depend on the database) and the tests whose
    child processes run on SQLite files of their own (`own_database`)."""
    from django.conf import settings

    items.sort(key=lambda item: item.get_closest_marker("runs_first") is None)  # stable

    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        return
    skip = pytest.mark.skip(
        reason="browser, HTML and own-database checks run in the SQLite run (CI runs both)"
    )
    for item in items:
        if any(item.get_closest_marker(name) for name in RUN_ONCE_MARKERS):
            item.add_marker(skip)


_snapshots: dict[int, DemoSnapshot] = {}  # this process's, once made (its only key is 0)


@pytest.fixture(scope="session", autouse=True)
def demo_snapshot(django_db_setup, django_db_blocker, tmp_path_factory, worker_id):
    """The demo built once per test process (tests/demo_snapshot.py), entered per module.
    Made before the first test (autouse), so its copy of the migrated database is taken before
    any test could change it."""
    prebuilt = None
    if not os.environ.get("TEST_NOW"):

        def prebuilt():
            from django.conf import settings

            # Built as this process would build it: its settings, sample and programmes (a
            # subprocess suite may run on the site's own settings, or block a programme).
            same = {
                # Not settings.SETTINGS_MODULE: inside override_settings (a module's fixture
                # may build the demo first) that reads None.
                "DJANGO_SETTINGS_MODULE": os.environ["DJANGO_SETTINGS_MODULE"],
                "DEMO_SAMPLE": str(settings.DEMO_SAMPLE),
                **{
                    k: os.environ[k]
                    for k in ("PROGRAMMES", "PROGRAMMES_BLOCKED")
                    if k in os.environ
                },
            }
            return built_demo(run_folder(tmp_path_factory, worker_id), **same)

    with django_db_blocker.unblock():
        snapshot = _snapshots[0] = DemoSnapshot(prebuilt)
    yield snapshot
    with django_db_blocker.unblock():
        snapshot.close()


TRANSACTIONAL_FIXTURES = {"transactional_db", "live_server"}


def _is_transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction")) or bool(
        TRANSACTIONAL_FIXTURES & set(getattr(item, "fixturenames", ()))
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test ends by flushing every table, the rows its migrations made
    included (Wagtail's root page, groups, permissions). Once all its teardown is done (the
    flush comes last), the database is put back as it was: the demo for the next test of a
    module inside it, else as migrated. So no test depends on which tests ran before it in its
    process (pytest-xdist shares modules out in no fixed order)."""
    result = yield
    snapshot = _snapshots.get(0)
    # After the session's last test there is nothing to put back (and the copies are gone).
    if snapshot is not None and nextitem is not None and _is_transactional(item):
        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            snapshot.after_flush()
    return result


@pytest.fixture(scope="module")
def demo_site(demo_snapshot, django_db_blocker):
    """The full demo content (`load_demo`), shared by a module's tests; yields its output.

    Each test still runs in its own transaction (the `db` fixture), so what a test writes is
    undone; what the module's own fixtures write is gone when the module ends, with the demo.
    """
    with django_db_blocker.unblock(), demo_snapshot.entered() as output:
        yield output


# --- the browser: Debian's Chromium driven by Playwright -----------------------------------------
# One Chromium per test module, for every browser test wherever it lives: Playwright's
# synchronous API cannot start twice in one thread, and while it runs, its event loop makes
# Django refuse database calls from this thread, so it is stopped when the module ends.
# Skipped with a reason where Chromium is not installed (`apt-get install chromium`; `.ci/run`
# installs it).

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    if not shutil.which("chromium") and not shutil.os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


def _is_policy_violation(message) -> bool:
    return "Content Security Policy" in message.text or "Permissions-Policy" in message.text


@pytest.fixture
def page(browser):
    """A page whose every Content-Security-Policy (or Permissions-Policy) complaint fails the
    test: the site runs with its policy enforced, as in production."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    violations = []
    page.on("console", lambda m: _is_policy_violation(m) and violations.append(m.text))
    page.violations = violations
    yield page
    context.close()
    assert violations == [], violations

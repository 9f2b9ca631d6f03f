"""A real server with the demo content and Debian's Chromium driven by Playwright.

The `browser` and `page` fixtures live in the root conftest.py: one Chromium for the whole run,
shared with the kits' browser tests (two Playwright instances cannot run in one thread). The server is a child process on 127.0.0.1 with its own SQLite database, so the
browser sees exactly what a visitor would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.demo_database import DEMO_ENV, copy_of_demo, run_folder
from tests.helpers import free_port, manage, runserver_server


@pytest.fixture(scope="session")
def live_demo_env(tmp_path_factory):
    """The environment of the demo server (its database, its port), for `manage` commands."""
    folder = tmp_path_factory.mktemp("browser")
    port = free_port()
    return {
        **DEMO_ENV,
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        # Every email the site sends is a file here (`outbox`), for the tests that follow links.
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(folder / "outbox"),
    }


@pytest.fixture(scope="session")
def outbox(live_demo_env):
    """The emails the demo server has sent, oldest first, each as its text."""
    folder = Path(live_demo_env["EMAIL_FILE_PATH"])

    def messages() -> list[str]:
        files = sorted(folder.glob("*.log"), key=lambda path: path.stat().st_mtime_ns)
        return [path.read_text() for path in files]

    return messages


@pytest.fixture(scope="session")
def live_demo(live_demo_env, tmp_path_factory, worker_id):
    """Base URL of a demo site served by `runserver` in a child process, on a copy of the run's
    demo (tests/demo_database.py)."""
    env = live_demo_env
    base_url = env["WAGTAILADMIN_BASE_URL"]
    database = Path(env["DATABASE_URL"].removeprefix("sqlite:///"))
    copy_of_demo(run_folder(tmp_path_factory, worker_id), database, base_url)
    with runserver_server(env, int(base_url.rsplit(":", 1)[1])) as served:
        yield served


ADMIN_USERNAME = "admin-browser"
ADMIN_PASSWORD = "parola-de-test-4729"


@pytest.fixture(scope="session")
def admin_login(live_demo, live_demo_env):
    """A superuser in the demo server's database; returns a function that logs a page in."""
    result = manage(
        "createsuperuser",
        "--noinput",
        "--username",
        ADMIN_USERNAME,
        "--email",
        "admin-browser@cccluj.ro",
        env={**live_demo_env, "DJANGO_SUPERUSER_PASSWORD": ADMIN_PASSWORD},
    )
    assert result.returncode == 0, result.stderr

    def log_in(page) -> None:
        page.goto(live_demo + "/admin/login/")
        page.fill("#id_username", ADMIN_USERNAME)
        page.fill("#id_password", ADMIN_PASSWORD)
        with page.expect_navigation():
            page.locator("form button[type=submit]").first.click()

    return log_in

"""A real server with the demo content and Debian's Chromium driven by Playwright.

The `browser` and `page` fixtures live in the root conftest.py: one Chromium for the whole run,
shared with the kits' browser tests (two Playwright instances cannot run in one thread). The server is a child process on 127.0.0.1 with its own SQLite database, so the
browser sees exactly what a visitor would.
"""

from __future__ import annotations

import pytest

from tests.helpers import free_port, manage, runserver_server


@pytest.fixture(scope="session")
def live_demo_env(tmp_path_factory):
    """The environment of the demo server (its database, its port), for `manage` commands."""
    db = tmp_path_factory.mktemp("browser") / "db.sqlite3"
    port = free_port()
    return {
        "DJANGO_DEBUG": "1",
        "DATABASE_URL": f"sqlite:///{db}",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "RATELIMIT_ENABLE": "0",
        "DEMO_SAMPLE": "3",  # the long demo tables sampled, as in the rest of the suite
    }


@pytest.fixture(scope="session")
def live_demo(live_demo_env):
    """Base URL of a demo site served by `runserver` in a child process."""
    env = live_demo_env
    port = env["WAGTAILADMIN_BASE_URL"].rsplit(":", 1)[1]
    for command in (["migrate", "--noinput"], ["load_demo"]):
        result = manage(*command, env=env, timeout=300)
        assert result.returncode == 0, result.stderr
    with runserver_server(env, int(port)) as base_url:
        yield base_url


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

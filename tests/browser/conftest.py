"""A real server with the demo content and Debian's Chromium driven by Playwright.

Skipped with a reason where Chromium is not installed (`apt-get install chromium`; `.ci/run`
installs it). The server is a child process on 127.0.0.1 with its own SQLite database, so the
browser sees exactly what a visitor would.
"""

from __future__ import annotations

import shutil

import pytest

from tests.helpers import free_port, manage, runserver_server

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


@pytest.fixture(scope="session")
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

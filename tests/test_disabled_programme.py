"""A programme switched off while its pages exist: the site serves the rest, a check names them."""

from __future__ import annotations

import textwrap

import pytest

from tests.demo_database import DEMO_ENV, copy_of_demo, run_folder
from tests.helpers import manage, run_project

# Its child processes run on SQLite files of their own: once, in the SQLite run.
pytestmark = pytest.mark.own_database


@pytest.fixture(scope="module")
def database_with_every_programme(tmp_path_factory, worker_id):
    """A copy of the run's demo (tests/demo_database.py), built with every programme on."""
    path = tmp_path_factory.mktemp("orphans") / "db.sqlite3"
    copy_of_demo(run_folder(tmp_path_factory, worker_id), path, None)
    return {**DEMO_ENV, "DATABASE_URL": f"sqlite:///{path}"}


def test_system_check_names_the_pages_of_a_disabled_programme(database_with_every_programme):
    env = {**database_with_every_programme, "PROGRAMMES_BLOCKED": "hubs"}
    result = manage("check", env=env)
    assert result.returncode == 0, result.stderr  # a warning, not an error: the site still runs
    output = result.stdout + result.stderr
    assert "cms.W001" in output
    assert "'Huburi creative'" in output and "'Creative hubs'" in output
    assert "hubs.hubssectionpage" in output


def test_the_site_serves_everything_else_and_404s_the_orphans(database_with_every_programme):
    env = {
        **database_with_every_programme,
        "PROGRAMMES_BLOCKED": "hubs",
        "DJANGO_SETTINGS_MODULE": "cluj_site.settings",
        "DJANGO_ALLOWED_HOSTS": "testserver",
    }
    script = textwrap.dedent(
        """
        import django
        django.setup()
        from django.test import Client
        client = Client()
        # Anything that would lead a visitor to the switched-off programme's pages.
        traces = ("Huburi creative", "huburi-creative", "creative-hubs", "Culturepreneurs")
        for path in ("/ro/", "/en/", "/ro/academia-schimbarii/", "/ro/huburi-creative/",
                     "/en/creative-hubs/", "/sitemap.xml", "/ro/search/?q=huburi",
                     "/ro/search/?q=pitching", "/ro/search/suggestions/?q=pitching",
                     "/ro/calendar/", "/en/calendar/feed.ics"):
            response = client.get(path)
            content = response.content.decode()
            print(path, response.status_code, any(trace in content for trace in traces))
        """
    )
    result = run_project(["-c", script], env=env)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.strip().splitlines())
    assert lines["/ro/"] == "200 False"  # served, and the navigation leaves the section out
    assert lines["/en/"].startswith("200")
    assert lines["/ro/academia-schimbarii/"] == "200 False"
    assert lines["/ro/huburi-creative/"].startswith("404")
    assert lines["/en/creative-hubs/"].startswith("404")
    # The rest of the site no longer points at them.
    for path in (
        "/sitemap.xml",
        "/ro/search/?q=huburi",
        "/ro/search/?q=pitching",
        "/ro/search/suggestions/?q=pitching",
        "/ro/calendar/",
        "/en/calendar/feed.ics",
    ):
        assert lines[path] == "200 False", (path, lines[path])

"""The people and libraries kits' public pages in Chromium: no axe violations (WCAG 2.2 AA), the
filters and the audio player usable from the keyboard, the transcript on the page.

The kits' page types exist only in the test settings (tests/kit_apps), so this module starts its
own server with `tests.settings` on a database of its own, builds a programme's library and
mentors in it (the kits' test builders), and points the browser at it.
"""

from __future__ import annotations

import json

import pytest

from tests.helpers import free_port, manage, run_project, runserver_server

pytestmark = pytest.mark.browser

AXE_RULES = {"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}

BUILD = """
import json
import django

django.setup()
from django.utils import translation
from cms.plugin_manager import enabled_programmes
from cms.testing import make_home_pages
from tests.libraries.conftest import make_document, make_library, make_podcast, make_resource, make_topic
from tests.people.conftest import make_mentor, make_mentor_index, make_person, make_section

with translation.override("ro"):
    home, _en = make_home_pages()
    section = make_section(home, list(enabled_programmes())[0])
    library = make_library(section)
    make_resource(library, topics=[make_topic("Leadership", "leadership")])
    podcast = make_podcast(library, make_document("episodul-3.mp3", "Episodul 3"))
    index = make_mentor_index(section)
    link = {"url": "https://example.org/", "label": "Portofoliu"}
    mentor = make_mentor(index, make_person(links=[("link", link)]))
pages = {"library": library, "podcast": podcast, "index": index, "mentor": mentor}
print(json.dumps({name: page.url for name, page in pages.items()}))
"""


@pytest.fixture(scope="module")
def kit_site(tmp_path_factory):
    """(base URL, {name: path}) of a server running the test settings with the kits' pages."""
    folder = tmp_path_factory.mktemp("kits")
    port = free_port()
    env = {
        "DJANGO_DEBUG": "1",
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(folder / "media"),
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "RATELIMIT_ENABLE": "0",
    }
    result = manage("migrate", "--noinput", env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    built = run_project(["-c", BUILD], env=env, timeout=300)
    assert built.returncode == 0, built.stderr
    paths = json.loads(built.stdout.strip().splitlines()[-1])
    # The test settings come from `env`, never from this process's DJANGO_SETTINGS_MODULE.
    with runserver_server(env, port) as base_url:
        yield base_url, paths


@pytest.mark.parametrize("name", ["library", "podcast", "index", "mentor"])
def test_the_kit_pages_have_no_accessibility_violations(page, kit_site, name):
    from axe_playwright_python.sync_playwright import Axe

    base_url, paths = kit_site
    response = page.goto(base_url + paths[name])
    assert response.status == 200
    assert page.locator("h1").count() == 1
    results = Axe().run(page, options=AXE_RULES)
    assert results.violations_count == 0, results.generate_report()


def test_the_library_filters_work_from_the_keyboard_and_their_errors_have_no_violations(
    page, kit_site
):
    from axe_playwright_python.sync_playwright import Axe

    base_url, paths = kit_site
    page.goto(base_url + paths["library"])
    page.get_by_label("Tip").select_option("podcast_episode")
    page.get_by_role("button", name="Arată intrările").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**kind=podcast_episode**")
    assert page.locator(".directory-entries .directory-entry").count() == 1

    page.goto(base_url + paths["library"] + "?kind=necunoscut")
    assert page.locator(".error-summary").is_visible()
    results = Axe().run(page, options=AXE_RULES)
    assert results.violations_count == 0, results.generate_report()


def test_the_audio_player_is_reached_by_keyboard_and_the_transcript_is_on_the_page(page, kit_site):
    base_url, paths = kit_site
    page.goto(base_url + paths["podcast"])
    assert page.locator("audio[controls]").count() == 1
    assert page.get_by_role("heading", name="Transcriere").is_visible()
    assert page.get_by_text("Bun venit la Academia Schimbării").is_visible()
    for _ in range(60):  # Tab through the page until the player has the focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "AUDIO":
            break
    assert page.evaluate("document.activeElement.tagName") == "AUDIO"

"""A map page of the places kit in a real browser, in Romanian and English: no axe violations
with JavaScript on or off, one marker per GeoJSON feature, a marker reachable with Tab whose
popup link Enter reaches, the list alone (without JavaScript) also without violations, no
console errors, and no request to any host but the site and the
tile server. Tiles are refused in the test (it runs offline): the list is still there.

The server runs the test settings (the throw-away `kit_places` types) on the demo content, with
the map built by `tests.places.conftest.make_map`.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from tests.demo_database import DEMO_ENV, copy_of_demo, run_folder
from tests.helpers import free_port, manage, runserver_server

pytestmark = pytest.mark.browser

AXE_RULES = {"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}
TILE_HOST = "tile.openstreetmap.org"
DENSE = 12
ADMIN = ("harta-admin", "parola-harta-4729")
MAKE_MAP = (
    "import json; from django.contrib.auth import get_user_model; "
    "from tests.places.conftest import make_map, dense_places; made = make_map(); "
    f"dense = make_map(places=dense_places({DENSE}), slugs=('harta-densa', 'dense-map')); "
    f"get_user_model().objects.create_superuser('{ADMIN[0]}', 'harta@cccluj.ro', '{ADMIN[1]}'); "
    "print(json.dumps({'ro': made['ro_map'].url, 'en': made['en_map'].url, "
    "'dense': dense['ro_map'].url, 'edit': f\"/admin/pages/{made['ro'][0].pk}/edit/\"}))"
)


@pytest.fixture(scope="module")
def map_site(tmp_path_factory, worker_id):
    """(base URL, {"ro": path, "en": path}) of a server with a map of three schools, on a copy
    of the run's demo (tests/demo_database.py) with the kits' test page types."""
    port = free_port()
    database = tmp_path_factory.mktemp("maps") / "db.sqlite3"
    base_url = f"http://127.0.0.1:{port}"
    settings_module = {"DJANGO_SETTINGS_MODULE": "tests.settings"}
    copy_of_demo(run_folder(tmp_path_factory, worker_id), database, base_url, **settings_module)
    env = {
        **DEMO_ENV,
        **settings_module,
        "DATABASE_URL": f"sqlite:///{database}",
        "WAGTAILADMIN_BASE_URL": base_url,
    }
    result = manage("shell", "-c", MAKE_MAP, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    paths = json.loads(result.stdout.strip().splitlines()[-1])
    with runserver_server(env, port) as base_url:
        yield base_url, paths


class Visit:
    """A page whose requests and console errors are recorded, with the tiles refused."""

    def __init__(self, context, base_url: str):
        self.page = context.new_page()
        self.hosts: set[str] = set()
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.hosts.add(urlsplit(request.url).netloc))
        self.page.on("console", self._console)
        self.page.route(f"https://{TILE_HOST}/**", lambda route: route.abort())
        self.server_host = urlsplit(base_url).netloc

    def _console(self, message) -> None:
        refused_tile = TILE_HOST in (message.location or {}).get("url", "")
        if message.type == "error" and not refused_tile:
            self.errors.append(message.text)


@pytest.fixture
def visit(browser, map_site):
    contexts = []

    def open_page(*, javascript: bool = True) -> Visit:
        context = browser.new_context(
            viewport={"width": 1280, "height": 900}, java_script_enabled=javascript
        )
        contexts.append(context)
        return Visit(context, map_site[0])

    yield open_page
    for context in contexts:
        context.close()


def drawn_marker_count(page) -> int:
    """Markers on the map, a cluster counting for the places it holds."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.leaflet-marker-icon')].reduce(
            (sum, icon) => sum + (icon.classList.contains('marker-cluster')
                ? parseInt(icon.textContent, 10) : 1), 0)"""
    )


@pytest.mark.parametrize("language", ["ro", "en"])
def test_the_map_draws_one_marker_per_feature_and_passes_axe(visit, map_site, language):
    from axe_playwright_python.sync_playwright import Axe

    base_url, paths = map_site
    tab = visit()
    page = tab.page
    page.goto(base_url + paths[language])
    page.wait_for_selector(".place-marker")
    document = page.request.get(base_url + paths[language] + "geojson/").json()
    assert len(document["features"]) == 2
    assert drawn_marker_count(page) == len(document["features"])
    assert page.locator(".place-list__item").count() == 3  # tiles refused: the list is there

    results = Axe().run(page, options=AXE_RULES)
    assert results.violations_count == 0, results.generate_report()
    assert not tab.errors
    assert tab.hosts <= {tab.server_host, TILE_HOST}, tab.hosts


@pytest.mark.parametrize("language", ["ro", "en"])
def test_without_javascript_the_list_is_the_page(visit, map_site, language):
    base_url, paths = map_site
    page = visit(javascript=False).page
    page.goto(base_url + paths[language])
    assert page.locator(".place-list__item").count() == 3
    assert page.locator(".place-list__name a").count() == 3
    assert page.locator(".place-list__osm a").count() == 2
    assert not page.locator("[data-place-map]").is_visible()


@pytest.mark.parametrize("language", ["ro", "en"])
def test_without_the_pages_scripts_the_list_passes_axe(visit, map_site, language):
    """axe itself needs JavaScript (a context without it cannot run axe), so the page's own
    scripts are refused instead: the page is what a browser without JavaScript shows (it has
    no inline script)."""
    from axe_playwright_python.sync_playwright import Axe

    base_url, paths = map_site
    tab = visit()
    page = tab.page
    refused = []
    page.route("**/*.js", lambda route: (refused.append(route.request.url), route.abort()))
    page.goto(base_url + paths[language])
    assert any(url.endswith("/map.js") for url in refused)
    assert not page.locator("[data-place-map]").is_visible()
    assert page.locator(".place-list__item").count() == 3
    results = Axe().run(page, options=AXE_RULES)
    assert results.violations_count == 0, results.generate_report()


def test_dense_places_cluster_and_every_cluster_is_a_named_button(visit, map_site):
    from axe_playwright_python.sync_playwright import Axe

    base_url, paths = map_site
    tab = visit()
    page = tab.page
    page.goto(base_url + paths["dense"])
    clusters = page.locator(".marker-cluster")
    clusters.first.wait_for()
    assert drawn_marker_count(page) == DENSE
    label = clusters.first.get_attribute("aria-label")
    assert label.endswith("locuri: măriți pentru a le vedea"), label
    assert clusters.first.get_attribute("role") == "button"
    results = Axe().run(page, options=AXE_RULES)
    assert results.violations_count == 0, results.generate_report()
    assert page.locator(".place-list__item").count() == DENSE
    assert not tab.errors


def test_tab_reaches_a_marker_and_enter_opens_its_popup_link(visit, map_site):
    base_url, paths = map_site
    tab = visit()
    page = tab.page
    page.goto(base_url + paths["en"])
    page.wait_for_selector(".place-marker")
    page.focus("[data-place-map]")
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "({cls: document.activeElement.className, name: document.activeElement.getAttribute('aria-label')})"
    )
    assert "leaflet-marker-icon" in focused["cls"]
    assert focused["name"] in {"Onisifor Ghibu High School", "Telciu Summer School"}

    page.keyboard.press("Enter")
    link = page.locator(".leaflet-popup-content a")
    link.wait_for()
    assert link.inner_text() == focused["name"]
    assert page.evaluate("document.activeElement.closest('.leaflet-popup-content') !== null")
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/**/")
    assert page.locator("h1").inner_text() == focused["name"]
    assert not tab.errors


def test_the_admin_picker_writes_the_coordinates_an_editor_clicks(visit, map_site):
    base_url, paths = map_site
    tab = visit()
    page = tab.page
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", ADMIN[0])
    page.fill("#id_password", ADMIN[1])
    with page.expect_navigation():
        page.locator("form button[type=submit]").first.click()
    page.goto(base_url + paths["edit"])
    page.locator(".coordinates-picker__map .leaflet-marker-icon").wait_for()
    latitude, longitude = page.locator("#id_latitude"), page.locator("#id_longitude")
    assert (latitude.input_value(), longitude.input_value()) == ("46.772750", "23.596210")

    canvas = page.locator(".coordinates-picker__map")
    box = canvas.bounding_box()
    # Below and to the right of the marker (the zoom buttons are top left).
    canvas.click(position={"x": box["width"] * 0.8, "y": box["height"] * 0.8})
    moved = (latitude.input_value(), longitude.input_value())
    assert float(moved[0]) < 46.772750 and float(moved[1]) > 23.596210, moved
    assert all(len(value.split(".")[1]) == 6 for value in moved)
    assert not tab.errors
    assert tab.hosts <= {tab.server_host, TILE_HOST}, tab.hosts

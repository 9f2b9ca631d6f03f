"""The directory in a real browser: no axe violations (WCAG 2.2 AA) with JavaScript on and off,
on the list, a filtered selection and a refused one; the filter form used with the keyboard."""

from __future__ import annotations

import pytest

from django.core.cache import cache

from cms.testing import make_home_pages
from tests.directories.conftest import _sections, build_directory

pytestmark = [
    pytest.mark.browser,
    # On SQLite the test database lives in memory, shared with the live server's threads;
    # Django's request threads then try to close that shared connection when they end and
    # warn that it belongs to another thread. The pages were served; nothing failed.
    pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning"),
]

AXE_RULES = {"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}


@pytest.fixture(scope="module", autouse=True)
def database_beside_playwright():
    """Playwright's synchronous API keeps an event loop in this thread, and Django then refuses
    database calls from it. Here the test's own calls are plain and sequential (the server
    answers from its own thread), so Django's guard is lifted while these tests run."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
        yield


@pytest.fixture
def live_directory(transactional_db, live_server):
    cache.clear()
    directory = build_directory(_sections(make_home_pages()))
    cache.clear()
    return live_server.url + directory.url


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
@pytest.mark.parametrize(
    "query",
    ["", "?kind=school&locality=Cluj-Napoca&page=2", "?near=Telciu", "?kind=castle"],
    ids=["list", "filtered", "by-distance", "refused"],
)
def test_the_directory_has_no_accessibility_violations(browser, live_directory, javascript, query):
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(java_script_enabled=javascript)
    try:
        page = context.new_page()
        response = page.goto(live_directory + query)
        assert response.status == (400 if "castle" in query else 200)
        if not javascript:
            # axe itself is a script: run it in a second, scripted page over the same HTML.
            html = page.content()
            scripted = browser.new_context().new_page()
            scripted.goto(live_directory + query)
            scripted.set_content(html)
            page = scripted
        results = Axe().run(page, options=AXE_RULES)
        assert results.violations_count == 0, results.generate_report()
    finally:
        context.close()


def test_the_filter_form_is_used_with_the_keyboard_alone(browser, live_directory):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_directory)
        page.locator("#directory-kind").focus()
        page.keyboard.press("ArrowDown")  # "All" → the first kind
        page.keyboard.press("ArrowDown")
        assert page.locator("#directory-kind").input_value() in {
            "school",
            "kindergarten",
            "library",
        }
        page.locator("#directory-kind").select_option("library")
        page.locator(".directory-filters button[type=submit]").focus()
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert "kind=library" in page.url
        assert page.locator(".directory-entry").count() == 2
        removal = page.locator(".directory-chosen li a").first
        removal.focus()
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert "kind=" not in page.url
        assert page.locator(".directory-entry").count() == 5
    finally:
        context.close()


def test_the_map_of_a_filtered_directory_draws_its_places_and_passes_axe(browser, live_directory):
    """With JavaScript, the directory's map appears under its filters and draws one marker per
    place the filters chose (tiles refused: the test runs offline), with no axe violation."""
    import json
    import urllib.request

    from axe_playwright_python.sync_playwright import Axe

    from tests.browser.test_place_maps import drawn_marker_count

    query = "?kind=school"
    features = json.load(urllib.request.urlopen(live_directory + "map.geojson" + query))["features"]
    context = browser.new_context()
    try:
        page = context.new_page()
        page.route("https://*.openstreetmap.org/**", lambda route: route.abort())
        page.goto(live_directory + query)
        page.wait_for_selector("section.place-map:not([hidden]) .place-marker")
        assert drawn_marker_count(page) == len(features) > 0
        results = Axe().run(page, options=AXE_RULES)
        assert results.violations_count == 0, results.generate_report()
    finally:
        context.close()

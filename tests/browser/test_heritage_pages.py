"""România Remarcabilă in Chromium: its filtered lists, map and proposal form have no axe
violations (WCAG 2.2 AA) with JavaScript and without it, and the network map draws exactly what
its list shows. (One page of every type in both languages: tests/browser/test_every_page_type.py.)"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

AXE_RULES = {"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}
# One plain page of each type in both languages: tests/browser/test_every_page_type.py. Here,
# the states only this programme has: filtered lists, the map, a refused filter, the proposal form.
PAGES = [
    "/en/remarkable-romania/communes/?county=Cluj",
    "/en/remarkable-romania/producers/?craft=woodwork",
    "/ro/romania-remarcabila/harta/",
    "/en/remarkable-romania/map/?layer=sites&category=church",
    "/ro/romania-remarcabila/harta/?county=Atlantida",  # the filters refused: 400
    "/ro/romania-remarcabila/comune/bontida/propose/",
    "/en/remarkable-romania/communes/bontida/propose/",
]


def axe_violations(page) -> tuple[int, str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options=AXE_RULES)
    return results.violations_count, results.generate_report()


@pytest.mark.parametrize("path", PAGES)
def test_the_pages_have_no_accessibility_violations_with_javascript(page, live_demo, path):
    response = page.goto(live_demo + path)
    assert response.status == (400 if "Atlantida" in path else 200), path
    count, report = axe_violations(page)
    assert count == 0, report


MAP_PAGES = [p for p in PAGES if "harta" in p or "/map/" in p]


@pytest.mark.parametrize("path", MAP_PAGES)
def test_without_javascript_the_list_is_the_whole_map_page(browser, live_demo, path):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, java_script_enabled=False
    )
    try:
        page = context.new_page()
        page.goto(live_demo + path)
        if "Atlantida" not in path:
            assert page.locator(".network-layer__link").count() > 0
        assert not page.locator("[data-place-map]").is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("path", MAP_PAGES)
def test_without_the_pages_scripts_the_map_page_passes_axe(page, live_demo, path):
    """axe itself needs JavaScript, so the page's own scripts are refused instead (as the
    places kit's browser tests do): what remains is what a browser without JavaScript shows."""
    refused = []
    page.route("**/*.js", lambda route: (refused.append(route.request.url), route.abort()))
    page.goto(live_demo + path)
    assert not page.locator("[data-place-map]").is_visible()
    count, report = axe_violations(page)
    assert count == 0, report


@pytest.mark.parametrize("query", ["", "?county=Cluj", "?layer=producers&craft=food"])
def test_the_map_draws_what_the_list_shows(page, live_demo, query):
    page.goto(live_demo + "/ro/romania-remarcabila/harta/" + query)
    page.wait_for_selector("#network-map[data-markers]", timeout=15000)
    drawn = int(page.get_attribute("#network-map", "data-markers"))
    assert drawn == page.locator(".network-layer__link").count() > 0
    count, report = axe_violations(page)
    assert count == 0, report

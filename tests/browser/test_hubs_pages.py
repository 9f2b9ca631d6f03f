"""Huburi creative in Chromium: a filtered directory and "Add your hub" have no axe violations
(WCAG 2.2 AA; every page type in both languages: tests/browser/test_every_page_type.py); without its scripts the hub directory still passes axe and lists every hub its
map feed holds; with them, the map draws one marker per listed hub. (The directory kit's own
browser tests cover the filter form by keyboard on a throw-away directory.)"""

from __future__ import annotations

import json
import urllib.request

import pytest

from tests.browser.test_heritage_pages import axe_violations

pytestmark = pytest.mark.browser

DIRECTORY = {"ro": "/ro/huburi-creative/harta-huburilor/", "en": "/en/creative-hubs/map-of-hubs/"}
# One plain page of each type in both languages: tests/browser/test_every_page_type.py.
PAGES = [
    DIRECTORY["en"] + "?country=DE",
    "/ro/huburi-creative/harta-huburilor/propose/",
    "/en/creative-hubs/map-of-hubs/propose/",
]


@pytest.mark.parametrize("path", PAGES)
def test_the_pages_have_no_accessibility_violations(page, live_demo, path):
    page.route("https://*.openstreetmap.org/**", lambda route: route.abort())
    response = page.goto(live_demo + path)
    assert response.status == 200, path
    count, report = axe_violations(page)
    assert count == 0, report


def feed_names(live_demo: str, path: str) -> list[str]:
    with urllib.request.urlopen(live_demo + path + "map.geojson") as response:
        return sorted(f["properties"]["name"] for f in json.load(response)["features"])


@pytest.mark.parametrize("language", ["ro", "en"])
def test_without_scripts_the_directory_lists_every_hub_of_its_map_and_passes_axe(
    page, live_demo, language
):
    path = DIRECTORY[language]
    page.route("**/*.js", lambda route: route.abort())
    page.goto(live_demo + path)
    listed = sorted(
        name.strip() for name in page.locator(".directory-entry__title").all_inner_texts()
    )
    assert listed == feed_names(live_demo, path) != []
    count, report = axe_violations(page)
    assert count == 0, report


def test_with_scripts_the_map_draws_one_marker_per_listed_hub(page, live_demo):
    from tests.browser.test_place_maps import drawn_marker_count

    path = DIRECTORY["ro"]
    page.route("https://*.openstreetmap.org/**", lambda route: route.abort())
    page.goto(live_demo + path)
    page.wait_for_selector("section.place-map:not([hidden]) .place-marker")
    assert drawn_marker_count(page) == len(feed_names(live_demo, path)) > 0

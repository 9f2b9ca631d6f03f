"""Arta în Joacă's school network and teachers' library in Chromium: no axe violations
(WCAG 2.2 AA) with the map drawn and without JavaScript (the list is the whole page)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

AXE_RULES = {"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}
# One plain page of each type in both languages: tests/browser/test_every_page_type.py.
PAGES = [
    "/en/art-at-play/cluj-school-network/?status=joining",
]


@pytest.mark.parametrize("path", PAGES)
def test_the_networks_pages_have_no_accessibility_violations(page, live_demo, path):
    from axe_playwright_python.sync_playwright import Axe

    response = page.goto(live_demo + path)
    assert response.status == 200, path
    results = Axe().run(page, options=AXE_RULES)
    assert results.violations_count == 0, results.generate_report()


def test_the_map_draws_every_school_with_coordinates(page, live_demo):
    page.goto(live_demo + "/ro/arta-in-joaca/reteaua-scolilor/")
    page.wait_for_selector(".leaflet-marker-icon, .marker-cluster", timeout=15000)
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options=AXE_RULES)
    assert results.violations_count == 0, results.generate_report()

"""Academia Schimbării in Chromium: its library narrowed by a filter has no axe violations
(WCAG 2.2 AA; every page type in both languages: tests/browser/test_every_page_type.py), and an
edition read without JavaScript still shows its timeline and modules."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

AXE_RULES = {"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}
# One plain page of each type in both languages: tests/browser/test_every_page_type.py. Here,
# the library narrowed by a filter, as a visitor leaves it.
PAGES = [
    "/ro/academia-schimbarii/biblioteca/?kind=podcast_episode",
    "/en/change-academy/library/?kind=toolkit",
]


def run_axe(page) -> None:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options=AXE_RULES)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("path", PAGES)
def test_the_academy_pages_have_no_accessibility_violations(page, live_demo, path):
    response = page.goto(live_demo + path)
    assert response.status == 200, path
    run_axe(page)


def test_without_javascript_an_edition_shows_its_timeline_and_modules(browser, live_demo):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_demo + "/en/change-academy/training-and-mentoring/")
        assert page.locator("ol.timeline li").count() >= 6
        assert page.locator(".module-list li").count() == 4
        page.locator(".module-list a").first.click()
        assert page.locator(".session-list li").count() >= 1
    finally:
        context.close()

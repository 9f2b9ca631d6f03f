"""Academia Schimbării's editions, modules, sessions, mentors, library, residency rounds and
Forum in Chromium, in both languages: no axe violations (WCAG 2.2 AA); and an edition read
without JavaScript still shows its timeline and modules."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

AXE_RULES = {"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}
PAGES = [
    "/ro/academia-schimbarii/formare-si-mentorat/",
    "/en/change-academy/business-to-culture-programme/",
    "/ro/academia-schimbarii/formare-si-mentorat/ateliere-leadership/",
    "/en/change-academy/training-and-mentoring/masterclass-dezvoltarea-publicului/",
    "/ro/academia-schimbarii/formare-si-mentorat/ateliere-leadership/atelier-leadership-1/",
    "/en/change-academy/training-and-mentoring/masterclass-dezvoltarea-publicului/masterclass-public/",
    "/ro/academia-schimbarii/mentori/",
    "/en/change-academy/mentors/",
    "/ro/academia-schimbarii/mentori/ilinca-muresan/",
    "/en/change-academy/mentors/tudor-vlad/",
    "/ro/academia-schimbarii/biblioteca/",
    "/en/change-academy/library/",
    "/ro/academia-schimbarii/biblioteca/podcast-cultura-serviciu-public/",
    "/en/change-academy/library/podcast-culture-as-a-public-service/",
    "/ro/academia-schimbarii/runda-cluj-in-rezidenta/",
    "/en/change-academy/cluj-in-residence-round/",
    "/ro/academia-schimbarii/runda-cluj-in-rezidenta/irina-pop/",
    "/en/change-academy/cluj-in-residence-round/irina-pop/",
    "/ro/academia-schimbarii/forumul-academiei-schimbarii/",
    "/en/change-academy/academy-of-change-forum/",
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

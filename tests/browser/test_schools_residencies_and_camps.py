"""Arta în Joacă's residencies, artists, event kinds, calls and the guardian's camp
registration in Chromium, in both languages: no axe violations (WCAG 2.2 AA)."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

AXE_RULES = {"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}
PAGES = [
    "/ro/arta-in-joaca/artisti-in-rezidenta/",
    "/en/art-at-play/artists-in-residence/",
    "/ro/arta-in-joaca/artisti-in-rezidenta/ana-bogdan/",
    "/en/art-at-play/artists-in-residence/mihai-szabo/",
    "/ro/arta-in-joaca/artisti-in-rezidenta/harta-curtii-scolii/",
    "/en/art-at-play/artists-in-residence/teatru-forum-transilvania/",
    "/ro/arta-in-joaca/reteaua-scolilor/colegiul-transilvania/",
    "/en/art-at-play/cluj-school-network/marisel-demo/",
    "/ro/arta-in-joaca/tabara-de-vara-marisel/",
    "/en/art-at-play/summer-camp-marisel/",
    "/ro/arta-in-joaca/atelier-harta-curtii/",
    "/en/art-at-play/atelier-online-povesti-desenate/",
    "/ro/arta-in-joaca/formare-pre-texts-toamna/",
    "/en/art-at-play/autumn-pre-texts-training/",
    "/ro/arta-in-joaca/apel-artisti-in-rezidenta/",
    "/en/art-at-play/call-pre-texts-teachers/",
]


def run_axe(page) -> None:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options=AXE_RULES)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("path", PAGES)
def test_the_programmes_new_pages_have_no_accessibility_violations(page, live_demo, path):
    response = page.goto(live_demo + path)
    assert response.status == 200, path
    run_axe(page)


@pytest.mark.parametrize(
    "camp", ["/ro/arta-in-joaca/tabara-de-vara-marisel/", "/en/art-at-play/summer-camp-marisel/"]
)
def test_the_guardians_camp_form_and_its_errors_have_no_accessibility_violations(
    page, live_demo, camp
):
    html = page.goto(live_demo + camp).text()
    register = re.search(r'href="([^"]*/register/\d+/)"', html)
    assert register, "the camp takes registrations"
    page.goto(live_demo + register.group(1))
    assert page.locator('input[name="child_first_name"]').count() == 1
    run_axe(page)
    page.fill('input[name="child_age"]', "3")
    page.locator("form.registration-form button[type=submit]").click()
    page.wait_for_selector(".error-summary")
    run_axe(page)

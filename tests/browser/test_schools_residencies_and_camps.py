"""Arta în Joacă's guardian's camp registration in Chromium, in both languages, with its errors:
no axe violations (WCAG 2.2 AA). The programme's residencies, artists, event kinds and calls are
checked with every other page type in tests/browser/test_every_page_type.py."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

AXE_RULES = {"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}


def run_axe(page) -> None:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options=AXE_RULES)
    assert results.violations_count == 0, results.generate_report()


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

"""The newsletter's signup box in a real browser: its error and thank-you pages have no axe
violations, and it works without JavaScript (errors by the field, then the thank-you page).
The box itself is on every page type and checked there with the whole page
(tests/browser/test_every_page_type.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

AXE_RULES = {"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}


def offline(page, live_demo: str):
    """Only the demo server answers: map tiles and anything else outside are refused at once
    (the test runs offline; a blackholed tile request would hold the page's load event)."""
    page.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith(live_demo) else route.abort()
        ),
    )
    page.set_default_timeout(20_000)


LABELS = {
    "ro": ("E-mail", "Abonează-mă", "Verificați e-mailul"),
    "en": ("Email", "Subscribe", "Check your email"),
}


def sign_up_through_the_box(page, live_demo: str, language: str, check=None) -> None:
    """A bad address from the home page's box, then a good one on the page that explains."""
    email_label, button, thanks = LABELS[language]
    page.goto(f"{live_demo}/{language}/")
    box = page.locator(".newsletter-signup")
    box.get_by_label(email_label).fill("nu-e-adresa")
    box.get_by_role("button", name=button).click()
    assert page.locator(".error-summary").is_visible()
    assert page.locator("#newsletter-email_error").is_visible()
    if check:
        check(page)
    main = page.locator("main")
    main.get_by_label(email_label).fill(f"browser.{language}.{id(page)}@example.org")
    main.get_by_role("button", name=button).click()
    assert page.get_by_role("heading", level=1).inner_text() == thanks
    if check:
        check(page)


@pytest.mark.parametrize("language", ["ro", "en"])
def test_the_signup_error_and_thank_you_pages_have_no_violations(page, live_demo, language):
    from axe_playwright_python.sync_playwright import Axe

    def no_violations(page) -> None:
        results = Axe().run(page, options=AXE_RULES)
        assert results.violations_count == 0, results.generate_report()

    offline(page, live_demo)
    sign_up_through_the_box(page, live_demo, language, check=no_violations)


@pytest.mark.parametrize("language", ["ro", "en"])
def test_the_box_works_without_javascript(browser, live_demo, language):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    offline(page, live_demo)
    try:
        sign_up_through_the_box(page, live_demo, language)
    finally:
        context.close()

"""The newsletter's signup box in a real browser: no axe violations on any page type, and it
works without JavaScript (errors by the field, then the thank-you page)."""

from __future__ import annotations

import json

import pytest

from tests.helpers import manage

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


ONE_PAGE_PER_TYPE = """
import json
from wagtail.models import Page
seen, urls = set(), []
for page in Page.objects.live().filter(depth__gt=1).select_related("locale").order_by("path"):
    key = (page.content_type_id, page.locale.language_code)
    if key not in seen:
        seen.add(key)
        urls.append(page.url)
print(json.dumps(urls))
"""


@pytest.fixture(scope="module")
def page_type_urls(live_demo, live_demo_env):
    """One live page of each page type per language, from the demo server's own database."""
    result = manage("shell", "-c", ONE_PAGE_PER_TYPE, env=live_demo_env)
    assert result.returncode == 0, result.stderr
    urls = json.loads(result.stdout.strip().splitlines()[-1])
    assert any(url.startswith("/en/") for url in urls)
    return urls


def test_the_box_has_no_accessibility_violations_on_any_page_type(page, live_demo, page_type_urls):
    from axe_playwright_python.sync_playwright import Axe

    offline(page, live_demo)
    reports = {}
    for path in [*page_type_urls, "/ro/calendar/", "/en/search/?q=culture"]:
        page.goto(live_demo + path)
        assert page.locator(".newsletter-signup").count() == 1, path
        results = Axe().run(page, context=".newsletter-signup", options=AXE_RULES)
        if results.violations_count:
            reports[path] = results.generate_report()
    assert not reports, reports


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

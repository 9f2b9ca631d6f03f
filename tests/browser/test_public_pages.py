"""What a visitor meets in a real browser: no axe violations, keyboard use, no JavaScript needed."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PAGES = [
    "/ro/",
    "/en/",
    "/ro/academia-schimbarii/",
    "/en/remarkable-romania/",
    "/ro/contact/",
    "/ro/search/?q=cultura",
    "/en/search/?q=culture",
    "/ro/nu-exista/",
    # Every public page type: calendars, an event, an open call.
    "/ro/calendar/",
    "/en/calendar/month/",
    "/ro/calendar/roma_culture/",
    "/ro/jivipen/intalnirile-jivipen/",
    "/en/jivipen/jivipen-meetings/",
    "/ro/academia-schimbarii/apel-formare-si-mentorat/",
    "/en/change-academy/call-training-and-mentoring/",
    # The news: the centre's index and an article (with its picture).
    "/ro/noutati/",
    "/en/news/cltp-hub-gets-ready/",
]
AXE_RULES = {"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}


@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_accessibility_violations(page, live_demo, path):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(live_demo + path)
    results = Axe().run(page, options=AXE_RULES)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize(
    ("event_path", "register", "submit"),
    [
        ("/ro/jivipen/intalnirile-jivipen/", "Înscrieți-vă", "Înscrieți-vă"),
        ("/en/jivipen/jivipen-meetings/", "Register", "Register"),
    ],
)
def test_registration_form_and_its_errors_have_no_violations(
    page, live_demo, event_path, register, submit
):
    """From the event page to the form, then an empty submission's error summary (the form
    has `novalidate`: the server's messages are what a person meets)."""
    from axe_playwright_python.sync_playwright import Axe

    page.goto(live_demo + event_path)
    page.get_by_role("link", name=register).first.click()
    assert "/register/" in page.url
    assert Axe().run(page, options=AXE_RULES).violations_count == 0
    page.locator("main").get_by_role("button", name=submit).click()
    assert page.locator(".error-summary").is_visible()
    results = Axe().run(page, options=AXE_RULES)
    assert results.violations_count == 0, results.generate_report()


def test_an_open_calls_error_summary_has_no_violations(page, live_demo):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(live_demo + "/ro/academia-schimbarii/apel-formare-si-mentorat/")
    page.locator("main").get_by_role("button", name="Trimite candidatura").click()
    assert page.locator(".error-summary").is_visible()
    results = Axe().run(page, options=AXE_RULES)
    assert results.violations_count == 0, results.generate_report()


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(page, live_demo):
    page.goto(live_demo + "/ro/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Sari la conținut"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_language_switcher_works_without_javascript(browser, live_demo):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_demo + "/ro/romania-remarcabila/")
    page.get_by_role("link", name="English").click()
    assert page.url == live_demo + "/en/remarkable-romania/"
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_label("Search the site").fill("heritage")
    page.get_by_role("button", name="Search").first.click()
    assert "/en/search/?q=heritage" in page.url
    context.close()


def test_pages_fit_a_small_screen_without_horizontal_scrolling(browser, live_demo):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    for path in ("/ro/", "/ro/academia-schimbarii/"):
        page.goto(live_demo + path)
        overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
        assert not overflow, path
    page.screenshot(path=str(live_demo_screenshot_dir() / "home-320.png"), full_page=True)
    context.close()


def live_demo_screenshot_dir():
    from tests.helpers import REPO

    folder = REPO / "var" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_a_printed_event_page_keeps_its_content_and_drops_the_sites_furniture(page, live_demo):
    page.emulate_media(media="print")
    page.goto(live_demo + "/ro/jivipen/intalnirile-jivipen/")
    assert page.locator("h1").is_visible()
    assert page.locator(".event-page").is_visible()
    for furniture in (".site-search", ".language-switcher", ".site-nav", ".skip-link"):
        assert not page.locator(furniture).first.is_visible(), furniture
    page.emulate_media(media="screen")
    assert page.locator(".site-nav").is_visible()

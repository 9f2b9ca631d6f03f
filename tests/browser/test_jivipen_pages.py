"""Jivipen's pages in Chromium, in both languages: no axe violations (WCAG 2.2 AA), an
edition's programme and photos are all there without JavaScript, and so are the exhibition's
works, each larger image a link reached with the keyboard."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

AXE_RULES = {"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}
PAGES = [
    "/ro/jivipen/",
    "/en/jivipen/",
    "/ro/jivipen/zilele-culturii-rome/",
    "/en/jivipen/roma-culture-days/",
    "/ro/jivipen/artisti/",
    "/en/jivipen/artists/",
    "/ro/jivipen/artisti/mirela-caldarar/",
    "/en/jivipen/artists/dorin-lacatus/",
    "/ro/jivipen/intalnirile-jivipen/",
    "/en/jivipen/jivipen-meetings/",
    "/ro/jivipen/cunoaste-romul/",
    "/en/jivipen/meet-the-roma/",
]


def run_axe(page) -> None:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options=AXE_RULES)
    assert results.violations_count == 0, results.generate_report()


def edition_url(page, live_demo, festival: str) -> str:
    page.goto(live_demo + festival)
    return page.locator(".edition-card__title a").first.get_attribute("href")


@pytest.mark.parametrize("path", PAGES)
def test_jivipens_pages_have_no_accessibility_violations(page, live_demo, path):
    response = page.goto(live_demo + path)
    assert response.status == 200, path
    run_axe(page)


@pytest.mark.parametrize(
    "festival", ["/ro/jivipen/zilele-culturii-rome/", "/en/jivipen/roma-culture-days/"]
)
def test_an_editions_page_has_no_violations_and_shows_everything_without_javascript(
    browser, page, live_demo, festival
):
    url = edition_url(page, live_demo, festival)
    page.goto(live_demo + url)
    run_axe(page)
    context = browser.new_context(java_script_enabled=False)
    try:
        plain = context.new_page()
        plain.goto(live_demo + url)
        assert plain.locator(".programme-day").count() == 3
        assert plain.locator(".programme-slot li").count() == 6
        photos = plain.locator(".festival-photos img")
        assert photos.count() == 2
        for n in range(photos.count()):
            assert photos.nth(n).get_attribute("alt")
    finally:
        context.close()


def test_the_exhibitions_works_are_all_there_without_javascript_and_reached_by_keyboard(
    browser, live_demo
):
    context = browser.new_context(java_script_enabled=False)
    try:
        plain = context.new_page()
        plain.goto(live_demo + "/en/jivipen/meet-the-roma/")
        figures = plain.locator(".exhibition-works figure")
        assert figures.count() == 8
        for n in range(figures.count()):
            assert figures.nth(n).locator("img").get_attribute("alt")
            assert figures.nth(n).locator("figcaption cite").inner_text()
        # Tab from the first work's link reaches the next work's link (or its artist's page).
        first = figures.nth(0).locator("a.exhibition-work__image")
        first.focus()
        assert plain.evaluate("document.activeElement.className") == "exhibition-work__image"
        name = first.inner_text()
        assert "Larger image: Sheroes I" in name
        plain.keyboard.press("Tab")
        assert plain.evaluate("document.activeElement.tagName") == "A"
    finally:
        context.close()

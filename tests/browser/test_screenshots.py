"""Screenshots of the pages people open most, at desktop and phone width, for a reviewer to look
at after a run: written to `var/screenshots/` (the README says so), one PNG per page and width,
named `<page>-<width>.png`. Each must show the page laid out for that width: the image is as
wide as the viewport and the page never scrolls sideways."""

from __future__ import annotations

import struct
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.helpers import REPO

pytestmark = pytest.mark.browser

SCREENSHOTS = REPO / "var" / "screenshots"
PAGES = {
    "home-ro": "/ro/",
    "section-en": "/en/change-academy/",
    "event-ro": "/ro/jivipen/intalnirile-jivipen/",
    "calendar-en": "/en/calendar/",
    "map-ro": "/ro/romania-remarcabila/harta/",
}
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize("device", WIDTHS)
def test_the_main_pages_are_photographed_at_desktop_and_phone_width(browser, live_demo, device):
    width, height = WIDTHS[device]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": height})
    # Only the demo server answers: map tiles and anything else from outside are refused.
    server = urlsplit(live_demo).netloc
    context.route(
        "**/*",
        lambda route: (
            route.continue_() if urlsplit(route.request.url).netloc == server else route.abort()
        ),
    )
    page = context.new_page()
    try:
        for name, path in PAGES.items():
            response = page.goto(live_demo + path, wait_until="load")
            assert response.status == 200, (path, response.status)
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            assert scroll_width <= width, (path, scroll_width)
            shot = SCREENSHOTS / f"{name}-{width}.png"
            page.screenshot(path=str(shot), full_page=True)
            shot_width, shot_height = png_size(shot)
            assert shot_width == width and shot_height >= height, (shot, shot_width, shot_height)
    finally:
        context.close()

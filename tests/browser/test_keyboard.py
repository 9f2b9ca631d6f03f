"""The calendar with the keyboard alone: Tab reaches the language switcher, the site's search box,
every filter and the button, in reading order, each with a visible focus ring; the arrow keys choose a programme and
Enter shows its events. (The skip link, the library filters, the audio player and the maps'
markers have their own keyboard tests beside their pages.)"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

FOCUSED = """() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  return {
    tag: element.tagName.toLowerCase(),
    name: element.getAttribute("name") || "",
    text: (element.innerText || "").trim().slice(0, 60),
    hreflang: element.getAttribute("hreflang") || "",
    style: [element.type, style.outlineStyle, style.outlineWidth, style.boxShadow],
    ring: (style.outlineStyle !== "none" && style.outlineWidth !== "0px")
      || style.boxShadow !== "none",
  };
}"""


def tab_until_show_events(page, limit: int = 80) -> list[dict]:
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUSED)
        stops.append(stop)
        if stop["tag"] == "button" and stop["text"] == "Show events":
            return stops
    raise AssertionError(f"Tab never reached the filter's button: {stops}")


def test_tab_reaches_the_language_switcher_and_every_filter_in_order_with_a_visible_ring(
    page, live_demo
):
    page.goto(live_demo + "/en/calendar/")
    stops = tab_until_show_events(page)

    assert stops[0]["text"].lower().startswith("skip"), stops[0]
    assert any(stop["hreflang"] == "ro" for stop in stops), "no language switcher on the way"
    # Tab also walks a date field's day, month and year: one field, several stops.
    fields = []
    for stop in stops:
        if stop["tag"] in ("select", "input") and stop["name"] not in fields[-1:]:
            fields.append(stop["name"])
    assert fields == ["q", "programme", "venue", "audience", "start", "end"], fields
    invisible = [stop for stop in stops if not stop["ring"]]
    assert invisible == [], [stop["style"] for stop in invisible]


def test_the_arrow_keys_choose_a_programme_and_enter_shows_its_events(page, live_demo):
    page.goto(live_demo + "/en/calendar/")
    page.get_by_label("Programme", exact=True).focus()
    page.keyboard.press("ArrowDown")  # the first programme after "all"
    chosen = page.get_by_label("Programme", exact=True).input_value()
    assert chosen
    tab_until_show_events(page)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert f"programme={chosen}" in page.url
    assert page.locator("main article, main li").count() > 0

"""An editor creates a "third Thursday, March–December" series in a real browser, in Romanian.

Through the repeat editor alone (no RRULE typed), with no console error and no static file
missing, then sees the dates on the public page. The year is the next calendar year, so its
March–May dates are always inside the published horizon (18 months), whatever the day.
"""

from __future__ import annotations

import datetime
import json

import pytest

from tests.helpers import manage

pytestmark = pytest.mark.browser

MONTHS_RO = [
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie",
    "iulie",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
]


def third_thursday(year: int, month: int) -> datetime.date:
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(3 - first.weekday()) % 7 + 14)


@pytest.fixture(scope="module")
def jivipen_section(live_demo, live_demo_env) -> dict:
    code = (
        "from plugins.roma_culture.models import RomaCultureSectionPage as S;"
        "import json; p = S.objects.get(locale__language_code='ro');"
        "print(json.dumps({'id': p.pk, 'url': p.url}))"
    )
    result = manage("shell", "-c", code, env=live_demo_env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_an_editor_creates_a_third_thursday_series_with_the_repeat_editor(
    browser, live_demo, admin_login, jivipen_section
):
    context = browser.new_context(locale="ro-RO", viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    console_errors, failed_static = [], []
    page.on("console", lambda message: message.type == "error" and console_errors.append(message))
    page.on("pageerror", lambda error: console_errors.append(error))
    page.on(
        "response",
        lambda response: (
            response.status >= 400
            and "/static/" in response.url
            and failed_static.append(f"{response.status} {response.url}")
        ),
    )
    page.on(
        "requestfailed",
        lambda request: "/static/" in request.url and failed_static.append(request.url),
    )
    admin_login(page)

    year = datetime.date.today().year + 1
    start = third_thursday(year, 3)
    page.goto(f"{live_demo}/admin/pages/add/roma_culture/jivipeneventpage/{jivipen_section['id']}/")
    assert page.get_by_text("Repetare", exact=True).first.is_visible()

    page.fill("#id_title", "Atelier de joi")  # no diacritics: the slug is not in question here
    page.fill("#id_start_date", start.isoformat())
    page.fill("#id_start_time", "18:00")
    page.keyboard.press("Escape")  # close Wagtail's date/time picker
    page.locator("#id_title").click()  # and move away from it, so it covers nothing

    editor = page.locator("[data-repeat-editor]")
    # Before a frequency is chosen, only "Repeats" and the dates show.
    assert not editor.get_by_text("În aceste luni").is_visible()
    page.select_option("#id_recurrence-freq", "MONTHLY")
    assert editor.get_by_text("În aceste luni").is_visible()
    assert not editor.get_by_text("În aceste zile (săptămânal)").is_visible()
    page.locator("label[for=id_recurrence-monthly-weekday]").click()
    assert page.locator("#id_recurrence-monthly-weekday").is_checked()
    page.select_option("#id_recurrence-position", "3")
    page.select_option("#id_recurrence-position_weekday", "3")
    for month in range(3, 13):
        page.check(f'input[name="recurrence-months"][value="{month}"]')
    page.check("#id_recurrence-ends-until")
    page.fill("#id_recurrence-until", f"{year}-12-31")
    page.fill("input[name=duration_hours]", "2")
    page.fill("input[name=duration_minutes]", "30")

    summary = editor.locator("[data-repeat-summary]")
    expected_words = (
        f"Lunar, în a treia joi, din martie până în decembrie, până la 31 decembrie {year}"
    )
    page.wait_for_function(
        "([el, text]) => el.textContent === text",
        arg=[summary.element_handle(), expected_words],
        timeout=10_000,
    )

    # "Add a date" gives another empty extra date input.
    extra_dates = editor.locator('input[name="recurrence-rdates"]')
    count = extra_dates.count()
    editor.get_by_role("button", name="Adăugați o dată în plus").click()
    assert extra_dates.count() == count + 1

    with page.expect_navigation():
        page.evaluate("document.querySelector('button[name=\"action-publish\"]').click()")
    assert "/edit/" in page.url or "/pages/" in page.url
    assert not page.locator(".error-message, .help-critical").count(), page.content()[:2000]

    assert console_errors == [], [(str(e), getattr(e, "location", "")) for e in console_errors]
    assert failed_static == []

    public = page.goto(f"{live_demo}{jivipen_section['url']}atelier-de-joi/")
    assert public.status == 200, page.url
    text = page.locator("main").inner_text()
    for month in (3, 4, 5):
        day = third_thursday(year, month)
        assert f"{day.day} {MONTHS_RO[month - 1]} {year}" in text.lower(), text[:1500]
    context.close()

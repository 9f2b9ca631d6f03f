"""An editor's whole journey with a recurring event, in a real browser.

They create a "third Thursday, March–December" series in Romanian through the repeat editor
alone (no RRULE typed), with no console error and no static file missing, and see its dates on
the public page; then translate it with wagtail-localize's editor, publish it in English, and
find it in both languages' calendars. The year is the next calendar year, so its March–May dates
are always inside the published horizon (18 months), whatever the day: the server and the test
read the same clock.
"""

from __future__ import annotations

import datetime
import json
import re

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


def is_a_half_filled_form_refused(message) -> bool:
    """While the editor is still typing, two answers of 400 are the server saying "not yet",
    not an error on the page, though the browser logs each one: Wagtail 8's autosave of the
    half-filled form (after half a second of quiet), and the repeat editor's live summary of
    controls that do not make a rule yet (a monthly rule with no day chosen)."""
    url = message.location.get("url", "")
    return "status of 400" in message.text and bool(
        re.search(r"/admin/pages/(add/.+|\d+/edit)/$", url)
        or re.search(r"/admin/events/repeat-summary/\?", url)
    )


@pytest.fixture(scope="module")
def jivipen_section(live_demo, live_demo_env) -> dict:
    code = (
        "from plugins.roma_culture.models import RomaCultureSectionPage as S;"
        "import json; p = S.objects.get(locale__language_code='ro');"
        "en = S.objects.get(translation_key=p.translation_key, locale__language_code='en');"
        "print(json.dumps({'id': p.pk, 'url': p.url, 'en_url': en.url}))"
    )
    result = manage("shell", "-c", code, env=live_demo_env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_an_editor_creates_a_series_in_romanian_translates_it_and_both_calendars_show_it(
    browser, live_demo, live_demo_env, admin_login, jivipen_section
):
    context = browser.new_context(locale="ro-RO", viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    console_errors, failed_static = [], []
    page.on(
        "console",
        lambda message: (
            message.type == "error"
            and not is_a_half_filled_form_refused(message)
            and console_errors.append(message)
        ),
    )
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

    english_url = translate_and_publish_in_english(page, live_demo, live_demo_env)
    assert english_url == f"{jivipen_section['en_url']}thursday-workshop/"
    assert console_errors == [], [(str(e), getattr(e, "location", "")) for e in console_errors]

    # The Romanian page's language switcher leads to the English copy, with its own dates.
    page.goto(f"{live_demo}{jivipen_section['url']}atelier-de-joi/")
    page.get_by_role("link", name="English").first.click()
    page.wait_for_url(live_demo + english_url)
    assert page.locator("h1").inner_text() == "Thursday workshop"
    assert f"{start.day} March {year}" in page.locator("main").inner_text()

    # Each language's calendar lists the series on its first date, under its own title.
    day = f"start={start.isoformat()}&end={start.isoformat()}"
    for calendar, title, url in (
        ("/ro/calendar/", "Atelier de joi", f"{jivipen_section['url']}atelier-de-joi/"),
        ("/en/calendar/", "Thursday workshop", english_url),
    ):
        page.goto(f"{live_demo}{calendar}?{day}")
        link = page.locator("main").get_by_role("link", name=title, exact=True)
        assert link.count() == 1, page.locator("main").inner_text()[:1500]
        assert link.get_attribute("href").startswith(url), link.get_attribute("href")
    context.close()


def translate_segment(page, source: str, translation: str) -> None:
    """In wagtail-localize's editor, translate the segment whose source text is `source`,
    opening the tab it is on (the slug is on "Promote")."""
    segment = page.locator("li", has=page.locator("p", has_text=re.compile(f"^{source}$"))).last
    for tab in page.get_by_role("tab").all():
        if segment.is_visible():
            break
        tab.click()
    segment.get_by_role("button").click()  # "Translate" (the only button before editing)
    with page.expect_response(
        lambda response: "/strings/" in response.url and response.request.method == "PUT"
    ) as saved:
        segment.locator("textarea").fill(translation)
        segment.locator("textarea").press("Enter")  # the editor saves on Enter
    assert saved.value.status in (200, 201), saved.value.text()


def translate_and_publish_in_english(page, live_demo, live_demo_env) -> str:
    """From the Romanian series' edit view, submit it for translation into English, translate
    its title and slug in wagtail-localize's editor and publish; returns the English page's path."""
    code = (
        "from plugins.roma_culture.models import JivipenEventPage as E;"
        "print(E.objects.get(slug='atelier-de-joi', locale__language_code='ro').pk)"
    )
    result = manage("shell", "-c", code, env=live_demo_env)
    assert result.returncode == 0, result.stderr
    ro_id = int(result.stdout.strip().splitlines()[-1])

    page.goto(f"{live_demo}/admin/pages/{ro_id}/edit/")
    page.locator("#w-slim-header-buttons button").first.click()  # the header's "Actions" menu
    with page.expect_navigation():
        page.locator(f'a[href="/admin/localize/submit/page/{ro_id}/"]').click()
    page.locator('input[name="locales"]').check()  # English, the only other language
    with page.expect_navigation():
        page.locator("main form input[type=submit]").click()
    assert re.search(r"/admin/pages/\d+/edit/$", page.url), page.url

    translate_segment(page, "Atelier de joi", "Thursday workshop")
    translate_segment(page, "atelier-de-joi", "thursday-workshop")
    with page.expect_navigation():
        page.locator('button[name="action"][value="publish"]').click()
    assert not page.locator(".error-message, .help-critical").count(), page.content()[:2000]

    code = (
        "from plugins.roma_culture.models import JivipenEventPage as E;"
        f"ro = E.objects.get(pk={ro_id});"
        "en = E.objects.get(translation_key=ro.translation_key, locale__language_code='en');"
        "print(en.live, en.url)"
    )
    result = manage("shell", "-c", code, env=live_demo_env)
    assert result.returncode == 0, result.stderr
    live, url = result.stdout.strip().splitlines()[-1].split()
    assert live == "True", "the English copy was not published"
    return url

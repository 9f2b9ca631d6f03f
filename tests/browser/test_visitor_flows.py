"""Whole journeys through the demo site in a real browser, as a visitor and as an editor would
make them: switching language on an event, finding an event and registering, following the
email's link and cancelling, applying to a call with a PDF, a team kept out of another team's
pages. Each ends where the person expects to be, and what they did shows on the site."""

from __future__ import annotations

import re

import pytest

from tests.helpers import manage

pytestmark = pytest.mark.browser

MEETINGS_RO = "/ro/jivipen/intalnirile-jivipen/"
MEETINGS_EN = "/en/jivipen/jivipen-meetings/"
TRAINING_CALL_EN = "/en/change-academy/call-training-and-mentoring/"
MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def seats_left(page) -> int:
    said = page.locator(".seats").inner_text()
    match = re.search(r"(\d+) seats? left", said)
    assert match, said
    return int(match.group(1))


def test_switching_language_on_an_event_lands_on_the_same_event(page, live_demo):
    page.goto(live_demo + MEETINGS_RO)
    assert page.locator("h1").inner_text() == "Întâlnirile Jivipen"
    assert page.locator("html").get_attribute("lang") == "ro"
    page.get_by_role("link", name="English").first.click()
    page.wait_for_url(live_demo + MEETINGS_EN)
    assert page.locator("h1").inner_text() == "Jivipen Meetings"
    assert page.locator("html").get_attribute("lang") == "en"


def test_a_visitor_filters_registers_follows_the_emails_link_and_cancels(page, live_demo, outbox):
    # Find the event by the calendar's filter, without typing a URL.
    page.goto(live_demo + "/en/calendar/")
    page.get_by_label("Programme", exact=True).select_option(label="Jivipen")
    page.get_by_role("button", name="Show events").click()
    assert "programme=" in page.url
    page.locator("main").get_by_role("link", name="Jivipen Meetings").first.click()
    assert page.url.startswith(live_demo + MEETINGS_EN)

    page.locator("main").get_by_role("link", name="Register").first.click()
    register_url = page.url
    assert "/register/" in register_url
    seats_before = seats_left(page)

    sent_before = len(outbox())
    page.locator("#id_name").fill("Ioana Rostaș")
    page.locator("#id_email").fill("ioana.rostas@example.org")
    page.locator("input[name=consent]").check()
    page.locator("main").get_by_role("button", name="Register").click()
    assert page.get_by_role("heading", name="You are registered").is_visible()

    emails = outbox()[sent_before:]
    assert len(emails) == 1, emails
    assert "You are registered for Jivipen Meetings" in emails[0]
    manage_links = re.findall(r"https?://\S+/register/manage/\S+/", emails[0])
    assert manage_links, emails[0]

    page.goto(register_url)
    assert seats_left(page) == seats_before - 1

    page.goto(manage_links[0])
    assert page.get_by_role("heading", name="Your registration").is_visible()
    page.get_by_role("button", name="Cancel my registration").click()
    assert page.get_by_role("heading", name="Your registration is cancelled").is_visible()

    page.goto(register_url)
    assert seats_left(page) == seats_before  # the seat is free again


def test_an_applicant_sends_a_pdf_and_gets_a_reference(page, live_demo, tmp_path):
    cv = tmp_path / "cv-maria-lingurar.pdf"
    cv.write_bytes(MINIMAL_PDF)
    page.goto(live_demo + TRAINING_CALL_EN)
    form = page.locator("main form")
    form.locator("input[name=applicant-name]").fill("Maria Lingurar")
    form.locator("input[name=applicant-email]").fill("maria.lingurar@example.org")
    form.get_by_label("Years of experience in the cultural sector").fill("4")
    form.get_by_label("Why do you want to take part?").fill(
        "I run a community library in Mănăștur and want to learn audience development."
    )
    form.locator("input[type=file]").set_input_files(str(cv))
    for checkbox in form.locator("input[type=checkbox]").all():  # the rules and the privacy notice
        checkbox.check()
    form.get_by_role("button", name=re.compile("apply|send", re.IGNORECASE)).click()
    confirmation = page.locator("main").inner_text()
    assert "We will email you the result of the selection." in confirmation
    assert re.search(r"\b[A-Z]{2,}-\d{4}-\d{4}\b", confirmation), confirmation


def test_a_team_member_is_refused_another_teams_page(page, live_demo, live_demo_env):
    shown = manage(
        "shell",
        "-c",
        "from cms.teams import DEMO_PASSWORD, demo_username; "
        "from plugins.heritage.models import HeritageSectionPage; "
        "print(demo_username('academy'), DEMO_PASSWORD, "
        "HeritageSectionPage.objects.get(locale__language_code='ro').pk)",
        env=live_demo_env,
    )
    assert shown.returncode == 0, shown.stderr
    username, password, heritage_pk = shown.stdout.strip().splitlines()[-1].split()

    page.goto(live_demo + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.locator("form button[type=submit]").first.click()

    response = page.goto(f"{live_demo}/admin/pages/{heritage_pk}/edit/")
    # Refused (a 403, or Wagtail's redirect to the dashboard with its message): never the form.
    assert page.locator("form#page-edit-form").count() == 0
    assert response.status == 403 or not page.url.endswith(f"/pages/{heritage_pk}/edit/")

    own = page.goto(f"{live_demo}/admin/pages/")
    assert own.status == 200  # the same account is let into the admin: the refusal is the team's

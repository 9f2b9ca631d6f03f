"""Every page type of the demo, in both languages, is valid HTML for the W3C Nu checker.

The pages are found, not listed: one live page of each page type per language (so a programme's
new page type is checked the day its demo shows it), plus the views that are not pages (calendars,
search, the 404) and the public forms shown back with their errors. One checker run for all.
"""

from __future__ import annotations

import pytest

from tests.html_validation import assert_valid_html
from tests.page_types import one_page_of_each_type_per_language

pytestmark = [pytest.mark.html_validation, pytest.mark.django_db]

VIEWS = [
    "/ro/calendar/",
    "/en/calendar/month/",
    "/ro/search/?q=cultura",
    "/en/search/?q=heritage",
    "/ro/nu-exista/",
    "/en/no-such-page/",
]


def test_every_page_type_and_view_is_valid_html_in_both_languages(demo_site, client):
    rendered = {}
    for page in one_page_of_each_type_per_language():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert b'class="newsletter-signup"' in response.content, page.url  # the box everywhere
        rendered[f"{type(page).__name__} {page.url}"] = response.content
    for path in VIEWS:
        rendered[path] = client.get(path).content
    languages = {name.split()[-1].split("/")[1] for name in rendered if " " in name}
    assert languages == {"ro", "en"}, languages
    assert_valid_html(rendered)


def test_the_public_forms_shown_back_with_their_errors_are_valid_html(demo_site, client):
    """A registration form and an open call's form, each submitted empty (the error summary),
    in both languages."""
    import re

    from cms.events.models import EventPage
    from cms.opencalls.models import CallStatus, OpenCallPage

    rendered = {}
    for language in ("ro", "en"):
        events = EventPage.objects.live().filter(locale__language_code=language).order_by("path")
        for event in events:
            links = re.findall(rb'href="([^"]*/register/\d+/)"', client.get(event.url).content)
            if links:
                register = links[0].decode()
                rendered[f"registration form {register}"] = client.get(register).content
                rendered[f"registration errors {register}"] = client.post(register, {}).content
                break
        calls = OpenCallPage.objects.live().filter(locale__language_code=language).specific()
        call = next(call for call in calls if call.status == CallStatus.OPEN)
        rendered[f"call errors {call.url}"] = client.post(call.url, {}).content
    assert len(rendered) == 6, sorted(rendered)
    assert_valid_html(rendered)


def test_the_checker_reports_an_invalid_page():
    """The negative control: the checker runs and its errors fail the test."""
    broken = '<!DOCTYPE html><html lang="ro"><head><title>x</title></head><body><form action=""></form></body></html>'
    with pytest.raises(AssertionError, match="action"):
        assert_valid_html({"broken": broken})

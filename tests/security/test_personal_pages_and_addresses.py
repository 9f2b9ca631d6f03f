"""Smaller items of the hardening: personal pages uncached, the registration email's wording,
and absolute URLs from one configured address, never from the request's Host header."""

from __future__ import annotations

import datetime

import pytest

from django.core import mail
from django.utils import timezone

from wagtail.models import Site

from cms.events.models import Occurrence
from cms.management.commands.load_demo import use_configured_address
from cms.registrations import allocation
from cms.registrations.tokens import make_token
from cms.testing import make_home_pages
from tests.events.factories import make_event, translate

pytestmark = pytest.mark.django_db

BASE = "https://www.cccluj.ro"
HOSTILE_HOST = "testserver:8443"
STRANGERS_TEXT = "Câștigați 1000 de euro pe www.exemplu-fals.ro"


@pytest.fixture(autouse=True)
def configured_address(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE


@pytest.fixture
def occurrence():
    home_ro, _home_en = make_home_pages()
    event = make_event(
        home_ro,
        "Atelier de teatru Jivipen",
        start_date=timezone.localdate() + datetime.timedelta(days=10),
        registration_required=True,
        capacity=10,
    )
    translate(event, title="Jivipen theatre workshop")
    return Occurrence.objects.get(series_id=event.translation_key)


def test_the_manage_page_is_never_cached(client, occurrence):
    registration = allocation.register(
        occurrence.pk, name="Ana Lăcătuș", email="ana@example.org", language="ro"
    )
    response = client.get(f"/ro/register/manage/{make_token(registration)}/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_the_registration_email_starts_with_the_centres_words_and_quotes_the_name(
    client, occurrence, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/ro/register/{occurrence.pk}/",
            {"name": STRANGERS_TEXT, "email": "victima@example.org", "consent": "on"},
        )
    assert response.status_code == 302
    [email] = mail.outbox
    lines = [line for line in email.body.splitlines() if line.strip()]
    assert lines[0] == "Bună ziua,"
    assert STRANGERS_TEXT not in "\n".join(lines[:2])
    assert f"„{STRANGERS_TEXT}”" in email.body
    assert STRANGERS_TEXT not in email.subject
    assert f"{BASE}/ro/register/manage/" in email.body


def test_robots_txt_names_the_configured_address_not_the_requests_port(client):
    response = client.get("/robots.txt", HTTP_HOST=HOSTILE_HOST)
    assert f"Sitemap: {BASE}/sitemap.xml" in response.content.decode()
    assert "8443" not in response.content.decode()


def test_feeds_link_to_the_configured_address(client, occurrence):
    event_id = occurrence.series_id
    from cms.events.models import EventPage

    page = EventPage.objects.get(translation_key=event_id, locale__language_code="ro")
    body = client.get(f"/ro/calendar/event/{page.pk}.ics", HTTP_HOST=HOSTILE_HOST).content
    text = body.decode().replace("\r\n ", "")
    assert f"URL:{BASE}/ro/" in text
    assert "8443" not in text


def test_the_sitemap_lists_pages_on_the_configured_address(client, occurrence):
    text = client.get("/sitemap.xml", HTTP_HOST=HOSTILE_HOST).content.decode()
    assert f"<loc>{BASE}/ro/" in text
    assert f"<loc>{BASE}/en/calendar/" in text or f'href="{BASE}/en/calendar/' in text
    assert "8443" not in text and "127.0.0.1" not in text and "localhost" not in text


def test_load_demo_writes_the_configured_address_into_the_site_record(settings):
    make_home_pages()
    settings.WAGTAILADMIN_BASE_URL = "https://www.cccluj.ro"
    use_configured_address(Site)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("www.cccluj.ro", 443)
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000/"
    use_configured_address(Site)
    site.refresh_from_db()
    assert (site.hostname, site.port) == ("127.0.0.1", 8000)

"""The page cache (cms/pagecache): an anonymous visitor's second visit costs no query, and each
change renders again exactly the pages that show it: the page in every language, the pages
that list it, the calendars for a date; an unrelated page stays cached."""

from __future__ import annotations

import datetime
import logging

import pytest

from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone

from wagtail.models import Page

from cms.events.models import EventPage, Occurrence, Venue
from cms.events.overrides import cancel_occurrence
from cms.models import ContentPage
from cms.opencalls.models import OpenCallPage
from cms.pagecache.middleware import HEADER
from cms.registrations.allocation import register
from cms.translations import in_language

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(demo_site):
    with override_settings(PAGE_CACHE_SECONDS=300):
        cache.clear()
        yield
    cache.clear()


def visit(client, url: str) -> str:
    """'hit' or 'miss'; the page must answer 200."""
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.get(HEADER, "")


def warm(client, *urls: str) -> None:
    for url in urls:
        visit(client, url)
        assert visit(client, url) == "hit", url


def next_event() -> EventPage:
    """A live Romanian event with a date to come that takes registrations, and its English copy."""
    upcoming = Occurrence.objects.filter(start__gt=timezone.now()).values("series_id")
    event = (
        EventPage.objects.live()
        .filter(in_language("ro"), registration_required=True, translation_key__in=upcoming)
        .exclude(capacity=None)
        .order_by("path")
        .specific()
        .first()
    )
    assert event is not None
    return event


def english(page: Page) -> Page:
    return page.get_translation(page.locale.__class__.objects.get(language_code="en")).specific


def section_of(page: Page) -> Page:
    return page.get_ancestors().filter(depth=3).get().specific


def unrelated_page() -> ContentPage:
    return ContentPage.objects.live().filter(in_language("ro")).order_by("path").first()


def test_a_second_anonymous_visit_is_served_from_the_cache_without_a_query(
    client, django_assert_num_queries
):
    event = next_event()
    for url in ("/ro/", "/en/", event.url, "/ro/calendar/", "/ro/calendar/feed.ics"):
        assert visit(client, url) == "miss", url
        with django_assert_num_queries(0):
            assert visit(client, url) == "hit", url


def test_a_hit_answers_with_the_renders_headers(client):
    first = client.get("/ro/")
    second = client.get("/ro/")
    assert second[HEADER] == "hit"
    for header in ("Content-Type", "Content-Language", "Content-Security-Policy"):
        assert second[header] == first[header], header
    assert second.content == first.content


def test_an_editor_neither_gets_nor_makes_cached_pages(client, admin_user):
    client.force_login(admin_user)
    for _ in range(2):
        response = client.get("/ro/")
        assert HEADER not in response
    client.logout()
    assert visit(client, "/ro/") == "miss"


def test_a_page_with_a_form_is_never_stored(client):
    event = next_event()
    occurrence = Occurrence.objects.filter(
        series_id=event.translation_key, start__gt=timezone.now()
    ).first()
    url = f"/ro/register/{occurrence.pk}/"
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200, url
        assert 'name="csrfmiddlewaretoken"' in response.content.decode()
        assert response.get(HEADER) != "hit"


def test_publishing_a_page_renders_it_its_translation_and_what_lists_it_again(client):
    event = next_event()
    section = section_of(event)
    other = unrelated_page()
    warm(client, event.url, english(event).url, section.url, "/ro/", "/ro/calendar/", other.url)

    event.title = "Titlu nou, publicat acum"
    event.save_revision().publish()

    response = client.get(event.url)
    assert response[HEADER] == "miss" and "Titlu nou, publicat acum" in response.content.decode()
    for url in (english(event).url, section.url, "/ro/", "/ro/calendar/"):
        assert visit(client, url) == "miss", url
    assert visit(client, other.url) == "hit"


def test_unpublishing_a_page_takes_it_out_at_once(client):
    event = next_event()
    section = section_of(event)
    other = unrelated_page()
    warm(client, event.url, section.url, other.url)

    event.unpublish()

    assert client.get(event.url).status_code == 404
    assert visit(client, section.url) == "miss"
    assert visit(client, other.url) == "hit"


def test_moving_a_page_renders_its_old_and_new_parents_again(client):
    event = next_event()
    old_section = section_of(event)
    new_section = (
        Page.objects.live()
        .filter(depth=3, locale=event.locale, numchild__gt=0)
        .exclude(pk=old_section.pk)
        .exclude(content_type=unrelated_page().content_type)
        .first()
    )
    bystander = unrelated_page()
    warm(client, event.url, old_section.url, new_section.url, bystander.url)

    event.move(new_section, pos="last-child")

    for url in (old_section.url, new_section.url, "/ro/"):
        assert visit(client, url) == "miss", url
    assert visit(client, bystander.url) == "hit"


def test_cancelling_a_date_renders_the_event_and_the_calendars_again(client):
    event = next_event()
    other = unrelated_page()
    warm(client, event.url, english(event).url, "/ro/calendar/", "/en/calendar/feed.ics", other.url)

    occurrence = Occurrence.objects.filter(
        series_id=event.translation_key, start__gt=timezone.now()
    ).first()
    cancel_occurrence(occurrence)

    for url in (event.url, english(event).url, "/ro/calendar/", "/en/calendar/feed.ics"):
        assert visit(client, url) == "miss", url
    assert visit(client, other.url) == "hit"


def test_a_registration_renders_the_event_with_its_seats_left_again(client):
    event = next_event()
    other = unrelated_page()
    warm(client, event.url, other.url)

    occurrence = Occurrence.objects.filter(
        series_id=event.translation_key, start__gt=timezone.now()
    ).first()
    register(occurrence.pk, name="Ioana Pop", email="ioana@example.ro", language="ro")

    assert visit(client, event.url) == "miss"
    assert visit(client, other.url) == "hit"


def test_a_call_that_opens_by_the_clock_is_not_served_as_upcoming_after_it_opens(
    client, time_machine
):
    call = (
        OpenCallPage.objects.live()
        .filter(in_language("ro"), opens_at__gt=timezone.now())
        .order_by("opens_at")
        .first()
    )
    assert call is not None, "the demo has an upcoming call"
    time_machine.move_to(call.opens_at - datetime.timedelta(seconds=30), tick=False)
    warm(client, call.url)

    time_machine.move_to(call.opens_at + datetime.timedelta(seconds=1), tick=False)
    response = client.get(call.url)
    assert response.get(HEADER) != "hit"
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()  # the form, now open


def test_a_venue_renamed_renders_every_page_again(client):
    other = unrelated_page()
    warm(client, "/ro/", other.url)

    venue = Venue.objects.filter(locale__language_code="ro").first()
    venue.name = f"{venue.name} (sala mare)"
    venue.save()

    assert visit(client, "/ro/") == "miss"
    assert visit(client, other.url) == "miss"


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "cms.cache.ForgivingRedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: nothing answers
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
)
def test_pages_are_served_while_the_cache_is_unreachable(client, caplog):
    with caplog.at_level(logging.WARNING):
        for url in ("/ro/", "/ro/calendar/"):
            assert client.get(url).status_code == 200, url
    assert any("cache" in record.getMessage().lower() for record in caplog.records)

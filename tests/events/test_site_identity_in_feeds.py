"""Feeds and structured data name the centre as its site settings do."""

from __future__ import annotations

import datetime
import json
import re

import pytest
from icalendar import Calendar

from django.urls import reverse
from django.utils import timezone

from wagtail.models import Site

from cms.events.models import Occurrence
from cms.models import SiteSettings
from tests.events.factories import make_event, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def identity(homes):
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def event(home):
    page = make_event(home, start_date=timezone.localdate() + datetime.timedelta(days=7))
    translate(page)
    return page


def calendar_name(response) -> str:
    return str(Calendar.from_ical(response.content)["X-WR-CALNAME"])


def test_a_feed_is_named_after_the_centre_and_renamed_with_it(client, identity, event):
    assert calendar_name(client.get("/ro/calendar/feed.ics")) == "Centrul Cultural Clujean"
    assert calendar_name(client.get("/en/calendar/feed.ics")) == "Cluj Cultural Centre"

    identity.name = "Centrul Cultural Nou"
    identity.save()
    # The feed is cached; the new name is a new feed, not one after the cache expires.
    assert calendar_name(client.get("/ro/calendar/feed.ics")) == "Centrul Cultural Nou"
    programme_feed = client.get("/ro/calendar/roma_culture/feed.ics")
    assert calendar_name(programme_feed).startswith("Centrul Cultural Nou: ")


def test_one_dates_calendar_file_is_named_after_the_centre(client, identity, event):
    identity.name = "Centrul Cultural Nou"
    identity.save()
    occurrence = Occurrence.objects.filter(series_id=event.translation_key).first()
    response = client.get(reverse("events:occurrence_ics", args=[occurrence.pk]))
    assert calendar_name(response) == "Centrul Cultural Nou"


def test_the_event_pages_organizer_is_the_centre_from_the_settings(client, identity, event):
    identity.name = "Centrul Cultural Nou"
    identity.email = "salut@example.org"
    identity.save()
    html = client.get(event.url).content.decode()
    [data] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    events = json.loads(data)
    organizer = (events[0] if isinstance(events, list) else events)["organizer"]
    assert organizer == {
        "@type": "Organization",
        "name": "Centrul Cultural Nou",
        "email": "salut@example.org",
    }

"""Every event says where it happens: its venue, the place its type names, or online (a public
stream, or its page where people register for the link) — on the page and in its JSON-LD."""

from __future__ import annotations

import datetime
import json
import re

import pytest

from django.core.exceptions import ValidationError
from django.utils import timezone

from cms.events.models import EventPage
from tests.events.factories import make_event, make_venue

pytestmark = pytest.mark.django_db

SCHEMA = "https://schema.org/"


def json_ld_events(client, page) -> list[dict]:
    html = client.get(page.url).content.decode()
    (raw,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(raw)


def upcoming(home, **fields) -> EventPage:
    return make_event(home, start_date=timezone.localdate() + datetime.timedelta(days=30), **fields)


def test_an_event_at_a_venue_is_offline_at_that_place(client, home):
    venue, _ = make_venue("Qub")
    (event,) = json_ld_events(client, upcoming(home, venue=venue))
    assert event["eventAttendanceMode"] == f"{SCHEMA}OfflineEventAttendanceMode"
    assert event["location"]["@type"] == "Place"
    assert event["location"]["name"] == "Qub"
    assert event["location"]["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 46.77,
        "longitude": 23.59,
    }


def test_an_event_at_a_venue_and_streamed_is_mixed(client, home):
    venue, _ = make_venue("Pavilionul ECCA")
    page = upcoming(home, venue=venue, online=True, online_url="https://www.youtube.com/@cccluj")
    (event,) = json_ld_events(client, page)
    assert event["eventAttendanceMode"] == f"{SCHEMA}MixedEventAttendanceMode"
    place, virtual = event["location"]
    assert place["name"] == "Pavilionul ECCA"
    assert virtual == {"@type": "VirtualLocation", "url": "https://www.youtube.com/@cccluj"}
    assert 'href="https://www.youtube.com/@cccluj"' in client.get(page.url).content.decode()


def test_an_online_event_whose_link_is_sent_on_registration_points_at_its_page(client, home):
    page = upcoming(home, online=True)
    (event,) = json_ld_events(client, page)
    assert event["eventAttendanceMode"] == f"{SCHEMA}OnlineEventAttendanceMode"
    assert event["location"]["@type"] == "VirtualLocation"
    assert event["location"]["url"].endswith(page.url)
    assert "Linkul se trimite celor care se înscriu." in client.get(page.url).content.decode()


def test_an_event_type_may_name_the_place_of_an_event_without_a_venue(client, home, monkeypatch):
    commune, _ = make_venue("Comuna Sâncraiu")
    monkeypatch.setattr(EventPage, "event_place", lambda page: commune)
    (event,) = json_ld_events(client, upcoming(home))
    assert event["location"]["name"] == "Comuna Sâncraiu"
    assert event["eventAttendanceMode"] == f"{SCHEMA}OfflineEventAttendanceMode"


def test_an_online_address_without_the_online_box_is_refused_with_a_message(home):
    page = upcoming(home, publish=False)
    page.online_url = "https://meet.example.org/atelier"
    with pytest.raises(ValidationError) as refused:
        page.full_clean()
    assert "online" in refused.value.message_dict

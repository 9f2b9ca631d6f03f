"""The events engine's venues are places: validated like every place, and an event page links
its venue to OpenStreetMap in the reader's language."""

from __future__ import annotations

from decimal import Decimal

import pytest

from django.core.exceptions import ValidationError

from wagtail_localize.fields import get_translatable_fields

from cms.events.models import EventPage, Venue
from cms.places.models import Place

pytestmark = pytest.mark.django_db


def test_a_venue_is_a_place_with_its_coordinates_synchronised():
    assert issubclass(Venue, Place)
    synchronised = {
        field.field_name
        for field in get_translatable_fields(Venue)
        if not field.is_translated(Venue())
    }
    assert {"latitude", "longitude", "country", "osm_url"} <= synchronised


def test_a_venue_with_half_its_coordinates_is_refused(demo_site):
    venue = Venue.objects.filter(latitude__isnull=False).first()
    venue.longitude = None
    with pytest.raises(ValidationError) as caught:
        venue.full_clean()
    assert "longitude" in caught.value.message_dict


@pytest.mark.parametrize("language", ["ro", "en"])
def test_an_event_page_links_its_venue_to_openstreetmap(client, demo_site, language):
    event = (
        EventPage.objects.live()
        .filter(locale__language_code=language, venue__latitude__isnull=False)
        .select_related("venue")
        .first()
    )
    assert event is not None, "the demo has an event at a located venue"
    html = client.get(event.url).content.decode()
    venue = event.venue
    latitude = venue.latitude.quantize(Decimal("0.000001"))
    assert f"https://www.openstreetmap.org/?mlat={latitude}&amp;mlon=" in html
    label = {"ro": "Vedeți pe OpenStreetMap", "en": "See on OpenStreetMap"}[language]
    assert f'{label}<span class="visually-hidden">: {venue.name}</span>' in html

"""Coordinates, country and map link are one fact in every language: wagtail-localize copies
them to the translation when the source changes; the address texts are offered to translators."""

from __future__ import annotations

from decimal import Decimal

import pytest

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, TranslationSource

from tests.kit_apps.kit_places.models import KitPlacePage
from tests.places.conftest import make_map

pytestmark = pytest.mark.django_db

LOCATED = [
    (
        "Liceul Teoretic „Onisifor Ghibu”",
        "Onisifor Ghibu High School",
        "Str. Onisifor Ghibu 23",
        "Cluj-Napoca",
        "Cluj",
        Decimal("46.772750"),
        Decimal("23.596210"),
    )
]


def test_syncing_a_translation_updates_its_coordinates_and_map_link(
    demo_site, django_capture_on_commit_callbacks
):
    made = make_map(places=LOCATED)
    ro_place = made["ro"][0]
    english = Locale.objects.get(language_code="en")
    source, _created = TranslationSource.get_or_create_from_instance(ro_place)

    # The source moves (a better survey) and gets its own OpenStreetMap entry.
    ro_place.latitude, ro_place.longitude = Decimal("46.772801"), Decimal("23.596399")
    ro_place.osm_url = "https://www.openstreetmap.org/way/123456789"
    ro_place.save_revision().publish()
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(english, fallback=True)

    en_place = KitPlacePage.objects.get(translation_key=ro_place.translation_key, locale=english)
    assert (en_place.latitude, en_place.longitude) == (Decimal("46.772801"), Decimal("23.596399"))
    assert en_place.osm_url == "https://www.openstreetmap.org/way/123456789"


def test_address_texts_are_offered_for_translation_and_facts_are_not(demo_site):
    made = make_map(places=LOCATED)
    source, _created = TranslationSource.get_or_create_from_instance(made["ro"][0])
    offered = set(
        StringSegment.objects.filter(source=source).values_list("context__path", flat=True)
    )
    assert {"address", "locality", "county"} <= offered
    assert not {"latitude", "longitude", "country", "osm_url"} & offered

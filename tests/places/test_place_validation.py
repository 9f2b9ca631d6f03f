"""The Place base: coordinates in real ranges (both or neither), OpenStreetMap links only to
OpenStreetMap, a two-letter country, and the schema.org data built from them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from tests.kit_apps.kit_places.models import KitPlaceSnippet


def place(**fields) -> KitPlaceSnippet:
    values = {"name": "Fabrica de Pensule", "locality": "Cluj-Napoca", "country": "RO"}
    values.update(fields)
    return KitPlaceSnippet(**values)


def errors_of(instance) -> dict:
    with pytest.raises(ValidationError) as caught:
        instance.full_clean(exclude=["locale", "translation_key"])
    return caught.value.message_dict


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("latitude", Decimal("90.000001")),
        ("latitude", Decimal("-90.5")),
        ("longitude", Decimal("180.000001")),
        ("longitude", Decimal("-181")),
    ],
)
def test_coordinates_outside_the_earth_are_refused(field, value):
    fields = {"latitude": Decimal("46.77"), "longitude": Decimal("23.59"), field: value}
    assert field in errors_of(place(**fields))


@pytest.mark.parametrize(("latitude", "longitude"), [(90, 180), (-90, -180), (0, 0)])
def test_coordinates_at_the_limits_are_accepted(latitude, longitude):
    place(latitude=Decimal(latitude), longitude=Decimal(longitude)).full_clean(
        exclude=["locale", "translation_key"]
    )


def test_a_latitude_without_a_longitude_is_refused_on_the_missing_field():
    assert "longitude" in errors_of(place(latitude=Decimal("46.77")))
    assert "latitude" in errors_of(place(longitude=Decimal("23.59")))


def test_no_coordinates_at_all_is_fine():
    place().full_clean(exclude=["locale", "translation_key"])


@pytest.mark.parametrize(
    "url",
    [
        "https://maps.example.com/?q=46.77,23.59",
        "https://openstreetmap.org.evil.example/node/1",
        "javascript:alert(1)//www.openstreetmap.org",
        "ftp://www.openstreetmap.org/node/1",
    ],
)
def test_the_map_link_must_point_at_openstreetmap(url):
    assert "osm_url" in errors_of(place(osm_url=url))


def test_an_openstreetmap_link_is_accepted_and_used():
    url = "https://www.openstreetmap.org/way/123456"
    candidate = place(osm_url=url, latitude=Decimal("46.77"), longitude=Decimal("23.59"))
    candidate.full_clean(exclude=["locale", "translation_key"])
    assert candidate.openstreetmap_url() == url
    assert candidate.place_json_ld()["hasMap"] == url


@pytest.mark.parametrize("country", ["ro", "ROU", "R0", ""])
def test_the_country_is_a_two_letter_upper_case_code(country):
    assert "country" in errors_of(place(country=country))


def test_without_its_own_link_the_map_link_marks_the_coordinates():
    candidate = place(latitude=Decimal("46.772750"), longitude=Decimal("23.596210"))
    assert candidate.openstreetmap_url() == (
        "https://www.openstreetmap.org/?mlat=46.772750&mlon=23.596210#map=16/46.772750/23.596210"
    )
    assert place().openstreetmap_url() == ""


def test_schema_org_place_has_the_address_and_the_coordinates():
    candidate = place(
        address="Str. Fabricii de Chibrituri 9-11",
        county="Cluj",
        latitude=Decimal("46.776000"),
        longitude=Decimal("23.611000"),
    )
    assert candidate.place_json_ld() == {
        "@type": "Place",
        "name": "Fabrica de Pensule",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "Str. Fabricii de Chibrituri 9-11",
            "addressLocality": "Cluj-Napoca",
            "addressRegion": "Cluj",
            "addressCountry": "RO",
        },
        "geo": {"@type": "GeoCoordinates", "latitude": 46.776, "longitude": 23.611},
    }


def test_a_place_without_coordinates_has_no_geo_in_schema_org():
    assert "geo" not in place().place_json_ld()


def test_the_address_lines_name_the_country_in_the_readers_language():
    candidate = place(county="Cluj")
    with translation.override("ro"):
        assert candidate.address_lines() == ["Cluj-Napoca, Cluj", "România"]
    with translation.override("en"):
        assert candidate.address_lines() == ["Cluj-Napoca, Cluj", "Romania"]

"""A map's GeoJSON endpoint: RFC 7946 (checked by the `geojson` library), [longitude, latitude],
`application/geo+json`, names in the page's language, places without coordinates left out (they
stay in the list), and a query count that does not grow with the places."""

from __future__ import annotations

import json
from decimal import Decimal

import geojson
import pytest

from cms.places.geojson import GEOJSON_CONTENT_TYPE, feature_collection, programme_properties
from cms.plugin_manager import get_programme
from tests.kit_apps.kit_places.models import KitPlaceSnippet
from tests.places.conftest import PLACES, make_map

pytestmark = pytest.mark.django_db


def fetch(client, page):
    response = client.get(page.url + "geojson/")
    assert response.status_code == 200
    return response, geojson.loads(response.content.decode("utf-8"))


@pytest.mark.parametrize("language", ["ro", "en"])
def test_the_endpoint_is_valid_geojson_served_as_geo_json(client, school_map, language):
    response, document = fetch(client, school_map[f"{language}_map"])
    assert response["Content-Type"].startswith(GEOJSON_CONTENT_TYPE)
    assert document.is_valid, document.errors()
    assert document["type"] == "FeatureCollection"
    assert "crs" not in document  # RFC 7946 §4: WGS 84 only
    for feature in document["features"]:
        assert feature.is_valid, feature.errors()
        assert feature["geometry"]["type"] == "Point"


def test_coordinates_are_longitude_then_latitude(client, school_map):
    _response, document = fetch(client, school_map["ro_map"])
    onisifor = next(f for f in document["features"] if "Onisifor" in f["properties"]["name"])
    assert onisifor["geometry"]["coordinates"] == [23.59621, 46.77275]


@pytest.mark.parametrize("language", ["ro", "en"])
def test_names_and_links_are_the_pages_language(client, school_map, language):
    _response, document = fetch(client, school_map[f"{language}_map"])
    located = [page for page in school_map[language] if page.has_coordinates]
    assert [f["properties"]["name"] for f in document["features"]] == sorted(
        page.title for page in located
    )
    assert {f["properties"]["url"] for f in document["features"]} == {page.url for page in located}
    assert all(f["properties"]["url"].startswith(f"/{language}/") for f in document["features"])


def test_a_place_without_coordinates_is_not_a_feature_but_is_in_the_list(client, school_map):
    _response, document = fetch(client, school_map["ro_map"])
    names = {f["properties"]["name"] for f in document["features"]}
    assert "Casa de Cultură Gherla" not in names
    page = client.get(school_map["ro_map"].url).content.decode()
    assert "Casa de Cultură Gherla" in page


def test_map_and_list_show_the_same_located_places(client, school_map):
    """Map/list parity: every feature is a place of the list, with the same link."""
    from html.parser import HTMLParser

    class ListLinks(HTMLParser):
        def __init__(self):
            super().__init__()
            self.in_name = False
            self.links = set()

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "h3" and "place-list__name" in (attrs.get("class") or ""):
                self.in_name = True
            elif tag == "a" and self.in_name:
                self.links.add(attrs["href"])

        def handle_endtag(self, tag):
            if tag == "h3":
                self.in_name = False

    parser = ListLinks()
    parser.feed(client.get(school_map["en_map"].url).content.decode())
    _response, document = fetch(client, school_map["en_map"])
    feature_links = {f["properties"]["url"] for f in document["features"]}
    assert feature_links < parser.links  # the list holds all of them, and the unlocated one
    assert len(parser.links) == len(PLACES)


def test_features_carry_the_programme_and_its_colour(client, school_map):
    _response, document = fetch(client, school_map["ro_map"])
    slug = school_map["ro"][0].programme
    assert slug
    colour = get_programme(slug).info.colour
    assert {f["properties"]["colour"] for f in document["features"]} == {colour}
    assert {f["properties"]["programme"] for f in document["features"]} == {slug}


def test_a_snippet_place_is_mapped_with_its_own_link_and_no_programme():
    snippet = KitPlaceSnippet(
        pk=7, name="Fabrica de Pensule", latitude=Decimal("46.776"), longitude=Decimal("23.611")
    )
    collection = feature_collection([snippet], url_of=lambda place: place.openstreetmap_url())
    assert geojson.loads(json.dumps(collection)).is_valid
    (feature,) = collection["features"]
    assert feature["id"] == 7
    assert feature["properties"]["url"].startswith("https://www.openstreetmap.org/")
    assert programme_properties(snippet) == {}


@pytest.mark.parametrize("count", [3, 30])
def test_the_endpoint_query_count_does_not_grow_with_the_places(
    client, demo_site, django_assert_max_num_queries, count
):
    places = [
        (f"Școala {n}", f"School {n}", "", "Cluj-Napoca", "Cluj", Decimal("46.7"), Decimal("23.5"))
        for n in range(count)
    ]
    made = make_map(places=places)
    client.get(made["ro_map"].url + "geojson/")  # warm Wagtail's site caches
    with django_assert_max_num_queries(12):
        response, document = fetch(client, made["ro_map"])
    assert len(document["features"]) == count

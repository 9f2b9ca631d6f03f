"""The network map: layers and filters, valid GeoJSON per layer, the same content as a list
without JavaScript, "near this site" by great-circle distance in the database, query budgets."""

from __future__ import annotations

import json
from decimal import Decimal
from urllib.parse import urlsplit

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.directories.contract import assert_valid_geojson
from cms.translations import in_language
from plugins.heritage.demo_network import build_network_map
from plugins.heritage.models import HeritageSitePage, ProducerPage
from plugins.heritage.nearby import within_km

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def network_map_built(network_built):
    demo, section, _communes = network_built
    return build_network_map(demo, section)


@pytest.fixture
def network_map(network_map_built, network):
    return network_map_built


def geojson(client, url: str) -> dict:
    response = client.get(url)
    assert response.status_code == 200, (url, response.content)
    assert response["Content-Type"].startswith("application/geo+json")
    data = json.loads(response.content)
    assert_valid_geojson(data)
    return data


def listed_paths(html: str) -> list[str]:
    import re

    return re.findall(r'class="network-layer__link" href="([^"]+)"', html)


@pytest.mark.parametrize("layer", ["communes", "sites", "producers"])
def test_each_layer_is_valid_geojson_in_longitude_latitude_order(client, network_map, layer):
    data = geojson(client, f"{network_map.url}layers/{layer}/map.geojson")
    assert data["features"] and {f["properties"]["layer"] for f in data["features"]} == {layer}
    if layer == "sites":
        castle = next(f for f in data["features"] if f["properties"]["name"] == "Castelul Bánffy")
        assert castle["geometry"]["coordinates"] == [23.8064, 46.9133]  # [lon, lat]
        assert castle["properties"]["commune"] == "Bonțida"


@pytest.mark.parametrize(
    "query",
    ["", "county=Maramureș", "layer=sites&category=natural", "layer=producers&craft=food",
     "category=church", "layer=communes&layer=producers&county=Cluj"],
)  # fmt: skip
@pytest.mark.parametrize("language", ["ro", "en"])
def test_the_list_without_javascript_shows_what_the_map_draws(
    client, network, network_map, query, language
):
    demo, _section, _communes = network
    page = network_map if language == "ro" else demo.translation_of(network_map)
    response = client.get(f"{page.url}?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    listed = listed_paths(html)
    mapped = [urlsplit(f["properties"]["url"]).path for f in geojson(client, f"{page.url}map.geojson?{query}")["features"]]  # fmt: skip
    assert listed and sorted(listed) == sorted(mapped)
    # Each layer's document holds that layer's part of the same selection.
    by_layer = []
    for layer in ("communes", "sites", "producers"):
        by_layer += [urlsplit(f["properties"]["url"]).path for f in geojson(client, f"{page.url}layers/{layer}/map.geojson?{query}")["features"]]  # fmt: skip
    assert set(mapped) <= set(by_layer)


def test_the_filters_narrow_each_layer(client, network_map):
    html = client.get(f"{network_map.url}?county=Maramureș").content.decode()
    assert "Biserica de lemn din Bârsana" in html and "Ion Bud" in html
    assert "Castelul Bánffy" not in html and "Anei Pop" not in html
    html = client.get(f"{network_map.url}?layer=sites&category=natural").content.decode()
    assert "Detunatele" in html and "Poiana cu narcise" in html
    assert "Castelul Bánffy" not in html and 'id="layer-communes"' not in html
    html = client.get(f"{network_map.url}?craft=honey&layer=producers").content.decode()
    assert listed_paths(html) == [ProducerPage.objects.get(in_language("ro"), slug="stupina-bucium").url]  # fmt: skip


@pytest.mark.parametrize(
    "query", ["layer=rivers", "county=Atlantida", "category=palace", "craft=plastic"]
)
def test_a_filter_value_that_means_nothing_is_a_400_in_the_visitors_language(
    client, network, network_map, query
):
    demo, _section, _communes = network
    response = client.get(f"{network_map.url}?{query}")
    assert response.status_code == 400
    assert "Nu există această opțiune." in response.content.decode()
    english = demo.translation_of(network_map)
    response = client.get(f"{english.url}?{query}")
    assert response.status_code == 400 and "There is no such choice" in response.content.decode()
    assert client.get(f"{network_map.url}map.geojson?{query}").status_code == 400


def test_an_unknown_layer_is_not_found(client, network_map):
    assert client.get(f"{network_map.url}layers/rivers/map.geojson").status_code == 404


# --- near this site ----------------------------------------------------------------------------


def place_site(commune, slug, latitude, longitude, **more):
    return commune.add_child(
        instance=HeritageSitePage(
            title=f"Sit {slug}", slug=slug, category="natural",
            latitude=Decimal(latitude), longitude=Decimal(longitude), **more,
        )
    )  # fmt: skip


def test_the_radius_query_measures_great_circle_distances_computed_by_hand(network):
    _demo, _section, communes = network
    commune = communes["bucium"]
    for slug, lat, lon in [
        ("north", "46.100000", "23.000000"),  # R·Δφ = 6371.0088 · 0.1·π/180 = 11.1195 km
        ("east", "46.000000", "23.100000"),  # 2R·asin(cos 46° · sin 0.05°) = 7.7243 km
        ("corner", "46.090000", "23.170000"),  # in the bounding box, but 16.5 km away
        ("far", "46.200000", "23.000000"),  # 22.24 km
    ]:
        place_site(commune, slug, lat, lon)
    rows = within_km(HeritageSitePage.objects.all(), 46.0, 23.0, 15)
    found = {row.slug: row.distance_km for row in rows}
    assert list(found) == ["east", "north"]  # nearest first
    assert found["north"] == pytest.approx(11.1195, abs=1e-3)
    assert found["east"] == pytest.approx(7.7243, abs=1e-3)
    # Measured by the database: the SQL itself holds the haversine formula.
    assert "ASIN" in str(rows.query).upper()


def test_a_site_page_lists_the_sites_and_producers_near_it(network, client):
    demo, _section, communes = network
    castle = HeritageSitePage.objects.get(slug="castelul-banffy", locale=demo.ro)
    near = castle.nearby()
    assert [site.slug for site in near["sites"]] == ["biserica-reformata-bontida"]
    assert [producer.slug for producer in near["producers"]] == ["atelier-tesut-bontida"]
    assert near["sites"][0].distance_km == pytest.approx(0.4652, abs=2e-3)
    html = client.get(castle.url).content.decode()
    assert "Biserica reformată din Bonțida" in html
    assert "0,5 km" in html  # Romanian decimal comma
    assert "Bârsana" not in html  # 100 km north: not near
    english = client.get(demo.translation_of(castle).url).content.decode()
    assert "The Reformed church of Bonțida" in english


def test_the_site_page_and_the_map_cost_the_same_queries_at_n_and_10n(network, network_map, client):
    demo, _section, communes = network
    castle = HeritageSitePage.objects.get(slug="castelul-banffy", locale=demo.ro)
    urls = [
        castle.url,
        network_map.url,
        network_map.url + "?county=Cluj&category=church",
        network_map.url + "map.geojson",
        network_map.url + "layers/sites/map.geojson",
        network_map.url + "layers/producers/map.geojson?craft=food",
    ]

    def counts():
        found = []
        for url in urls:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200, url
            found.append(len(queries))
        return found

    def grow(start: int, count: int):
        for number in range(start, start + count):
            commune = communes[["bontida", "barsana", "bucium"][number % 3]]
            offset = Decimal(number) / 10000
            place_site(commune, f"crescut-{number}", Decimal("46.9133") + offset, "23.8064")
            commune.add_child(
                instance=ProducerPage(
                    title=f"Producător {number}", slug=f"producator-{number}", craft="food",
                    latitude=Decimal("46.9133"), longitude=Decimal("23.8064") + offset,
                )
            )  # fmt: skip

    grow(0, 3)
    client.get(castle.url)  # warm the per-process caches
    few = counts()
    grow(3, 27)
    assert len(castle.nearby()["sites"]) >= 10
    assert counts() == few

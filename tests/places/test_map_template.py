"""The map component: the list of places comes first and is complete without JavaScript; the
map is a container that map.js enhances, fed by the endpoint or by a json_script block; with no
tile server the page is the list alone. No inline script or style (a CSP forbids them)."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import geojson
import pytest

from django.template import Context, Template
from django.test import override_settings
from django.utils import translation

from cms.places.templatetags.places_tags import link_function
from tests.kit_apps.kit_places.models import KitPlaceSnippet
from tests.places.conftest import make_map

pytestmark = pytest.mark.django_db


def map_section(html: str) -> str:
    start = html.index('<section class="place-map"')
    return html[start : html.index("</section>", start)]


def test_the_list_names_links_and_addresses_every_place_before_the_map(client, school_map):
    section = map_section(client.get(school_map["ro_map"].url).content.decode())
    assert section.index('class="place-list"') < section.index("data-place-map")
    for page in school_map["ro"]:
        assert f'<a href="{page.url}">' in section
    assert "Str. Onisifor Ghibu 23<br>Cluj-Napoca, Cluj<br>România" in section
    assert "Gherla, Cluj<br>România" in section
    # Only located places (or those with their own link) point at OpenStreetMap.
    assert section.count("openstreetmap.org/?mlat=") == 2
    assert "Vedeți pe OpenStreetMap" in section


def test_the_map_container_names_itself_and_points_at_the_geojson(client, school_map):
    section = map_section(client.get(school_map["en_map"].url).content.decode())
    canvas = re.search(r"<div class=\"place-map__canvas\"[^>]*>", section).group(0)
    assert 'role="region"' in canvas
    assert 'aria-label="Map: Places"' in canvas
    assert f'data-geojson-url="{school_map["en_map"].url}geojson/"' in canvas
    assert 'data-tile-url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"' in canvas
    assert "OpenStreetMap&lt;/a&gt; contributors" in canvas
    assert " hidden" in canvas  # shown by map.js only once it has something to draw


def test_no_inline_script_or_style_and_no_third_party_script(client, school_map):
    section = map_section(client.get(school_map["ro_map"].url).content.decode())
    assert 'style="' not in section
    assert not re.search(r"\son[a-z]+=", section)
    for tag in re.findall(r"<script[^>]*>", section):
        assert 'type="application/json"' in tag or re.search(r'src="/static/places/', tag), tag
    for href in re.findall(r'<link rel="stylesheet" href="([^"]+)"', section):
        assert href.startswith("/static/places/")


def test_without_an_endpoint_the_geojson_is_printed_for_the_script(client, demo_site):
    made = make_map(embed_geojson=True)
    html = client.get(made["ro_map"].url).content.decode()
    printed = re.search(
        r'<script id="place-map-data" type="application/json">(.*?)</script>', html
    ).group(1)
    document = geojson.loads(printed)
    assert document.is_valid
    served = json.loads(client.get(made["ro_map"].url + "geojson/").content)
    assert json.loads(printed) == served
    assert 'data-geojson-id="place-map-data"' in html


@override_settings(MAP_TILE_URL="")
def test_with_no_tile_server_the_page_is_the_list_alone(client, school_map):
    section = map_section(client.get(school_map["ro_map"].url).content.decode())
    assert "data-place-map" not in section
    assert "<script" not in section
    assert "leaflet" not in section
    assert section.count('class="place-list__item"') == 3


def test_a_map_with_no_places_says_so_and_draws_nothing(client, demo_site):
    made = make_map(places=[])
    section = map_section(client.get(made["en_map"].url).content.decode())
    assert "No places to show." in section
    assert "data-place-map" not in section


def test_the_tag_links_snippets_through_url_of():
    snippet = KitPlaceSnippet(
        pk=3,
        name="Fabrica de Pensule",
        locality="Cluj-Napoca",
        latitude=Decimal("46.776"),
        longitude=Decimal("23.611"),
    )
    template = Template(
        "{% load places_tags %}{% place_map places url_of=url_of heading='Hubs' map_id='hubs' %}"
    )
    with translation.override("en"):
        html = template.render(
            Context(
                {
                    "places": [snippet],
                    "url_of": link_function(lambda place: f"/en/hubs/{place.pk}/"),
                }
            )
        )
    assert '<h2 id="hubs-heading">Hubs</h2>' in html
    assert '<a href="/en/hubs/3/">Fabrica de Pensule</a>' in html
    data = json.loads(re.search(r'<script id="hubs-data"[^>]*>(.*?)</script>', html).group(1))
    assert data["features"][0]["properties"]["url"] == "/en/hubs/3/"


@pytest.mark.parametrize("count", [3, 30])
def test_the_map_page_query_count_does_not_grow_with_the_places(
    client, demo_site, django_assert_max_num_queries, count
):
    places = [
        (f"Școala {n}", f"School {n}", "", "Dej", "Cluj", Decimal("47.14"), Decimal("23.87"))
        for n in range(count)
    ]
    made = make_map(places=places, embed_geojson=True)
    client.get(made["ro_map"].url)  # warm Wagtail's site caches
    with django_assert_max_num_queries(20):
        response = client.get(made["ro_map"].url)
    assert response.content.decode().count('class="place-list__item"') == count

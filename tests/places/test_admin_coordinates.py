"""Editors pick coordinates on a map: the typed fields stay (they work without JavaScript), the
picker is a panel whose Leaflet files are served by the site, and every file it names exists
under production's manifest storage."""

from __future__ import annotations

import re

import pytest

from django.test import override_settings
from django.urls import reverse

from tests.kit_apps.kit_places.models import KitMapPage, KitPlacePage, KitPlaceSnippet
from tests.places.conftest import make_map
from tests.test_admin_under_production import manifest_static  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("harta", "harta@cccluj.ro", "x")
    client.force_login(user)
    return client


def assert_has_the_picker(html: str) -> None:
    assert 'name="latitude"' in html and 'name="longitude"' in html
    picker = re.search(r"<div class=\"coordinates-picker\"[^>]*>", html).group(0)
    assert 'data-latitude-input="id_latitude"' in picker
    assert 'data-longitude-input="id_longitude"' in picker
    assert 'data-tile-url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"' in picker
    assert re.search(r'<script src="/static/places/vendor/leaflet/leaflet\.[0-9a-f]+\.js"', html)
    assert re.search(r'<script src="/static/places/coordinates-picker\.[0-9a-f]+\.js"', html)
    assert re.search(r'href="/static/places/vendor/leaflet/leaflet\.[0-9a-f]+\.css"', html)


@pytest.mark.usefixtures("manifest_static")
def test_the_page_editor_shows_the_picker_under_production_storage(editor, demo_site):
    made = make_map()
    place = made["ro"][0]
    add = reverse("wagtailadmin_pages:add", args=["kit_places", "kitplacepage", made["ro_map"].pk])
    for url in (add, reverse("wagtailadmin_pages:edit", args=[place.pk])):
        response = editor.get(url)
        assert response.status_code == 200, url
        assert_has_the_picker(response.content.decode())
    assert KitMapPage.objects.filter(pk=made["ro_map"].pk).exists()


@pytest.mark.usefixtures("manifest_static")
def test_the_snippet_editor_shows_the_picker_under_production_storage(editor, demo_site):
    snippet = KitPlaceSnippet.objects.create(name="Fabrica de Pensule", locale_id=1)
    viewset = KitPlaceSnippet.snippet_viewset
    for url in (
        reverse(viewset.get_url_name("add")),
        reverse(viewset.get_url_name("edit"), args=[snippet.pk]),
    ):
        response = editor.get(url)
        assert response.status_code == 200, url
        assert_has_the_picker(response.content.decode())


@override_settings(MAP_TILE_URL="")
def test_without_a_tile_server_the_editor_has_the_typed_fields_only(editor, demo_site):
    made = make_map(places=[])
    add = reverse("wagtailadmin_pages:add", args=["kit_places", "kitplacepage", made["ro_map"].pk])
    html = editor.get(add).content.decode()
    assert 'name="latitude"' in html
    assert "coordinates-picker" not in html


def test_typed_coordinates_are_saved_and_wrong_ones_are_explained_by_the_field(editor, demo_site):
    made = make_map(places=[])
    add = reverse("wagtailadmin_pages:add", args=["kit_places", "kitplacepage", made["ro_map"].pk])
    form = {
        "title": "Liceul de Arte Plastice „Romulus Ladea”",
        "slug": "liceul-romulus-ladea",
        "address": "Piața Avram Iancu 15",
        "locality": "Cluj-Napoca",
        "county": "Cluj",
        "country": "RO",
        "latitude": "46.769000",
        "longitude": "",
        "osm_url": "",
    }
    response = editor.post(add, form)
    assert response.status_code == 200  # shown again, with the message by the field
    assert "Completați și latitudinea, și longitudinea, sau niciuna." in response.content.decode()
    assert not KitPlacePage.objects.filter(slug="liceul-romulus-ladea").exists()

    form["longitude"] = "23.590500"
    response = editor.post(add, form)
    assert response.status_code == 302
    saved = KitPlacePage.objects.get(slug="liceul-romulus-ladea")
    assert saved.coordinates == (46.769, 23.5905)

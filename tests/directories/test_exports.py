"""Open data: `export.csv`, `export.json` and `map.geojson` hold the page's selection, in its
order, with the public fields only."""

from __future__ import annotations

import csv
import io
import json

import pytest

from cms.directories.contract import assert_valid_geojson
from tests.directories.conftest import SCHOOLS
from tests.kit_apps.kit_directories.models import KitTopic

pytestmark = pytest.mark.django_db

PUBLIC = [
    "title",
    "url",
    "kind",
    "locality",
    "year_joined",
    "website",
    "latitude",
    "longitude",
    "topics",
]


def read_csv(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_csv_has_a_header_of_the_public_fields_and_one_row_per_entry(directory, client):
    response = client.get(directory.url + "export.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    assert ".csv" in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    assert text.splitlines()[0].split(",") == PUBLIC
    rows = read_csv(response)
    assert len(rows) == len(SCHOOLS)
    sincai = next(row for row in rows if "Șincai" in row["title"])
    assert sincai["kind"] == "Școală"  # the label, in the page's language
    assert sincai["topics"] == "Lectură"
    assert sincai["url"].startswith("http") and "/ro/sectiune-0/scoli/colegiul-" in sincai["url"]
    assert sincai["latitude"] == "46.769"


def test_the_private_contact_email_is_in_no_export(directory, client):
    csv_text = client.get(directory.url + "export.csv").content.decode("utf-8-sig")
    json_text = client.get(directory.url + "export.json").content.decode()
    geojson_text = client.get(directory.url + "map.geojson").content.decode()
    for text in (csv_text, json_text, geojson_text):
        assert "contact_email" not in text
        assert "director@scoala.example.ro" not in text
    # …although every entry has one: the test can fail.
    assert directory.entries().exclude(contact_email="").count() == len(SCHOOLS)


def test_json_is_a_list_of_objects_with_the_filters_and_order_of_the_page(directory, client):
    response = client.get(directory.url + "export.json", {"kind": "school", "near": "Telciu"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    rows = json.loads(response.content)
    assert isinstance(rows, list) and all(list(row) == PUBLIC for row in rows)
    assert len(rows) == 8
    assert rows[0]["title"] == "Școala Gimnazială Telciu"  # nearest first
    assert rows[0]["year_joined"] == 2021 and rows[0]["latitude"] == 47.428
    reading = KitTopic.objects.get(name="Lectură")
    by_topic = json.loads(client.get(directory.url + "export.json", {"topics": reading.pk}).content)
    assert {row["title"] for row in by_topic} == {
        school.title for school in SCHOOLS if "reading" in school.topics
    }
    assert all(row["topics"] and "Lectură" in row["topics"] for row in by_topic)


def test_exports_refuse_what_the_page_refuses_with_a_400_that_says_why(directory, client):
    as_csv = client.get(directory.url + "export.csv", {"kind": "castle"})
    assert as_csv.status_code == 400
    assert "kind:" in as_csv.content.decode()
    as_json = client.get(directory.url + "export.json", {"year_joined": "abc"})
    assert as_json.status_code == 400
    assert set(json.loads(as_json.content)["errors"]) == {"year_joined"}
    as_geojson = client.get(directory.url + "map.geojson", {"sort": "distance"})
    assert as_geojson.status_code == 400
    assert "near" in json.loads(as_geojson.content)["errors"]


def test_geojson_has_one_feature_per_filtered_place_with_name_url_programme_and_colour(
    directory, client
):
    from cms.plugin_manager import get_programme

    response = client.get(
        directory.url + "map.geojson", {"locality": "Cluj-Napoca", "kind": "library"}
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    data = json.loads(response.content)
    assert_valid_geojson(data)
    assert [f["properties"]["name"] for f in data["features"]] == [
        "Biblioteca Județeană „Octavian Goga”"
    ]
    properties = data["features"][0]["properties"]
    programme = get_programme(directory.programme)
    assert properties["programme"] == directory.programme
    assert properties["colour"] == programme.info.colour
    assert properties["programme_name"] == programme.info.name_in("ro")
    assert properties["url"].endswith("/scoli/biblioteca-judeteana-octavian-goga/")
    assert data["features"][0]["geometry"]["coordinates"] == [23.5949, 46.7711]


def test_geojson_leaves_out_entries_without_coordinates_which_the_list_still_shows(
    directory, client
):
    data = json.loads(client.get(directory.url + "map.geojson").content)
    assert len(data["features"]) == len(SCHOOLS) - 1
    assert "Căminul cultural Suatu" not in {f["properties"]["name"] for f in data["features"]}


def test_a_directory_of_entries_that_are_not_places_has_no_map_feed_and_no_distance(tree, client):
    from tests.kit_apps.kit_directories.models import KitReadingListPage, KitReadingPage

    reading_list = tree.section.add_child(
        instance=KitReadingListPage(title="Lecturi Pre-Texts", slug="lecturi")
    )
    reading_list.add_child(
        instance=KitReadingPage(title="Micul prinț", slug="micul-print", intro="Lectură cu elevii.")
    )
    assert client.get(reading_list.url + "map.geojson").status_code == 404
    assert client.get(reading_list.url, {"sort": "distance"}).status_code == 400
    page = client.get(reading_list.url).content.decode()
    assert 'name="near"' not in page and 'name="sort"' not in page
    rows = json.loads(client.get(reading_list.url + "export.json").content)
    assert rows == [{"title": "Micul prinț", "url": rows[0]["url"], "intro": "Lectură cu elevii."}]


def test_file_routes_exist_only_on_directories_and_respect_view_restrictions(
    tree, directory, client
):
    from wagtail.models import PageViewRestriction

    assert client.get(tree.section.url + "export.csv").status_code == 404
    assert client.get(directory.url + "export.xml").status_code == 404
    PageViewRestriction.objects.create(
        page=directory, restriction_type=PageViewRestriction.PASSWORD, password="parola-retelei"
    )
    for name in ("export.csv", "export.json", "map.geojson"):
        response = client.get(directory.url + name)
        assert response.status_code == 200
        assert b"Colegiul" not in response.content, name  # the password form, not the data

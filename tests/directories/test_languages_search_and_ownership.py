"""A directory in both languages, in the sitemap and search, owned by its programme, with
schema.org data on its entries."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html import unescape

import pytest

from django.contrib.auth import get_user_model

from cms.models import ProgrammeTeam
from cms.site_urls import absolute_url
from cms.teams import setup_teams
from tests.directories.conftest import SCHOOLS
from tests.kit_apps.kit_directories.models import KitSchoolPage, KitTopic

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return re.findall(
        r'class="directory-entry__link" href="[^"]+">([^<]+)</a>',
        unescape(response.content.decode()),
    )


def test_the_english_directory_lists_the_english_entries_with_english_labels(english, client):
    response = client.get(english.url, {"kind": "library"})
    assert response.status_code == 200
    text = unescape(response.content.decode())
    assert '<html lang="en"' in text
    assert english.url.startswith("/en/")
    assert sorted(titles(response)) == ["Octavian Goga County Library", "Suatu Cultural Hall"]
    assert "Filter and sort" in text and "Filtrează" not in text


def test_a_topic_is_one_value_in_both_languages_named_in_the_pages_language(english, client):
    """The English entries still point at the Romanian topics (copy_for_translation copies the
    many-to-many as it is): the English facet counts them under the English name."""
    reading_en = KitTopic.objects.get(name="Reading")
    response = client.get(english.url, {"topics": reading_en.pk})
    assert len(titles(response)) == sum("reading" in school.topics for school in SCHOOLS)
    text = unescape(response.content.decode())
    assert "Reading (" in text and "Lectură" not in text
    rows = json.loads(client.get(english.url + "export.json", {"topics": reading_en.pk}).content)
    assert all("Reading" in row["topics"] for row in rows)
    # The Romanian copy's id selects the same entries on the English page.
    reading_ro = KitTopic.objects.get(name="Lectură")
    assert titles(client.get(english.url, {"topics": reading_ro.pk})) == titles(response)


def test_the_english_map_feed_names_places_in_english(english, client):
    data = json.loads(client.get(english.url + "map.geojson", {"kind": "library"}).content)
    assert [f["properties"]["name"] for f in data["features"]] == ["Octavian Goga County Library"]
    assert "/en/" in data["features"][0]["properties"]["url"]
    assert data["features"][0]["properties"]["programme_name"]


def test_the_language_switcher_and_hreflang_point_at_the_other_directory(
    english, directory, client
):
    text = client.get(directory.url).content.decode()
    assert f'hreflang="en" href="{absolute_url(english.url)}"' in text


def test_index_and_entries_are_in_the_sitemap_with_both_languages(english, directory, client):
    namespaces = {
        "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
        "x": "http://www.w3.org/1999/xhtml",
    }
    root = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 (our own output)
    alternates = {
        url.findtext("s:loc", namespaces=namespaces): {
            link.get("hreflang") for link in url.findall("x:link", namespaces)
        }
        for url in root.findall("s:url", namespaces)
    }
    entry = KitSchoolPage.objects.child_of(directory).first()
    assert alternates[absolute_url(directory.url)] == {"ro", "en"}
    assert alternates[absolute_url(entry.url)] == {"ro", "en"}
    # Filtered selections are not separate pages: only the directory itself is listed.
    assert not [url for url in alternates if "?" in url]


def test_an_entry_is_found_by_search_in_its_language_with_its_type(english, directory, client):
    from cms.search.models import SearchDocument

    entry = KitSchoolPage.objects.child_of(directory).get(title__contains="Traian")
    document = SearchDocument.objects.get(page=entry)
    assert document.language == "ro" and document.type_key == "school"
    assert document.programme == directory.programme
    found = client.get("/ro/search/", {"q": "Traian Dârjan"}).content.decode()
    assert entry.url in found
    found_en = client.get("/en/search/", {"q": "Traian Dârjan School"}).content.decode()
    assert "/en/" in found_en and "traian-darjan" in found_en


def test_entries_and_directory_belong_to_the_programme_of_their_section(tree, directory):
    assert directory.programme == tree.programme
    assert set(KitSchoolPage.objects.child_of(directory).values_list("programme", flat=True)) == {
        tree.programme
    }


def test_only_the_team_of_the_owning_programme_edits_the_entries(tree, directory, english):
    setup_teams()
    teams = {team.programme: team.group for team in ProgrammeTeam.objects.select_related("group")}
    own, other = (
        get_user_model().objects.create_user("own"),
        get_user_model().objects.create_user("other"),
    )
    own.groups.add(teams[tree.programme])
    other.groups.add(teams[tree.other_programme])
    for entry in [
        *KitSchoolPage.objects.child_of(directory),
        *KitSchoolPage.objects.child_of(english),
    ]:
        assert entry.permissions_for_user(own).can_edit(), entry
        assert not entry.permissions_for_user(other).can_edit(), entry
    assert directory.permissions_for_user(own).can_add_subpage()
    assert not directory.permissions_for_user(other).can_add_subpage()


def test_the_other_teams_member_is_refused_the_edit_view(tree, directory, client):
    setup_teams()
    team = ProgrammeTeam.objects.select_related("group").get(programme=tree.other_programme)
    other = get_user_model().objects.create_user("other", password="parola-lunga-2026")
    other.groups.add(team.group)
    client.force_login(other)
    entry = KitSchoolPage.objects.child_of(directory).first()
    response = client.get(f"/admin/pages/{entry.pk}/edit/")
    assert response.status_code in (302, 403)


def test_an_entry_page_carries_schema_org_json_ld_of_its_type(directory, client):
    entry = KitSchoolPage.objects.child_of(directory).get(title__contains="Telciu")
    text = client.get(entry.url).content.decode()
    assert text.count('<script type="application/ld+json">') == 1
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S).group(1)
    )
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "School"
    assert data["name"] == "Școala Gimnazială Telciu"
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 47.428, "longitude": 24.403}
    assert data["address"]["addressLocality"] == "Telciu"
    assert data["url"].endswith(entry.url)
    # The entry's page shows its public details, never the private email.
    assert "Telciu" in text and "director@scoala.example.ro" not in text
    assert directory.url in text  # back to the directory


def test_the_directory_carries_an_item_list_of_the_entries_on_the_page(directory, client):
    text = client.get(directory.url, {"page": 2}).content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S).group(1)
    )
    assert data["@type"] == "ItemList" and data["numberOfItems"] == len(SCHOOLS)
    assert [item["position"] for item in data["itemListElement"]] == [6, 7, 8, 9, 10]

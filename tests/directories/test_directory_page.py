"""The public page of a directory: filters and facets, removable choices, pages, canonical URLs,
orders by name and by distance, and refusals that say why."""

from __future__ import annotations

import re
from html import unescape

import pytest

from cms.directories.contract import listed_paths
from cms.site_urls import absolute_url
from tests.directories.conftest import SCHOOLS
from tests.kit_apps.kit_directories.models import KitTopic

pytestmark = pytest.mark.django_db


def html(response) -> str:
    return unescape(response.content.decode())


def titles(response) -> list[str]:
    return re.findall(r'class="directory-entry__link" href="[^"]+">([^<]+)</a>', html(response))


def option(response, param: str, label: str) -> str:
    """The text of the option of `param`'s select whose label starts with `label`."""
    select = re.search(rf'<select id="directory-{param}".*?</select>', html(response), re.S)
    assert select, param
    found = re.search(
        rf'<option value="([^"]*)"( selected)?>({re.escape(label)}[^<]*)</option>', select.group(0)
    )
    assert found, (param, label, select.group(0))
    return found.group(3)


def test_a_filter_narrows_the_list_and_every_facet_counts_what_the_other_filters_leave(
    directory, client
):
    everything = client.get(directory.url)
    assert '<p role="status">10 ' in html(everything)
    assert option(everything, "kind", "Școală") == "Școală (8)"
    assert option(everything, "kind", "Bibliotecă") == "Bibliotecă (2)"
    assert option(everything, "kind", "Grădiniță") == "Grădiniță (0)"  # a choice no entry has
    assert option(everything, "locality", "Cluj-Napoca") == "Cluj-Napoca (8)"

    libraries = client.get(directory.url, {"kind": "library"})
    assert libraries.status_code == 200
    assert sorted(titles(libraries)) == [
        "Biblioteca Județeană „Octavian Goga”",
        "Căminul cultural Suatu",
    ]
    # The kind's own facet still counts every kind (the other filters: none)…
    assert option(libraries, "kind", "Școală") == "Școală (8)"
    # …the locality's facet counts libraries only.
    assert option(libraries, "locality", "Cluj-Napoca") == "Cluj-Napoca (1)"
    assert option(libraries, "locality", "Suatu") == "Suatu (1)"
    assert "Telciu" not in re.search(
        r'<select id="directory-locality".*?</select>', html(libraries), re.S
    ).group(0)


def test_filters_combine_and_a_related_filter_matches_a_topic(directory, client):
    reading = KitTopic.objects.get(name="Lectură")
    response = client.get(directory.url, {"topics": reading.pk, "locality": "Cluj-Napoca"})
    assert sorted(titles(response)) == [
        "Biblioteca Județeană „Octavian Goga”",
        "Colegiul Național „Gheorghe Șincai”",
        "Școala Gimnazială „Iuliu Hațieganu”",
    ]
    assert option(response, "topics", "Lectură") == "Lectură (3)"
    by_year = client.get(directory.url, {"year_joined": "2019"})
    assert len(titles(by_year)) == 3


def test_each_chosen_filter_is_shown_with_a_link_that_removes_it_alone(directory, client):
    response = client.get(directory.url, {"locality": "Cluj-Napoca", "kind": "school"})
    chosen = re.search(
        r'<section class="directory-chosen".*?</section>', html(response), re.S
    ).group(0)
    links = {
        text.split(":")[0].strip(): href
        for href, text in re.findall(r'<li><a href="([^"]+)">([^<]+)<', chosen)
    }
    assert links["Kind"] == directory.url + "?locality=Cluj-Napoca"
    assert links["Localitate"] == directory.url + "?kind=school"  # the places kit, in Romanian
    without_kind = client.get(links["Kind"])
    assert option(without_kind, "kind", "Bibliotecă") == "Bibliotecă (1)"
    assert 'class="directory-chosen"' in html(without_kind)


def test_pages_follow_each_other_and_every_entry_is_listed_once(directory, client):
    paths = listed_paths(directory, client)
    assert len(paths) == len(SCHOOLS) == len(set(paths))
    second = client.get(directory.url, {"page": "2"})
    assert 'rel="prev"' in html(second)
    assert len(titles(second)) == 5


@pytest.mark.parametrize("number", ["0", "-3", "abc", "99999999999999999999", "3"])
def test_a_page_number_out_of_range_shows_the_first_or_last_page_never_an_error(
    directory, client, number
):
    response = client.get(directory.url, {"page": number})
    assert response.status_code == 200
    expected_first = number in ("0", "-3", "abc")
    first_titles = titles(client.get(directory.url))
    assert (titles(response) == first_titles) == expected_first


def canonical(response) -> str:
    return re.search(r'<link rel="canonical" href="([^"]+)">', html(response)).group(1)


def test_the_canonical_address_keeps_filters_in_sorted_order_and_drops_the_page(directory, client):
    base = absolute_url(directory.url)
    response = client.get(directory.url + "?page=2&locality=Cluj-Napoca&sort=name&kind=school")
    assert canonical(response) == base + "?kind=school&locality=Cluj-Napoca"
    # The same selection written another way has the same canonical address.
    other = client.get(directory.url + "?topics=&kind=school&locality=Cluj-Napoca")
    assert canonical(other) == canonical(response)
    assert canonical(client.get(directory.url + "?page=2")) == base
    assert canonical(client.get(directory.url + "?near=Telciu")) == base + "?near=Telciu"


def test_the_next_page_link_is_canonical_too(directory, client):
    response = client.get(directory.url + "?sort=name&kind=school")
    next_link = re.search(r'<a href="([^"]+)" rel="next">', html(response)).group(1)
    assert next_link == directory.url + "?kind=school&page=2"


def test_names_are_in_romanian_alphabetical_order(directory, client):
    response = client.get(directory.url, {"locality": "Cluj-Napoca", "kind": "school"})
    second = client.get(directory.url, {"locality": "Cluj-Napoca", "kind": "school", "page": 2})
    assert titles(response) + titles(second) == [
        "Colegiul Național „Gheorghe Șincai”",
        "Colegiul Tehnic „Anghel Saligny”",
        "Colegiul Transilvania",
        "Liceul Teoretic „Eugen Pora”",
        "Liceul Teoretic „Onisifor Ghibu”",
        # Ș after every S and before T, whatever the database's collation says
        "Școala Gimnazială „Iuliu Hațieganu”",
        "Școala „Traian Dârjan”",
    ]


def test_sort_by_distance_from_a_locality_puts_entries_without_coordinates_last(directory, client):
    response = client.get(directory.url, {"sort": "distance", "near": "Telciu", "kind": "library"})
    assert titles(response) == ["Biblioteca Județeană „Octavian Goga”", "Căminul cultural Suatu"]
    near_telciu = client.get(
        directory.url, {"near": "Telciu", "topics": KitTopic.objects.get(name="Arte vizuale").pk}
    )
    assert titles(near_telciu)[0] == "Școala Gimnazială Telciu"
    assert re.search(r"\d+[.,]\d km", html(near_telciu))
    near_cluj = client.get(
        directory.url,
        {"near": "Cluj-Napoca", "topics": KitTopic.objects.get(name="Arte vizuale").pk},
    )
    assert titles(near_cluj)[-1] == "Școala Gimnazială Telciu"


@pytest.mark.parametrize(
    "params, field",
    [
        ({"kind": "castle"}, "kind"),
        ({"year_joined": "last year"}, "year_joined"),
        ({"year_joined": "9" * 30}, "year_joined"),
        ({"topics": "9" * 30}, "topics"),
        ({"topics": "999999"}, "topics"),
        ({"topics": "teatru"}, "topics"),
        ({"sort": "popularity"}, "order"),
        ({"sort": "distance"}, "order"),
        ({"sort": "name", "near": "Telciu"}, "order"),
        ({"near": "Paris"}, "order"),
        ({"locality": "x" * 500}, "locality"),
    ],
)
def test_a_value_that_cannot_be_meant_is_a_400_with_the_message_by_its_field(
    directory, client, params, field
):
    response = client.get(directory.url, params)
    assert response.status_code == 400
    text = html(response)
    assert 'class="error-summary"' in text
    assert f'href="#directory-{field}"' in text
    assert f'id="directory-{field}-error"' in text
    assert 'class="directory-entry"' not in text


def test_a_possible_value_no_entry_has_finds_nothing_and_says_so(directory, client):
    response = client.get(directory.url, {"locality": "Mănăstireni"})
    assert response.status_code == 200
    assert titles(response) == []
    assert "Mănăstireni (0)" in html(response)


def test_the_page_works_without_javascript_and_has_no_inline_script_or_style(directory, client):
    text = client.get(directory.url).content.decode()
    assert re.search(r'<form class="directory-filters" method="get"', text)
    assert '<button type="submit">' in text
    for label in re.findall(r'<label for="([^"]+)"', text):
        assert f'id="{label}"' in text
    scripts = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", text)
    assert all('type="application/ld+json"' in attributes for attributes in scripts), scripts
    main = text.split('<main id="main"')[1].split("</main>")[0]
    assert ' style="' not in main and " onclick=" not in main


def test_a_refused_form_keeps_the_valid_choices_and_offers_every_value(directory, client):
    response = client.get(directory.url, {"kind": "castle", "locality": "Telciu"})
    assert response.status_code == 400
    assert option(response, "locality", "Telciu").startswith("Telciu (")
    assert re.search(r'<option value="Telciu" selected>', html(response))
    assert option(response, "kind", "Bibliotecă") == "Bibliotecă (0)"  # in Telciu: none
    assert "Nu există această opțiune." in html(response)  # in the visitor's language


def test_an_editor_previews_a_directory_saved_or_not(directory):
    from tests.kit_apps.kit_directories.models import KitSchoolDirectoryPage

    saved = directory.make_preview_request()
    assert saved.status_code == 200
    assert "Colegiul Transilvania" in saved.content.decode()
    unsaved = KitSchoolDirectoryPage(title="Școli noi", slug="scoli-noi", locale=directory.locale)
    response = unsaved.make_preview_request()
    assert response.status_code == 200
    assert "Școli noi" in response.content.decode()


def test_a_directory_of_places_draws_its_filtered_selection_on_a_map_after_its_list(
    directory, client
):
    response = client.get(directory.url, {"kind": "school"})
    page = html(response)
    section = re.search(r'<section class="place-map"[^>]*>', page).group(0)
    # Hidden until the script draws it: without JavaScript the directory's list is the page.
    assert "hidden" in section and "data-place-map-section" in section
    assert f'aria-label="Harta: {directory.title}"' in page  # the map region names its directory
    canvas = re.search(r'data-geojson-url="([^"]+)"', page).group(1)
    assert canvas == directory.url + "map.geojson?kind=school"
    # The map's own list of places is not repeated under the directory's list.
    assert 'class="place-list"' not in page
    assert page.index('class="directory-filters"') < page.index('class="place-map"')

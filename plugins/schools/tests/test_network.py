"""The Cluj School Network: filters, figures "in numbers", the map feed, the contact teacher's
consent and the query budget as the network grows tenfold."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.testing import make_home_pages
from plugins.schools.models import SchoolNetworkPage, SchoolPage, SchoolsSectionPage

pytestmark = pytest.mark.django_db

# title, kind, setting, status, year, locality, latitude, longitude
SCHOOLS = [
    ("Colegiul Transilvania", "colegiu", "urban", "member", 2019, "Cluj-Napoca", "46.7720", "23.5990"),
    ("Liceul Teoretic „Eugen Pora”", "liceu", "urban", "member", 2019, "Cluj-Napoca", "46.7560", "23.5600"),
    ("Colegiul Național „Gheorghe Șincai”", "colegiu", "urban", "joining", 2021, "Cluj-Napoca", "46.7685", "23.5935"),
    ("Școala Gimnazială Florești (demo)", "gimnaziala", "metropolitan", "joining", 2021, "Florești", "46.7465", "23.4905"),
    ("Școala Gimnazială Mărișel (demo)", "gimnaziala", "rural", "member", 2022, "Mărișel", None, None),
    ("Școala Gimnazială Săcuieu (demo)", "speciala", "rural", "alumni", 2020, "Săcuieu", "46.8240", "22.9350"),
]  # fmt: skip


def school_page(title, kind, setting, status, year, locality, latitude, longitude, **more):
    return SchoolPage(
        title=title,
        kind=kind,
        setting=setting,
        status=status,
        year_joined=year,
        locality=locality,
        county="Cluj",
        latitude=Decimal(latitude) if latitude else None,
        longitude=Decimal(longitude) if longitude else None,
        contact_name="Ioana Pop (demo)",
        contact_email="ioana.pop@scoala.example.ro",
        **more,
    )


@pytest.fixture
def network() -> SchoolNetworkPage:
    cache.clear()  # Wagtail caches site root paths
    home, _home_en = make_home_pages()
    section = home.add_child(instance=SchoolsSectionPage(title="Arta în Joacă", slug="arta"))
    network = section.add_child(
        instance=SchoolNetworkPage(title="Rețeaua Școlilor din Cluj", slug="retea")
    )
    for number, row in enumerate(SCHOOLS):
        page = school_page(*row, slug=f"scoala-{number}")
        network.add_child(instance=page)
    return network


def titles(rows) -> set[str]:
    return {row["title"] for row in rows}


def exported(client, network, query: str = "") -> list[dict]:
    response = client.get(f"{network.url}export.json?{query}")
    assert response.status_code == 200, response.content
    return json.loads(response.content)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("locality=Florești", {3}),
        ("kind=colegiu", {0, 2}),
        ("kind=gimnaziala", {3, 4}),
        ("status=joining", {2, 3}),
        ("status=alumni", {5}),
        ("year_joined=2019", {0, 1}),
        ("kind=colegiu&status=joining", {2}),
    ],
)
def test_each_filter_narrows_the_list_and_the_exports(client, network, query, expected):
    assert titles(exported(client, network, query)) == {SCHOOLS[i][0] for i in expected}
    page = client.get(f"{network.url}?{query}").content.decode()
    for number, row in enumerate(SCHOOLS):
        assert (f"/scoala-{number}/" in page) == (number in expected), (query, row[0])


@pytest.mark.parametrize("query", ["kind=universitate", "status=founder", "year_joined=anul"])
def test_a_value_no_filter_can_mean_is_refused_with_a_400(client, network, query):
    assert client.get(f"{network.url}?{query}").status_code == 400


def test_the_figures_are_computed_from_the_records_in_a_fixed_number_of_queries(network, client):
    with CaptureQueriesContext(connection) as queries:
        figures = network.figures()
    # One aggregate over the schools, one over the residencies they hosted, one over the
    # programme's events; each `.public()` reads the view restrictions (one more each).
    assert len(queries) <= 6
    assert figures == {
        "residencies": 0,
        "artists": 0,
        "trainings": 0,
        "workshops": 0,
        "camps": 0,
        "schools": 6,
        "members": 3,
        "joining": 2,
        "urban": 3,
        "metropolitan": 1,
        "rural": 2,
        "localities": 4,
    }
    # A record changes: the figure follows.
    school = SchoolPage.objects.get(slug="scoala-3")
    school.status = "member"
    school.setting = "rural"
    school.save_revision().publish()
    figures = network.figures()
    assert (figures["members"], figures["joining"]) == (4, 1)
    assert (figures["metropolitan"], figures["rural"]) == (0, 3)


def test_the_figures_are_shown_above_the_list_for_the_whole_network(network, client):
    html = client.get(f"{network.url}?status=alumni").content.decode()
    figures = html.index('id="network-figures-title"')
    assert figures < html.index('class="directory-entries"')
    # The whole network, not the filtered selection: 3 members even when only alumni are listed.
    section = html[figures : html.index("</section>", figures)]
    assert "<dd>3</dd>" in section and "<dd>4</dd>" in section  # members, localities


def test_an_unpublished_school_is_not_counted(network):
    SchoolPage.objects.get(slug="scoala-0").unpublish()
    assert network.figures()["members"] == 2


def test_the_map_feed_has_every_school_with_coordinates(network, client):
    response = client.get(f"{network.url}map.geojson")
    assert response["Content-Type"].startswith("application/geo+json")
    features = json.loads(response.content)["features"]
    with_coordinates = [row for row in SCHOOLS if row[6]]
    assert sorted(f["properties"]["name"] for f in features) == sorted(
        row[0] for row in with_coordinates
    )
    eugen_pora = next(f for f in features if "Eugen Pora" in f["properties"]["name"])
    assert eugen_pora["geometry"] == {"type": "Point", "coordinates": [23.56, 46.756]}
    assert all(f["properties"]["programme"] == "schools" for f in features)


def test_the_contact_teacher_is_shown_only_with_consent_and_never_exported(network, client):
    school = SchoolPage.objects.get(slug="scoala-0")
    assert "ioana.pop@scoala.example.ro" not in client.get(school.url).content.decode()
    assert "Ioana Pop" not in client.get(school.url).content.decode()
    school.contact_consent = True
    school.save_revision().publish()
    assert "ioana.pop@scoala.example.ro" in client.get(school.url).content.decode()
    for name in ("export.json", "export.csv"):
        body = client.get(f"{network.url}{name}").content.decode("utf-8-sig")
        assert "ioana.pop" not in body and "Ioana Pop" not in body, name


def test_a_photo_needs_its_description(network):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="Curtea școlii", file=get_test_image_file())
    school = SchoolPage.objects.get(slug="scoala-0")
    school.photo = image
    with pytest.raises(ValidationError) as refused:
        school.full_clean()
    assert "photo_alt_text" in refused.value.message_dict
    school.photo_alt_text = "Elevi pictând un perete al curții școlii"
    school.full_clean()


def test_schools_are_found_in_search_as_schools():
    from cms.search.facets import SEARCH_TYPES

    assert SchoolPage.search_type in SEARCH_TYPES
    assert SchoolPage.schema_type == "School"


def grow(network, count: int) -> None:
    """`count` more schools, quickly: paths numbered here, rows saved without add_child."""
    start = network.get_children_count()
    for number in range(start + 1, start + count + 1):
        row = SCHOOLS[number % len(SCHOOLS)]
        page = school_page(
            f"{row[0]} {number}",
            *row[1:],
            slug=f"crescut-{number}",
            path=SchoolPage._get_path(network.path, network.depth + 1, number),
            depth=network.depth + 1,
            numchild=0,
            url_path=f"{network.url_path}crescut-{number}/",
            locale_id=network.locale_id,
            live=True,
        )
        page.save(clean=False)
    SchoolNetworkPage.objects.filter(pk=network.pk).update(numchild=start + count)
    network.refresh_from_db()


def query_counts(client, network) -> dict[str, int]:
    counts = {}
    for selection in ("", "page=2", "kind=colegiu&status=joining&year_joined=2021"):
        for name in ("", "export.csv", "export.json", "map.geojson"):
            with CaptureQueriesContext(connection) as queries:
                response = client.get(f"{network.url}{name}?{selection}")
            assert response.status_code == 200, (name, selection)
            counts[f"{name or 'page'}?{selection}"] = len(queries)
    return counts


def test_the_network_costs_the_same_queries_at_15_and_150_schools(network, client):
    grow(network, 15 - len(SCHOOLS))
    assert network.entries().count() == 15
    client.get(network.url)  # warm the per-process caches (site root paths, settings)
    few = query_counts(client, network)
    grow(network, 135)
    assert network.entries().count() == 150
    assert network.figures()["schools"] == 150
    assert query_counts(client, network) == few

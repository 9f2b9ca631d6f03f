"""Communes and their heritage sites: where a site may live, what a commune's page gathers from
its records (in both languages), the landmark cards, and the query budget as the network grows."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.directories.contract import check_directory_page
from plugins.heritage.models import (
    CommuneIndexPage,
    CommunePage,
    HeritageSectionPage,
    HeritageSitePage,
    InSituEventPage,
    ProducerPage,
)

pytestmark = pytest.mark.django_db


def html_of(client, page) -> str:
    response = client.get(page.url)
    assert response.status_code == 200, (page.url, response.status_code)
    return response.content.decode()


# --- where a heritage site may live -------------------------------------------------------------


def test_a_heritage_site_is_created_under_a_commune_and_nowhere_else(network):
    _demo, section, communes = network
    commune = communes["bontida"]
    index = commune.get_parent().specific
    site = HeritageSitePage.objects.child_of(commune).first()
    assert HeritageSitePage.can_create_at(commune)
    for elsewhere in (section, index, site, section.get_parent()):
        assert not HeritageSitePage.can_create_at(elsewhere), type(elsewhere.specific)
    assert HeritageSitePage.allowed_parent_page_models() == [CommunePage]
    assert CommunePage.allowed_parent_page_models() == [CommuneIndexPage]


def test_a_site_knows_its_commune_from_where_it_lives_in_each_language(network):
    demo, _section, communes = network
    commune = communes["bontida"]
    site = HeritageSitePage.objects.get(slug="castelul-banffy", locale=demo.ro)
    english = demo.translation_of(site)
    assert site.commune_id == commune.pk
    assert english.commune_id == demo.translation_of(commune).pk


def test_a_commune_has_one_landmark(network):
    _demo, _section, communes = network
    second = HeritageSitePage.objects.child_of(communes["bontida"]).get(
        slug="biserica-reformata-bontida"
    )
    second.is_landmark = True
    with pytest.raises(ValidationError) as refused:
        second.full_clean()
    assert "is_landmark" in refused.value.message_dict
    second.is_landmark = False
    second.full_clean()


def test_a_promotion_panel_and_its_text_go_together(network):
    _demo, _section, communes = network
    site = HeritageSitePage.objects.child_of(communes["bontida"]).get(slug="castelul-banffy")
    site.panel_text = ""
    with pytest.raises(ValidationError) as refused:
        site.full_clean()
    assert "panel_text" in refused.value.message_dict
    site.has_panel = False
    site.panel_text = "Un text fără panou"
    with pytest.raises(ValidationError) as refused:
        site.full_clean()
    assert "has_panel" in refused.value.message_dict


# --- what a commune's page gathers ------------------------------------------------------------


def add_event(demo, section, commune, title_ro, title_en, start: datetime.date, slug: str):
    return demo.page(
        section,
        InSituEventPage,
        ro={"title": title_ro, "slug": slug, "commune": commune},
        en={"title": title_en, "slug": slug, "commune": demo.translation_of(commune)},
        start_date=start,
        start_time=datetime.time(11, 0),
        end_time=datetime.time(18, 0),
    )


@pytest.mark.parametrize("language", ["ro", "en"])
def test_a_commune_page_gathers_its_sites_producers_and_next_event_in_its_language(
    network, client, frozen, language
):
    demo, section, communes = network
    today = frozen.date()
    bontida, barsana = communes["bontida"], communes["barsana"]
    add_event(demo, section, bontida, "Zi in situ la Bonțida", "In-situ day in Bonțida",
              today + datetime.timedelta(days=40), "zi-bontida")  # fmt: skip
    add_event(demo, section, bontida, "Atelier trecut la Bonțida", "Past workshop in Bonțida",
              today - datetime.timedelta(days=3), "trecut-bontida")  # fmt: skip
    add_event(demo, section, bontida, "Întâlnirea rețelei la Bonțida", "Network meeting in Bonțida",
              today + datetime.timedelta(days=12), "intalnire-bontida")  # fmt: skip
    add_event(demo, section, barsana, "Zi in situ la Bârsana", "In-situ day in Bârsana",
              today + datetime.timedelta(days=5), "zi-barsana")  # fmt: skip
    page = bontida if language == "ro" else demo.translation_of(bontida)
    html = html_of(client, page)

    expected = {
        "ro": ["Castelul Bánffy", "Biserica reformată din Bonțida", "Atelierul de țesut al Anei Pop (demo)", "Întâlnirea rețelei la Bonțida"],
        "en": ["Bánffy Castle", "The Reformed church of Bonțida", "Atelierul de țesut al Anei Pop (demo)", "Network meeting in Bonțida"],
    }  # fmt: skip
    for text in expected[language]:
        assert text in html, text
    other = "en" if language == "ro" else "ro"
    assert "Biserica reformată din Bonțida" not in html or language == "ro"
    assert expected[other][3] not in html
    # The next one only: not the later day, not the past one, not another commune's.
    for title in ("Zi in situ la Bonțida", "In-situ day in Bonțida", "Atelier trecut", "Past workshop", "Bârsana"):  # fmt: skip
        assert title not in html, title
    # Records of other communes stay on their pages.
    assert "Biserica de lemn din Bârsana" not in html and "wooden church of Bârsana" not in html


def test_a_commune_page_follows_its_records_never_a_copy(network, client):
    demo, _section, communes = network
    bontida = communes["bontida"]
    site = HeritageSitePage.objects.child_of(bontida).get(slug="biserica-reformata-bontida")
    site.title = "Biserica reformată-calvină din Bonțida"
    site.save_revision().publish()
    ProducerPage.objects.child_of(bontida).get().unpublish()
    html = html_of(client, bontida)
    assert "Biserica reformată-calvină din Bonțida" in html
    assert "Atelierul de țesut" not in html
    # Without an event ahead, the page says nothing of one.
    assert 'id="next-event-heading"' not in html


def test_the_story_is_numbered_as_the_real_site_numbers_it(network, client):
    _demo, _section, communes = network
    html = html_of(client, communes["bontida"])
    numbers = [html.index(f"{n:02d}/04") for n in range(1, 5)]
    assert numbers == sorted(numbers)
    assert "05/04" not in html


@pytest.mark.parametrize("language", ["ro", "en"])
def test_the_section_page_shows_one_landmark_card_per_commune(network, client, language):
    demo, section, _communes = network
    page = section if language == "ro" else demo.translation_of(section)
    html = html_of(client, page)
    cards = {
        "ro": ["Castelul Bánffy", "Biserica de lemn din Bârsana", "Poiana cu narcise de la Negrileasa"],
        "en": ["Bánffy Castle", "The wooden church of Bârsana", "The daffodil glade at Negrileasa"],
    }  # fmt: skip
    for title in cards[language]:
        assert title in html, title
    assert html.count('class="landmark-card"') == 3
    assert "Detunatele" not in html  # a site, not its commune's landmark


def test_the_commune_index_keeps_the_directory_contract_in_both_languages(network, client):
    demo, _section, communes = network
    index = communes["bontida"].get_parent().specific
    check_directory_page(index, client)
    check_directory_page(demo.translation_of(index), client)


def test_the_commune_index_filters_by_county_and_year(network, client):
    _demo, _section, communes = network
    index = communes["bontida"].get_parent().specific
    html = client.get(f"{index.url}?county=Maramureș").content.decode()
    assert "/barsana/" in html and "/bontida/" not in html
    assert client.get(f"{index.url}?member_since=anul").status_code == 400


# --- the query budget as the network grows tenfold ---------------------------------------------


def grow(index, section_count: int) -> None:
    """More communes, each with a landmark and a plain site (Romanian only is enough here)."""
    start = index.get_children_count()
    for number in range(start, start + section_count):
        commune = index.add_child(
            instance=CommunePage(
                title=f"Comuna {number}",
                slug=f"comuna-{number}",
                county="Cluj" if number % 2 else "Alba",
                member_since=2019 + number % 3,
                tagline="O comună de test",
                latitude=Decimal("46.5") + Decimal(number) / 1000,
                longitude=Decimal("23.5"),
            )
        )
        for landmark in (True, False):
            commune.add_child(
                instance=HeritageSitePage(
                    title=f"Obiectiv {number} {landmark}",
                    slug=f"obiectiv-{landmark}".lower(),
                    category="church",
                    is_landmark=landmark,
                    latitude=Decimal("46.5"),
                    longitude=Decimal("23.5") + Decimal(number) / 1000,
                )
            )
        index.refresh_from_db()


def query_counts(client, pages) -> list[int]:
    counts = []
    for page in pages:
        for suffix in ("", "?county=Cluj", "map.geojson", "export.json"):
            if suffix and not isinstance(page.specific, CommuneIndexPage):
                continue
            with CaptureQueriesContext(connection) as queries:
                assert client.get(page.url + suffix).status_code == 200
            counts.append(len(queries))
    return counts


def test_section_index_and_commune_pages_cost_the_same_queries_at_n_and_10n(network, client):
    _demo, section, communes = network
    index = communes["bontida"].get_parent().specific
    bontida = communes["bontida"]
    pages = [section, index, bontida]
    grow(index, 3 - len(communes))
    client.get(section.url)  # warm the per-process caches (site root paths, settings)
    few = query_counts(client, pages)
    grow(index, 27)
    for number in range(20):  # the commune's own sites grow tenfold too
        bontida.add_child(
            instance=HeritageSitePage(
                title=f"Sit {number}", slug=f"sit-{number}", category="museum"
            )
        )
    assert CommunePage.objects.child_of(index).count() == 30
    assert HeritageSectionPage.objects.get(pk=section.pk).landmarks().__len__() == 30
    assert query_counts(client, pages) == few


def test_a_site_moved_to_another_commune_belongs_to_that_commune(network):
    _demo, _section, communes = network
    site = HeritageSitePage.objects.child_of(communes["bontida"]).get(slug="castelul-banffy")
    site.move(communes["barsana"], pos="last-child")
    site = HeritageSitePage.objects.get(pk=site.pk)
    assert site.commune_id == communes["barsana"].pk
    assert site in list(communes["barsana"].heritage_sites())

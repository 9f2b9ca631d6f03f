"""Producers and craftspeople: under their commune, in a directory filtered by craft and commune,
their contact shown only with consent, and a producer's request to be listed → moderation."""

from __future__ import annotations

import json

import pytest

from django.test import Client
from django.urls import reverse

from wagtail.models import WorkflowState

from cms.directories.contract import check_directory_page
from cms.submissions.models import Proposal, ProposalStatus
from cms.translations import in_language
from plugins.heritage.demo_network import build_producer_directory
from plugins.heritage.models import CommunePage, HeritageSitePage, ProducerPage

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def producers_built(network_built):
    demo, section, _communes = network_built
    return build_producer_directory(demo, section)


@pytest.fixture
def producers(producers_built, network):
    return producers_built


def exported(client, directory, query: str = "") -> set[str]:
    response = client.get(f"{directory.url}export.json?{query}")
    assert response.status_code == 200, response.content
    return {row["title"] for row in json.loads(response.content)}


def test_a_producer_lives_under_a_commune_only(network):
    _demo, section, communes = network
    site = HeritageSitePage.objects.child_of(communes["bontida"]).first()
    assert ProducerPage.allowed_parent_page_models() == [CommunePage]
    assert ProducerPage.can_create_at(communes["bontida"])
    assert not ProducerPage.can_create_at(section) and not ProducerPage.can_create_at(site)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("craft=weaving", {"Atelierul de țesut al Anei Pop (demo)"}),
        ("craft=woodwork", {"Ion Bud, sculptor în lemn (demo)"}),
        ("craft=pottery", set()),
        ("commune={barsana}", {"Ion Bud, sculptor în lemn (demo)", "Gospodăria Pașca (demo)"}),
        ("commune={barsana}&craft=food", {"Gospodăria Pașca (demo)"}),
        ("commune={bucium}", {"Stupina din Izbita (demo)"}),
    ],
)
def test_the_directory_filters_by_craft_and_commune(network, producers, client, query, expected):
    _demo, _section, communes = network
    query = query.format(**{slug: page.pk for slug, page in communes.items()})
    assert exported(client, producers, query) == expected
    html = client.get(f"{producers.url}?{query}").content.decode()
    for title in exported(client, producers):
        assert (title in html) == (title in expected), title


@pytest.mark.parametrize("query", ["craft=plastic", "commune=999999", "commune=Bonțida"])
def test_a_filter_value_that_means_nothing_is_refused_with_a_400(producers, client, query):
    assert client.get(f"{producers.url}?{query}").status_code == 400


def test_the_english_directory_filters_by_the_english_commune(network, producers, client):
    demo, _section, communes = network
    directory_en = demo.translation_of(producers)
    barsana_en = demo.translation_of(communes["barsana"])
    html = client.get(f"{directory_en.url}?commune={barsana_en.pk}").content.decode()
    assert 'lang="en"' in html and "Ion Bud" in html and "Anei Pop" not in html
    assert "Woodwork and carving" in html or "woodwork and carving" in html


def test_the_producers_directory_keeps_the_directory_contract(network, producers, client):
    demo, _section, _communes = network
    check_directory_page(producers, client)
    check_directory_page(demo.translation_of(producers), client)


def test_the_producers_contact_is_shown_only_with_consent_and_never_exported(
    network, producers, client
):
    _demo, _section, communes = network
    with_consent = ProducerPage.objects.get(in_language("ro"), slug="sculptor-barsana")
    without = ProducerPage.objects.get(in_language("ro"), slug="palinca-barsana")
    assert "sculptor-barsana@example.ro" in client.get(with_consent.url).content.decode()
    assert "palinca-barsana@example.ro" not in client.get(without.url).content.decode()
    assert "0700 000 000" not in client.get(without.url).content.decode()
    for name in ("export.json", "export.csv"):
        body = client.get(f"{producers.url}{name}").content.decode("utf-8-sig")
        assert "@example.ro" not in body and "0700" not in body, name


# --- a producer asks to be listed ---------------------------------------------------------------


ANSWERS = {
    "title": "Ceramica din Coasta (demo)",
    "craft": "pottery",
    "products": "Căni și străchini.",
    "how_to_buy": "În atelier.",
    "locality": "Coasta",
    "proposer_name": "Ioana Rusu",
    "proposer_email": "ioana.rusu@example.org",
    "consent": "on",
}


def test_a_producers_proposal_waits_for_the_team_then_is_listed_under_its_commune(
    network, producers, client, mailoutbox, django_capture_on_commit_callbacks
):
    from django.contrib.auth import get_user_model

    from cms.models import ProgrammeTeam
    from cms.teams import setup_teams

    setup_teams()
    _demo, _section, communes = network
    bontida = communes["bontida"]
    html = client.get(bontida.url).content.decode()
    form_url = bontida.url + bontida.reverse_subpage("proposal_form")
    assert f'href="{form_url}"' in html  # the commune's page links its form
    assert f'href="{form_url}"' in client.get(producers.url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(form_url, ANSWERS)
    assert response.status_code == 303
    entry = ProducerPage.objects.get(title=ANSWERS["title"])
    assert not entry.live and entry.get_parent().pk == bontida.pk
    assert entry.commune_id == bontida.pk
    assert Proposal.objects.get(page=entry).status == ProposalStatus.AWAITING_MODERATION
    # Not public while it waits.
    assert ANSWERS["title"] not in exported(client, producers)
    assert ANSWERS["title"] not in client.get(bontida.url).content.decode()

    moderator = get_user_model().objects.create_user("moderatoare", "m@cccluj.ro", "x")
    moderator.groups.add(ProgrammeTeam.objects.get(programme="heritage").group)
    state = WorkflowState.objects.get(object_id=str(entry.pk), status="in_progress")
    admin = Client()
    admin.force_login(moderator)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(entry.pk, "approve", state.current_task_state.pk),
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert admin.post(url, {"comment": ""}).status_code == 302
    entry.refresh_from_db()
    assert entry.live
    assert Proposal.objects.get(page=entry).status == ProposalStatus.PUBLISHED
    assert ANSWERS["title"] in exported(client, producers, "craft=pottery")
    assert ANSWERS["title"] in client.get(bontida.url).content.decode()
    assert any(message.to == [ANSWERS["proposer_email"]] for message in mailoutbox)


def test_a_proposal_without_consent_is_refused_in_the_visitors_language(network, client):
    demo, _section, communes = network
    bontida_en = demo.translation_of(communes["bontida"])
    url = bontida_en.url + bontida_en.reverse_subpage("proposal_form")
    response = client.post(url, {**ANSWERS, "consent": ""})
    assert response.status_code == 400
    assert 'lang="en"' in response.content.decode()
    assert not ProducerPage.objects.filter(title=ANSWERS["title"]).exists()


def test_the_directory_and_a_producers_page_cost_the_same_queries_at_n_and_10n(
    network, producers, client
):
    from decimal import Decimal

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _demo, _section, communes = network
    producer = ProducerPage.objects.get(in_language("ro"), slug="sculptor-barsana")
    urls = [
        producers.url,
        f"{producers.url}?craft=food",
        f"{producers.url}?commune={communes['bontida'].pk}",
        f"{producers.url}export.json",
        f"{producers.url}map.geojson",
        producer.url,
    ]

    def grow(start: int, count: int) -> None:
        for number in range(start, start + count):
            commune = communes[["bontida", "barsana", "bucium"][number % 3]]
            commune.add_child(
                instance=ProducerPage(
                    title=f"Producător {number}",
                    slug=f"producator-{number}",
                    craft=["food", "pottery", "honey"][number % 3],
                    latitude=Decimal("46.9"),
                    longitude=Decimal("23.8"),
                )
            )

    def counts() -> list[int]:
        found = []
        for url in urls:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200, url
            found.append(len(queries))
        return found

    grow(0, 1)
    client.get(producers.url)  # warm the per-process caches
    few = counts()
    assert producers.entries().count() == 5
    grow(1, 45)
    assert producers.entries().count() == 50
    assert counts() == few

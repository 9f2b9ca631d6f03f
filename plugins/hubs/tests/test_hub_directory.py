"""The hub directory of Huburi creative: its filters, its export, "Add your hub" (proposal →
moderation → the owner's update), the duplicate flag, a hostile description, and a query budget
that does not grow with the hubs. The kit's machinery is tested in tests/submissions and
tests/directories; these tests check what the hubs plugin declares on it."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from io import StringIO
from types import SimpleNamespace

import pytest

from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Locale, WorkflowState

from cms.submissions.duplicates import likely_duplicates
from cms.submissions.models import Proposal, ProposalStatus
from cms.testing import make_home_pages
from plugins.hubs.models import (
    HubDirectoryPage,
    HubFacility,
    HubPage,
    HubSector,
    HubService,
    HubsSectionPage,
)

pytestmark = pytest.mark.django_db

PROPOSER = "ioana.rusu@example.org"


@pytest.fixture
def hubs():
    """The hubs section and its directory in ro and en, the teams set up, four listed hubs."""
    home, _ = make_home_pages()
    english = Locale.objects.get(language_code="en")
    section = home.add_child(instance=HubsSectionPage(title="Huburi creative", slug="huburi"))
    section.copy_for_translation(english).save_revision().publish()
    call_command("setup_teams", stdout=StringIO())
    directory = section.add_child(
        instance=HubDirectoryPage(title="Harta huburilor", slug="harta-huburilor")
    )
    directory_en = directory.copy_for_translation(english)
    directory_en.title = "Map of hubs"
    directory_en.save_revision().publish()

    def hub(title, slug, **fields):
        traits = {name: fields.pop(name, []) for name in ("sectors", "services", "facilities")}
        page = directory.add_child(instance=HubPage(title=title, slug=slug, **fields))
        for name, codes in traits.items():
            model = HubPage._meta.get_field(name).related_model
            getattr(page, name).set(model.objects.filter(code__in=codes))
        page.save_revision().publish()
        return page

    listed = {
        "betahaus": hub(
            "betahaus",
            "betahaus",
            kind="coworking",
            mode="static",
            country="DE",
            locality="Berlin",
            latitude=Decimal("52.52"),
            longitude=Decimal("13.405"),
            website="https://www.betahaus.com",
            membership="regular",
            sectors=["digital"],
            services=["coworking"],
            facilities=["meeting-rooms"],
        ),
        "cltp": hub(
            "CLTP Hub",
            "cltp-hub",
            kind="incubator",
            mode="static",
            country="RO",
            locality="Cluj-Napoca",
            latitude=Decimal("46.770439"),
            longitude=Decimal("23.591423"),
            sectors=["design", "film"],
            services=["mentoring", "training"],
            facilities=["studio"],
        ),
        "makerspace": hub(
            "Cluj Makerspace",
            "cluj-makerspace",
            kind="makerspace",
            mode="static",
            country="RO",
            locality="Cluj-Napoca",
            sectors=["crafts"],
            services=["training"],
            facilities=["fabrication", "workshop"],
        ),
        "online": hub(
            "Online Makers Network",
            "online-makers-network",
            kind="other",
            mode="online",
            country="EE",
            locality="Tallinn",
            sectors=["digital", "crafts"],
            services=["networking"],
        ),
    }
    return SimpleNamespace(section=section, ro=directory, en=directory_en.specific, listed=listed)


def exported(client, directory, query="") -> list[dict]:
    response = client.get(f"{directory.url}export.json?{query}")
    assert response.status_code == 200, response.content[:300]
    return json.loads(response.content)


def titles(client, directory, query="") -> set[str]:
    return {row["title"] for row in exported(client, directory, query)}


# --- filters and export ------------------------------------------------------------------------------


def test_every_filter_narrows_the_directory(client, hubs):
    def pk(model, code):
        return model.objects.get(code=code).pk

    assert len(titles(client, hubs.ro)) == 4
    cases = {
        "country=RO": {"CLTP Hub", "Cluj Makerspace"},
        "kind=makerspace": {"Cluj Makerspace"},
        "mode=online": {"Online Makers Network"},
        f"sector={pk(HubSector, 'digital')}": {"betahaus", "Online Makers Network"},
        f"services={pk(HubService, 'training')}": {"CLTP Hub", "Cluj Makerspace"},
        f"facilities={pk(HubFacility, 'fabrication')}": {"Cluj Makerspace"},
        f"country=RO&services={pk(HubService, 'mentoring')}": {"CLTP Hub"},
    }
    for query, expected in cases.items():
        assert titles(client, hubs.ro, query) == expected, query


def test_the_filters_are_offered_with_their_counts_in_the_readers_language(client, hubs):
    body = client.get(hubs.ro.url).content.decode()
    for label in ("Țară", "Tip", "Mod de lucru", "Sectoare", "Servicii", "Dotări"):
        assert label in body, label
    assert "digital și jocuri (2)" in body
    assert "România (2)" in body and "Germania (1)" in body  # countries by name, not code
    assert f'<a href="{hubs.ro.url}propose/">Adăugați-vă hubul</a>' in body  # "Add your hub"
    english = hubs.listed["betahaus"].copy_for_translation(hubs.en.locale)
    english.save_revision().publish()
    body = client.get(hubs.en.url).content.decode()
    assert "digital and games (1)" in body and "betahaus" in body


def test_a_value_no_filter_can_mean_is_refused_with_a_400(client, hubs):
    for query in ("kind=castle", "mode=flying", "sector=abc", "facilities=999999", "country=XYZ"):
        assert client.get(f"{hubs.ro.url}?{query}").status_code == 400, query


def test_the_export_holds_the_public_fields_only(client, hubs):
    [betahaus] = [row for row in exported(client, hubs.ro) if row["title"] == "betahaus"]
    assert list(betahaus) == ["title", "url", *HubDirectoryPage.export_fields]
    assert betahaus["country"] == "DE"
    assert betahaus["website"] == "https://www.betahaus.com"
    assert betahaus["mode"] == "fix"  # choices export their label, in the page's language
    assert betahaus["membership"] == "membru cu drepturi depline"
    assert betahaus["sectors"] == ["digital și jocuri"]
    assert betahaus["facilities"] == ["săli de întâlnire"]
    assert (betahaus["latitude"], betahaus["longitude"]) == (52.52, 13.405)
    assert "description" not in betahaus and "logo" not in betahaus
    csv = client.get(f"{hubs.ro.url}export.csv").content.decode("utf-8-sig")
    assert csv.splitlines()[0].split(",") == ["title", "url", *HubDirectoryPage.export_fields]


def test_the_map_feed_shows_the_hubs_with_coordinates(client, hubs):
    feed = json.loads(client.get(f"{hubs.ro.url}map.geojson").content)
    assert {f["properties"]["name"] for f in feed["features"]} == {"betahaus", "CLTP Hub"}


# --- "Add your hub" ----------------------------------------------------------------------------------


def answers(**overrides) -> dict:
    data = {
        "title": "Fabrica de Pensule",
        "kind": "collective",
        "mode": "static",
        "locality": "Cluj-Napoca",
        "country": "RO",
        "website": "https://www.fabricadepensule.ro",
        "sectors": [str(HubSector.objects.get(code="visual-arts").pk)],
        "services": [str(HubService.objects.get(code="residencies").pk)],
        "description": "Spațiu independent pentru artă contemporană.\n\nAteliere și galerii.",
        "proposer_name": "Ioana Rusu",
        "proposer_email": PROPOSER,
        "consent": "on",
    }
    data.update(overrides)
    return data


def propose(client, directory, data, capture):
    url = directory.url + directory.reverse_subpage("proposal_form")
    with capture(execute=True):
        return client.post(url, data)


def test_a_hub_is_proposed_moderated_and_updated_by_its_owner(
    client, hubs, mailoutbox, django_capture_on_commit_callbacks
):
    from django.contrib.auth import get_user_model

    from cms.models import ProgrammeTeam

    response = propose(client, hubs.en, answers(), django_capture_on_commit_callbacks)
    assert response.status_code == 303
    entry = HubPage.objects.get(title="Fabrica de Pensule")
    assert not entry.live and entry.locale.language_code == "en"
    latest = entry.get_latest_revision_as_object()
    assert latest.kind == "collective" and latest.country == "RO"
    assert [s.code for s in latest.sectors.all()] == ["visual-arts"]
    assert Proposal.objects.get().language == "en"

    # The team moderates: approve, as the admin's workflow action does.
    moderator = get_user_model().objects.create_user("moderatoare", "m@cccluj.ro", "x")
    moderator.groups.add(ProgrammeTeam.objects.get(programme="hubs").group)
    state = WorkflowState.objects.get(object_id=str(entry.pk), status="in_progress")
    task_state = state.current_task_state
    admin = Client()
    admin.force_login(moderator)
    url = reverse("wagtailadmin_pages:workflow_action", args=(entry.pk, "approve", task_state.pk))
    with django_capture_on_commit_callbacks(execute=True):
        assert admin.post(url, {"comment": ""}).status_code == 302
    entry.refresh_from_db()
    assert entry.live
    assert Proposal.objects.get().status == ProposalStatus.PUBLISHED
    published = [m for m in mailoutbox if m.to == [PROPOSER]][-1]
    assert "is published" in published.subject

    # The owner corrects it through the link in the email: a new revision, moderated again.
    [link] = re.findall(r"https?://\S+/update/\S+/", published.body)
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    changed = answers(mode="mobile", description="Acum și cu un atelier mobil.")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(path, changed)
    assert response.status_code == 303
    entry.refresh_from_db()
    assert entry.live and entry.mode == "static" and entry.has_unpublished_changes
    assert entry.get_latest_revision_as_object().mode == "mobile"
    assert WorkflowState.objects.filter(object_id=str(entry.pk), status="in_progress").exists()


def test_a_hub_with_the_website_host_of_a_listed_hub_is_flagged_as_a_likely_duplicate(
    client, hubs, django_capture_on_commit_callbacks
):
    data = answers(
        title="Betahaus Kreuzberg",
        locality="Berlin",
        country="DE",
        website="http://betahaus.com/berlin",
    )
    assert propose(client, hubs.ro, data, django_capture_on_commit_callbacks).status_code == 303
    proposed = HubPage.objects.get(title="Betahaus Kreuzberg")
    found = likely_duplicates(proposed)
    assert [(d.page.pk, d.reason) for d in found] == [(hubs.listed["betahaus"].pk, "website")]

    other = answers(title="Hub nou", website="https://hub-nou.example.org")
    assert propose(client, hubs.ro, other, django_capture_on_commit_callbacks).status_code == 303
    assert likely_duplicates(HubPage.objects.get(title="Hub nou")) == []


def test_a_hub_with_a_similar_name_in_the_same_city_is_flagged_but_not_in_another_city(
    client, hubs, django_capture_on_commit_callbacks
):
    same_city = answers(title="Cluj Maker Space", website="", locality="Cluj-Napoca")
    assert (
        propose(client, hubs.ro, same_city, django_capture_on_commit_callbacks).status_code == 303
    )
    found = likely_duplicates(HubPage.objects.get(title="Cluj Maker Space"))
    assert [(d.page.pk, d.reason) for d in found] == [(hubs.listed["makerspace"].pk, "name")]

    elsewhere = answers(title="Cluj Makerspace", website="", locality="Tallinn", country="EE")
    assert (
        propose(client, hubs.ro, elsewhere, django_capture_on_commit_callbacks).status_code == 303
    )
    proposed = HubPage.objects.filter(title="Cluj Makerspace", live=False).get()
    assert likely_duplicates(proposed) == []


def test_a_hostile_description_is_refused_and_plain_text_is_escaped(
    client, hubs, django_capture_on_commit_callbacks
):
    hostile = answers(description='<script>alert(1)</script><img src=x onerror="alert(2)">')
    response = propose(client, hubs.ro, hostile, django_capture_on_commit_callbacks)
    assert response.status_code == 400
    assert not HubPage.objects.filter(title="Fabrica de Pensule").exists()
    assert "<script>alert(1)" not in response.content.decode()

    plain = answers(description='Bilete < 10 lei & ateliere "gratuite"')
    assert propose(client, hubs.ro, plain, django_capture_on_commit_callbacks).status_code == 303
    stored = HubPage.objects.get(title="Fabrica de Pensule").get_latest_revision_as_object()
    assert "<script" not in stored.description
    assert "&lt; 10 lei &amp; ateliere" in stored.description


# --- query budget --------------------------------------------------------------------------------------


def directory_with(section, slug: str, count: int) -> HubDirectoryPage:
    """A directory of `count` hubs written in bulk (`plugins.hubs.bulk`)."""
    from plugins.hubs.bulk import add_hubs

    directory = section.add_child(instance=HubDirectoryPage(title=f"Huburi {count}", slug=slug))
    add_hubs(directory, count)
    assert directory.entries().count() == count
    return directory


def query_counts(client, directory) -> dict[str, int]:
    sector = HubSector.objects.get(code="architecture").pk
    service = HubService.objects.get(code="coworking").pk
    facility = HubFacility.objects.get(code="event-space").pk
    selections = {
        "everything": "",
        "second page": "page=2",
        "every filter": f"country=RO&kind=collective&mode=static&sector={sector}"
        f"&services={service}&facilities={facility}",
        "by distance": "near=Berlin",
    }
    counts = {}
    for label, selection in selections.items():
        for name in ("", "export.csv", "export.json", "map.geojson"):
            url = f"{directory.url}{name}?{selection}"
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            assert response.status_code == 200, url
            counts[f"{name or 'page'}, {label}"] = len(queries)
    return counts


def test_thirty_and_three_thousand_hubs_cost_the_same_number_of_queries(client, hubs):
    from cms.directories.contract import QUERIES_PER_FILTER, QUERY_BUDGET

    few = directory_with(hubs.section, "treizeci", 30)
    many = directory_with(hubs.section, "trei-mii", 3000)
    client.get(few.url)  # warm the per-process caches
    # Every selection lists hubs in both (an empty one would skip its prefetch queries).
    assert titles(client, few, "country=RO&kind=collective&mode=static")
    few_counts = query_counts(client, few)
    assert query_counts(client, many) == few_counts
    budget = QUERY_BUDGET + QUERIES_PER_FILTER * len(HubDirectoryPage.filters)
    assert max(few_counts.values()) <= budget, few_counts


def test_a_hubs_page_shows_its_description_as_text_and_its_website_as_a_link(client, hubs):
    betahaus = hubs.listed["betahaus"]
    betahaus.description = "<p>Coworking <b>pentru</b> oameni creativi.</p>"
    betahaus.save_revision().publish()
    body = client.get(betahaus.url).content.decode()
    assert "<p>Coworking <b>pentru</b> oameni creativi.</p>" in body
    assert "&lt;p&gt;" not in body
    assert '<a href="https://www.betahaus.com" rel="noopener">' in body
    assert "<dt>Sectoare</dt><dd>digital și jocuri</dd>" in body


def test_a_hub_is_found_in_site_search_as_a_creative_hub_of_its_programme(hubs):
    from django.utils import translation

    from cms.search.facets import facets_for, type_label

    facets = facets_for(hubs.listed["cltp"])
    assert (facets.type_key, facets.programme) == ("hub", "hubs")
    with translation.override("ro"):
        assert type_label("hub") == "Hub creativ"
    with translation.override("en"):
        assert type_label("hub") == "Creative hub"


def test_a_hub_speaks_schema_org_as_an_organization_with_its_place(hubs):
    data = hubs.listed["betahaus"].json_ld()
    assert data["@type"] == "Organization"
    assert "52.52" in str(data)

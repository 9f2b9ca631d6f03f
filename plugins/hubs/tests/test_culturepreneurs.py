"""Culturepreneurs and the hubs' events and calls: the cohort's rules, modules and dates, events
that name their call and its deadline, the three calls, and a cohort page whose queries do not
grow with its modules and events."""

from __future__ import annotations

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from cms.events.materialise import materialise
from cms.opencalls.models import OpenCallPage
from cms.translations import in_language
from plugins.hubs.models import (
    CulturepreneursCohortPage,
    CulturepreneursModulePage,
    HubWorkshopPage,
    PeerExchangeCallPage,
)

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_cohort_with_four_modules_six_events_and_three_calls(programme):
    for language in ("ro", "en"):
        assert CulturepreneursCohortPage.objects.filter(in_language(language)).count() == 1
        assert CulturepreneursModulePage.objects.filter(in_language(language)).count() == 4
        events = HubWorkshopPage.objects.live().filter(in_language(language))
        assert events.count() == 6
        assert set(events.values_list("kind", flat=True)) == {
            "forum",
            "workshop",
            "open-day",
            "coaching",
            "masterclass",
            "pitching",
        }
        assert PeerExchangeCallPage.objects.live().filter(in_language(language)).count() == 3
    pitching = HubWorkshopPage.objects.get(kind="pitching", locale=programme.ro)
    assert pitching.get_parent().pk == programme.cohort.pk


def test_the_cohort_page_states_its_rules_modules_dates_and_call_in_each_language(
    programme, client
):
    html = client.get(programme.cohort.url).content.decode()
    assert "Aveți cel puțin 18 ani." in html
    assert "o idee de produs sau serviciu cu o componentă tehnologică" in html
    assert "Participați la 4 ateliere și la întâlnirile cu mentorul." in html
    for module in ("Design de produs", "Conținut audiovizual inovator", "Gamification"):
        assert module in html, module
    for event in (
        "Coaching lunar Culturepreneurs",
        "Masterclass: mecanici de joc pentru muzee",
        "Sesiunea de pitching Culturepreneurs",
    ):
        assert event in html, event
    assert "Forumul huburilor" not in html  # the section's events are not the cohort's
    call = programme.calls["selection"]
    assert f'href="{call.url}"' in html

    english = programme.translation_of(programme.cohort)
    html = client.get(english.url).content.decode()
    assert "You are 18 or older." in html
    assert "You take part in 4 workshops and in the meetings with your mentor." in html
    assert "Culturepreneurs pitching session" in html and "Product design" in html
    assert f'href="{programme.translation_of(call).url}"' in html  # the call in English


def test_a_module_page_lists_its_sessions(programme, client):
    module = CulturepreneursModulePage.objects.get(slug="gamification", locale=programme.ro)
    html = client.get(module.url).content.decode()
    assert "Masterclass: mecanici de joc pentru muzee" in html
    assert "online și în laboratoare" in html.lower() or "Online și în laboratoare" in html


def test_a_workshop_names_its_call_and_the_calls_deadline(programme, client):
    workshop = HubWorkshopPage.objects.get(kind="workshop", locale=programme.ro)
    call = programme.calls["workshop"]
    html = client.get(workshop.url).content.decode()
    assert "Atelier de competențe" in html
    assert f'<a href="{call.url}">{call.title}</a>' in html
    assert "16 martie 2026, 23:59" in html  # closes 14 days after the demo's today, Cluj time
    english = programme.translation_of(workshop)
    html = client.get(english.url).content.decode()
    assert f'<a href="{programme.translation_of(call).url}">' in html
    assert "16 March 2026, 23:59" in html

    # Without a call, the event shows its own deadline.
    open_day = HubWorkshopPage.objects.get(kind="open-day", locale=programme.ro)
    open_day.application_deadline = datetime.date(2026, 3, 10)
    with translation.override("ro"):
        assert ("Aplicați până la", "10 martie 2026") in [
            (str(label), str(value)) for label, value in open_day.extra_details()
        ]


def test_the_hubs_events_are_in_the_programmes_calendar(programme, client):
    with translation.override("en"):
        url = reverse("events:programme_agenda", args=["hubs"])
    html = client.get(url).content.decode()
    for title in (
        "Creative hubs forum: how does work work?",
        "Open day at the Culturepreneurs cowork",
        "Culturepreneurs monthly coaching",
    ):
        assert title in html, title


def test_the_three_calls_are_open_and_the_selection_asks_for_a_pitch(programme, frozen):
    calls = OpenCallPage.objects.live().filter(in_language("ro"), programme="hubs")
    assert calls.count() == 3
    assert all(call.specific.status == "open" for call in calls)
    selection = programme.calls["selection"]
    fields = {field.clean_name: field.field_type for field in selection.get_form_fields()}
    assert fields == {"adult": "checkbox", "idea": "multiline", "deck": "file"}
    exchange = programme.calls["exchange"]
    assert "plan" in {field.clean_name for field in exchange.get_form_fields()}
    assert "Membri ai huburilor" in exchange.eligibility


def _add_events(cohort, first: int, count: int) -> None:
    module = CulturepreneursModulePage.objects.child_of(cohort).first()
    for number in range(first, first + count):
        parent = module if number % 2 else cohort
        event = parent.add_child(
            instance=HubWorkshopPage(
                title=f"Sesiune {number}",
                slug=f"sesiune-{cohort.slug}-{number}",
                kind="coaching",
                start_date=datetime.date(2026, 4, 1) + datetime.timedelta(days=number),
                start_time=datetime.time(17, 0),
                end_time=datetime.time(18, 0),
            )
        )
        event.save_revision().publish()
        materialise(event.translation_key)


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_cohort_page_costs_the_same_queries_with_ten_times_the_events(programme, client):
    cohort = programme.cohort
    client.get(cohort.url)  # warm the per-process caches
    _add_events(cohort, 0, 3)
    few = _queries(client, cohort.url)
    _add_events(cohort, 3, 27)
    assert len(cohort.next_dates()) >= 30
    assert _queries(client, cohort.url) == few

"""The network's events (in-situ days, network meetings, Roots sessions) in the calendars and on
their commune's page, and its three calls."""

from __future__ import annotations

import datetime

import pytest

from django.urls import reverse
from django.utils import translation

from cms.opencalls.models import OpenCallPage
from cms.translations import in_language
from plugins.heritage.demo import EVENTS, build_calls, build_events
from plugins.heritage.models import (
    CommuneResidencyCallPage,
    InSituEventPage,
    NetworkCallPage,
    NetworkMeetingPage,
    RootsSessionPage,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def programme_built(network_built):
    demo, section, communes = network_built
    build_events(demo, section, communes)
    build_calls(demo, section)
    return network_built


@pytest.fixture
def programme(programme_built, network):
    return programme_built


def test_the_demo_has_eight_events_of_the_three_types_in_both_languages(programme):
    counts = {
        (model, language): model.objects.filter(in_language(language)).count()
        for model in (InSituEventPage, NetworkMeetingPage, RootsSessionPage)
        for language in ("ro", "en")
    }
    assert len(EVENTS) == 8
    assert InSituEventPage.objects.filter(in_language("ro")).count() == 4
    assert NetworkMeetingPage.objects.filter(in_language("en")).count() == 2
    assert RootsSessionPage.objects.filter(in_language("en")).count() == 2
    assert sum(counts.values()) == 16


def test_the_events_are_in_the_programmes_calendar(programme, client):
    with translation.override("ro"):
        url = reverse("events:programme_agenda", args=["heritage"])
    html = client.get(url).content.decode()
    for title in ("România Remarcabilă la Bonțida", "Roots: interpretarea patrimoniului la Bucium"):
        assert title in html, title


def test_a_roots_session_is_its_communes_next_event_until_it_is_over(
    programme, client, time_machine
):
    demo, _section, communes = programme
    bucium = communes["bucium"]
    session = RootsSessionPage.objects.get(slug="roots-interpretare-bucium", locale=demo.ro)
    assert bucium.next_event().pk == session.pk
    english = demo.translation_of(bucium)
    assert english.next_event().pk == demo.translation_of(session).pk
    html = client.get(english.url).content.decode()
    assert "Roots: interpreting heritage in Bucium" in html
    # The day after, Bucium has nothing ahead (its in-situ day is not in the demo).
    after = datetime.datetime.combine(session.start_date, datetime.time(20, 0)).astimezone()
    time_machine.move_to(after + datetime.timedelta(days=1), tick=False)
    assert bucium.next_event() is None


def test_an_event_page_names_its_commune_in_the_readers_language(programme, client):
    demo, _section, _communes = programme
    day = InSituEventPage.objects.get(slug="in-situ-bontida", locale=demo.ro)
    assert day.commune.title == "Bonțida"
    html = client.get(demo.translation_of(day).url).content.decode()
    assert "Commune" in html and "Bonțida" in html
    # The commune is the event's place (a `Place`) in the reader's language.
    english = demo.translation_of(day)
    assert english.event_place().locale.language_code == "en"
    assert english.event_place().place_json_ld()["name"] == "Bonțida"


def test_the_three_calls_are_open_and_the_residencies_close_on_30_june(programme, frozen):
    calls = OpenCallPage.objects.live().filter(in_language("ro"), programme="heritage")
    assert calls.count() == 3
    residencies = CommuneResidencyCallPage.objects.get(in_language("ro"))
    closes = residencies.closes_at.astimezone(frozen.tzinfo)
    assert (closes.month, closes.day) == (6, 30)
    assert NetworkCallPage.objects.filter(in_language("en")).count() == 2
    assert all(call.specific.opens_at <= frozen < call.specific.closes_at for call in calls)

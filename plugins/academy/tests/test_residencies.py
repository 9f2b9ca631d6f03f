"""Residency rounds: a round shows its period, hosts, grants, call, residents and public
showing in the reader's language, the showing's dates read from the calendar's occurrences
(a cancelled date leaves), a resident's profile names its round, and the round costs the same
queries with ten times the residents."""

from __future__ import annotations

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.events.models import Occurrence, OccurrenceStatus
from cms.people.models import ConsentMethod, Person
from cms.translations import TIME_ZONE, copy_in, in_language
from plugins.academy.models import (
    AcademyCallPage,
    AcademyEventPage,
    ResidencyRoundPage,
    ResidentPage,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ("ro", "en")


def round_in(language: str) -> ResidencyRoundPage:
    governing = ResidencyRoundPage.objects.get(in_language("ro"), slug="runda-cluj-in-rezidenta")
    return copy_in(ResidencyRoundPage, governing.translation_key, language, fallback=False)


def html(client, page) -> str:
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return response.content.decode()


FACTS = {
    "ro": ("15 burse", "fiecare de cel mult 10.000 de lei", "Centrul Cultural Clujean, la"),
    "en": ("15 grants", "each of at most 10,000 lei", "Cluj Cultural Centre, at the"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_round_shows_its_facts_call_residents_and_showing_in_its_language(
    client, academy_demo, language
):
    residency_round = round_in(language)
    other = "en" if language == "ro" else "ro"
    page = html(client, residency_round)

    for fact in FACTS[language]:
        assert fact in page, fact
    assert f'datetime="{residency_round.starts_on:%Y-%m-%d}"' in page

    call = AcademyCallPage.objects.get(pk=residency_round.call_id)
    assert call.locale.language_code == language
    assert f'href="{call.url}"' in page

    residents = ResidentPage.objects.child_of(residency_round).live()
    assert residents.count() >= 2
    for resident in residents:
        assert f'href="{resident.url}"' in page and resident.project in page
    other_round = round_in(other)
    for resident in ResidentPage.objects.child_of(other_round):
        assert f'href="{resident.url}"' not in page

    showing = AcademyEventPage.objects.child_of(residency_round).get()
    assert showing.registration_required
    assert f'href="{showing.url}"' in page
    [occurrence] = Occurrence.objects.filter(series_id=showing.translation_key)
    assert f'datetime="{occurrence.start.astimezone(TIME_ZONE).isoformat()}"' in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_residents_profile_names_its_project_and_round(client, academy_demo, language):
    residency_round = round_in(language)
    resident = ResidentPage.objects.child_of(residency_round).live().first()
    page = html(client, resident)
    assert resident.project in page
    assert f'href="{residency_round.url}"' in page


def test_a_cancelled_date_of_the_showing_leaves_the_round(client, academy_demo):
    residency_round = round_in("ro")
    showing = AcademyEventPage.objects.child_of(residency_round).get()
    occurrence = Occurrence.objects.get(series_id=showing.translation_key)
    when = f'datetime="{occurrence.start.astimezone(TIME_ZONE).isoformat()}"'
    assert when in html(client, residency_round)

    occurrence.status = OccurrenceStatus.CANCELLED
    occurrence.save()

    page = html(client, residency_round)
    assert when not in page
    assert f'href="{showing.url}"' in page  # the event is still there, without that date


def add_residents(residency_round, times: int) -> None:
    for number in range(times):
        person = Person(
            name=f"Rezidentul {number}",
            locale=residency_round.locale,
            publication_consent=True,
            consent_method=ConsentMethod.EMAIL,
            consent_date=datetime.date(2026, 1, 1),
        )
        person.save()
        residency_round.refresh_from_db()
        residency_round.add_child(
            instance=ResidentPage(
                title=person.name,
                slug=f"rezidentul-{number}",
                person=person,
                project=f"Proiectul {number}",
                locale=residency_round.locale,
            )
        )


def queries_for(client, url: str) -> int:
    client.get(url)  # warm Wagtail's caches (site root paths)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_a_round_costs_the_same_queries_with_ten_times_the_residents(client, academy_demo):
    residency_round = round_in("ro")
    before = ResidentPage.objects.child_of(residency_round).count()
    small = queries_for(client, residency_round.url)

    add_residents(residency_round, before * 9)

    assert ResidentPage.objects.child_of(residency_round).live().count() == before * 10
    page = html(client, residency_round)
    assert "Rezidentul 0" in page and f"Rezidentul {before * 9 - 1}" in page
    assert queries_for(client, residency_round.url) == small


def test_the_demo_keeps_seats_of_the_next_showing_for_two_voucher_partners(academy_demo):
    from cms.registrations import allocation
    from cms.registrations.models import SeatReservation

    reservations = SeatReservation.objects.select_related("partner", "occurrence")
    assert sorted((r.partner.name, r.seats) for r in reservations) == [
        ("Asociația Incluziune Cluj (demo)", 6),
        ("Fundația Pași Împreună (demo)", 4),
    ]
    assert {r.partner.programme for r in reservations} == {"academy"}
    occurrence = reservations[0].occurrence
    seats = allocation.seats_of_one(occurrence, 80)
    assert (seats.reserved, seats.remaining) == (10, 70)

"""Seats a date keeps for partner organisations (the cultural voucher): never shown or sold as
public seats, filled by the partner's coordinator through a signed link and no further, reserved
by the team within the date's free seats, and given back to the waiting list."""

from __future__ import annotations

import datetime
import re
from urllib.parse import urlsplit

import pytest

from django.core import signing
from django.urls import reverse
from django.utils import timezone, translation

from cms.registrations import allocation
from cms.registrations.models import Partner, Registration, RegistrationStatus
from cms.registrations.tokens import PARTNER_SALT, make_partner_token
from tests.registrations.conftest import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner(occurrence) -> Partner:
    return Partner.objects.create(
        programme=occurrence.programme,
        name="Asociația Incluziune Cluj",
        coordinator_name="Maria Pop",
        coordinator_email="maria.pop@example.org",
    )


@pytest.fixture
def reservation(occurrence, partner):
    """Two of the workshop's three seats kept for the partner."""
    return allocation.reserve(occurrence.pk, partner, 2)


def register_public(occurrence, index: int) -> Registration:
    return allocation.register(
        occurrence.pk, name=f"Vizitator {index}", email=f"v{index}@example.org", language="ro"
    )


def reserved_url(reservation, language: str = "ro") -> str:
    return f"/{language}/register/reserved/{make_partner_token(reservation)}/"


def test_reserved_seats_are_never_shown_or_sold_as_public_seats(client, occurrence, reservation):
    page = client.get(f"/en/register/{occurrence.pk}/").content.decode()
    assert "1 seat left." in page  # 3 seats, 2 kept for the partner

    assert register_public(occurrence, 1).status == RegistrationStatus.CONFIRMED
    assert register_public(occurrence, 2).status == RegistrationStatus.WAITLISTED
    page = client.get(f"/en/register/{occurrence.pk}/").content.decode()
    assert "All seats are taken" in page
    assert '"remainingAttendeeCapacity": 0' in page


def test_the_partners_coordinator_fills_its_seats_through_its_link_and_no_more(
    client, occurrence, reservation
):
    page = client.get(reserved_url(reservation, "en"))
    assert page.status_code == 200
    assert "For Asociația Incluziune Cluj: 2 reserved seats left." in page.content.decode()
    assert page["Cache-Control"] == "private, no-store"

    for index in (1, 2):
        data = form_data(name=f"Persoana {index}", email=f"p{index}@example.org")
        response = client.post(reserved_url(reservation), data)
        assert response.status_code == 302, response.content.decode()[:500]
    seated = Registration.objects.filter(reservation=reservation)
    assert [r.status for r in seated] == [RegistrationStatus.CONFIRMED] * 2

    response = client.post(reserved_url(reservation, "en"), form_data(email="p3@example.org"))
    assert response.status_code == 409
    assert "All the seats reserved for your organisation" in response.content.decode()
    assert Registration.objects.filter(reservation=reservation).count() == 2
    # The public's seat is still the public's.
    assert register_public(occurrence, 1).status == RegistrationStatus.CONFIRMED


def test_a_forged_or_expired_partner_link_is_refused_in_the_visitors_language(
    client, occurrence, reservation, time_machine
):
    forged = signing.dumps([reservation.pk, reservation.partner_id], salt="another-salt")
    response = client.get(f"/ro/register/reserved/{forged}/")
    assert response.status_code == 400
    assert "nu este valid" in response.content.decode()

    other = Partner.objects.create(
        programme=occurrence.programme,
        name="Alt partener",
        coordinator_name="X",
        coordinator_email="x@example.org",
    )
    swapped = signing.dumps([reservation.pk, other.pk], salt=PARTNER_SALT)
    assert client.get(f"/en/register/reserved/{swapped}/").status_code == 400

    link = reserved_url(reservation, "en")
    time_machine.move_to(timezone.now() + datetime.timedelta(days=121))
    response = client.post(link, form_data())
    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    assert not Registration.objects.exists()


@translation.override("en")
def test_a_team_reserves_only_free_seats_and_never_fewer_than_are_taken(
    occurrence, partner, reservation
):
    register_public(occurrence, 1)  # 3 seats: 2 reserved, 1 public taken
    other = Partner.objects.create(
        programme=occurrence.programme,
        name="Fundația Speranța",
        coordinator_name="Ion Rus",
        coordinator_email="ion.rus@example.org",
    )
    with pytest.raises(allocation.ReservationRefused, match="Only 0 seats"):
        allocation.reserve(occurrence.pk, other, 1)

    allocation.register(
        occurrence.pk,
        name="P",
        email="p@example.org",
        language="ro",
        reservation_id=reservation.pk,
    )
    with pytest.raises(allocation.ReservationRefused, match="1 person is already registered"):
        allocation.reserve(occurrence.pk, partner, 0)

    elsewhere = Partner.objects.create(
        programme="heritage",
        name="Alt program",
        coordinator_name="A",
        coordinator_email="a@example.org",
    )
    with pytest.raises(allocation.ReservationRefused, match="another programme"):
        allocation.reserve(occurrence.pk, elsewhere, 0)


def test_seats_given_back_go_to_the_first_person_waiting(occurrence, partner, reservation):
    register_public(occurrence, 1)
    waiting = register_public(occurrence, 2)
    assert waiting.status == RegistrationStatus.WAITLISTED

    allocation.reserve(occurrence.pk, partner, 1)
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED


def test_the_team_reserves_seats_for_a_new_partner_in_romanian_and_gets_its_links(
    client, admin_user, occurrence
):
    client.force_login(admin_user)
    url = reverse("registrations_admin:reserve", args=[occurrence.pk])
    too_many = {
        "name": "Asociația Incluziune Cluj",
        "coordinator_name": "Maria Pop",
        "coordinator_email": "maria.pop@example.org",
        "seats": "4",
    }
    response = client.post(url, too_many)
    assert response.status_code == 400
    assert "La această dată se mai pot rezerva doar 3 locuri." in response.content.decode()

    nameless = client.post(url, {"seats": "2"})
    assert nameless.status_code == 400
    assert (
        "Alegeți o organizație parteneră sau scrieți numele uneia noi." in nameless.content.decode()
    )

    response = client.post(url, {**too_many, "seats": "2"})
    assert response.status_code == 302
    detail = client.get(reverse("registrations_admin:detail", args=[occurrence.pk]))
    html = detail.content.decode()
    assert "Asociația Incluziune Cluj" in html
    links = re.findall(r'href="(https?://[^"]+/register/reserved/[^"]+/)"', html)
    assert [link.split("/")[3] for link in links] == ["ro", "en"]
    english = client.get(urlsplit(links[1]).path)
    assert english.status_code == 200
    assert "For Asociația Incluziune Cluj: 2 reserved seats left." in english.content.decode()

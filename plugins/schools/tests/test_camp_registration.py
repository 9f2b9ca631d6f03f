"""Summer-camp registration by a parent or guardian for a child, on the demo's camp: the form in
both languages, its refusals, the seats, and the child's data purged soonest."""

from __future__ import annotations

import datetime

import pytest

from django.urls import reverse
from django.utils import translation

from cms.events.models import Occurrence
from cms.registrations.models import Registration, RegistrationStatus
from cms.registrations.purging import anonymise_past_registrations
from cms.translations import in_language
from plugins.schools.models import SummerCampPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def camp_date(schools_demo) -> Occurrence:
    camp = SummerCampPage.objects.get(in_language("ro"))
    return Occurrence.objects.get(series_id=camp.translation_key)


def register_url(occurrence, language: str) -> str:
    with translation.override(language):
        return reverse("registrations:register", args=[occurrence.pk])


def guardian(**overrides) -> dict:
    data = {
        "child_first_name": "Ioana",
        "child_age": "9",
        "name": "Maria Pop",
        "email": "maria.pop@example.org",
        "consent": "on",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    ("language", "asks"),
    [("ro", "Prenumele copilului"), ("en", "Child&#x27;s first name")],
)
def test_the_camp_form_asks_a_guardian_for_the_child_in_each_language(
    client, camp_date, language, asks
):
    page = client.get(register_url(camp_date, language)).content.decode()
    assert asks in page
    assert 'name="child_age"' in page and 'name="email"' in page


@pytest.mark.parametrize(
    ("language", "says"),
    [("ro", "copiii între 8 și 14 ani"), ("en", "children aged 8 to 14")],
)
def test_an_age_out_of_the_camps_range_is_refused_in_the_visitors_language(
    client, camp_date, language, says
):
    response = client.post(register_url(camp_date, language), guardian(child_age="15"))
    assert response.status_code == 400
    assert says in response.content.decode()
    assert 'value="Ioana"' in response.content.decode()  # what was typed is kept
    assert not Registration.objects.exists()


def test_a_registration_without_the_guardians_consent_is_refused(client, camp_date):
    response = client.post(register_url(camp_date, "ro"), guardian(consent=""))
    assert response.status_code == 400
    assert "error-summary" in response.content.decode()
    assert not Registration.objects.exists()


def test_the_same_child_cannot_be_registered_twice_for_the_same_camp_date(client, camp_date):
    url = register_url(camp_date, "ro")
    assert client.post(url, guardian()).status_code == 302
    assert client.post(url, guardian(child_first_name="Matei", child_age="12")).status_code == 302
    twice = client.post(url, guardian(child_first_name="ioana"))
    assert twice.status_code == 409
    assert "Acest copil este deja înscris" in twice.content.decode()
    assert Registration.objects.filter(occurrence=camp_date).count() == 2


def test_the_camps_seats_are_never_oversold(client, camp_date):
    camp = SummerCampPage.objects.get(in_language("ro"))
    url = register_url(camp_date, "ro")
    for number in range(camp.capacity + 2):
        response = client.post(url, guardian(child_first_name=f"Copil {number}"))
        assert response.status_code == 302
    statuses = list(Registration.objects.values_list("status", flat=True))
    assert statuses.count(RegistrationStatus.CONFIRMED) == camp.capacity
    assert statuses.count(RegistrationStatus.WAITLISTED) == 2


def test_the_childs_data_is_purged_before_the_adults_of_the_same_days(
    client, camp_date, settings, time_machine
):
    settings.REGISTRATION_RETENTION_DAYS = 180
    settings.REGISTRATION_CHILD_RETENTION_DAYS = 30
    client.post(register_url(camp_date, "ro"), guardian())
    child = Registration.objects.get()
    a_month_and_a_day_later = camp_date.end + datetime.timedelta(days=31)
    time_machine.move_to(a_month_and_a_day_later, tick=False)
    anonymise_past_registrations(now=a_month_and_a_day_later, dry_run=False, log=lambda m: None)
    child.refresh_from_db()
    assert (child.child_first_name, child.child_age, child.email) == ("", None, "")
    assert child.anonymised_at is not None

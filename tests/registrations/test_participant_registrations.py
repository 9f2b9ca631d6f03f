"""Young people who register themselves with their age, minors with a guardian's consent
(`participant_age_range()` on an event type, cms.registrations.guardians): any programme's
event type may say so (here as a summer school for ages 16 to 25)."""

from __future__ import annotations

import csv
import datetime
import io
from zoneinfo import ZoneInfo

import pytest

from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import translation

from cms.events.models import EventPage, Occurrence
from cms.registrations.forms import ParticipantRegistrationForm
from cms.registrations.models import Registration
from cms.registrations.privacy import anonymise, export_person
from cms.registrations.purging import anonymise_past_registrations
from tests.events.factories import make_event

from .test_guardian_registrations import team_member  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

CLUJ = ZoneInfo("Europe/Bucharest")
BEFORE_THE_SCHOOL = datetime.datetime(2027, 6, 1, 9, 0, tzinfo=CLUJ)
FIRST_DAY = datetime.date(2027, 8, 9)

ADULT = {"name": "Ana Lăcătuș", "email": "ana@example.org", "age": "19", "consent": "on"}
MINOR = {"name": "Ionuț Pop", "email": "ionut@example.org", "age": "17", "consent": "on"}
GUARDIAN = {
    "guardian_name": "Maria Pop",
    "guardian_email": "maria@example.org",
    "guardian_consent": "on",
}


@pytest.fixture
def school(homes, time_machine, monkeypatch):
    """An event type whose participants aged 16 to 25 register themselves, on a fixed day."""
    time_machine.move_to(BEFORE_THE_SCHOOL, tick=False)
    monkeypatch.setattr(EventPage, "participant_age_range", lambda self: (16, 25), raising=False)
    event = make_event(
        homes[0],
        "Școala de vară",
        start_date=FIRST_DAY,
        registration_required=True,
        capacity=20,
    )
    return Occurrence.objects.get(series_id=event.translation_key)


def register_url(occurrence, language: str = "ro") -> str:
    with translation.override(language):
        return reverse("registrations:register", args=[occurrence.pk])


def test_an_adult_registers_without_any_guardian(client, school):
    page = client.get(register_url(school)).content.decode()
    assert 'name="age"' in page and 'name="guardian_consent"' in page  # shown, for minors

    response = client.post(register_url(school), ADULT)

    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.participant_age == 19
    assert (registration.guardian_name, registration.guardian_email) == ("", "")
    assert registration.guardian_consent_at is None and not registration.is_minor_participant


def test_an_adults_guardian_answers_are_not_kept(client, school):
    assert client.post(register_url(school), {**ADULT, **GUARDIAN}).status_code == 302
    registration = Registration.objects.get()
    assert (registration.guardian_name, registration.guardian_consent_at) == ("", None)


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "You are under 18: you can register only with a parent's or guardian's consent."),
        ("ro", "Aveți sub 18 ani: vă puteți înscrie doar cu acordul unui părinte sau tutore."),
    ],
)
def test_a_seventeen_year_old_without_a_guardians_consent_is_refused_in_their_language(
    client, school, language, message
):
    response = client.post(register_url(school, language), MINOR)

    assert response.status_code == 400
    html = response.content.decode()
    assert message.replace("'", "&#x27;") in html
    assert 'value="Ionuț Pop"' in html  # what was typed is kept
    assert not Registration.objects.exists()

    # The name and email alone are not consent either.
    without_the_box = {**MINOR, **GUARDIAN, "guardian_consent": ""}
    assert client.post(register_url(school, language), without_the_box).status_code == 400
    assert not Registration.objects.exists()


def test_a_seventeen_year_old_with_a_guardians_consent_is_registered_and_it_is_recorded(
    client, school
):
    response = client.post(register_url(school), {**MINOR, **GUARDIAN})

    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.participant_age == 17
    assert (registration.guardian_name, registration.guardian_email) == (
        "Maria Pop",
        "maria@example.org",
    )
    assert registration.guardian_consent_at == BEFORE_THE_SCHOOL
    assert registration.is_minor_participant
    assert export_person(Registration.objects.all())[0]["guardian_email"] == "maria@example.org"


@pytest.mark.parametrize("age", ["15", "26", "0"])
def test_ages_outside_the_range_are_refused(client, school, age):
    response = client.post(register_url(school, "en"), {**ADULT, **GUARDIAN, "age": age})

    assert response.status_code == 400
    assert "This event is for people aged 16 to 25." in response.content.decode()
    assert not Registration.objects.exists()


@pytest.mark.parametrize("age", ["16", "25"])
def test_both_ends_of_the_range_are_taken(age):
    data = {**ADULT, **GUARDIAN, "age": age}
    assert ParticipantRegistrationForm(data, age_range=(16, 25)).is_valid()


def test_a_minors_guardian_is_purged_with_the_registration_as_soon_as_a_childs(
    client, school, settings, time_machine
):
    settings.REGISTRATION_RETENTION_DAYS = 180
    settings.REGISTRATION_CHILD_RETENTION_DAYS = 30
    client.post(register_url(school), {**MINOR, **GUARDIAN})
    client.post(register_url(school), ADULT)
    minor = Registration.objects.get(participant_age=17)
    adult = Registration.objects.get(participant_age=19)

    now = school.end + datetime.timedelta(days=31)
    time_machine.move_to(now, tick=False)
    anonymise_past_registrations(now=now, dry_run=False, log=lambda message: None)
    minor.refresh_from_db()
    adult.refresh_from_db()

    assert (minor.name, minor.guardian_name, minor.guardian_email, minor.participant_age) == (
        "",
        "",
        "",
        None,
    )
    assert adult.email == "ana@example.org"  # an adult's data is kept longer
    anonymise(Registration.objects.filter(pk=adult.pk))
    adult.refresh_from_db()
    assert adult.participant_age is None


def test_the_team_exports_the_guardian_only_with_the_personal_data_permission(
    client,
    team_member,  # noqa: F811 (the fixture imported above)
    school,
):
    client.post(register_url(school), {**MINOR, **GUARDIAN})
    client.force_login(team_member)

    def rows():
        response = client.get(f"/admin/registrations/date/{school.pk}/?export=csv")
        assert response.status_code == 200
        return list(csv.reader(io.StringIO(response.content.decode())))

    hidden = rows()
    assert hidden[1][2] == "17"
    assert "maria@example.org" not in ",".join(hidden[1])
    team_member.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="registrations", codename="view_personal_data"
        )
    )
    client.force_login(type(team_member).objects.get(pk=team_member.pk))
    assert rows()[1][3] == "Maria Pop <maria@example.org>"

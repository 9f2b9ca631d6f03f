"""Registrations a parent or guardian makes for a child (cms.registrations.guardians), for any
event type that gives a `child_age_range()`: the form, the seats, duplicates, exports and the
children's shorter retention."""

from __future__ import annotations

import csv
import datetime
import io
from zoneinfo import ZoneInfo

import pytest

from django.contrib.auth.models import Permission

from cms.events.models import EventPage, Occurrence
from cms.registrations import allocation
from cms.registrations.forms import GuardianRegistrationForm
from cms.registrations.guardians import Child
from cms.registrations.models import Registration, RegistrationStatus
from cms.registrations.purging import anonymise_past_registrations
from tests.events.factories import make_event

pytestmark = pytest.mark.django_db

CLUJ = ZoneInfo("Europe/Bucharest")
BEFORE_THE_CAMP = datetime.datetime(2027, 6, 1, 9, 0, tzinfo=CLUJ)
CAMP_DAY = datetime.date(2027, 7, 12)


@pytest.fixture
def team_member(homes):
    """A member of the Jivipen team (the factory's events are Jivipen's), without any
    permission beyond the team's."""
    from django.contrib.auth import get_user_model

    from cms.models import ProgrammeTeam
    from cms.teams import setup_teams
    from plugins.roma_culture.models import RomaCultureSectionPage

    homes[0].add_child(instance=RomaCultureSectionPage(title="Jivipen", slug="jivipen"))
    setup_teams()
    user = get_user_model().objects.create_user("membru-jivipen", password="x")
    user.groups.add(ProgrammeTeam.objects.get(programme="roma_culture").group)
    return user


@pytest.fixture
def camp(homes, time_machine, monkeypatch):
    """An event type that registers children aged 8 to 14 (as any programme's would), with two
    seats, on a fixed day."""
    time_machine.move_to(BEFORE_THE_CAMP, tick=False)
    monkeypatch.setattr(EventPage, "child_age_range", lambda self: (8, 14), raising=False)
    event = make_event(
        homes[0],
        "Tabăra de vară",
        start_date=CAMP_DAY,
        registration_required=True,
        capacity=2,
    )
    return Occurrence.objects.get(series_id=event.translation_key)


def register_child(occurrence, first_name: str, age: int, email: str = "maria@example.org"):
    return allocation.register(
        occurrence.pk,
        name="Maria Pop",
        email=email,
        language="ro",
        child=Child(first_name=first_name, age=age),
    )


@pytest.fixture
def in_english():
    """The form's messages in English, whatever an earlier test left active."""
    from django.utils import translation

    with translation.override("en"):
        yield


def form(**data) -> GuardianRegistrationForm:
    values = {
        "child_first_name": "Ioana",
        "child_age": "9",
        "name": "Maria Pop",
        "email": "maria@example.org",
        "consent": "on",
    }
    values.update(data)
    return GuardianRegistrationForm(values, age_range=(8, 14))


def test_the_form_asks_for_the_child_then_the_guardian_then_consent():
    assert list(form().fields)[:5] == ["child_first_name", "child_age", "name", "email", "consent"]
    assert form().is_valid()


def test_the_form_refuses_a_registration_without_consent(in_english):
    refused = form(consent="")
    assert not refused.is_valid()
    assert "guardian" in refused.errors["consent"][0]


@pytest.mark.parametrize("age", ["7", "15", "0"])
def test_the_form_refuses_an_age_out_of_range(age, in_english):
    refused = form(child_age=age)
    assert not refused.is_valid()
    assert refused.errors["child_age"] == ["This event is for children aged 8 to 14."]


@pytest.mark.parametrize("age", ["8", "14"])
def test_the_form_takes_both_ends_of_the_range(age):
    assert form(child_age=age).is_valid()


def test_one_guardian_registers_two_children_but_never_the_same_child_twice(camp):
    register_child(camp, "Ioana", 9)
    register_child(camp, "Matei", 12)  # a sibling, same guardian, same date
    with pytest.raises(allocation.ChildAlreadyRegistered):
        register_child(camp, " ioana ", 9)  # whatever the spaces and case
    assert Registration.objects.filter(occurrence=camp).count() == 2


def test_children_never_take_more_seats_than_there_are(camp):
    register_child(camp, "Ioana", 9)
    register_child(camp, "Matei", 12)
    third = register_child(camp, "Ana", 10, email="elena@example.org")
    assert third.status == RegistrationStatus.WAITLISTED
    confirmed = Registration.objects.filter(occurrence=camp, status=RegistrationStatus.CONFIRMED)
    assert confirmed.count() == 2


def test_the_register_page_of_such_an_event_asks_a_guardian_for_the_child(client, camp):
    url = _register_url(camp)
    page = client.get(url).content.decode()
    assert 'name="child_first_name"' in page and 'name="child_age"' in page
    response = client.post(url, form_data(child_age="16"))
    assert response.status_code == 400
    assert "8" in response.content.decode() and "14" in response.content.decode()
    response = client.post(url, form_data(consent=""))
    assert response.status_code == 400
    assert not Registration.objects.exists()
    assert client.post(url, form_data()).status_code == 302
    duplicate = client.post(url, form_data(child_first_name="IOANA"))
    assert duplicate.status_code == 409
    registration = Registration.objects.get()
    assert (registration.child_first_name, registration.child_age) == ("Ioana", 9)
    assert registration.email == "maria@example.org"


def _register_url(occurrence) -> str:
    from django.urls import reverse
    from django.utils import translation

    with translation.override("ro"):
        return reverse("registrations:register", args=[occurrence.pk])


def form_data(**overrides) -> dict:
    data = {
        "child_first_name": "Ioana",
        "child_age": "9",
        "name": "Maria Pop",
        "email": "maria@example.org",
        "consent": "on",
    }
    data.update(overrides)
    return data


def exported_rows(client, occurrence) -> list[list[str]]:
    response = client.get(f"/admin/registrations/date/{occurrence.pk}/?export=csv")
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_a_team_without_the_personal_data_permission_never_exports_the_guardians_email(
    client, team_member, camp
):
    register_child(camp, "Ioana", 9)
    member = team_member
    client.force_login(member)
    rows = exported_rows(client, camp)
    exported = "\n".join(",".join(row) for row in rows)
    assert "maria@example.org" not in exported
    assert "Ioana" not in exported
    assert rows[1][0] == "Maria Pop" and rows[1][3] == "9"

    member.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="registrations", codename="view_personal_data"
        )
    )
    client.force_login(type(member).objects.get(pk=member.pk))  # permissions are cached
    rows = exported_rows(client, camp)
    assert rows[1][1:4] == ["maria@example.org", "Ioana", "9"]


def test_an_adults_registration_is_exported_as_before(client, team_member, camp):
    allocation.register(camp.pk, name="Ana Lăcătuș", email="ana@example.org", language="ro")
    client.force_login(team_member)
    rows = exported_rows(client, camp)
    assert len(rows[0]) == 7  # no child columns
    assert rows[1][1] == "ana@example.org"


def test_a_childs_data_is_purged_sooner_than_an_adults(camp, settings, time_machine):
    settings.REGISTRATION_RETENTION_DAYS = 180
    settings.REGISTRATION_CHILD_RETENTION_DAYS = 30
    child = register_child(camp, "Ioana", 9)
    adult = allocation.register(camp.pk, name="Ana", email="ana@example.org", language="ro")

    def purge(days_after: int) -> None:
        now = camp.end + datetime.timedelta(days=days_after)
        time_machine.move_to(now, tick=False)
        anonymise_past_registrations(now=now, dry_run=False, log=lambda message: None)
        child.refresh_from_db()
        adult.refresh_from_db()

    purge(29)
    assert child.child_first_name == "Ioana" and child.anonymised_at is None
    purge(31)
    assert (child.name, child.email, child.child_first_name, child.child_age) == ("", "", "", None)
    assert child.status == RegistrationStatus.CONFIRMED  # the seat counts survive
    assert adult.email == "ana@example.org"
    purge(181)
    assert adult.email == "" and adult.anonymised_at is not None


def test_a_child_retention_longer_than_the_adults_is_cut_to_the_adults(camp, settings):
    from cms.registrations.guardians import child_retention_days

    settings.REGISTRATION_RETENTION_DAYS = 20
    settings.REGISTRATION_CHILD_RETENTION_DAYS = 60
    assert child_retention_days() == 20

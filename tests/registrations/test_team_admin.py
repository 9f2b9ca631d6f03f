"""Teams see, export and check in the registrations of their own programme only."""

from __future__ import annotations

import csv
import datetime
import io
import json

import pytest
from openpyxl import load_workbook

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from cms.events.models import Occurrence
from cms.registrations import allocation
from cms.registrations.models import RegistrationStatus
from cms.teams import setup_teams
from tests.events.factories import make_event
from tests.registrations.conftest import future_date

pytestmark = pytest.mark.django_db


@pytest.fixture
def team_members(homes):
    """Sections for two programmes, their teams, and one member each."""
    from cms.models import ProgrammeTeam
    from plugins.hubs.models import HubsSectionPage
    from plugins.roma_culture.models import RomaCultureSectionPage

    home, _ = homes
    home.add_child(instance=RomaCultureSectionPage(title="Jivipen", slug="jivipen"))
    home.add_child(instance=HubsSectionPage(title="Huburi", slug="huburi"))
    setup_teams()
    members = {}
    for programme in ("roma_culture", "hubs"):
        user = get_user_model().objects.create_user(f"membru-{programme}", password="x")
        user.groups.add(ProgrammeTeam.objects.get(programme=programme).group)
        members[programme] = user
    return members


@pytest.fixture
def hub_occurrence(homes):
    event = make_event(
        homes[0],
        "Atelier de competențe",
        programme="hubs",
        start_date=future_date(5),
        registration_required=True,
        capacity=1,
    )
    return Occurrence.objects.get(series_id=event.translation_key)


def test_a_team_lists_its_own_dates_and_not_another_programmes(
    client, team_members, occurrence, hub_occurrence
):
    allocation.register(occurrence.pk, name="Ana", email="ana@example.org", language="ro")
    client.force_login(team_members["roma_culture"])
    listing = client.get("/admin/registrations/").content.decode()
    assert f"/admin/registrations/date/{occurrence.pk}/" in listing
    assert f"/admin/registrations/date/{hub_occurrence.pk}/" not in listing
    assert client.get(f"/admin/registrations/date/{occurrence.pk}/").status_code == 200
    for url in (
        f"/admin/registrations/date/{hub_occurrence.pk}/",
        f"/admin/registrations/date/{hub_occurrence.pk}/?export=csv",
        f"/admin/registrations/date/{hub_occurrence.pk}/?export=xlsx",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert b"ana@example.org" not in response.content


def test_another_team_cannot_check_in_cancel_or_promote(client, team_members, hub_occurrence):
    first = allocation.register(hub_occurrence.pk, name="A", email="a@example.org", language="ro")
    second = allocation.register(hub_occurrence.pk, name="B", email="b@example.org", language="ro")
    client.force_login(team_members["roma_culture"])
    for action in ("check-in", "cancel"):
        client.post(f"/admin/registrations/{first.pk}/{action}/", {"confirm": "1"})
    client.post(f"/admin/registrations/{second.pk}/promote/")
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == RegistrationStatus.CONFIRMED and first.checked_in_at is None
    assert second.status == RegistrationStatus.WAITLISTED


def test_own_team_checks_in_cancels_and_promotes(client, team_members, hub_occurrence):
    first = allocation.register(hub_occurrence.pk, name="A", email="a@example.org", language="ro")
    second = allocation.register(hub_occurrence.pk, name="B", email="b@example.org", language="ro")
    client.force_login(team_members["hubs"])
    client.post(f"/admin/registrations/{first.pk}/check-in/")
    first.refresh_from_db()
    assert first.checked_in_at is not None
    response = client.post(f"/admin/registrations/{second.pk}/promote/", follow=True)
    assert (
        "no free seat" in response.content.decode().lower()
        or "niciun loc" in response.content.decode()
    )
    second.refresh_from_db()
    assert second.status == RegistrationStatus.WAITLISTED  # capacity is never exceeded
    client.post(f"/admin/registrations/{first.pk}/cancel/", {"confirm": "1"})
    second.refresh_from_db()
    assert second.status == RegistrationStatus.CONFIRMED  # the freed seat went to them


def test_exports_list_the_registrations_in_csv_and_xlsx(client, team_members, occurrence):
    allocation.register(
        occurrence.pk,
        name="=HYPERLINK(1)",
        email="ana@example.org",
        language="en",
        answers=[{"id": "q", "label": "Age", "value": 19}],
    )
    client.force_login(team_members["roma_culture"])
    response = client.get(f"/admin/registrations/date/{occurrence.pk}/?export=csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[1][0] == "'=HYPERLINK(1)"  # formula injection neutralised
    assert rows[1][1] == "ana@example.org"
    assert rows[1][6] == "Age: 19"
    response = client.get(f"/admin/registrations/date/{occurrence.pk}/?export=xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.cell(row=2, column=2).value == "ana@example.org"


def test_a_persons_data_is_exported_and_erased_on_request(client, team_members, occurrence):
    registration = allocation.register(
        occurrence.pk, name="Ana", email="Ana@Example.org", language="ro"
    )
    client.force_login(team_members["roma_culture"])
    response = client.post(
        "/admin/registrations/personal-data/", {"email": "ana@example.org", "action": "export"}
    )
    [exported] = json.loads(response.content)
    assert exported["name"] == "Ana" and exported["email"] == "Ana@Example.org"

    client.force_login(team_members["hubs"])  # another programme's team finds nothing
    response = client.post(
        "/admin/registrations/personal-data/", {"email": "ana@example.org", "action": "erase"}
    )
    registration.refresh_from_db()
    assert registration.name == "Ana"

    client.force_login(team_members["roma_culture"])
    client.post(
        "/admin/registrations/personal-data/", {"email": "ana@example.org", "action": "erase"}
    )
    registration.refresh_from_db()
    assert (registration.name, registration.email, registration.answers) == ("", "", [])
    # The date is still to come: the seat is freed for the waiting list (an anonymous row would
    # hold it for nobody). Past dates keep their status, so attendance figures survive.
    assert registration.status == RegistrationStatus.CANCELLED


def test_purge_anonymises_registrations_180_days_after_their_date(occurrence, hub_occurrence):
    old = allocation.register(occurrence.pk, name="Ana", email="ana@example.org", language="ro")
    recent = allocation.register(
        hub_occurrence.pk, name="Radu", email="radu@example.org", language="ro"
    )
    Occurrence.objects.filter(pk=occurrence.pk).update(
        start=timezone.now() - datetime.timedelta(days=181, hours=2),
        end=timezone.now() - datetime.timedelta(days=181),
    )
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.email == "" and old.name == "" and old.anonymised_at is not None
    assert recent.email == "radu@example.org" and recent.anonymised_at is None
    assert "registrations of dates that ended before" in out.getvalue()


def test_the_retention_period_is_a_setting(occurrence, settings):
    settings.REGISTRATION_RETENTION_DAYS = 30
    registration = allocation.register(
        occurrence.pk, name="Ana", email="ana@example.org", language="ro"
    )
    Occurrence.objects.filter(pk=occurrence.pk).update(
        start=timezone.now() - datetime.timedelta(days=31, hours=2),
        end=timezone.now() - datetime.timedelta(days=31),
    )
    call_command("purge_personal_data", stdout=io.StringIO())
    registration.refresh_from_db()
    assert registration.anonymised_at is not None


def test_editors_see_every_programme(client, team_members, occurrence, hub_occurrence):
    editor = get_user_model().objects.create_user("redactor", password="x")
    editor.groups.add(Group.objects.get(name="Editori"))
    client.force_login(editor)
    listing = client.get("/admin/registrations/").content.decode()
    assert f"/admin/registrations/date/{occurrence.pk}/" in listing
    assert f"/admin/registrations/date/{hub_occurrence.pk}/" in listing

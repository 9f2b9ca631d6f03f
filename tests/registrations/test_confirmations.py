"""Destructive one-click actions ask first and say who will be emailed (issue 22, item 12)."""

from __future__ import annotations

import pytest

from django.core import mail
from django.urls import reverse

from cms.events.models import OccurrenceStatus
from cms.registrations import allocation
from cms.registrations.models import RegistrationStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_people(occurrence):
    """Three seats: Ana and Tom hold one each, Ion cancelled (not emailed again)."""
    ana = allocation.register(occurrence.pk, name="Ana", email="ana@example.org", language="ro")
    tom = allocation.register(occurrence.pk, name="Tom", email="tom@example.org", language="en")
    ion = allocation.register(occurrence.pk, name="Ion", email="ion@example.org", language="ro")
    allocation.cancel(ion.pk)
    mail.outbox.clear()
    return ana, tom, ion


def test_cancelling_a_date_first_shows_how_many_people_will_be_emailed(
    admin_client, workshop, occurrence, three_people
):
    url = reverse("events_admin:cancel", args=[workshop.pk, occurrence.pk])
    listing = admin_client.get(reverse("events_admin:occurrences", args=[workshop.pk]))
    assert f'href="{url}"' in listing.content.decode()  # a link to the question, not a button

    response = admin_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "2 persoane vor primi un e-mail că această dată este anulată." in html
    assert 'name="confirm"' in html
    occurrence.refresh_from_db()
    assert occurrence.status == OccurrenceStatus.SCHEDULED


def test_a_post_without_the_confirmation_shows_the_question_again(
    admin_client, workshop, occurrence, three_people, django_capture_on_commit_callbacks
):
    url = reverse("events_admin:cancel", args=[workshop.pk, occurrence.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url)
    assert response.status_code == 200
    assert 'name="confirm"' in response.content.decode()
    occurrence.refresh_from_db()
    assert occurrence.status == OccurrenceStatus.SCHEDULED
    assert mail.outbox == []


def test_a_confirmed_cancellation_cancels_the_date_and_emails_the_people_it_named(
    admin_client, workshop, occurrence, three_people, django_capture_on_commit_callbacks
):
    url = reverse("events_admin:cancel", args=[workshop.pk, occurrence.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url, {"confirm": "1"})
    assert response.status_code == 302
    occurrence.refresh_from_db()
    assert occurrence.status == OccurrenceStatus.CANCELLED
    assert sorted(email.to[0] for email in mail.outbox) == ["ana@example.org", "tom@example.org"]
    # Asking again does not email them a second time.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(url, {"confirm": "1"})
    assert mail.outbox == []


def test_a_date_nobody_registered_for_says_nobody_will_be_emailed(
    admin_client, workshop, occurrence
):
    url = reverse("events_admin:cancel", args=[workshop.pk, occurrence.pk])
    html = admin_client.get(url).content.decode()
    assert "Nu este înscris nimeni la această dată: nimeni nu va primi e-mail." in html


def test_cancelling_a_registration_first_says_who_is_told(
    admin_client, workshop, occurrence, homes
):
    workshop.capacity = 1
    workshop.save_revision().publish()
    ana = allocation.register(occurrence.pk, name="Ana", email="ana@example.org", language="ro")
    tom = allocation.register(occurrence.pk, name="Tom", email="tom@example.org", language="en")
    assert tom.status == RegistrationStatus.WAITLISTED
    detail = admin_client.get(reverse("registrations_admin:detail", args=[occurrence.pk]))
    url = reverse("registrations_admin:cancel", args=[ana.pk])
    assert f'href="{url}"' in detail.content.decode()

    html = admin_client.get(url).content.decode()
    assert "Ana va primi un e-mail la ana@example.org că înscrierea este anulată." in html
    assert "primei persoane de pe lista de așteptare, Tom" in html
    ana.refresh_from_db()
    assert ana.status == RegistrationStatus.CONFIRMED

    admin_client.post(url)  # no confirmation: the question again, nothing changes
    ana.refresh_from_db()
    assert ana.status == RegistrationStatus.CONFIRMED

    response = admin_client.post(url, {"confirm": "1"})
    assert response.status_code == 302
    ana.refresh_from_db()
    tom.refresh_from_db()
    assert (ana.status, tom.status) == (RegistrationStatus.CANCELLED, RegistrationStatus.CONFIRMED)

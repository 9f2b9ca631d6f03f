"""An accepted applicant to the call for experts becomes a draft mentor profile, on the
reviewer's word, with the consent they record; other calls and other applications offer none."""

from __future__ import annotations

import pytest

from django.urls import reverse

from cms.opencalls.models import Application, ApplicationStatus
from plugins.academy.models import AcademyCallPage, MentorPage

pytestmark = pytest.mark.django_db


def experts_call() -> AcademyCallPage:
    return AcademyCallPage.objects.get(slug="apel-pentru-experti")


def application_to(call, status=ApplicationStatus.ACCEPTED) -> Application:
    return Application.objects.create(
        page=call,
        call_key=call.translation_key,
        programme="academy",
        language="ro",
        reference=f"AS-2026-{Application.objects.count() + 1:04d}",
        status=status,
        applicant_name="Corina Mureșan",
        applicant_email="corina@example.org",
        form_data={},
    )


def review_url(application) -> str:
    return reverse("opencalls_admin:review", args=[application.pk])


def test_an_accepted_expert_becomes_a_draft_mentor_profile_with_the_consent_recorded(
    client, admin_user, academy_demo
):
    application = application_to(experts_call())
    client.force_login(admin_user)
    assert "Creați profilul în ciornă" in client.get(review_url(application)).content.decode()

    response = client.post(
        review_url(application),
        {
            "draft_profile": "1",
            "publication_consent": "on",
            "consent_method": "online_form",
            "consent_note": "",
        },
    )
    profile = MentorPage.objects.get(title="Corina Mureșan")
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[profile.pk])
    assert not profile.live and profile.get_latest_revision() is not None
    assert profile.locale.language_code == "ro"
    person = profile.person
    assert person.publication_consent and person.consent_method == "online_form"
    assert person.consent_recorded_by == admin_user
    assert person.consent_note == f"Candidatura {application.reference}"
    assert not person.is_public or not profile.live  # nothing shows before the team publishes


def test_consent_ticked_without_saying_how_is_a_400_in_romanian_and_nothing_is_made(
    client, admin_user, academy_demo
):
    application = application_to(experts_call())
    client.force_login(admin_user)
    response = client.post(
        review_url(application), {"draft_profile": "1", "publication_consent": "on"}
    )
    assert response.status_code == 400
    assert "Spuneți cum și-a dat acordul candidatul." in response.content.decode()
    assert not MentorPage.objects.filter(title="Corina Mureșan").exists()


def test_a_received_application_or_a_call_that_feeds_no_profiles_offers_no_draft(
    client, admin_user, academy_demo
):
    client.force_login(admin_user)
    received = application_to(experts_call(), status=ApplicationStatus.RECEIVED)
    training = application_to(AcademyCallPage.objects.get(slug="apel-formare-si-mentorat"))
    for application in (received, training):
        assert (
            "Creați profilul în ciornă" not in client.get(review_url(application)).content.decode()
        )
        response = client.post(review_url(application), {"draft_profile": "1"})
        assert response.status_code == 400
        assert "Doar un candidat acceptat" in response.content.decode()
    assert not MentorPage.objects.filter(title="Corina Mureșan").exists()

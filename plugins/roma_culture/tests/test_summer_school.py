"""The Telciu summer school: a Jivipen event whose participants aged 16–25 register
themselves, minors with a guardian's consent (the engine's `participant_age_range()` hook)."""

from __future__ import annotations

import pytest

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from cms.events.models import Occurrence
from cms.registrations.models import Registration


@pytest.fixture
def summer_school(jivipen_site):
    from plugins.roma_culture.demo import build_summer_school

    return build_summer_school(jivipen_site, jivipen_site.section)


def register_url(page) -> str:
    occurrence = Occurrence.objects.get(series_id=page.translation_key)
    with translation.override("ro"):
        return reverse("registrations:register", args=[occurrence.pk])


def test_the_summer_school_asks_each_participants_age_and_a_minors_guardian(client, summer_school):
    assert summer_school.participant_age_range() == (16, 25)
    url = register_url(summer_school)
    form = client.get(url).content.decode()
    assert 'name="age"' in form and 'name="guardian_email"' in form
    assert "Între 16 și 25 de ani." in form or "Între 16 și 25 ani." in form

    minor = {"name": "Ionuț Pop", "email": "ionut@example.org", "age": "17", "consent": "on"}
    refused = client.post(url, minor)
    assert refused.status_code == 400
    assert "acordul unui părinte sau tutore" in refused.content.decode()
    guardian = {
        "guardian_name": "Maria Pop",
        "guardian_email": "maria@example.org",
        "guardian_consent": "on",
    }
    assert client.post(url, {**minor, **guardian}).status_code == 302
    adult = {"name": "Ana Rostaș", "email": "ana@example.org", "age": "22", "consent": "on"}
    assert client.post(url, adult).status_code == 302
    assert client.post(url, {**adult, "email": "b@example.org", "age": "26"}).status_code == 400
    ages = sorted(Registration.objects.values_list("participant_age", "guardian_name"))
    assert ages == [(17, "Maria Pop"), (22, "")]


def test_an_event_without_ages_keeps_the_plain_form_and_one_age_alone_is_refused(
    summer_school,
):
    summer_school.participant_max_age = None
    assert summer_school.participant_age_range() is None
    with pytest.raises(ValidationError) as refused:
        summer_school.clean()
    assert "participant_max_age" in refused.value.message_dict
    summer_school.participant_min_age, summer_school.participant_max_age = 25, 16
    with pytest.raises(ValidationError):
        summer_school.clean()

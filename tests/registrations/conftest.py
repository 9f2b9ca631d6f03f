"""Fixtures for registrations: an event taking registrations, its occurrences, both languages."""

from __future__ import annotations

import datetime

import pytest

from django.utils import timezone

from cms.events.models import Occurrence
from cms.testing import make_home_pages
from tests.events.factories import make_event, translate


def future_date(days: int = 10) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def homes(db):
    return make_home_pages()


@pytest.fixture
def workshop(homes):
    """A one-off Jivipen workshop with 3 seats, published in Romanian and English."""
    home_ro, _home_en = homes
    event = make_event(
        home_ro,
        "Atelier de teatru Jivipen",
        start_date=future_date(),
        registration_required=True,
        capacity=3,
        registration_questions=[
            ("number", {"label": "Vârsta", "required": True, "min_value": 16, "max_value": 25}),
        ],
    )
    english = translate(event, title="Jivipen theatre workshop")
    english.registration_questions = [
        ("number", {"label": "Age", "required": True, "min_value": 16, "max_value": 25}),
    ]
    english.save_revision().publish()
    return event


@pytest.fixture
def occurrence(workshop) -> Occurrence:
    return Occurrence.objects.get(series_id=workshop.translation_key)


def form_data(**overrides) -> dict:
    data = {"name": "Ana Lăcătuș", "email": "ana@example.org", "consent": "on", "question_0": "19"}
    data.update(overrides)
    return data

"""Fixtures for the newsletter: home pages in both languages, a privacy page, signups."""

from __future__ import annotations

import re

import pytest

from django.core import mail
from django.utils import translation

from cms.testing import make_home_pages


@pytest.fixture(autouse=True)
def romanian_by_default():
    """A request to /en/ leaves English active in the thread; start every test in Romanian."""
    with translation.override("ro"):
        yield


@pytest.fixture
def homes(db):
    return make_home_pages()


def signup_data(**overrides) -> dict:
    data = {
        "email": "ana.lacatus@example.org",
        "language": "ro",
        "programmes": ["roma_culture", "schools"],
    }
    data.update(overrides)
    return data


def link_in(body: str, kind: str) -> str:
    """The path of the first newsletter link of `kind` (confirm, settings, unsubscribe)."""
    return re.search(rf"https?://[^/\s]+(/\w\w/newsletter/{kind}/[^/\s]+/)", body).group(1)


@pytest.fixture
def sign_up(client, homes, django_capture_on_commit_callbacks):
    """Sign an address up through the box, as a visitor of `page_language` pages does."""

    def sign_up(page_language: str = "ro", **overrides):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(f"/{page_language}/newsletter/", signup_data(**overrides))
        assert response.status_code == 303, response.content.decode()
        return response

    return sign_up


@pytest.fixture
def confirmed(client, sign_up):
    """Sign up and confirm; returns the confirmation email."""

    def confirmed(page_language: str = "ro", **overrides):
        mail.outbox.clear()
        sign_up(page_language, **overrides)
        [email] = mail.outbox
        response = client.post(link_in(email.body, "confirm"))
        assert response.status_code == 200
        mail.outbox.clear()
        return email

    return confirmed

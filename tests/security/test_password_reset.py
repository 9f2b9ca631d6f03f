"""The admin's password reset costs the request the same for known and unknown addresses."""

from __future__ import annotations

import pytest

from django.contrib.auth import get_user_model
from django.core import mail

from cms.security.password_reset import send_password_reset

pytestmark = pytest.mark.django_db


@pytest.fixture
def queued(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    settings.WAGTAILADMIN_BASE_URL = "https://www.cccluj.ro"
    backend = send_password_reset.get_backend()
    backend.clear()
    return backend.results


@pytest.fixture
def member():
    return get_user_model().objects.create_user("ioana.pop", "ioana@cccluj.ro", "x" * 20)


def ask_for_reset(client, email):
    return client.post("/admin/password_reset/", {"email": email}, HTTP_HOST="127.0.0.1:8000")


def test_known_and_unknown_addresses_get_the_same_answer_and_no_email_in_the_request(
    client, member, queued
):
    known = ask_for_reset(client, "ioana@cccluj.ro")
    unknown = ask_for_reset(client, "nimeni@example.org")
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert mail.outbox == []  # nothing sent while the visitor waits
    assert [result.kwargs["email"] for result in queued] == [
        "ioana@cccluj.ro",
        "nimeni@example.org",
    ]


def test_the_worker_sends_only_to_a_known_address_with_the_configured_base_url(
    client, member, queued
):
    ask_for_reset(client, "ioana@cccluj.ro")
    ask_for_reset(client, "nimeni@example.org")
    for result in queued:
        send_password_reset.call(*result.args, **result.kwargs)
    assert [message.to for message in mail.outbox] == [["ioana@cccluj.ro"]]
    body = mail.outbox[0].body
    assert "https://www.cccluj.ro/admin/password_reset/confirm/" in body
    assert "127.0.0.1:8000" not in body


def test_the_email_is_in_the_language_the_reset_was_asked_in(client, member, queued):
    client.post("/admin/password_reset/", {"email": "ioana@cccluj.ro"}, HTTP_ACCEPT_LANGUAGE="ro")
    result = queued[0]
    send_password_reset.call(*result.args, **result.kwargs)
    assert result.kwargs["language"] == "ro"
    assert "pentru a reseta parola" in mail.outbox[0].body

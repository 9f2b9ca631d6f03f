"""Logins are throttled per account and per client, on both login forms, in the user's language."""

from __future__ import annotations

import logging

import pytest
import time_machine

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.utils import timezone

from wagtail.models import ModelLogEntry

from cms.security.login_throttle import LOCKOUT_ACTION
from cms.testing import make_home_pages

pytestmark = pytest.mark.django_db

PASSWORD = "Corect-cal-baterie-capsa"  # noqa: S105
ADMIN_LOGIN = "/admin/login/"
PUBLIC_LOGIN = "/ro/_util/login/"


@pytest.fixture(autouse=True)
def limits_on(settings):
    """Limits on, and the clock stopped: the limiter counts in fixed windows of the wall clock,
    so attempts that straddled a window's edge would start counting again (a test that fails
    at some minutes of the hour)."""
    settings.RATELIMIT_ENABLE = True
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    with time_machine.travel(timezone.now(), tick=False):
        yield
    cache.clear()


@pytest.fixture
def member():
    return get_user_model().objects.create_user(
        "ioana.pop", "ioana@cccluj.ro", PASSWORD, is_superuser=True
    )


def attempt(client, url, username, password, *, address="203.0.113.5", language="ro"):
    return client.post(
        url,
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=language,
    )


@pytest.mark.parametrize("url", [ADMIN_LOGIN, PUBLIC_LOGIN])
def test_after_ten_wrong_passwords_even_the_right_one_waits(client, member, url):
    make_home_pages()
    for _ in range(10):
        assert attempt(client, url, "ioana.pop", "ghicit").status_code == 200
    response = attempt(client, url, "ioana.pop", PASSWORD)
    assert response.status_code == 429
    assert response["Retry-After"] == "900"
    assert "_auth_user_id" not in client.session
    assert "Prea multe autentificări eșuate" in response.content.decode()


def test_the_account_is_locked_whatever_the_address(client, member):
    for number in range(10):
        attempt(client, ADMIN_LOGIN, "Ioana.Pop", "ghicit", address=f"198.51.100.{number}")
    response = attempt(client, ADMIN_LOGIN, "ioana.pop", PASSWORD, address="192.0.2.77")
    assert response.status_code == 429


def test_one_client_trying_many_accounts_is_locked(client, member):
    for number in range(30):
        attempt(client, ADMIN_LOGIN, f"necunoscut-{number}", "ghicit")
    response = attempt(client, ADMIN_LOGIN, "ioana.pop", PASSWORD)
    assert response.status_code == 429
    # Another client logs in to the same account: the lock was the client's, not the account's.
    response = attempt(client, ADMIN_LOGIN, "ioana.pop", PASSWORD, address="192.0.2.77")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(member.pk)


def test_nine_wrong_passwords_still_let_the_owner_in(client, member):
    for _ in range(9):
        attempt(client, ADMIN_LOGIN, "ioana.pop", "ghicit")
    assert attempt(client, ADMIN_LOGIN, "ioana.pop", PASSWORD).status_code == 302


def test_the_refusal_is_in_english_for_an_english_reader(client, member):
    for _ in range(10):
        attempt(client, ADMIN_LOGIN, "ioana.pop", "ghicit", language="en")
    response = attempt(client, ADMIN_LOGIN, "ioana.pop", PASSWORD, language="en")
    assert "Too many failed logins" in response.content.decode()


def test_a_lockout_is_logged_and_written_to_the_accounts_history(client, member, caplog):
    with caplog.at_level(logging.WARNING, logger="cms.security"):
        for _ in range(10):
            attempt(client, ADMIN_LOGIN, "ioana.pop", "ghicit")
    lockouts = [r for r in caplog.records if "Logins locked" in r.getMessage()]
    assert len(lockouts) == 1
    assert "'ioana.pop'" in lockouts[0].getMessage() and "203.0.113.5" in lockouts[0].getMessage()
    entry = ModelLogEntry.objects.get(action=LOCKOUT_ACTION)
    assert entry.object_id == str(member.pk)
    assert entry.data["client"] == "203.0.113.5"


def test_a_private_pages_password_form_is_throttled_per_client(client):
    homes = make_home_pages()
    url = f"/ro/_util/authenticate_with_password/1/{homes[0].pk}/"
    statuses = [client.post(url, {"password": "ghicit"}, REMOTE_ADDR="203.0.113.5").status_code]
    for _ in range(30):
        statuses.append(
            client.post(url, {"password": "ghicit"}, REMOTE_ADDR="203.0.113.5").status_code
        )
    assert 429 not in statuses[:30]
    assert statuses[-1] == 429

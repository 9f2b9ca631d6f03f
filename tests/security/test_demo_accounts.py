"""`check --deploy` refuses a database whose demo logins still work; a command clears them."""

from __future__ import annotations

import io

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from cms.checks import check_demo_accounts
from cms.models import ProgrammeTeam
from cms.teams import DEMO_PASSWORD, create_demo_team_members, demo_username

pytestmark = pytest.mark.django_db

User = get_user_model()


@pytest.fixture(autouse=True)
def fast_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def demo_logins(settings):
    """What `make run` leaves: the demo administrator and team members, with the password."""
    settings.DEBUG = True
    call_command("setup_teams", stdout=io.StringIO())
    call_command("ensure_demo_admin", stdout=io.StringIO())
    create_demo_team_members()
    settings.DEBUG = False
    assert ProgrammeTeam.objects.exists()


def error_ids():
    return sorted(error.id for error in check_demo_accounts(None))


def test_deploy_check_fails_while_the_demo_logins_work(demo_logins):
    assert error_ids() == ["cms.E020", "cms.E021"]
    with pytest.raises(SystemCheckError, match="cms.E021"):
        call_command("check", deploy=True, stdout=io.StringIO(), stderr=io.StringIO())


def test_a_real_account_given_the_demo_password_is_refused_too(settings):
    settings.DEBUG = False
    User.objects.create_user("maria.pop", "maria@cccluj.ro", DEMO_PASSWORD, is_staff=True)
    assert error_ids() == ["cms.E021"]


def test_an_active_demo_only_account_without_a_password_is_refused(settings):
    call_command("setup_teams", stdout=io.StringIO())
    create_demo_team_members()  # DEBUG off: created with an unusable password
    assert error_ids() == ["cms.E020"]


def test_development_is_not_refused(demo_logins, settings):
    settings.DEBUG = True
    assert error_ids() == []


def test_clear_demo_accounts_passes_the_check_and_keeps_real_accounts(demo_logins):
    real = User.objects.create_user("maria.pop", "maria@cccluj.ro", DEMO_PASSWORD)
    output = io.StringIO()
    call_command("clear_demo_accounts", stdout=output)
    assert error_ids() == []
    call_command("check", deploy=True, stdout=io.StringIO(), stderr=io.StringIO())
    real.refresh_from_db()
    assert real.is_active and not real.has_usable_password()
    team_member = User.objects.get(username=demo_username(ProgrammeTeam.objects.first().programme))
    assert not team_member.is_active
    assert not User.objects.get(username="admin").is_active
    assert "Deactivated the demo account 'admin'." in output.getvalue()

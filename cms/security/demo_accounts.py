"""The demo logins (`ensure_demo_admin`, the demo team members) must not open a real server.

`load_demo` and `ensure_demo_admin` in development give the administrator and one member per
team the README's public password. If that database is later served with DEBUG off, anyone
who read the README could log in. The deploy check (`manage.py check --deploy`, error
`cms.E020`) refuses to pass while such an account is usable; `manage.py clear_demo_accounts`
closes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX, check_password
from django.db.models import Q

from cms.teams import DEMO_PASSWORD, demo_username

# What `ensure_demo_admin` creates; an "admin" with a real address is someone's own account.
DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_EMAIL = "admin@example.org"


@dataclass(frozen=True)
class DemoAccounts:
    demo_only: list[str]  # usernames of active accounts that exist only for the demo
    demo_password: list[str]  # usernames of active accounts whose password is the demo one


def _demo_only_filter() -> Q:
    from cms.models import ProgrammeTeam

    team_members = [
        demo_username(slug) for slug in ProgrammeTeam.objects.values_list("programme", flat=True)
    ]
    return Q(username=DEMO_ADMIN_USERNAME, email=DEMO_ADMIN_EMAIL) | Q(
        username__in=team_members, first_name="Demo"
    )


def find_demo_accounts() -> DemoAccounts:
    """Active demo-only accounts, and active accounts that still have the demo password."""
    users = get_user_model().objects.filter(is_active=True)
    demo_only = sorted(users.filter(_demo_only_filter()).values_list("username", flat=True))
    # Hashing costs ~0.3 s per account; a cultural centre has tens of accounts, not thousands.
    demo_password = sorted(
        user.username
        for user in users.exclude(password__startswith=UNUSABLE_PASSWORD_PREFIX).only(
            "username", "password"
        )
        if check_password(DEMO_PASSWORD, user.password)
    )
    return DemoAccounts(demo_only=demo_only, demo_password=demo_password)


def clear_demo_accounts() -> DemoAccounts:
    """Deactivate the demo-only accounts and take the demo password away from every account.

    Returns what was cleared. Real accounts keep working: their owners set a new password
    through "Forgot password?" on the login page.
    """
    found = find_demo_accounts()
    users = get_user_model().objects
    for user in users.filter(username__in=set(found.demo_only) | set(found.demo_password)):
        user.set_unusable_password()
        if user.username in found.demo_only:
            user.is_active = False
        user.save(update_fields=["password", "is_active"])
    return found

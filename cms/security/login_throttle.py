"""Failed logins are counted per account and per client; past the limit, logins wait.

Both login forms — the admin's (`/admin/login/`) and Wagtail's public one for private pages
(`/ro/_util/login/`) — authenticate through `django.contrib.auth`, which sends
`user_login_failed` on every wrong password. That signal counts the failure twice on the shared
cache (django-ratelimit's windows, as the public forms use): once for the account named, once
for the client's address (`cms.client_ip`). Before either login view runs, the middleware looks
at both counts without adding to them; past either limit the POST is answered 429 with a page
in the visitor's language and the right password does not help until the window ends.

Per account stops one guesser spreading over many addresses; per client stops one address
trying many accounts. The refusal does not say which limit was reached, so it reveals nothing
about which accounts exist. The moment an account or a client is locked is logged (logger
`cms.security`) and, for an existing account, written to Wagtail's history of that user
(Reports → Site history), where administrators see it.

Wagtail's password forms of private pages and documents have no account to count against:
every POST to them counts per client, with the same limit and refusal.
"""

from __future__ import annotations

import logging

from django_ratelimit.core import get_usage, is_ratelimited

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_login_failed
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from cms.client_ip import client_ip

logger = logging.getLogger("cms.security")

# The two login views (URL names): Wagtail's admin and Wagtail's front-end login.
LOGIN_URL_NAMES = frozenset({"wagtailadmin_login", "wagtailcore_login"})
WINDOW_MINUTES = 15
# A person who forgot a password gets ten tries; a script gets nowhere.
ACCOUNT_RATE = f"10/{WINDOW_MINUTES}m"
CLIENT_RATE = f"30/{WINDOW_MINUTES}m"
ACCOUNT_GROUP = "security:login:account"
CLIENT_GROUP = "security:login:client"
LOCKOUT_ACTION = "cms.login_locked"
# Wagtail's password forms of private pages and documents have no account: every POST counts,
# per client, and the same refusal page answers past the limit.
PRIVATE_PAGE_FORM_URL_NAMES = frozenset(
    {"wagtailcore_authenticate_with_password", "wagtaildocs_authenticate_with_password"}
)
PRIVATE_PAGE_FORM_GROUP = "security:page-password:client"


def normalised_username(value: str) -> str:
    return (value or "").strip().lower()


def _usage(request: HttpRequest, *, by_account: str | None, increment: bool) -> dict | None:
    if by_account is None:
        group, rate, key = CLIENT_GROUP, CLIENT_RATE, lambda group, request: client_ip(request)
    else:
        group, rate, key = ACCOUNT_GROUP, ACCOUNT_RATE, lambda group, request: by_account
    return get_usage(request, group=group, key=key, rate=rate, increment=increment)


def _reached(usage: dict | None) -> bool:
    return usage is not None and usage["count"] >= usage["limit"]


def is_locked(request: HttpRequest, username: str) -> bool:
    """Whether this client, or this account, has used up its failed logins (counts nothing)."""
    return _reached(_usage(request, by_account=None, increment=False)) or _reached(
        _usage(request, by_account=normalised_username(username), increment=False)
    )


def count_failure(sender, credentials: dict, request: HttpRequest | None = None, **kwargs) -> None:
    """`user_login_failed` receiver: one more failure for the account and for the client."""
    if request is None:  # authenticate() called outside a request (a management command)
        return
    username = normalised_username(credentials.get(get_user_model().USERNAME_FIELD, ""))
    locked = []
    client = _usage(request, by_account=None, increment=True)
    if client is not None and client["count"] == client["limit"]:
        locked.append("client")
    account = _usage(request, by_account=username, increment=True)
    if account is not None and account["count"] == account["limit"]:
        locked.append("account")
    if locked:
        record_lockout(request, username, locked)


def record_lockout(request: HttpRequest, username: str, locked: list[str]) -> None:
    """Log the lock-out; for an existing account, add it to the account's Wagtail history."""
    logger.warning(
        "Logins locked for %s minutes (%s): account %r, client %s, path %s",
        WINDOW_MINUTES,
        " and ".join(locked),
        username,
        client_ip(request),
        request.path,
    )
    user = (
        get_user_model()
        ._default_manager.filter(**{f"{get_user_model().USERNAME_FIELD}__iexact": username})
        .first()
    )
    if user is not None and "account" in locked:
        from wagtail.log_actions import log

        log(
            instance=user,
            action=LOCKOUT_ACTION,
            user=None,
            data={"client": client_ip(request), "minutes": WINDOW_MINUTES},
        )


def connect() -> None:
    user_login_failed.connect(count_failure, dispatch_uid="cms.security.login_throttle")


def refusal(request: HttpRequest) -> HttpResponse:
    admin = request.resolver_match.url_name == "wagtailadmin_login"
    template = "cms/security/login_locked_admin.html" if admin else "cms/security/login_locked.html"
    response = render(request, template, {"minutes": WINDOW_MINUTES}, status=429)
    response["Retry-After"] = str(WINDOW_MINUTES * 60)
    return response


class LoginThrottleMiddleware:
    """Refuse a login POST from a locked client or for a locked account, before the view."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.method != "POST" or match is None:
            return None
        if not getattr(settings, "RATELIMIT_ENABLE", True):
            return None
        if match.url_name in PRIVATE_PAGE_FORM_URL_NAMES:
            if is_ratelimited(
                request,
                group=PRIVATE_PAGE_FORM_GROUP,
                key=lambda group, request: client_ip(request),
                rate=CLIENT_RATE,
                increment=True,
            ):
                return refusal(request)
            return None
        if match.url_name not in LOGIN_URL_NAMES:
            return None
        username = request.POST.get(get_user_model().USERNAME_FIELD, "")
        if is_locked(request, username):
            logger.info(
                "Login refused while locked: account %r, client %s", username, client_ip(request)
            )
            return refusal(request)
        return None

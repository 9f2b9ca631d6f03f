"""Public newsletter pages: signup, confirmation, the subscriber's settings, unsubscribing.

The signup box on every page posts here. Every link in an email opens a page with one button
(a POST): mail scanners that prefetch links confirm and unsubscribe nothing. The one exception
is RFC 8058's one-click unsubscribe, a POST a mail client sends itself, without a CSRF token:
the signed token is the proof.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from cms.newsletter import subscribing
from cms.newsletter.forms import PreferencesForm, SignupForm
from cms.newsletter.models import unconfirmed_days
from cms.newsletter.tokens import (
    CONFIRM,
    MANAGE,
    ExpiredToken,
    InvalidToken,
    make_token,
    read_token,
)
from cms.public_forms import RateLimit
from cms.security.body_limit import limited

# Per client address: a family signing up its members, not a script filling the list.
SIGNUP_LIMIT = RateLimit(group="newsletter:subscribe", rate="10/h")


def _private(response: HttpResponse) -> HttpResponse:
    # An email address and its settings: never kept by a browser or a shared cache.
    response["Cache-Control"] = "private, no-store"
    return response


def _refusal(request, message: str, status: int) -> HttpResponse:
    return _private(render(request, "newsletter/refused.html", {"message": message}, status=status))


def _subscriber_or_refusal(request, token: str, purpose: str, max_age: int | None = None):
    try:
        return read_token(token, purpose, max_age=max_age), None
    except ExpiredToken:
        return None, _refusal(
            request,
            _(
                "This link has expired. Sign up again with the form below and confirm within %(days)s days."
            )
            % {"days": unconfirmed_days()},
            410,
        )
    except InvalidToken:
        return None, _refusal(
            request,
            _(
                "This link is not valid: it may be incomplete, or the address has left the "
                "newsletter. Use the link from your latest email."
            ),
            400,
        )


# No CSRF check: the box is on every page, and pages are cached (by the CDN too), so a token
# in them would be stale or shared. A forged cross-site signup gains nothing a direct POST does
# not: the address still has to confirm, and the rate limit and honeypot still apply.
@csrf_exempt
@limited(SIGNUP_LIMIT)  # a client over the rate is refused before its POST is read
@require_http_methods(["GET", "POST"])
def subscribe(request: HttpRequest) -> HttpResponse:
    form = SignupForm(request.POST if request.method == "POST" else None)
    refusal, status = None, 200
    if request.method == "POST":
        if SIGNUP_LIMIT.exceeded_by(request):
            refusal, status = _("Too many signups from your connection. Try again in an hour."), 429
        elif form.honeypot_filled:
            refusal, status = _("Your signup could not be sent. Please try again."), 400
        elif form.is_valid():
            subscribing.subscribe(
                form.cleaned_data["email"],
                form.cleaned_data["language"],
                form.cleaned_data["programmes"],
            )
            return HttpResponseRedirect(reverse("newsletter:subscribed"), status=303)
        else:
            status = 400
    response = render(
        request, "newsletter/subscribe.html", {"form": form, "refusal": refusal}, status=status
    )
    return _private(response)


@require_GET
def subscribed(request: HttpRequest) -> HttpResponse:
    return render(request, "newsletter/subscribed.html", {"days": unconfirmed_days()})


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, link_token: str) -> HttpResponse:
    subscriber, refusal = _subscriber_or_refusal(
        request, link_token, CONFIRM, max_age=unconfirmed_days() * 24 * 60 * 60
    )
    if refusal:
        return refusal
    just_confirmed = False
    if request.method == "POST":
        just_confirmed = subscribing.confirm(subscriber)
    return _private(
        render(
            request,
            "newsletter/confirm.html",
            {
                "subscriber": subscriber,
                "just_confirmed": just_confirmed,
                "token_manage": make_token(subscriber, MANAGE),
            },
        )
    )


@require_http_methods(["GET", "POST"])
def manage(request: HttpRequest, link_token: str) -> HttpResponse:
    subscriber, refusal = _subscriber_or_refusal(request, link_token, MANAGE)
    if refusal:
        return refusal
    saved, status = False, 200
    if request.method == "POST":
        form = PreferencesForm(request.POST)
        if form.is_valid():
            subscribing.change(
                subscriber,
                language=form.cleaned_data["language"],
                programmes=form.cleaned_data["programmes"],
            )
            saved = True
        else:
            status = 400
    else:
        form = PreferencesForm(
            initial={"language": subscriber.language, "programmes": subscriber.programme_slugs}
        )
    context = {"form": form, "subscriber": subscriber, "saved": saved, "token": link_token}
    return _private(render(request, "newsletter/manage.html", context, status=status))


@csrf_exempt  # RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click", with no session
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, link_token: str) -> HttpResponse:
    subscriber, refusal = _subscriber_or_refusal(request, link_token, MANAGE)
    if request.method == "POST":
        if refusal:
            if refusal.status_code == 400 and _left_already(link_token):
                # Clicked twice, or the mail client posted first: already done.
                return _private(render(request, "newsletter/unsubscribed.html"))
            return refusal
        subscribing.unsubscribe(subscriber)
        return _private(render(request, "newsletter/unsubscribed.html"))
    if refusal:
        return refusal
    return _private(
        render(
            request, "newsletter/unsubscribe.html", {"subscriber": subscriber, "token": link_token}
        )
    )


def _left_already(token: str) -> bool:
    """A well-signed unsubscribe token whose subscriber is gone: they have left already."""
    from django.core import signing

    from cms.newsletter.tokens import SALT

    try:
        signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return False
    return True


@require_GET
def privacy(request: HttpRequest) -> HttpResponse:
    """The privacy page in the visitor's language. The box links here rather than to the page
    itself so that the box, on every page, costs no database query."""
    from cms.models import SiteSettings

    privacy_page = SiteSettings.for_request(request).privacy_page
    if privacy_page is None:
        raise Http404
    url = privacy_page.localized.get_url(request)
    if not url:
        raise Http404
    return HttpResponseRedirect(url)

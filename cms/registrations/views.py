"""Public registration pages: one per occurrence, and the private page behind the email link.

Every refusal is a page in the visitor's language with a 4xx status and the form's answers
kept; nothing is stored unless the whole registration is.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from cms.events.calendar import event_json_ld, venue_of
from cms.events.models import Occurrence
from cms.json_ld import json_ld_script
from cms.public_forms import RateLimit
from cms.registrations import allocation
from cms.registrations.forms import (
    GuardianRegistrationForm,
    ParticipantRegistrationForm,
    RegistrationForm,
)
from cms.registrations.guardians import child_age_range, participant_age_range
from cms.registrations.models import RegistrationStatus
from cms.registrations.pages import event_page_in
from cms.registrations.tokens import (
    ExpiredToken,
    InvalidToken,
    make_token,
    read_partner_token,
    read_token,
)
from cms.security.body_limit import limited
from cms.site_urls import absolute_url

# Per client address: plenty for a family registering its members, too few for a script.
REGISTRATION_LIMIT = RateLimit(group="registrations:register", rate="20/h")


def _json_ld(request, page, occurrence, seats) -> str:
    data = event_json_ld(page, [occurrence], venue_of(page), request, None)[0]
    data["url"] = absolute_url(request.path)
    if seats.capacity is not None:
        data["maximumAttendeeCapacity"] = seats.capacity
        data["remainingAttendeeCapacity"] = seats.remaining
    return json_ld_script(data)


def _refusal(request, message: str, status: int) -> HttpResponse:
    return render(request, "registrations/refused.html", {"message": message}, status=status)


def _form_for(page, rules, data):
    """The registration form the event type asks for."""
    questions = page.registration_questions
    # An event type that registers children (a summer camp) asks a guardian for the child.
    if age_range := child_age_range(rules):
        return GuardianRegistrationForm(data, questions=questions, age_range=age_range)
    # One whose participants register themselves by age asks minors for a guardian's consent.
    if participant_ages := participant_age_range(rules):
        return ParticipantRegistrationForm(data, questions=questions, age_range=participant_ages)
    return RegistrationForm(data, questions=questions)


def _who(form) -> dict:
    """What a valid form says of the person, as `allocation.register` takes it."""
    return {
        "answers": form.answers(),
        "child": form.child() if isinstance(form, GuardianRegistrationForm) else None,
        "participant": (
            form.participant() if isinstance(form, ParticipantRegistrationForm) else None
        ),
    }


def _submit(form, occurrence, **kept):
    """Register the person a posted form describes: (the redirect to their registration's page,
    None, 302), or (None, the refusal or None, its status) to show the form again."""
    if form.honeypot_filled:
        return None, _("Your registration could not be sent. Please try again."), 400
    if not form.is_valid():
        return None, None, 400
    try:
        registration = allocation.register(
            occurrence.pk,
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            language=get_language(),
            **kept,
            **_who(form),
        )
    except allocation.RegistrationRefused as error:
        return None, error.message, error.status_code
    url = reverse("registrations:manage", args=[make_token(registration)])
    return HttpResponseRedirect(f"{url}?new=1"), None, 302


@limited(REGISTRATION_LIMIT)  # a client over the rate is refused before its POST is read
@require_http_methods(["GET", "POST"])
def register(request: HttpRequest, occurrence_id: int) -> HttpResponse:
    occurrence = Occurrence.objects.filter(pk=occurrence_id).first()
    page = event_page_in(occurrence, get_language()) if occurrence else None
    rules = allocation.settings_page(occurrence) if page else None
    if page is None or rules is None or not rules.registration_required:
        return _refusal(request, _("There is no registration for this date."), 404)

    data = request.POST if request.method == "POST" else None
    form = _form_for(page, rules, data)
    refusal, status = None, 200
    try:
        allocation.check_open(occurrence, rules, timezone.now())
    except allocation.RegistrationRefused as error:
        refusal, status = error.message, error.status_code

    if request.method == "POST" and refusal is None:
        if REGISTRATION_LIMIT.exceeded_by(request):
            refusal, status = (
                _("Too many registrations from your connection. Try again in an hour."),
                429,
            )
        else:
            done, refusal, status = _submit(form, occurrence)
            if done:
                return done

    seats = allocation.seats_of_one(occurrence, rules.capacity)
    # `event`, not `page`: the language switcher must offer this form in the other language,
    # not the event page.
    context = {
        "event": page,
        "occurrence": occurrence,
        "seats": seats,
        "form": form,
        "refusal": refusal,
        "json_ld": _json_ld(request, page, occurrence, seats),
    }
    return render(request, "registrations/register.html", context, status=status)


@require_http_methods(["GET", "POST"])
def manage(request: HttpRequest, token: str) -> HttpResponse:
    try:
        registration = read_token(token)
    except ExpiredToken:
        return _refusal(request, _("This link has expired."), 410)
    except InvalidToken:
        return _refusal(request, _("This link is not valid. Use the link from your email."), 400)

    occurrence = registration.occurrence
    page = event_page_in(occurrence, get_language())
    if page is None:  # the event's programme is switched off (or its page unpublished)
        raise Http404
    cancellable = (
        registration.is_active
        and occurrence.start > timezone.now()
        and not occurrence.is_cancelled  # nothing left to cancel: the date itself is off
    )
    just_cancelled = False
    if request.method == "POST":
        if not cancellable:
            return _refusal(request, _("This registration can no longer be cancelled."), 409)
        registration = allocation.cancel(registration.pk)
        just_cancelled, cancellable = True, False

    response = render(
        request,
        "registrations/manage.html",
        {
            "event": page,
            "registration": registration,
            "occurrence": occurrence,
            "cancellable": cancellable,
            "just_cancelled": just_cancelled,
            "is_new": request.GET.get("new") == "1" and not just_cancelled,
            "waitlisted": registration.status == RegistrationStatus.WAITLISTED,
        },
    )
    # A person's name, email and status: never kept by a browser or a shared cache.
    response["Cache-Control"] = "private, no-store"
    return response


@limited(REGISTRATION_LIMIT)
@require_http_methods(["GET", "POST"])
def register_reserved(request: HttpRequest, partner_token: str) -> HttpResponse:
    """A partner organisation's coordinator registers people on the seats reserved for it on
    one date (the cultural voucher), through the signed link the programme's team sent."""
    try:
        reservation = read_partner_token(partner_token)
    except ExpiredToken:
        return _refusal(
            request, _("This link has expired. Ask the programme's team for a new one."), 410
        )
    except InvalidToken:
        return _refusal(
            request, _("This link is not valid. Use the link the programme's team sent."), 400
        )
    occurrence = reservation.occurrence
    page = event_page_in(occurrence, get_language())
    rules = allocation.settings_page(occurrence) if page else None
    if page is None or rules is None or not rules.registration_required:
        return _refusal(request, _("There is no registration for this date."), 404)

    form = _form_for(page, rules, request.POST if request.method == "POST" else None)
    refusal, status = None, 200
    try:
        allocation.check_open(occurrence, rules, timezone.now())
    except allocation.RegistrationRefused as error:
        refusal, status = error.message, error.status_code
    if request.method == "POST" and refusal is None:
        done, refusal, status = _submit(form, occurrence, reservation_id=reservation.pk)
        if done:
            return done

    taken = reservation.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    response = render(
        request,
        "registrations/register_reserved.html",
        {
            "event": page,
            "occurrence": occurrence,
            "reservation": reservation,
            "left": max(reservation.seats - taken, 0),
            "form": form,
            "refusal": refusal,
        },
        status=status,
    )
    response["Cache-Control"] = "private, no-store"  # a partner's link, not a public page
    return response

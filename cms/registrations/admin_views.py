"""Admin: registrations per occurrence for the programme's team, exports, check-in, and a
person's data (export or erase) on request.

Who sees what is decided in one place, `cms.teams.programmes_for_user`: a team sees its own
programme's registrations only; editors and administrators see every programme's.
"""

from __future__ import annotations

import csv
import io
import json

from openpyxl import Workbook

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cms.events.models import EventPage, Occurrence, OccurrenceStatus
from cms.exports import ascii_file_name, attachment_header
from cms.ownership import records_of_programmes
from cms.registrations import allocation
from cms.registrations.forms import ReserveSeatsForm
from cms.registrations.guardians import HIDDEN, may_export_in_clear
from cms.registrations.models import Registration, RegistrationStatus, SeatReservation
from cms.registrations.privacy import erase_person, export_person, person_erased
from cms.registrations.tokens import make_partner_token
from cms.teams import programmes_for_user
from cms.translations import governing_copies


def _visible(user, queryset, field: str = "programme"):
    return records_of_programmes(queryset, programmes_for_user(user), field=field)


def _event_facts(series_ids) -> dict:
    """series → (title, capacity), from the governing (default-language) page, draft or live,
    in one query."""
    pages = EventPage.objects.only("translation_key", "title", "capacity", "locale_id")
    return {
        key: (page.title, page.capacity)
        for key, page in governing_copies(pages, series_ids, live=False).items()
    }


def index(request):
    """Dates of events that take registrations, upcoming first, with their seats."""
    show_past = request.GET.get("past") == "1"
    now = timezone.now()
    series = EventPage.objects.filter(registration_required=True).values("translation_key")
    occurrences = _visible(request.user, Occurrence.objects.filter(series_id__in=series)).annotate(
        confirmed=Count("registrations", filter=Q(registrations__status="confirmed")),
        waitlisted=Count("registrations", filter=Q(registrations__status="waitlisted")),
    )
    occurrences = (
        occurrences.filter(start__lt=now).order_by("-start")
        if show_past
        else occurrences.filter(start__gte=now).order_by("start")
    )[:200]
    occurrences = list(occurrences)
    facts = _event_facts({o.series_id for o in occurrences})
    for occurrence in occurrences:
        occurrence.title, occurrence.capacity = facts.get(occurrence.series_id, ("", None))
    return TemplateResponse(
        request,
        "registrations/admin/index.html",
        {"occurrences": occurrences, "show_past": show_past},
    )


def _occurrence_for(user, occurrence_id: int) -> Occurrence:
    occurrence = get_object_or_404(Occurrence, pk=occurrence_id)
    programmes = programmes_for_user(user)
    if programmes is not None and occurrence.programme not in programmes:
        raise PermissionDenied
    return occurrence


def detail(request, occurrence_id: int):
    occurrence = _occurrence_for(request.user, occurrence_id)
    registrations = Registration.objects.filter(occurrence=occurrence).order_by("created_at", "id")
    export = request.GET.get("export")
    page = allocation.settings_page(occurrence)
    if export in ("csv", "xlsx"):
        return _export(
            occurrence,
            registrations,
            export,
            title=page.title if page else "",
            in_clear=may_export_in_clear(request.user),
        )
    return _detail_page(request, occurrence, page, registrations, ReserveSeatsForm(occurrence))


def _detail_page(request, occurrence, page, registrations, reserve_form, status=200):
    seats = allocation.seats_of_one(occurrence, page.capacity if page else None)
    by_status = {status: [] for status in RegistrationStatus.values}
    for registration in registrations:
        by_status[registration.status].append(registration)
    return TemplateResponse(
        request,
        "registrations/admin/detail.html",
        {
            "occurrence": occurrence,
            "event": page,
            "seats": seats,
            "confirmed": by_status[RegistrationStatus.CONFIRMED],
            "waitlisted": by_status[RegistrationStatus.WAITLISTED],
            "cancelled": by_status[RegistrationStatus.CANCELLED],
            "reservations": _reservations(request, occurrence),
            "reserve_form": reserve_form,
        },
        status=status,
    )


def _reservations(request, occurrence) -> list[dict]:
    """The date's reserved seats, each with its seats taken and its partner's link in each
    language (the coordinator registers their people there)."""
    rows = (
        SeatReservation.objects.filter(occurrence=occurrence)
        .select_related("partner")
        .annotate(taken=Count("registrations", filter=Q(registrations__status="confirmed")))
    )
    links = {}
    for reservation in rows:
        token = make_partner_token(reservation)
        links[reservation.pk] = []
        for code, name in settings.LANGUAGES:
            with translation.override(code):
                url = reverse("registrations:reserved", args=[token])
            links[reservation.pk].append((name, request.build_absolute_uri(url)))
    return [{"reservation": r, "links": links[r.pk]} for r in rows]


@require_POST
def reserve(request, occurrence_id: int):
    """Reserve (or change, or give back) seats of a date for a partner organisation of the
    date's programme, new or known."""
    occurrence = _occurrence_for(request.user, occurrence_id)
    form = ReserveSeatsForm(occurrence, request.POST)
    if form.is_valid():
        try:
            allocation.reserve(occurrence.pk, form.chosen_partner(), form.cleaned_data["seats"])
        except allocation.RegistrationRefused as error:
            form.add_error("seats", error.message)
        else:
            messages.success(request, _("The reserved seats are saved."))
            return redirect("registrations_admin:detail", occurrence.pk)
    page = allocation.settings_page(occurrence)
    registrations = Registration.objects.filter(occurrence=occurrence).order_by("created_at", "id")
    return _detail_page(request, occurrence, page, registrations, form, status=400)


EXPORT_COLUMNS = [
    "name",
    "email",
    "status",
    "language",
    "created_at",
    "checked_in_at",
    "answers",
]


def _rows(registrations, *, in_clear: bool, with_children: bool, with_ages: bool = False):
    for registration in registrations:
        answers = "; ".join(
            f"{answer['label']}: {answer['value']}" for answer in registration.answers
        )
        # A child's registration: the guardian's email and the child's name only in clear for
        # whoever holds the personal-data permission (cms.registrations.guardians).
        hidden = registration.is_for_a_child and not in_clear
        children = (
            [
                str(HIDDEN) if hidden else _neutralise(registration.child_first_name),
                registration.child_age if registration.child_age is not None else "",
            ]
            if with_children
            else []
        )
        # A participant's age; for a minor, the guardian who consented (in clear likewise).
        guardian = (
            f"{registration.guardian_name} <{registration.guardian_email}>"
            if registration.is_minor_participant and registration.guardian_email
            else ""
        )
        ages = (
            [
                registration.participant_age if registration.participant_age is not None else "",
                str(HIDDEN) if guardian and not in_clear else _neutralise(guardian),
            ]
            if with_ages
            else []
        )
        yield [
            _neutralise(registration.name),
            str(HIDDEN) if hidden else _neutralise(registration.email),
            *children,
            *ages,
            registration.get_status_display(),
            registration.language,
            timezone.localtime(registration.created_at).strftime("%Y-%m-%d %H:%M"),
            timezone.localtime(registration.checked_in_at).strftime("%Y-%m-%d %H:%M")
            if registration.checked_in_at
            else "",
            _neutralise(answers),
        ]


def _neutralise(value: str) -> str:
    """Spreadsheet formula injection: a cell starting with = + - @ is shown as text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def _export(
    occurrence, registrations, kind: str, *, title: str = "", in_clear: bool = False
) -> HttpResponse:
    registrations = list(registrations)
    with_children = any(registration.is_for_a_child for registration in registrations)
    with_ages = any(registration.participant_age is not None for registration in registrations)
    header = [
        _("Name"),
        _("Email"),
        *([_("Child's first name"), _("Child's age")] if with_children else []),
        *([_("Age"), _("Consenting parent or guardian")] if with_ages else []),
        _("Status"),
        _("Language"),
        _("Registered"),
        _("Checked in"),
        _("Answers"),
    ]
    # The event's title in ASCII: one can tell the downloads apart, and every browser keeps it.
    filename = ascii_file_name(
        "registrations", title, f"{occurrence.local_start:%Y%m%d-%H%M}", str(occurrence.pk)
    )
    if kind == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(header)
        writer.writerows(
            _rows(
                registrations, in_clear=in_clear, with_children=with_children, with_ages=with_ages
            )
        )
        response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = attachment_header(f"{filename}.csv")
        return response
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = date_format(occurrence.local_start, "Y-m-d")
    sheet.append(header)
    for row in _rows(
        registrations, in_clear=in_clear, with_children=with_children, with_ages=with_ages
    ):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = attachment_header(f"{filename}.xlsx")
    return response


def _registration_for(user, registration_id: int) -> Registration:
    registration = get_object_or_404(Registration, pk=registration_id)
    _occurrence_for(user, registration.occurrence_id)
    return registration


@require_POST
def check_in(request, registration_id: int):
    registration = _registration_for(request.user, registration_id)
    if registration.status != RegistrationStatus.CONFIRMED:
        messages.error(request, _("Only confirmed registrations can be checked in."))
    else:
        registration.checked_in_at = None if registration.checked_in_at else timezone.now()
        registration.save(update_fields=["checked_in_at"])
    return redirect("registrations_admin:detail", occurrence_id=registration.occurrence_id)


def cancel(request, registration_id: int):
    """Cancel a person's registration, after a confirmation page that says who is told.

    GET shows the confirmation; only a POST carrying its `confirm` field cancels. A POST
    without it (a form from before this step) shows the confirmation again.
    """
    registration = _registration_for(request.user, registration_id)
    if registration.status == RegistrationStatus.CANCELLED:
        messages.info(request, _("This registration is already cancelled."))
        return redirect("registrations_admin:detail", occurrence_id=registration.occurrence_id)
    if request.method != "POST" or "confirm" not in request.POST:
        return TemplateResponse(
            request,
            "registrations/admin/confirm_cancel.html",
            {
                "registration": registration,
                "occurrence": registration.occurrence,
                "event": allocation.settings_page(registration.occurrence),
                "next_waiting": _next_to_get_the_seat(registration),
            },
        )
    allocation.cancel(registration.pk)
    messages.success(
        request, _("%(name)s's registration is cancelled.") % {"name": registration.name}
    )
    return redirect("registrations_admin:detail", occurrence_id=registration.occurrence_id)


def _next_to_get_the_seat(registration: Registration) -> Registration | None:
    """Whom a confirmed seat freed now would go to (as `allocation.cancel` gives it)."""
    occurrence = registration.occurrence
    if (
        registration.status != RegistrationStatus.CONFIRMED
        or occurrence.status == OccurrenceStatus.CANCELLED
        or occurrence.start <= timezone.now()
    ):
        return None
    return (
        Registration.objects.filter(occurrence=occurrence, status=RegistrationStatus.WAITLISTED)
        .order_by("created_at", "id")
        .first()
    )


@require_POST
def promote(request, registration_id: int):
    """Give a waiting person a seat, if one is free (capacity is never exceeded)."""
    registration = _registration_for(request.user, registration_id)
    promoted = allocation.promote(registration.pk)
    if promoted:
        messages.success(request, _("%(name)s now has a seat.") % {"name": registration.name})
    elif registration.occurrence.start <= timezone.now():
        messages.error(request, _("This date has already taken place."))
    else:
        messages.error(
            request,
            _("There is no free seat. Raise the event's capacity first, or cancel a seat."),
        )
    return redirect("registrations_admin:detail", occurrence_id=registration.occurrence_id)


def personal_data(request):
    """A person's registrations by email: export them, or erase them, on their request."""
    email = (request.POST.get("email") or request.GET.get("email") or "").strip()
    registrations = (
        _visible(request.user, Registration.objects.filter(email_key=email.lower()))
        if email
        else Registration.objects.none()
    )
    if request.method == "POST" and email:
        if request.POST.get("action") == "export":
            data = export_person(registrations)
            response = HttpResponse(
                json.dumps(data, ensure_ascii=False, indent=2),
                content_type="application/json; charset=utf-8",
            )
            response["Content-Disposition"] = 'attachment; filename="personal-data.json"'
            return response
        if request.POST.get("action") == "erase":
            count = erase_person(registrations)
            person_erased.send(sender=Registration, email=email)
            messages.success(
                request,
                _("The personal data of %(count)s registration(s) was erased.") % {"count": count},
            )
            return redirect("registrations_admin:personal_data")
    return TemplateResponse(
        request,
        "registrations/admin/personal_data.html",
        {"email": email, "registrations": registrations.select_related("occurrence")},
    )

"""Applying to a call: the public page's GET and POST, and storing an application whole.

The order of checks on a POST is deliberate: the rate limit first (cheapest, and it stops
floods), then the deadline (checked at the moment the POST arrives, whatever the form was
opened at), then the form and the upload limits. Every refusal re-renders the page in the
visitor's language with a 4xx status and the answers kept: in the form when it is shown again,
as a read-only summary when the rate limit or the deadline refuses it.

The deadline and the upload rules are the call's (`OpenCallPage.rules_page`), the same on the
Romanian and English pages. A successful POST answers 303 to the call's page with a signed
token, which shows the confirmation: refreshing it re-sends nothing (POST/redirect/GET).
"""

from __future__ import annotations

import datetime
import logging
from typing import TYPE_CHECKING

from django.core import signing
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.timesince import timeuntil
from django.utils.translation import gettext_lazy as _

from cms.opencalls.forms import APPLICANT_EMAIL_FIELD, APPLICANT_NAME_FIELD, ApplicationForm
from cms.opencalls.models.applications import (
    Application,
    ApplicationFile,
    ReferenceSequence,
)
from cms.opencalls.models.pages import FILE_FIELD_TYPE, CallStatus
from cms.opencalls.uploads import private_storage, random_storage_name
from cms.pagecache import valid_until
from cms.public_forms import RateLimit
from cms.site_urls import absolute_url

if TYPE_CHECKING:
    from cms.opencalls.models.pages import OpenCallPage

logger = logging.getLogger(__name__)

# Per client address: enough for a person who fixes mistakes, far too few for a script.
APPLICATION_LIMIT = RateLimit(group="opencalls:apply", rate="10/h")

# The confirmation after a successful application: `?sent=<token>` on the call's page. The
# token names the application and its call, signed (salted for this one use) and short-lived:
# it shows a reference and an email address, so a shared or old link stops showing them.
CONFIRMATION_PARAMETER = "sent"
CONFIRMATION_SALT = "cms.opencalls.applying.confirmation"
CONFIRMATION_MAX_AGE = datetime.timedelta(days=1)

# Answers a refusal shows back as text: not files (never echoed), not ticks or hidden values.
NOT_SHOWN_BACK = {FILE_FIELD_TYPE, "checkbox", "hidden"}


class HttpResponseSeeOther(HttpResponseRedirect):
    """303: the browser follows with a GET, so a refresh never re-sends the POST."""

    status_code = 303


def countdown_turns(now: datetime.datetime, moment: datetime.datetime | None):
    """When a page counting down to `moment` ("3 days, 4 hours": two units, as `timeuntil`
    prints it) next reads differently, at the latest `moment` itself."""
    if moment is None or moment <= now:
        return None
    remaining = moment - now
    day, hour, minute = (datetime.timedelta(**{unit: 1}) for unit in ("days", "hours", "minutes"))
    unit = day if remaining >= 7 * day else hour if remaining >= day else minute
    return min(moment, now + (remaining % unit or unit))


def call_context(call: OpenCallPage, request: HttpRequest) -> dict:
    """What every rendering of a call needs: its status and the countdown, computed now.

    `call_rules` is the page whose moments govern the call (the Romanian one): the templates
    show its dates, so the page shows the deadline that the POST is checked against.
    """
    now = timezone.now()
    rules = call.rules_page()
    status = rules.status_at(now)
    turns = {CallStatus.UPCOMING: rules.opens_at, CallStatus.OPEN: rules.closes_at}.get(status)
    valid_until(countdown_turns(now, turns))
    context = call.get_context(request)
    context.update(
        {
            "call_rules": rules,
            "call_status": status.value,
            "is_open": status is CallStatus.OPEN,
            # "3 days, 4 hours" in the active language (Django's own translations).
            "closes_in": timeuntil(rules.closes_at, now, depth=2)
            if status is CallStatus.OPEN
            else "",
            "opens_in": timeuntil(rules.opens_at, now, depth=2)
            if status is CallStatus.UPCOMING
            else "",
        }
    )
    return context


def render_call(call, request, context: dict, *, status: int = 200) -> TemplateResponse:
    return TemplateResponse(request, call.get_template(request), context, status=status)


def serve_open_call(call: OpenCallPage, request: HttpRequest, *args, **kwargs) -> HttpResponse:
    if request.method != "POST":
        application = confirmed_application(call, request.GET.get(CONFIRMATION_PARAMETER))
        if application is not None:
            return render_confirmation(call, request, application, *args, **kwargs)
        context = call_context(call, request)
        if context["is_open"]:
            context["form"] = call.get_form(page=call, user=request.user)
        return render_call(call, request, context)

    context = call_context(call, request)
    if APPLICATION_LIMIT.exceeded_by(request):
        context["refusal"] = "rate_limited"
        context["submitted_answers"] = submitted_text_answers(call, request.POST)
        return render_call(call, request, context, status=429)

    if not context["is_open"]:
        # Late (or early) POSTs are refused for everyone, whenever the form was loaded.
        context["refusal"] = context["call_status"]
        context["submitted_answers"] = submitted_text_answers(call, request.POST)
        return render_call(call, request, context, status=403)

    form: ApplicationForm = call.get_form(request.POST, request.FILES, page=call, user=request.user)
    form_is_valid = form.is_valid()
    if form.honeypot_filled:
        context.update({"form": form, "refusal": "spam"})
        return render_call(call, request, context, status=400)
    limit_status = form.check_upload_limits()
    if form_is_valid and limit_status is None:
        # The confirmation email links to the page on the host the applicant is using.
        application = call.process_form_submission(
            form, call_url=absolute_url(call.get_url(request))
        )
        return HttpResponseSeeOther(confirmation_url(call, request, application))

    # Browsers cannot refill a file input: the page says so next to the error summary.
    context.update({"form": form, "files_need_choosing_again": bool(form.file_fields())})
    return render_call(call, request, context, status=limit_status or 400)


def submitted_text_answers(call: OpenCallPage, data: QueryDict) -> list[dict[str, str]]:
    """What a refused visitor typed, as (label, text) pairs to show back so they can copy it.

    The applicant's name and email and the call's own questions, never files; the template
    escapes every value.
    """
    answers = []
    for name, label in (
        (APPLICANT_NAME_FIELD, _("Full name")),
        (APPLICANT_EMAIL_FIELD, _("Email address")),
    ):
        if value := data.get(name, "").strip():
            answers.append({"label": label, "value": value})
    for field in call.get_form_fields():
        if field.field_type in NOT_SHOWN_BACK:
            continue
        values = [value.strip() for value in data.getlist(field.clean_name) if value.strip()]
        if values:
            answers.append({"label": field.label, "value": ", ".join(values)})
    return answers


# --- the confirmation, reached by a GET after the POST -------------------------------------------


def confirmation_url(call: OpenCallPage, request: HttpRequest, application: Application) -> str:
    """The page the applicant came through (so their language), with a signed token."""
    token = signing.dumps([application.pk, application.call_key.hex], salt=CONFIRMATION_SALT)
    return f"{call.get_url(request)}?{urlencode({CONFIRMATION_PARAMETER: token})}"


def confirmed_application(call: OpenCallPage, token: str | None) -> Application | None:
    """The application a confirmation token names, if it is genuine, fresh and of this call.

    A forged, altered or expired token is ignored: the visitor simply sees the call's page.
    """
    if not token:
        return None
    try:
        application_id, call_key = signing.loads(
            token, salt=CONFIRMATION_SALT, max_age=CONFIRMATION_MAX_AGE
        )
    except signing.BadSignature:  # SignatureExpired is one too
        return None
    if call_key != call.translation_key.hex:
        return None
    return Application.objects.filter(pk=application_id, call_key=call.translation_key).first()


def render_confirmation(
    call: OpenCallPage, request: HttpRequest, application: Application, *args, **kwargs
) -> HttpResponse:
    response = call.render_landing_page(request, application, *args, **kwargs)
    # It shows the applicant's reference and email address: kept by no cache, and the token
    # in the address is not passed on to the next page as a Referer.
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response


def allocate_reference(prefix: str, year: int) -> str:
    """The next human reference for `prefix` and `year`, e.g. `AS-2026-0042`.

    Must run inside a transaction: the sequence row stays locked until it commits.
    """
    ReferenceSequence.objects.get_or_create(prefix=prefix, year=year)
    sequence = ReferenceSequence.objects.select_for_update().get(prefix=prefix, year=year)
    sequence.last_number += 1
    sequence.save(update_fields=["last_number"])
    return f"{prefix}-{year}-{sequence.last_number:04d}"


def store_application(
    call: OpenCallPage, form: ApplicationForm, *, language: str, call_url: str = ""
) -> Application:
    """Store the row and its files together, or neither; then email the applicant.

    `call_url` is the call's absolute address as the applicant reached it, for the email.

    Files are written first, inside the transaction; if anything fails afterwards the
    transaction rolls the rows back and the files written so far are deleted, so no file is
    left without a row and no row points at a missing file.
    """
    storage = private_storage()
    written: list[str] = []
    try:
        with transaction.atomic():
            now = timezone.now()
            application = Application.objects.create(
                page=call,
                call_key=call.translation_key,
                programme=call.programme,
                language=language,
                reference=allocate_reference(call.reference_prefix, timezone.localtime(now).year),
                form_data=form.application_data(),
                applicant_name=form.applicant_name,
                applicant_email=form.applicant_email,
                rules_accepted_at=now,
                # The call's retention (its Romanian page's), not this translation's copy.
                retain_until=call.rules_page().personal_data_kept_until,
            )
            for field_name, upload in form.checked_uploads().items():
                stored_name = storage.save(
                    random_storage_name(call.translation_key.hex, upload.kind), upload.file
                )
                written.append(stored_name)
                ApplicationFile.objects.create(
                    application=application,
                    field_name=field_name,
                    original_name=upload.display_name,
                    stored_name=stored_name,
                    kind=upload.kind.value,
                    content_type=upload.kind.content_type,
                    size=upload.file.size,
                )
    except BaseException:
        for stored_name in written:
            storage.delete(stored_name)
        raise

    from cms.opencalls.tasks import enqueue_confirmation

    transaction.on_commit(lambda: enqueue_confirmation(application.pk, call_url))
    return application

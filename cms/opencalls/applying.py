"""Applying to a call: the public page's GET and POST, and storing an application whole.

The order of checks on a POST is deliberate: the rate limit first (cheapest, and it stops
floods), then the deadline (checked at the moment the POST arrives, whatever the form was
opened at), then the form and the upload limits. Every refusal re-renders the page in the
visitor's language with a 4xx status and the answers kept.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from django_ratelimit.core import is_ratelimited

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.timesince import timeuntil

from cms.opencalls.forms import ApplicationForm
from cms.opencalls.models.applications import (
    Application,
    ApplicationFile,
    ReferenceSequence,
)
from cms.opencalls.models.pages import CallStatus
from cms.opencalls.uploads import private_storage, random_storage_name

if TYPE_CHECKING:
    from cms.opencalls.models.pages import OpenCallPage

logger = logging.getLogger(__name__)

# Per client address: enough for a person who fixes mistakes, far too few for a script.
APPLICATION_RATE = "10/h"
RATELIMIT_GROUP = "opencalls:apply"


def call_context(call: OpenCallPage, request: HttpRequest) -> dict:
    """What every rendering of a call needs: its status and the countdown, computed now."""
    now = timezone.now()
    status = call.status_at(now)
    context = call.get_context(request)
    context.update(
        {
            "call_status": status.value,
            "is_open": status is CallStatus.OPEN,
            # "3 days, 4 hours" in the active language (Django's own translations).
            "closes_in": timeuntil(call.closes_at, now, depth=2)
            if status is CallStatus.OPEN
            else "",
            "opens_in": timeuntil(call.opens_at, now, depth=2)
            if status is CallStatus.UPCOMING
            else "",
        }
    )
    return context


def render_call(call, request, context: dict, *, status: int = 200) -> TemplateResponse:
    return TemplateResponse(request, call.get_template(request), context, status=status)


def serve_open_call(call: OpenCallPage, request: HttpRequest, *args, **kwargs) -> HttpResponse:
    context = call_context(call, request)
    if request.method != "POST":
        if context["is_open"]:
            context["form"] = call.get_form(page=call, user=request.user)
        return render_call(call, request, context)

    if is_ratelimited(
        request,
        group=RATELIMIT_GROUP,
        key="ip",
        rate=APPLICATION_RATE,
        method="POST",
        increment=True,
    ):
        context["refusal"] = "rate_limited"
        return render_call(call, request, context, status=429)

    if not context["is_open"]:
        # Late (or early) POSTs are refused for everyone, whenever the form was loaded.
        context["refusal"] = context["call_status"]
        return render_call(call, request, context, status=403)

    form: ApplicationForm = call.get_form(request.POST, request.FILES, page=call, user=request.user)
    form_is_valid = form.is_valid()
    if form.is_spam():
        context.update({"form": form, "refusal": "spam"})
        return render_call(call, request, context, status=400)
    limit_status = form.check_upload_limits()
    if form_is_valid and limit_status is None:
        application = call.process_form_submission(form)
        return call.render_landing_page(request, application, *args, **kwargs)

    # Browsers cannot refill a file input: the page says so next to the error summary.
    context.update({"form": form, "files_need_choosing_again": bool(form.file_fields())})
    return render_call(call, request, context, status=limit_status or 400)


def allocate_reference(prefix: str, year: int) -> str:
    """The next human reference for `prefix` and `year`, e.g. `AS-2026-0042`.

    Must run inside a transaction: the sequence row stays locked until it commits.
    """
    ReferenceSequence.objects.get_or_create(prefix=prefix, year=year)
    sequence = ReferenceSequence.objects.select_for_update().get(prefix=prefix, year=year)
    sequence.last_number += 1
    sequence.save(update_fields=["last_number"])
    return f"{prefix}-{year}-{sequence.last_number:04d}"


def applicant_email_from(call: OpenCallPage, form: ApplicationForm) -> str:
    """The answer to the call's first email question: where confirmations go."""
    for field in call.get_form_fields():
        if field.field_type == "email" and form.cleaned_data.get(field.clean_name):
            return form.cleaned_data[field.clean_name]
    return ""


def store_application(call: OpenCallPage, form: ApplicationForm, *, language: str) -> Application:
    """Store the row and its files together, or neither.

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
                applicant_email=applicant_email_from(call, form),
                retain_until=call.personal_data_kept_until,
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

    transaction.on_commit(lambda: enqueue_confirmation(application.pk))
    return application

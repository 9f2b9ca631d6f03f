"""Emails to applicants, sent as django-tasks tasks so a slow or failing mail server never
costs anyone their application.

The application is committed before a task is enqueued. A failed send follows the engine's one
retry policy (`cms.email_retry`): logged, and on a backend that can defer tried again later with
a growing delay; after the last attempt the task fails and stays visible in the task results, and
the application keeps `confirmation_sent_at` empty so it can be found and resent.
"""

from __future__ import annotations

import logging

from django_tasks import task

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation

from cms.email_retry import retried_on_failure
from cms.site_urls import absolute_url

logger = logging.getLogger(__name__)


def call_url_for(call, request) -> str:
    """The call's page as an absolute address on the site's configured address
    (`cms.site_urls`), never on the host the request named."""
    if call is None:
        return ""
    url = call.get_url(request)
    return absolute_url(url) if url else ""


def _call_url(call, given: str) -> str:
    """The link in an email: as given by the request that caused it, else the page's site."""
    if given or call is None:
        return given
    # A task enqueued without a request (a resend by code): the same configured address.
    url = call.get_url() or ""
    return absolute_url(url) if url else ""


def _send_to_applicant(
    application, *, template: str, subject: str, context: dict, call_url: str = ""
) -> None:
    from cms.models import SiteSettings

    # The link goes to a live copy only; the call's title comes from the page applied to when
    # no copy is live any more.
    call = application.call_page_in(application.language)
    shown = call or application.page
    body = render_to_string(
        template,
        {
            "application": application,
            "call": shown,
            "call_url": _call_url(call, call_url),
            "site_identity": SiteSettings.for_page(shown),  # the signature
            **context,
        },
    )
    send_mail(
        subject=subject,
        message=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[application.applicant_email],
    )


@task()
def send_application_confirmation(
    application_id: int, call_url: str = "", attempt: int = 1
) -> bool:
    """Tell the applicant their reference, in the language they applied in.

    `call_url`: the call's page, absolute, on the host the applicant applied through.
    """
    from django.utils.translation import gettext

    from cms.opencalls.models import Application

    application = Application.objects.filter(pk=application_id).first()
    if application is None or not application.applicant_email:
        return False
    if application.confirmation_sent_at is not None:
        return True  # a retry after a send that did go through
    with (
        retried_on_failure(
            send_application_confirmation,
            attempt,
            application_id,
            call_url,
            description=f"Confirmation email for application {application.reference}",
        ),
        translation.override(application.language),
    ):
        _send_to_applicant(
            application,
            template="opencalls/email/confirmation.txt",
            subject=gettext("Your application %(reference)s was received")
            % {"reference": application.reference},
            context={},
            call_url=call_url,
        )
    Application.objects.filter(pk=application.pk).update(confirmation_sent_at=timezone.now())
    return True


@task()
def send_status_change(
    application_id: int, status: str, call_url: str = "", attempt: int = 1
) -> bool:
    """Tell the applicant their application's new status, in the language they applied in."""
    from django.utils.translation import gettext

    from cms.opencalls.models import Application, ApplicationStatus

    application = Application.objects.filter(pk=application_id).first()
    if application is None or not application.applicant_email:
        return False
    with (
        retried_on_failure(
            send_status_change,
            attempt,
            application_id,
            status,
            call_url,
            description=f"Status email for application {application.reference}",
        ),
        translation.override(application.language),
    ):
        _send_to_applicant(
            application,
            template="opencalls/email/status_changed.txt",
            subject=gettext("News about your application %(reference)s")
            % {"reference": application.reference},
            context={
                "status": status,
                "status_label": ApplicationStatus(status).label,
            },
            call_url=call_url,
        )
    return True


def enqueue_confirmation(application_id: int, call_url: str = "") -> None:
    """Enqueue the confirmation; a broken queue is logged, the application is already safe."""
    try:
        send_application_confirmation.enqueue(application_id, call_url)
    except Exception:
        logger.exception("Could not enqueue the confirmation of application %s", application_id)


def enqueue_status_change(application_id: int, status: str, call_url: str = "") -> None:
    try:
        send_status_change.enqueue(application_id, status, call_url)
    except Exception:
        logger.exception("Could not enqueue the status email of application %s", application_id)

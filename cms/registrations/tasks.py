"""Registration emails, in the registrant's language, sent by django-tasks after commit."""

from __future__ import annotations

import logging

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, gettext_noop, pgettext

from cms.email_retry import retried_on_failure
from cms.site_urls import absolute_url

logger = logging.getLogger(__name__)

SUBJECTS = {
    "confirmation": gettext_noop("Your registration: %(title)s"),
    "waitlisted": gettext_noop("You are on the waiting list: %(title)s"),
    "promotion": gettext_noop("A seat is free for you: %(title)s"),
    "cancellation": gettext_noop("Registration cancelled: %(title)s"),
    "date_cancelled": gettext_noop("Cancelled: %(title)s"),
    "date_moved": gettext_noop("New date and time: %(title)s"),
}


def absolute(url: str) -> str:
    return absolute_url(url)


def build_email(registration, kind: str) -> EmailMessage:
    """The email of `kind` about `registration`, in its language, with the date's .ics."""
    from cms.events.ical import build_calendar, build_vevent
    from cms.models import SiteSettings
    from cms.registrations.models import RegistrationStatus
    from cms.registrations.pages import event_page_in
    from cms.registrations.tokens import make_token

    if kind == "confirmation" and registration.status == RegistrationStatus.WAITLISTED:
        kind = "waitlisted"
    with translation.override(registration.language):
        occurrence = registration.occurrence
        page = event_page_in(occurrence, registration.language)
        manage_url = absolute(reverse("registrations:manage", args=[make_token(registration)]))
        page_url = absolute(page.get_url()) if page else ""
        context = {
            "registration": registration,
            "occurrence": occurrence,
            "page": page,
            "kind": kind,
            "manage_url": manage_url,
            "page_url": page_url,
            "site_identity": SiteSettings.for_page(page),  # the signature
        }
        subject = gettext(SUBJECTS[kind]) % {"title": page.title if page else ""}
        body = render_to_string("registrations/email.txt", context)
        message = EmailMessage(
            subject=subject,
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[registration.email],
        )
        if page is not None and kind != "cancellation":
            vevent = build_vevent(occurrence, page, url=page_url or manage_url)
            calendar = build_calendar(page.title, [(occurrence, vevent)])
            message.attach(
                # Named in the registrant's language (the override above), ASCII for every mailer.
                pgettext("calendar attachment file name", "event.ics"),
                calendar.to_ical(),
                "text/calendar",
            )
    return message


@task()
def send_registration_email(registration_id: int, kind: str, attempt: int = 1) -> bool:
    from cms.registrations.models import Registration

    registration = (
        Registration.objects.select_related("occurrence").filter(pk=registration_id).first()
    )
    if registration is None or registration.anonymised_at is not None:
        return False
    with retried_on_failure(
        send_registration_email,
        attempt,
        registration_id,
        kind,
        description=f"Registration email {kind} for {registration_id}",
    ):
        build_email(registration, kind).send()
    return True

"""Emails to one subscriber (confirm, already subscribed), sent by django-tasks after commit."""

from __future__ import annotations

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

from cms.email_retry import retried_on_failure
from cms.newsletter.links import subscriber_links

SUBJECTS = {
    "confirm": gettext_noop("Confirm your subscription to the newsletter"),
    "already_subscribed": gettext_noop("You already receive our newsletter"),
}


def build_subscriber_email(subscriber, kind: str) -> EmailMessage:
    from cms.models import SiteSettings
    from cms.newsletter.models import unconfirmed_days

    with translation.override(subscriber.language):
        context = {
            "subscriber": subscriber,
            "kind": kind,
            "days": unconfirmed_days(),
            "site_identity": SiteSettings.for_page(None),
            **subscriber_links(subscriber),
        }
        return EmailMessage(
            subject=gettext(SUBJECTS[kind]),
            body=render_to_string("newsletter/email/subscriber.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[subscriber.email],
        )


@task()
def send_subscriber_email(subscriber_id: int, kind: str, attempt: int = 1) -> bool:
    from cms.newsletter.models import Subscriber

    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:  # unsubscribed or purged meanwhile
        return False
    with retried_on_failure(
        send_subscriber_email,
        attempt,
        subscriber_id,
        kind,
        description=f"Newsletter email {kind} for subscriber {subscriber_id}",
    ):
        build_subscriber_email(subscriber, kind).send()
    return True

"""Emails to one subscriber (confirm, already subscribed), sent by django-tasks after commit."""

from __future__ import annotations

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

from cms.email_retry import retried_on_failure
from cms.site_urls import absolute_url

SUBJECTS = {
    "confirm": gettext_noop("Confirm your subscription to the newsletter"),
    "already_subscribed": gettext_noop("You already receive our newsletter"),
}


def subscriber_links(subscriber) -> dict[str, str]:
    """The absolute signed links of a subscriber, in their language (the override around)."""
    from cms.newsletter.tokens import CONFIRM, MANAGE, make_token

    manage = make_token(subscriber, MANAGE)
    return {
        "confirm_url": absolute_url(
            reverse("newsletter:confirm", args=[make_token(subscriber, CONFIRM)])
        ),
        "manage_url": absolute_url(reverse("newsletter:manage", args=[manage])),
        "unsubscribe_url": absolute_url(reverse("newsletter:unsubscribe", args=[manage])),
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

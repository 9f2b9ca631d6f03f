"""Assembling one letter for one subscriber: the parts, the unsubscribe headers, the footer.

Every letter the newsletter sends is built here, so none goes out without RFC 8058's headers
(`List-Unsubscribe` with the signed URL, `List-Unsubscribe-Post: List-Unsubscribe=One-Click`)
and the same link visible at its foot.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.utils import translation

from cms.newsletter.links import subscriber_links


def unsubscribe_headers(unsubscribe_url: str) -> dict[str, str]:
    return {
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def build_letter(
    subscriber, *, subject: str, text_template: str, html_template: str, context: dict
) -> EmailMultiAlternatives:
    """A plain-text letter with its HTML alternative, in the subscriber's language.

    The templates get `context` plus the subscriber's `manage_url` and `unsubscribe_url`, and
    must show the unsubscribe link (both the letter templates include the newsletter footer).
    """
    from django.template.loader import render_to_string

    from cms.models import SiteSettings

    with translation.override(subscriber.language):
        links = subscriber_links(subscriber)
        context = {
            **context,
            **links,
            "subscriber": subscriber,
            "site_identity": SiteSettings.for_page(None),
        }
        message = EmailMultiAlternatives(
            subject=subject,
            body=render_to_string(text_template, context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[subscriber.email],
            headers=unsubscribe_headers(links["unsubscribe_url"]),
        )
        message.attach_alternative(render_to_string(html_template, context), "text/html")
    return message

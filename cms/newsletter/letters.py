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


def letter_title(month, language: str) -> str:
    from django.utils.formats import date_format
    from django.utils.translation import gettext

    with translation.override(language):
        return gettext("What's on in %(month)s") % {"month": date_format(month, "F Y")}


def build_digest_letter(letter, subscriber, *, programmes=None, digest=None):
    """`letter` for `subscriber`: their language, their programmes (or `programmes`, for a
    preview), their links. `digest` may be passed in when many readers share one."""
    from django.urls import reverse
    from django.utils import timezone

    from cms.newsletter.digest import build_digest
    from cms.site_urls import absolute_url
    from cms.translations import TIME_ZONE

    language = subscriber.language
    if digest is None:
        wanted = subscriber.programme_slugs if programmes is None else programmes
        digest = build_digest(letter.month, language, wanted)
    title = letter_title(letter.month, language)
    with translation.override(language), timezone.override(TIME_ZONE):
        return build_letter(
            subscriber,
            subject=title,
            text_template="newsletter/email/digest.txt",
            html_template="newsletter/email/digest.html",
            context={
                "digest": digest,
                "title": title,
                "intro": letter.intro_in(language),
                "calendar_url": absolute_url(reverse("events:agenda")),
            },
        )

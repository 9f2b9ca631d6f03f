"""The absolute signed links of a subscriber: confirm, manage, unsubscribe."""

from __future__ import annotations

from django.urls import reverse

from cms.site_urls import absolute_url


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

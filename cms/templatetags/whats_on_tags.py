"""`{% whats_on %}`: the home page's and a section's next dates and closing calls.

A tag, not page context, so the page models need not import the events and calls apps
(`tests/test_architecture.py` keeps the engine free of import cycles).
"""

from __future__ import annotations

from django import template
from django.urls import reverse
from django.utils import timezone

from cms.view_restrictions import private_pages
from cms.whats_on import calls_closing_soonest, latest_news, next_dates

register = template.Library()


@register.inclusion_tag("cms/includes/whats_on.html", takes_context=True)
def whats_on(context, programme: str | None = None) -> dict:
    """Every programme's first dates, or more of one `programme` (a section page's)."""
    page = context["page"]
    now = timezone.now()
    private = private_pages(context.get("request"))  # read once per request
    calendar_url = (
        reverse("events:programme_agenda", args=[programme])
        if programme
        else reverse("events:agenda")
    )
    return {
        "request": context.get("request"),
        "page": page,
        "programme": programme,
        "featured": page.pinned_page(private) if hasattr(page, "pinned_page") else None,
        "next_dates": next_dates(page.locale, now, programme=programme),
        "closing_calls": calls_closing_soonest(
            page.locale, now, programme=programme, private=private
        ),
        "calendar_url": calendar_url,
        "latest_news": latest_news(page.locale, programme=programme, private=private),
    }

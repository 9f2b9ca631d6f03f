"""Finding an occurrence's event page in a language (the series is shared by translations)."""

from __future__ import annotations

from django.conf import settings

from wagtail.models import Locale


def event_page_in(occurrence, language_code: str):
    """The live event page of the occurrence's series in `language_code`, else the default one."""
    from cms.events.models import EventPage, default_language_first

    pages = EventPage.objects.live().public().filter(translation_key=occurrence.series_id)
    page = pages.filter(locale__language_code=language_code).first()
    if page is None and language_code != settings.LANGUAGE_CODE:
        page = pages.order_by(default_language_first()).first()
    return page


def active_locale() -> Locale:
    return Locale.get_active()

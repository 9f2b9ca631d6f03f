"""Finding an occurrence's event page in a language (the series is shared by translations)."""

from __future__ import annotations

from wagtail.models import Locale

from cms.translations import copy_in


def event_page_in(occurrence, language_code: str):
    """The live, public event page of the occurrence's series in `language_code`, else its
    governing (default-language) copy. None when the event's programme is switched off: its
    registration pages answer 404 like its event pages."""
    from cms.events.models import EventPage
    from cms.ownership import records_of_enabled_programmes

    pages = records_of_enabled_programmes(EventPage.objects.public())
    return copy_in(pages, occurrence.series_id, language_code)


def active_locale() -> Locale:
    return Locale.get_active()

"""The dates an event page would have, for the admin's preview only.

A public request reads the Occurrence table, written when a page is published: it never
expands a rule. A page that was never published has no rows, and a draft's schedule may differ
from the published one, so a preview computes the next dates from the page being previewed,
in memory (nothing is written), with the engine's own expansion up to the horizon, and shows
the first few. A date the site already holds keeps its state (cancelled, moved) and its links.
"""

from __future__ import annotations

import datetime

from cms.events.materialise import occurrence_of
from cms.events.models import EventPage, Occurrence
from cms.events.schedule import expand, horizon_end


def is_preview(request) -> bool:
    """Wagtail marks the requests it makes to render a preview (`make_preview_request`)."""
    return bool(getattr(request, "is_preview", False))


def preview_occurrences(page: EventPage, now: datetime.datetime, limit: int) -> list[Occurrence]:
    """The next `limit` dates of the page's schedule as it stands, unsaved Occurrence objects."""
    if page.start_date is None:
        return []
    slots = [slot for slot in expand(page.schedule, horizon_end(now)).slots if slot.end >= now][
        :limit
    ]
    stored = {
        occurrence.original_date: occurrence
        for occurrence in Occurrence.objects.filter(
            series_id=page.translation_key, original_date__in=[slot.date for slot in slots]
        )
    }
    occurrences = []
    for slot in slots:
        occurrence = occurrence_of(slot, page, programme=page.programme)
        if (existing := stored.get(slot.date)) is not None:
            # The published date: its links work, and a cancelled or moved date shows as such.
            occurrence.pk = existing.pk
            occurrence.status = existing.status
            if existing.is_moved:
                occurrence.start, occurrence.end = existing.start, existing.end
        occurrences.append(occurrence)
    return occurrences

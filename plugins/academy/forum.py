"""A gathering of several days (the Forum) and its sessions: the sessions are Academy events
under the gathering's own event, and its page prints them by local day (Cluj time) and venue,
read from the calendar's materialised occurrences (`cms.events.programme`). Four queries,
whatever the number of sessions or dates."""

from __future__ import annotations

from cms.events.calendar import attach_pages
from cms.events.models import Occurrence, OccurrenceStatus
from cms.events.programme import ProgrammeDay, group_by_day_and_venue


def programme_by_day(event) -> list[ProgrammeDay]:
    """The dates of `event`'s live child events, cancelled ones left out, in its language."""
    from plugins.academy.models import AcademyEventPage

    keys = AcademyEventPage.objects.child_of(event).live().public().values("translation_key")
    occurrences = (
        Occurrence.objects.filter(series_id__in=keys)
        .exclude(status=OccurrenceStatus.CANCELLED)
        .order_by("start", "id")
    )
    return group_by_day_and_venue(attach_pages(occurrences, event.locale))

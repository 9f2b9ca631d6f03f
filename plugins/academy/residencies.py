"""What a residency round shows beside its residents (the people kit's listing): its call in
the round's language and its public showings with their dates, read from the calendar's
materialised occurrences (never expanded per request). A fixed number of queries, whatever the
number of residents, showings or dates."""

from __future__ import annotations

from dataclasses import dataclass, field

from cms.events.models import Occurrence, OccurrenceStatus
from cms.translations import TIME_ZONE, copy_in


@dataclass
class Showing:
    """A public showing of the round (an Academy event) and its coming dates, local time."""

    page: object
    dates: list = field(default_factory=list)


def round_showings(round_page) -> list[Showing]:
    """The round's child events with their dates that are not cancelled, by first date. Two
    queries."""
    from plugins.academy.models import AcademyEventPage

    events = list(
        AcademyEventPage.objects.child_of(round_page)
        .live()
        .public()
        .defer_streamfields()
        .order_by("path")
    )
    by_key = {event.translation_key: Showing(event) for event in events}
    for occurrence in (
        Occurrence.objects.filter(series_id__in=list(by_key))
        .exclude(status=OccurrenceStatus.CANCELLED)
        .order_by("start")
    ):
        by_key[occurrence.series_id].dates.append(
            (occurrence.start.astimezone(TIME_ZONE), occurrence.end.astimezone(TIME_ZONE))
        )
    return sorted(
        by_key.values(),
        key=lambda showing: (not showing.dates, showing.dates[0][0] if showing.dates else None),
    )


def round_call(round_page):
    """The round's call in the round's language (else its governing copy); one query."""
    from plugins.academy.models import AcademyCallPage

    if not round_page.call_id:
        return None
    key = AcademyCallPage.objects.filter(pk=round_page.call_id).values("translation_key")
    return copy_in(AcademyCallPage.objects.public(), key, round_page.locale_id)


def round_context(round_page) -> dict:
    return {"round_call": round_call(round_page), "showings": round_showings(round_page)}

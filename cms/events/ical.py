"""iCalendar (RFC 5545) output with the `icalendar` library.

`build_vevent` is the one place that turns an occurrence into a VEVENT: the feeds, the
per-occurrence "add to calendar" file and (later) registration emails all call it.

Feeds carry expanded occurrences rather than RRULE/EXDATE: the site already holds each date with
its own status and moved time, so a client shows exactly what the site shows, and a cancelled
date simply is not in the feed. Times are written in Europe/Bucharest with a VTIMEZONE, so a
client renders 18:00 as 18:00 whatever the season.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable

from icalendar import Calendar, Event, Timezone

from django.http import HttpResponse
from django.utils import timezone

from cms.events.models import DateDetails, EventPage, Occurrence, Venue
from cms.translations import TIME_ZONE

PRODID = "-//Centrul Cultural Clujean//Events//RO"
UID_DOMAIN = "cccluj.ro"


def occurrence_uid(occurrence: Occurrence) -> str:
    """Stable across re-publishing, moves, re-dating and languages: the event and the row.

    Not the date: a one-off event given another day keeps its occurrence (and registrations),
    and a calendar that imported it must update it rather than show both days.
    """
    return f"{occurrence.series_id}-{occurrence.pk}@{UID_DOMAIN}"


def _ical_time(value: datetime.datetime, all_day: bool) -> datetime.datetime | datetime.date:
    local = value.astimezone(TIME_ZONE)
    return local.date() if all_day else local


def build_vevent(
    occurrence: Occurrence,
    page: EventPage,
    *,
    url: str,
    venue: Venue | None = None,
    details: DateDetails | None = None,
) -> Event:
    """One occurrence as a VEVENT. `url` is absolute; `venue` the venue in the reader's language;
    `details` the date's own title and description (`EventPage.date_details`), if it has them."""
    event = Event()
    event.add("uid", occurrence_uid(occurrence))
    event.add("dtstamp", page.last_published_at or timezone.now())
    event.add("dtstart", _ical_time(occurrence.start, occurrence.all_day))
    event.add("dtend", _ical_time(occurrence.end, occurrence.all_day))
    event.add("summary", details.title if details else page.title)
    description = details.description if details and details.description else page.summary
    if description:
        event.add("description", description)
    venue = venue or page.venue
    if venue is not None:
        event.add("location", ", ".join(part for part in (venue.name, venue.address) if part))
        if venue.latitude is not None and venue.longitude is not None:
            event.add("geo", (float(venue.latitude), float(venue.longitude)))
    event.add("url", url)
    event.add("status", "CANCELLED" if occurrence.is_cancelled else "CONFIRMED")
    return event


@functools.lru_cache(maxsize=16)
def _vtimezone(first_year: int, last_year: int) -> Timezone:
    # Building a VTIMEZONE walks the zone's transitions: slow enough to keep, small enough to.
    return Timezone.from_tzid(
        TIME_ZONE.key,
        first_date=datetime.date(first_year, 1, 1),
        last_date=datetime.date(last_year + 1, 1, 1),
    )


def build_calendar(name: str, vevents: Iterable[tuple[Occurrence, Event]]) -> Calendar:
    """A VCALENDAR holding the events and the site time zone's VTIMEZONE (Europe/Bucharest) their times use."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TIME_ZONE.key)
    pairs = list(vevents)
    today = timezone.localdate()
    years = [o.start.year for o, _e in pairs] + [o.end.year for o, _e in pairs] or [today.year]
    calendar.add_component(_vtimezone(min(years) - 1, max(years)))
    for _occurrence, event in pairs:
        calendar.add_component(event)
    return calendar


def ics_response(body: bytes, filename: str, *, download: bool = False) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if download else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["Cache-Control"] = "public, max-age=900"
    return response

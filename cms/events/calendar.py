"""Read side of the events engine: what the calendars, feeds and event pages query.

Every public view goes through these functions so that the query count of a page is fixed:
one query for the occurrences of the visible range, one for their pages in the reader's
language, one for their venues, whatever the number of events. Nothing here expands a rule.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language

from wagtail.models import Locale

from cms.events.models import (
    Audience,
    DateDetails,
    EventPage,
    Occurrence,
    OccurrenceStatus,
    Venue,
)
from cms.events.preview import is_preview, preview_occurrences
from cms.json_ld import json_ld_script
from cms.ownership import records_of_enabled_programmes
from cms.plugin_manager import get_programme
from cms.site_urls import absolute_url
from cms.translations import TIME_ZONE, copies_in, copy_in

UPCOMING_ON_EVENT_PAGE = 12


def live_event_keys(locale: Locale) -> QuerySet:
    """translation_keys of the events with a live, public page in `locale` (a subquery)."""
    pages = EventPage.objects.live().public().filter(locale=locale)
    return records_of_enabled_programmes(pages).values("translation_key")


def visible_occurrences(locale: Locale) -> QuerySet:
    """Occurrences a reader of `locale` may see: their event has a live page in that language.

    An English draft therefore hides the event from the English calendar only.
    """
    return Occurrence.objects.filter(series_id__in=live_event_keys(locale))


def overlapping(queryset: QuerySet, start: datetime.datetime, end: datetime.datetime) -> QuerySet:
    """Occurrences that touch [start, end): a festival that began yesterday is still on today."""
    return queryset.filter(start__lt=end, end__gt=start)


def local_midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(0), tzinfo=TIME_ZONE)


@dataclass
class Listed:
    """An occurrence with what a listing shows of it, in the reader's language."""

    occurrence: Occurrence
    page: EventPage
    venue: Venue | None
    programme_name: str
    programme_colour: str

    @property
    def start(self) -> datetime.datetime:
        return self.occurrence.start

    @property
    def end(self) -> datetime.datetime:
        return self.occurrence.end


def attach_pages(occurrences: Iterable[Occurrence], locale: Locale) -> list[Listed]:
    """Pair occurrences with their page and venue in `locale`: two queries for any number."""
    occurrences = list(occurrences)
    keys = {occ.series_id for occ in occurrences}
    # Only the reader's language: an event not live in it is not listed (`visible_occurrences`).
    pages = copies_in(EventPage.objects.defer("body"), keys, locale, fallback=False)
    venue_keys = {occ.venue_key for occ in occurrences if occ.venue_key}
    # The reader's copy, else the governing one: a venue not yet translated still has a name.
    venues = copies_in(Venue, venue_keys, locale)
    language = locale.language_code
    listed = []
    for occ in occurrences:
        page = pages.get(occ.series_id)
        if page is None:
            continue
        programme = get_programme(occ.programme)
        listed.append(
            Listed(
                occurrence=occ,
                page=page,
                venue=venues.get(occ.venue_key),
                programme_name=programme.info.name_in(language) if programme else "",
                programme_colour=programme.info.colour if programme else "#1f4e79",
            )
        )
    return listed


def answers_date_details(model: type) -> bool:
    """Whether an event type gives its dates their own titles (`EventPage.date_details`)."""
    return getattr(model, "date_details", None) is not EventPage.date_details


def date_details_of(listed: Iterable[Listed]) -> dict[int, DateDetails]:
    """{occurrence id: its own title and description} for the listed dates whose event type
    answers `EventPage.date_details`: one query per such type, whatever the number of dates
    or events; none when no listed event's type answers."""
    listed = list(listed)
    by_model: dict[type, set[int]] = {}
    for item in listed:
        model = item.page.specific_class
        if model is not None and answers_date_details(model):
            by_model.setdefault(model, set()).add(item.page.pk)
    specific = {}
    for model, pks in by_model.items():
        specific.update({page.pk: page for page in model.objects.filter(pk__in=pks)})
    found = {}
    for item in listed:
        page = specific.get(item.page.pk)
        details = page.date_details(item.occurrence) if page is not None else None
        if details is not None:
            found[item.occurrence.pk] = details
    return found


# --- the event page -----------------------------------------------------------------------------

SCHEMA_STATUS = {
    OccurrenceStatus.SCHEDULED: "https://schema.org/EventScheduled",
    OccurrenceStatus.CANCELLED: "https://schema.org/EventCancelled",
    OccurrenceStatus.MOVED: "https://schema.org/EventRescheduled",
}


def _schema_time(value: datetime.datetime, all_day: bool) -> str:
    local = value.astimezone(TIME_ZONE)
    return local.date().isoformat() if all_day else local.isoformat()


def _organizer(page: EventPage, request) -> dict:
    """The centre, as its site settings name it, in the active language."""
    from cms.models import SiteSettings

    identity = SiteSettings.for_request(request) if request else SiteSettings.for_page(page)
    organizer = {"@type": "Organization", "name": identity.localized_name}
    if identity.email:
        organizer["email"] = identity.email
    return organizer


def event_json_ld(
    page: EventPage,
    occurrences: list[Occurrence],
    venue: Venue | None,
    request,
    image_url: str | None,
    details: dict | None = None,
) -> list[dict]:
    """schema.org `Event` objects, one per listed occurrence, for search engines. `details`
    ({occurrence id: DateDetails}) gives a date its own name, description and attendance."""
    url = absolute_url(page.get_url(request))
    # Where it happens: its venue, else the place its type names (`EventPage.event_place`).
    place = venue if venue is not None else page.event_place()
    locations = [place.place_json_ld()] if place is not None else []
    on_site = bool(locations)
    if page.online:
        # At its public stream, else at its page (where people register for the link).
        locations.append({"@type": "VirtualLocation", "url": page.online_url or url})
    mode = "Mixed" if on_site and page.online else "Online" if page.online else "Offline"
    organizer = _organizer(page, request)
    events = []
    details = details or {}
    for occ in occurrences:
        own = details.get(occ.pk)
        date_locations, date_mode = locations, mode
        if own is not None and own.online is not None:
            online_at = {"@type": "VirtualLocation", "url": page.online_url or url}
            date_locations = [online_at] if own.online else locations[:1] if on_site else []
            date_mode = "Online" if own.online else "Offline"
        event = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": own.title if own else page.title,
            "startDate": _schema_time(occ.start, occ.all_day),
            "endDate": _schema_time(occ.end, occ.all_day),
            "eventStatus": SCHEMA_STATUS[occ.status],
            "eventAttendanceMode": f"https://schema.org/{date_mode}EventAttendanceMode",
            "inLanguage": page.locale.language_code,
            "url": url,
            "organizer": organizer,
        }
        if date_locations:
            event["location"] = date_locations[0] if len(date_locations) == 1 else date_locations
        if own and own.description:
            event["description"] = own.description
        elif page.summary:
            event["description"] = page.summary
        if image_url:
            event["image"] = [image_url]
        if occ.is_moved:
            event["previousStartDate"] = _schema_time(occ.original_start, occ.all_day)
        events.append(event)
    return events


def event_page_context(page: EventPage, request) -> dict:
    """What the event page template shows, in a fixed number of queries."""
    now = timezone.now()
    if is_preview(request):
        # The admin's preview: the dates of the schedule being edited (never on a public request).
        upcoming = preview_occurrences(page, now, UPCOMING_ON_EVENT_PAGE)
        latest = upcoming
    else:
        series = Occurrence.objects.filter(series_id=page.translation_key)
        upcoming = list(series.filter(end__gte=now).order_by("start")[:UPCOMING_ON_EVENT_PAGE])
        latest = upcoming or list(series.order_by("-start")[:1])  # a past event keeps its JSON-LD
    # Each date's own title and description, if the event type gives them (no query: the
    # served page is the specific one).
    details = {}
    for occ in {id(o): o for o in [*upcoming, *latest]}.values():
        own = page.date_details(occ)
        if own is not None:
            details[occ.pk] = own
            occ.details = own
    venue = venue_of(page)
    # Audiences not translated yet are left out rather than shown in another language.
    # A list, not a subquery: a preview's page holds its audiences in memory (modelcluster).
    audience_keys = list(page.audiences.values_list("translation_key", flat=True))
    audiences = list(copies_in(Audience, audience_keys, page.locale_id, fallback=False).values())
    image_url = None
    if page.image_id and request is not None:
        rendition = page.image.get_rendition("fill-1200x675")
        image_url = absolute_url(rendition.url)
    language = get_language()
    return {
        "upcoming": upcoming,
        "event_venue": venue,
        "event_audiences": audiences,
        "json_ld": json_ld_script(event_json_ld(page, latest, venue, request, image_url, details)),
        "event_feed_url": reverse("events:event_feed", args=[page.pk]) if page.pk else "",
        "programme_info": (p.info if (p := get_programme(page.programme)) else None),
        "programme_name": (p.info.name_in(language) if p else ""),
    }


def venue_of(page: EventPage) -> Venue | None:
    """The page's venue in the page's language, else its governing copy (one query)."""
    if not page.venue_id:
        return None
    key = Venue.objects.filter(pk=page.venue_id).values("translation_key")
    return copy_in(Venue, key, page.locale_id)

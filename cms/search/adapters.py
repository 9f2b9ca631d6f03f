"""Facets of the engine's own dated page types, described here without editing them.

* Open calls (`cms.opencalls.OpenCallPage`): type "open_call", the opening and closing moments.
* Events (`cms.events.EventPage` and its plugin subclasses): type "event", and from the
  materialised occurrences (not cancelled) the start of the next one (or the first, if all are
  past) and the end of the last one. An open-ended series has no last end: it stays upcoming.

Occurrences are materialised by the events app's own `page_published` receiver, which is
connected before this app's (`cms.events` comes first in INSTALLED_APPS), so the occurrences
read here are the ones just published. A page type may instead define `search_facets()`.
"""

from __future__ import annotations

from django.apps import apps
from django.db.models import Max, Min
from django.utils import timezone

from cms.ownership import programme_of
from cms.search.facets import SearchFacets, Timing, register_facets


def open_call_facets(page) -> SearchFacets:
    rules = page.rules_page()  # the call's moments: its Romanian page's, in every language
    return SearchFacets(
        type_key="open_call",
        programme=programme_of(page),
        timing=Timing.CALL,
        starts_at=rules.opens_at,
        ends_at=rules.closes_at,
    )


def event_facets(page) -> SearchFacets:
    from cms.events.models import EventSeries, Occurrence, OccurrenceStatus

    occurrences = Occurrence.objects.filter(series_id=page.translation_key).exclude(
        status=OccurrenceStatus.CANCELLED
    )
    span = occurrences.aggregate(first=Min("start"), last=Max("end"))
    if span["first"] is None:
        return SearchFacets(type_key="event", programme=programme_of(page))
    upcoming = occurrences.filter(end__gte=timezone.now()).aggregate(next=Min("start"))["next"]
    open_ended = EventSeries.objects.filter(pk=page.translation_key, open_ended=True).exists()
    return SearchFacets(
        type_key="event",
        programme=programme_of(page),
        timing=Timing.EVENT,
        starts_at=upcoming or span["first"],
        ends_at=None if open_ended else span["last"],
    )


def register_engine_adapters() -> None:
    if apps.is_installed("cms.opencalls"):
        from cms.opencalls.models import OpenCallPage

        register_facets(OpenCallPage, open_call_facets)
    if apps.is_installed("cms.events"):
        from cms.events.models import EventPage

        register_facets(EventPage, event_facets)

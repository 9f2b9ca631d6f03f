"""A programme of many events, grouped the way a festival or a forum prints it: by LOCAL day
(Cluj time), then by venue.

Occurrences are stored in UTC; a programme is read on the wall clock. A concert at 00:30 on
Saturday is on Saturday's page, although in UTC it starts on Friday evening; across a
daylight-saving change each event keeps its local day and hour. Callers pass occurrences
already paired with their pages (`cms.events.calendar.attach_pages`), sorted by start: the
grouping itself costs no query.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from cms.events.calendar import Listed


@dataclass
class VenueSlot:
    """The events of one day at one venue (or online, or at a place not announced yet)."""

    name: str
    venue: object | None
    items: list[Listed] = field(default_factory=list)


@dataclass
class ProgrammeDay:
    day: datetime.date
    venues: list[VenueSlot] = field(default_factory=list)


def _slot_key(item: Listed):
    if item.venue is not None:
        return ("venue", item.venue.translation_key)
    return ("online",) if item.page.online else ("unknown",)


def _slot_name(item: Listed) -> str:
    if item.venue is not None:
        return item.venue.name
    return str(_("Online")) if item.page.online else str(_("Place to be announced"))


def group_by_day_and_venue(listed: list[Listed]) -> list[ProgrammeDay]:
    """Occurrences (sorted by start) grouped by local start day, then by venue in the order of
    each venue's first event that day."""
    days: dict[datetime.date, dict] = {}
    for item in listed:
        day = item.occurrence.local_start.date()
        slots = days.setdefault(day, {})
        key = _slot_key(item)
        if key not in slots:
            slots[key] = VenueSlot(name=_slot_name(item), venue=item.venue)
        slots[key].items.append(item)
    return [ProgrammeDay(day=day, venues=list(slots.values())) for day, slots in days.items()]

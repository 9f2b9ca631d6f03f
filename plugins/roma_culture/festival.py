"""The read side of the Roma Culture Days: an edition's programme, its dates, the current
edition and the archive, all read from the editions' child events and their materialised
occurrences (no rule is expanded here), in a fixed number of queries whatever their count.

An edition's programme is grouped by LOCAL day (Cluj time) and venue: a concert at 00:30 is on
the day its clock says, although in UTC it starts the evening before, and a night across a
daylight-saving change keeps each event on its local day and hour.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from cms.events.calendar import Listed, attach_pages
from cms.events.models import Occurrence
from cms.events.programme import ProgrammeDay, group_by_day_and_venue
from cms.translations import in_language, local_now


@dataclass
class EditionCard:
    """An edition as a listing shows it, with its first and last day (None before its events
    are published)."""

    page: object
    first_day: datetime.date | None
    last_day: datetime.date | None


def edition_occurrences(edition) -> list[Listed]:
    """The occurrences of the edition's live events, in the edition's language, by start: one
    query for the dates, two for their pages and venues."""
    from plugins.roma_culture.models import JivipenEventPage

    keys = (
        JivipenEventPage.objects.child_of(edition)
        .live()
        .public()
        .filter(in_language(edition.locale_id))
        .values("translation_key")
    )
    occurrences = Occurrence.objects.filter(series_id__in=keys).order_by("start", "id")
    return attach_pages(occurrences, edition.locale)


def edition_programme(edition) -> list[ProgrammeDay]:
    """The edition's programme, by local day and venue."""
    return group_by_day_and_venue(edition_occurrences(edition))


def edition_span(programme: list[ProgrammeDay]) -> tuple[datetime.date, datetime.date] | None:
    """The first and last local day of an edition's programme (its last event's end day)."""
    if not programme:
        return None
    last = max(item.occurrence.last_day for slot in programme[-1].venues for item in slot.items)
    return programme[0].day, max(last, programme[-1].day)


def _card(edition) -> EditionCard:
    span = edition_span(edition_programme(edition))
    return EditionCard(edition, *(span or (None, None)))


def split_current(editions: list) -> tuple[object | None, list]:
    """(the current edition, the past ones by year, latest first). The current edition is the
    earliest whose year is this year or later (this year's, once it is announced, else the next
    one); every edition of an earlier year is past."""
    this_year = local_now().year
    coming = sorted((e for e in editions if e.year >= this_year), key=lambda e: (e.year, e.pk))
    past = sorted((e for e in editions if e.year < this_year), key=lambda e: (-e.year, e.pk))
    return (coming[0] if coming else None), past


def edition_archive(index) -> tuple[EditionCard | None, list]:
    """The current edition (with its dates) and the past editions of a festival index page:
    one query for the editions, three for the current one's dates, whatever their number."""
    from plugins.roma_culture.models import FestivalEditionPage

    editions = list(
        FestivalEditionPage.objects.child_of(index)
        .live()
        .public()
        .filter(in_language(index.locale_id))
        .defer_streamfields()
    )
    current, past = split_current(editions)
    return (_card(current) if current else None), past


def current_edition_card(section) -> EditionCard | None:
    """The edition a section page promotes, in the section's language."""
    from plugins.roma_culture.models import FestivalEditionPage

    editions = list(
        FestivalEditionPage.objects.descendant_of(section)
        .live()
        .public()
        .filter(in_language(section.locale_id))
        .defer_streamfields()
    )
    current, _past = split_current(editions)
    return _card(current) if current else None

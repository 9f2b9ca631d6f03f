"""Keeping the `Occurrence` table in step with an event's live schedule.

`materialise` runs when an event is published, unpublished or deleted (cms.events.signals),
`extend_occurrences` when the horizon rolls on (a daily task). Public views read only the table.
"""

from __future__ import annotations

import datetime

from django.db import models, transaction

from cms.events.changes import calendar_changed
from cms.events.models import EventPage, EventSeries, Occurrence, OccurrenceStatus
from cms.events.schedule import Slot, expand, horizon_end
from cms.translations import governing_copy

_SYNCED_FIELDS = ["original_date", "original_start", "start", "end", "all_day"]
_SHARED_FIELDS = ["programme", "venue_key"]


@transaction.atomic
def materialise(translation_key, *, now: datetime.datetime | None = None) -> int:
    """Bring the series' occurrences in line with its live page; return how many it has.

    No live page in any language: the series and its occurrences go. Otherwise each date the
    schedule gives keeps its existing row (id, status, a moved time) and only what changed is
    written, in bulk: a five-year daily rule is a few statements, not thousands.
    """
    calendar_changed(translation_key)
    # The governing copy's schedule drives the series (the default language's live page).
    page = governing_copy(EventPage.objects.select_related("venue"), translation_key)
    if page is None:
        _remove_occurrences(
            list(Occurrence.objects.filter(series_id=translation_key).values_list("pk", flat=True))
        )
        if not Occurrence.objects.filter(series_id=translation_key).exists():
            EventSeries.objects.filter(pk=translation_key).delete()
        return 0
    until = horizon_end(now)
    slots, open_ended, truncated = expand(page.schedule, until)
    series, _created = EventSeries.objects.update_or_create(
        pk=translation_key,
        defaults={
            "programme": page.programme,
            "materialised_until": until,
            "open_ended": open_ended,
        },
    )
    shared = {
        "programme": page.programme,
        "venue_key": page.venue.translation_key if page.venue else None,
    }
    rows = Occurrence.objects.filter(series=series)
    if truncated:  # dates older than the cap kept are left as they are (and their registrations)
        rows = rows.filter(original_date__gte=slots[0].date)
    existing = {occ.original_date: occ for occ in rows}
    new_slots = [slot for slot in slots if slot.date not in existing]
    unmatched = [occ for day, occ in existing.items() if day not in {s.date for s in slots}]
    redated = None
    if not page.is_recurring and len(new_slots) == 1 and len(unmatched) == 1:
        # A one-off event moved to another day is still the same occurrence (its registrations),
        # but its date is a new one: a cancel or a move made for the old date no longer applies.
        redated = unmatched.pop()
        redated.status = OccurrenceStatus.SCHEDULED
        existing[new_slots[0].date] = redated
        new_slots = []

    to_update = []
    for slot in slots:
        occ = existing.get(slot.date)
        if occ is None:
            continue
        before = [getattr(occ, f) for f in _SYNCED_FIELDS + _SHARED_FIELDS]
        occ.original_date, occ.original_start, occ.all_day = slot.date, slot.start, page.all_day
        if occ.status != OccurrenceStatus.MOVED:  # a moved one keeps the time it was moved to
            occ.start, occ.end = slot.start, slot.end
        for field, value in shared.items():
            setattr(occ, field, value)
        if before != [getattr(occ, f) for f in _SYNCED_FIELDS + _SHARED_FIELDS]:
            to_update.append(occ)

    if unmatched:
        _remove_occurrences([occ.pk for occ in unmatched])
    if to_update:
        Occurrence.objects.bulk_update(to_update, _SYNCED_FIELDS + _SHARED_FIELDS, batch_size=500)
    if redated is not None:
        Occurrence.objects.filter(pk=redated.pk).update(status=OccurrenceStatus.SCHEDULED)
    Occurrence.objects.bulk_create(
        [occurrence_of(slot, page, **shared) for slot in new_slots],
        batch_size=500,
    )
    return len(slots)


def occurrence_of(slot: Slot, page: EventPage, **shared) -> Occurrence:
    """An unsaved occurrence of `page`'s series on `slot` (publishing stores it; a preview only
    shows it)."""
    return Occurrence(
        series_id=page.translation_key,
        original_date=slot.date,
        original_start=slot.start,
        start=slot.start,
        end=slot.end,
        all_day=page.all_day,
        **shared,
    )


def _remove_occurrences(pks: list[int]) -> None:
    """Delete occurrences that left the schedule, except those other records protect.

    Registrations protect their occurrence (`on_delete=PROTECT`): such a date is cancelled
    instead of deleted, so no one's registration is lost and the teams can still reach them.
    """
    protected: set[int] = set()
    for relation in Occurrence._meta.related_objects:
        if relation.on_delete is models.PROTECT:
            protected |= set(
                relation.related_model.objects.filter(
                    **{f"{relation.field.name}__in": pks}
                ).values_list(relation.field.name, flat=True)
            )
    Occurrence.objects.filter(pk__in=set(pks) - protected).delete()
    Occurrence.objects.filter(pk__in=protected).update(status=OccurrenceStatus.CANCELLED)


def extend_occurrences(now: datetime.datetime | None = None, *, everything: bool = False) -> int:
    """Roll the horizon forward: re-materialise series whose rule goes on past what is stored.

    `everything` re-materialises every live event (after changing `EVENTS_HORIZON_DAYS`).
    Returns the number of series processed.
    """
    if everything:
        keys = set(EventPage.objects.live().values_list("translation_key", flat=True))
        keys |= set(EventSeries.objects.values_list("pk", flat=True))
    else:
        keys = set(
            EventSeries.objects.filter(
                open_ended=True, materialised_until__lt=horizon_end(now)
            ).values_list("pk", flat=True)
        )
    for key in keys:
        materialise(key, now=now)
    return len(keys)

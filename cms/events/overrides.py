"""An editor's changes to one date of a series: cancel it, move it, or restore it."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cms.events.changes import calendar_changed, occurrence_changed
from cms.events.materialise import materialise
from cms.events.models import Occurrence, OccurrenceStatus

UTC = datetime.UTC


def cancel_occurrence(occurrence: Occurrence) -> None:
    occurrence.status = OccurrenceStatus.CANCELLED
    occurrence.save(update_fields=["status"])
    calendar_changed(occurrence.series_id)
    occurrence_changed.send(sender=Occurrence, occurrence=occurrence, change="cancelled")


def restore_occurrence(occurrence: Occurrence) -> None:
    """Undo a cancel or a move: the occurrence takes its scheduled time again."""
    occurrence.status = OccurrenceStatus.SCHEDULED
    occurrence.save(update_fields=["status"])
    materialise(occurrence.series_id)


def check_move(occurrence: Occurrence, start: datetime.datetime, end: datetime.datetime) -> None:
    """Refuse a move that ends before it starts or overlaps another date of the same event."""
    if end <= start:
        raise ValidationError(_("The new end is before the new start."), code="order")
    clash = (
        Occurrence.objects.filter(series_id=occurrence.series_id, start__lt=end, end__gt=start)
        .exclude(pk=occurrence.pk)
        .exclude(status=OccurrenceStatus.CANCELLED)
        .order_by("start")
        .first()
    )
    if clash is not None:
        raise ValidationError(
            _("The event already takes place then (%(when)s). Choose another time.")
            % {"when": date_format(clash.local_start, "j F Y, H:i")},
            code="collision",
        )


def move_occurrence(
    occurrence: Occurrence, start: datetime.datetime, end: datetime.datetime
) -> None:
    """Move one occurrence to `start`–`end` (aware datetimes); its identity stays its date."""
    check_move(occurrence, start, end)
    occurrence.start, occurrence.end = start.astimezone(UTC), end.astimezone(UTC)
    occurrence.status = OccurrenceStatus.MOVED
    occurrence.save(update_fields=["start", "end", "status"])
    calendar_changed(occurrence.series_id)
    occurrence_changed.send(sender=Occurrence, occurrence=occurrence, change="moved")

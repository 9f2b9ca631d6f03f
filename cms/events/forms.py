"""Forms of the events engine: the calendar's GET filters and the admin's "move one date"."""

from __future__ import annotations

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from cms.events.models import Audience, Occurrence, Venue
from cms.events.overrides import check_move
from cms.plugin_manager import enabled_programmes
from cms.translations import TIME_ZONE

# Dates a calendar accepts; beyond them a query is nonsense (and datetime arithmetic overflows).
EARLIEST = datetime.date(2000, 1, 1)
LATEST = datetime.date(2100, 12, 31)
MAX_RANGE_DAYS = 366
MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class CalendarFilterForm(forms.Form):
    """The calendar's filters: a plain GET form, so every filtered view is a shareable URL.

    Unknown parameters are ignored; unknown values of known ones are errors (a 400 with the
    message). A range longer than a year is clamped, and `clamped` says so.
    """

    programme = forms.ChoiceField(label=_("Programme"), required=False)
    venue = forms.ChoiceField(label=_("Venue"), required=False)
    audience = forms.ChoiceField(label=_("Audience"), required=False)
    start = forms.DateField(
        label=_("From"), required=False, widget=DateInput(), help_text=_("For example 2026-05-01")
    )
    end = forms.DateField(label=_("Until"), required=False, widget=DateInput())

    def __init__(self, data, *, locale: Locale, fixed_programme: str | None = None, **kwargs):
        super().__init__(data, **kwargs)
        self.locale = locale
        self.clamped = False
        language = locale.language_code
        self.fields["programme"].choices = [("", _("All programmes"))] + [
            (p.slug, p.info.name_in(language)) for p in enabled_programmes()
        ]
        if fixed_programme:
            del self.fields["programme"]
        self.fields["venue"].choices = [("", _("All venues"))] + [
            (str(v.pk), v.name) for v in Venue.objects.filter(locale=locale)
        ]
        self.fields["audience"].choices = [("", _("Everyone"))] + [
            (str(a.pk), a.name) for a in Audience.objects.filter(locale=locale)
        ]

    def _clean_bounded_date(self, name: str):
        value = self.cleaned_data.get(name)
        if value is not None and not EARLIEST <= value <= LATEST:
            raise ValidationError(
                _("Choose a date between %(earliest)s and %(latest)s."),
                params={"earliest": EARLIEST.isoformat(), "latest": LATEST.isoformat()},
                code="out_of_range",
            )
        return value

    def clean_start(self):
        return self._clean_bounded_date("start")

    def clean_end(self):
        return self._clean_bounded_date("end")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("The end date is before the start date."))
        elif end:
            # Without a start the calendar starts today, so `?end=2100-12-31` alone is as long.
            first = start or timezone.localdate()
            if (end - first).days > MAX_RANGE_DAYS:
                cleaned["end"] = first + datetime.timedelta(days=MAX_RANGE_DAYS)
                self.clamped = True
        return cleaned

    def venue_key(self):
        pk = self.cleaned_data.get("venue")
        return Venue.objects.get(pk=pk).translation_key if pk else None

    def audience_key(self):
        pk = self.cleaned_data.get("audience")
        return Audience.objects.get(pk=pk).translation_key if pk else None


def parse_month(value: str | None, default: datetime.date) -> datetime.date:
    """`YYYY-MM` → the first day of that month; raise ValueError on anything else."""
    if not value:
        return default.replace(day=1)
    match = MONTH_PATTERN.match(value)
    if not match:
        raise ValueError(value)
    day = datetime.date(int(match[1]), int(match[2]), 1)  # ValueError for month 13
    if not EARLIEST <= day <= LATEST:
        raise ValueError(value)
    return day


class MoveOccurrenceForm(forms.Form):
    """Move one date of an event. Times are Cluj wall-clock time, like the event's own."""

    start_date = forms.DateField(label=_("New date"), widget=DateInput())
    start_time = forms.TimeField(label=_("New start time"), required=False)
    end_date = forms.DateField(label=_("New end date"), widget=DateInput())
    end_time = forms.TimeField(label=_("New end time"), required=False)

    def __init__(self, *args, occurrence: Occurrence, **kwargs):
        self.occurrence = occurrence
        local_start, local_end = occurrence.local_start, occurrence.local_end
        if occurrence.all_day:
            local_end -= datetime.timedelta(days=1)
        kwargs.setdefault(
            "initial",
            {
                "start_date": local_start.date(),
                "start_time": None if occurrence.all_day else local_start.time(),
                "end_date": local_end.date(),
                "end_time": None if occurrence.all_day else local_end.time(),
            },
        )
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        if self.occurrence.all_day:
            start = datetime.datetime.combine(cleaned["start_date"], datetime.time(0))
            end = datetime.datetime.combine(
                cleaned["end_date"] + datetime.timedelta(days=1), datetime.time(0)
            )
        else:
            for field in ("start_time", "end_time"):
                if cleaned.get(field) is None:
                    self.add_error(field, _("Give a time."))
            if self.errors:
                return cleaned
            start = datetime.datetime.combine(cleaned["start_date"], cleaned["start_time"])
            end = datetime.datetime.combine(cleaned["end_date"], cleaned["end_time"])
        cleaned["start"] = start.replace(tzinfo=TIME_ZONE)
        cleaned["end"] = end.replace(tzinfo=TIME_ZONE)
        check_move(self.occurrence, cleaned["start"], cleaned["end"])
        return cleaned

"""An event's schedule as plain values: its dates, expanded and validated. No models here.

Expansion happens in Europe/Bucharest wall-clock time with *naive* datetimes, and each start is
then localised with zoneinfo and stored in UTC. That is what keeps a monthly 18:00 meeting at
18:00 in July as in January: dateutil never sees a UTC offset, so it never carries one across a
daylight-saving change.

`Schedule` holds what the "When" panel holds (`EventPage.schedule` makes one); `expand` gives
its dates up to a limit, `validate_schedule` says what an editor must fix. Both run when an
event is saved, published or previewed, or when the horizon task runs; never while serving a
public request.
"""

from __future__ import annotations

import calendar
import copy
import datetime
from collections import deque
from dataclasses import dataclass
from typing import NamedTuple

import dateutil.rrule
import recurrence

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cms.translations import TIME_ZONE

SUPPORTED_FREQUENCIES = {recurrence.YEARLY, recurrence.MONTHLY, recurrence.WEEKLY, recurrence.DAILY}
# A guard, not a limit editors meet: daily for the horizon is ~550, daily for 5 years 1,830.
MAX_OCCURRENCES_PER_EVENT = 5000
# How far past a limit a rule is looked at: "every 29 February" has up to eight years between
# dates, and `expand` must see the next date to know that the schedule goes on.
LOOKAHEAD = datetime.timedelta(days=8 * 366)
UTC = datetime.UTC


def horizon_days() -> int:
    return settings.EVENTS_HORIZON_DAYS  # 548 (18 months) unless the environment says otherwise


def horizon_end(now: datetime.datetime | None = None) -> datetime.datetime:
    """How far ahead occurrences are materialised: a rule without an end stops here."""
    return (now or timezone.now()) + datetime.timedelta(days=horizon_days())


def localise(naive: datetime.datetime) -> datetime.datetime:
    """A naive Cluj wall-clock time as an aware UTC datetime."""
    return naive.replace(tzinfo=TIME_ZONE).astimezone(UTC)


def local_date(value: datetime.datetime | datetime.date) -> datetime.date:
    """The Cluj calendar date of a django-recurrence date (aware UTC from its widget)."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = value.astimezone(TIME_ZONE)
        return value.date()
    return value


@dataclass
class Schedule:
    """When an event takes place, as an editor enters it: wall-clock Cluj dates and times, and
    for a series the django-recurrence rules, extra and excluded dates, and each date's length."""

    start_date: datetime.date | None
    start_time: datetime.time | None = None
    end_date: datetime.date | None = None
    end_time: datetime.time | None = None
    all_day: bool = False
    recurrence: recurrence.Recurrence | None = None
    duration: datetime.timedelta | None = None

    @property
    def is_recurring(self) -> bool:
        rec = self.recurrence
        return bool(rec and (rec.rrules or rec.rdates))


@dataclass(frozen=True)
class Slot:
    """One date the schedule gives: its local date (its identity) and its span in UTC."""

    date: datetime.date
    start: datetime.datetime
    end: datetime.datetime


# --- expansion ----------------------------------------------------------------------------------


def _local_start(page: Schedule, day: datetime.date) -> datetime.datetime:
    start_time = datetime.time(0) if page.all_day else page.start_time or datetime.time(0)
    return datetime.datetime.combine(day, start_time)


def _local_end(page: Schedule, local_start: datetime.datetime) -> datetime.datetime | None:
    """The naive local end of an occurrence starting at `local_start`, or None if undefined."""
    if page.is_recurring or page.duration is not None:
        return local_start + page.duration if page.duration is not None else None
    last_day = page.end_date or page.start_date
    if page.all_day:
        return datetime.datetime.combine(last_day + datetime.timedelta(days=1), datetime.time(0))
    if page.end_time is None:
        return None
    return datetime.datetime.combine(last_day, page.end_time)


def _end_of_day(value: datetime.datetime) -> datetime.datetime:
    """A rule's UNTIL as the end of its local day: "until 10 December" includes that evening.

    The admin widget sends UNTIL as a UTC instant near midnight; read literally it would drop
    an 18:00 meeting on the last day.
    """
    return datetime.datetime.combine(local_date(value), datetime.time.max)


def _gives_a_date(rule: recurrence.Rule, first: datetime.date, last: datetime.date) -> bool:
    """Whether a day from `first` (the start date) to `last` fits the rule's months, days of the
    month, weekdays (and their position) and interval, with RFC 5545's defaults from the start.

    dateutil compares UNTIL and COUNT only with dates it has found, so for a rule no day fits
    ("daily, in February, on the 30th") it searches to the year 9999, seconds, whatever UNTIL
    says. Rules this turns down never reach dateutil. It never turns down a rule that gives a
    date: BYSETPOS, BYWEEKNO, BYYEARDAY and the weekly interval are not looked at, so a "yes"
    may be wrong, which only costs time.
    """
    if rule.freq not in SUPPORTED_FREQUENCIES or rule.byweekno or rule.byyearday:
        return True
    by_position = rule.freq in (recurrence.YEARLY, recurrence.MONTHLY)
    weekdays = [recurrence.to_weekday(day) for day in rule.byday]
    plain = {day.number for day in weekdays if not (day.index and by_position)}
    nth = {(day.number, day.index) for day in weekdays if day.index and by_position}
    months, monthdays = set(rule.bymonth), set(rule.bymonthday)
    if not (rule.bymonthday or rule.byday):  # what the rule leaves out comes from the start
        if rule.freq == recurrence.YEARLY:
            months, monthdays = months or {first.month}, {first.day}
        elif rule.freq == recurrence.MONTHLY:
            monthdays = {first.day}
        elif rule.freq == recurrence.WEEKLY:
            plain = {first.weekday()}
    # An nth weekday counts within the month, or within the year for a yearly rule without months.
    nth_in_year = rule.freq == recurrence.YEARLY and not months
    day = first
    while day <= last:
        month_length = calendar.monthrange(day.year, day.month)[1]
        if nth_in_year:
            position = day.timetuple().tm_yday
            range_length = 366 if calendar.isleap(day.year) else 365
        else:
            position, range_length = day.day, month_length
        if (
            _in_step(rule, first, day)
            and (not months or day.month in months)
            and (not monthdays or {day.day, day.day - month_length - 1} & monthdays)
            and (not plain or day.weekday() in plain)
            and (
                not nth
                or (day.weekday(), (position - 1) // 7 + 1) in nth
                or (day.weekday(), -((range_length - position) // 7 + 1)) in nth
            )
        ):
            return True
        day += datetime.timedelta(days=1)
    return False


def _in_step(rule: recurrence.Rule, first: datetime.date, day: datetime.date) -> bool:
    """Whether `day` falls in a period the interval keeps (every second month: not the next)."""
    if rule.freq == recurrence.DAILY:
        return (day - first).days % rule.interval == 0
    if rule.freq == recurrence.MONTHLY:
        return ((day.year - first.year) * 12 + day.month - first.month) % rule.interval == 0
    if rule.freq == recurrence.YEARLY:
        return (day.year - first.year) % rule.interval == 0
    return True


def _rule_set(
    page: Schedule, until: datetime.datetime, *, with_exdates: bool = True
) -> dateutil.rrule.rruleset:
    """The page's schedule up to `until` (naive, local) as a dateutil rule set over naive local
    datetimes.

    Each rule stops at `until` at the latest (so an exclusion rule that removes every date of a
    rule cannot keep dateutil busy for ever), and a rule that gives no date by then is left out.
    """
    first = _local_start(page, page.start_date)
    rules = dateutil.rrule.rruleset()
    rules.rdate(first)  # RFC 5545: DTSTART is always the first occurrence
    rec = page.recurrence
    if not rec:
        return rules
    for kind, source in (("rrule", rec.rrules), ("exrule", rec.exrules)):
        for rule in source:
            local_rule = copy.copy(rule)
            rule_end = _end_of_day(rule.until) if rule.until else until
            if rule.interval < 1 or not _gives_a_date(
                rule, page.start_date, min(rule_end, until).date()
            ):
                continue  # validation refuses both; a stored revision must not hang a publish
            if rule.until or not rule.count:  # a COUNT alone ends by itself
                local_rule.until = min(rule_end, until)
            getattr(rules, kind)(local_rule.to_dateutil_rrule(dtstart=first))
    for extra in rec.rdates:
        rules.rdate(_local_start(page, local_date(extra)))
    if with_exdates:
        for excluded in rec.exdates:
            rules.exdate(_local_start(page, local_date(excluded)))
    return rules


class Expansion(NamedTuple):
    """What `expand` found: the dates, whether the schedule goes on past the limit, and whether
    older dates were left out to stay under MAX_OCCURRENCES_PER_EVENT."""

    slots: list[Slot]
    open_ended: bool
    truncated: bool


def expand(page: Schedule, until: datetime.datetime) -> Expansion:
    """The page's occurrences up to `until`, and whether the schedule goes on beyond it.

    Iterates the rule set lazily and stops at `until`, so a rule with no end is capped at the
    horizon instead of looping for ever. One occurrence per local date at most (rules are at
    most daily; an extra date that repeats a rule date is the same occurrence). Past the cap,
    the latest dates are kept: a daily series that began years ago still has its next dates.
    """
    limit = until.astimezone(TIME_ZONE).replace(tzinfo=None)
    first = _local_start(page, page.start_date)
    first_end = _local_end(page, first)
    if first_end is None or first_end <= first:
        # Validation refuses such pages; a bad revision must not crash a publish.
        return Expansion([], False, False)
    length = first_end - first  # every date of a series lasts as long (wall-clock)
    slots: deque[Slot] = deque(maxlen=MAX_OCCURRENCES_PER_EVENT)
    seen: set[datetime.date] = set()
    open_ended = truncated = False
    for local_start in _rule_set(page, limit + LOOKAHEAD):
        if local_start > limit:
            open_ended = True
            break
        day = local_start.date()
        if day in seen:
            continue
        seen.add(day)
        truncated = truncated or len(slots) == slots.maxlen
        slots.append(Slot(day, localise(local_start), localise(local_start + length)))
    return Expansion(list(slots), open_ended, truncated)


# --- validation (the admin's clean) -------------------------------------------------------------


def _format_day(day: datetime.date) -> str:
    return date_format(day, "j F Y")


def validate_schedule(page: Schedule) -> None:
    """Raise a ValidationError naming each field an editor must fix in the "When" panel."""
    errors: dict[str, list[str]] = {}

    def add(field: str, message: str) -> None:
        errors.setdefault(field, []).append(message)

    if page.start_date is None:
        add("start_date", _("Give the date the event starts."))
        raise ValidationError(errors)
    if page.all_day and (page.start_time or page.end_time):
        add("all_day", _("An all-day event has no start or end time: clear the times."))
    if not page.all_day and page.start_time is None:
        add("start_time", _("Give a start time, or tick “all day”."))
    if page.duration is not None:
        if page.duration <= datetime.timedelta(0):
            add("duration", _("The duration must be longer than zero."))
        elif page.all_day and page.duration % datetime.timedelta(days=1):
            add("duration", _("An all-day event lasts whole days (e.g. 24 or 48 hours)."))

    rec = page.recurrence
    if rec and rec.dtstart:
        # Never used (see the module docstring of cms.events.models); cleared so it never drifts.
        # The page's own Recurrence object: `EventPage.schedule` passes it, not a copy.
        rec.dtstart = None
    if rec and (rec.rrules or rec.exrules or rec.rdates or rec.exdates):
        _validate_series(page, add)
    elif page.duration is None and not page.all_day and page.end_time is None:
        add("end_time", _("Give an end time or a duration."))
    if page.end_date and page.end_date < page.start_date:
        add("end_date", _("The end date is before the start date."))

    if not errors:
        start = _local_start(page, page.start_date)
        end = _local_end(page, start)
        if end is not None and end <= start:
            add("end_time", _("The event ends before it starts."))
    if errors:
        raise ValidationError(errors)


def _validate_series(page: Schedule, add) -> None:
    rec = page.recurrence
    for rule in [*rec.rrules, *rec.exrules]:
        if rule.freq not in SUPPORTED_FREQUENCIES:
            add("recurrence", _("A series repeats yearly, monthly, weekly or daily."))
            return
        if rule.interval < 1:
            add("recurrence", _("A rule repeats every 1 or more days, weeks, months or years."))
            return
    if not (rec.rrules or rec.rdates):
        add("recurrence", _("Excluded dates need a rule or extra dates to exclude them from."))
        return
    if page.duration is None:
        add("duration", _("A series needs a duration: how long each date lasts."))
    if page.end_date or page.end_time:
        add(
            "end_date",
            _("A series uses a duration: leave the end date and end time empty."),
        )
    if not _dates_fit_the_start(page, add):
        return
    # Far enough to reach every excluded date; bounded, so even a bad rule is checked quickly.
    last = max([page.start_date + LOOKAHEAD, *(local_date(d) for d in rec.exdates)])
    limit = datetime.datetime.combine(last, datetime.time.max)
    schedule = _rule_set(page, limit, with_exdates=False)
    outside = []
    for excluded in rec.exdates:
        day = local_date(excluded)
        found = schedule.after(datetime.datetime.combine(day, datetime.time.min), inc=True)
        if found is None or found.date() != day:
            outside.append(_format_day(day))
    if outside:
        add(
            "recurrence",
            _("These excluded dates are not dates of the series: %(dates)s.")
            % {"dates": ", ".join(outside)},
        )
    elif next(iter(_rule_set(page, limit)), None) is None:
        add("recurrence", _("No date is left: the exclusions remove every date of the series."))


def _dates_fit_the_start(page: Schedule, add) -> bool:
    """Refuse rules that end before the start or give no date, and extra dates before the start.

    The start date is the series' first date (RFC 5545's DTSTART): nothing comes before it.
    """
    rec = page.recurrence
    start = page.start_date
    fits = True
    for rule in rec.rrules:
        last = start + LOOKAHEAD
        if rule.until:
            last = min(last, local_date(rule.until))
        if last < start:
            add(
                "recurrence",
                _("The rule ends on %(until)s, before the start date (%(start)s).")
                % {"until": _format_day(last), "start": _format_day(start)},
            )
            fits = False
        elif not _gives_a_date(rule, start, last):
            add(
                "recurrence",
                _("The rule gives no date: no day has all it asks for (e.g. 30 February)."),
            )
            fits = False
    early = sorted(day for day in map(local_date, rec.rdates) if day < start)
    if early:
        add(
            "recurrence",
            _("These extra dates are before the start date: %(dates)s.")
            % {"dates": ", ".join(map(_format_day, early))},
        )
        fits = False
    return fits

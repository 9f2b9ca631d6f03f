"""A series' repeat said in words, in the reader's language: the one place that does it.

The event page, the admin's dates view, the repeat editor (under its controls) and the editor's
live summary all call `recurrence_in_words`, so an editor reads the same sentence everywhere.

django-recurrence's own `Rule.to_text` leaves out the months of a monthly or weekly rule ("monthly,
on the third Thursday" for a rule that runs March to December only), writes dates as 2027-12-31
and days as English ordinals. So rules the repeat editor can build are written here, part by
part, with gettext; anything rarer (several positions, hours…) falls back to `to_text`.
"""

from __future__ import annotations

import copy
import datetime

import recurrence

from django.utils import dateformat, timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext, pgettext, pgettext_lazy

SUPPORTED_FREQUENCIES = (recurrence.YEARLY, recurrence.MONTHLY, recurrence.WEEKLY, recurrence.DAILY)
# The positions of a weekday within the month the editor offers (BYDAY=+3TH, -1FR).
WEEK_POSITIONS = (1, 2, 3, 4, -1)

# Lower case: they stand inside a sentence ("lunar, în a treia joi, din martie până în decembrie").
MONTH_NAMES = (
    pgettext_lazy("month in a sentence", "January"),
    pgettext_lazy("month in a sentence", "February"),
    pgettext_lazy("month in a sentence", "March"),
    pgettext_lazy("month in a sentence", "April"),
    pgettext_lazy("month in a sentence", "May"),
    pgettext_lazy("month in a sentence", "June"),
    pgettext_lazy("month in a sentence", "July"),
    pgettext_lazy("month in a sentence", "August"),
    pgettext_lazy("month in a sentence", "September"),
    pgettext_lazy("month in a sentence", "October"),
    pgettext_lazy("month in a sentence", "November"),
    pgettext_lazy("month in a sentence", "December"),
)
WEEKDAY_NAMES = (
    pgettext_lazy("weekday in a sentence", "Monday"),
    pgettext_lazy("weekday in a sentence", "Tuesday"),
    pgettext_lazy("weekday in a sentence", "Wednesday"),
    pgettext_lazy("weekday in a sentence", "Thursday"),
    pgettext_lazy("weekday in a sentence", "Friday"),
    pgettext_lazy("weekday in a sentence", "Saturday"),
    pgettext_lazy("weekday in a sentence", "Sunday"),
)
# "every Thursday": English says "on Thursdays", Romanian "joia" (see `_days`).
WEEKDAY_EVERY = (
    pgettext_lazy("every weekday", "Mondays"),
    pgettext_lazy("every weekday", "Tuesdays"),
    pgettext_lazy("every weekday", "Wednesdays"),
    pgettext_lazy("every weekday", "Thursdays"),
    pgettext_lazy("every weekday", "Fridays"),
    pgettext_lazy("every weekday", "Saturdays"),
    pgettext_lazy("every weekday", "Sundays"),
)
# Romanian agrees the ordinal with "zi" (feminine): "prima joi", "a treia joi".
POSITION_NAMES = {
    1: pgettext_lazy("weekday of the month", "first %(weekday)s"),
    2: pgettext_lazy("weekday of the month", "second %(weekday)s"),
    3: pgettext_lazy("weekday of the month", "third %(weekday)s"),
    4: pgettext_lazy("weekday of the month", "fourth %(weekday)s"),
    -1: pgettext_lazy("weekday of the month", "last %(weekday)s"),
}
# The days of a monthly rule counted from the end.
_DAYS_FROM_THE_END = {
    -1: pgettext_lazy("day of the month", "last"),
    -2: pgettext_lazy("day of the month", "second last"),
    -3: pgettext_lazy("day of the month", "third last"),
    -4: pgettext_lazy("day of the month", "fourth last"),
}


def recurrence_in_words(rec: recurrence.Recurrence | None) -> str:
    """Every rule of `rec` in words, in the active language; "" when nothing repeats."""
    if not rec:
        return ""
    return "; ".join(rule_in_words(rule) for rule in rec.rrules)


def rule_in_words(rule: recurrence.Rule) -> str:
    """One rule in words: how often, which days, which months, and when it ends."""
    if not describable(rule):
        return _library_words(rule)
    parts = [_frequency(rule)]
    days = _days(rule)
    if days:
        parts.append(days)
    months = months_in_words(rule.bymonth)
    if months:
        parts.append(months)
    if rule.count:
        parts.append(
            ngettext("once", "%(count)s times", rule.count) % {"count": rule.count},
        )
    elif rule.until:
        parts.append(_until(rule.until))
    return ", ".join(parts)


def describable(rule: recurrence.Rule) -> bool:
    """Whether `rule_in_words` can say every part of the rule (else django-recurrence does)."""
    if rule.freq not in SUPPORTED_FREQUENCIES or rule.interval < 1:
        return False
    if any((rule.bysetpos, rule.byyearday, rule.byweekno, rule.byhour, rule.byminute)):
        return False
    if rule.bysecond:
        return False
    weekdays = [recurrence.to_weekday(day) for day in rule.byday]
    if rule.freq == recurrence.DAILY:
        return not (rule.byday or rule.bymonthday)
    if rule.freq == recurrence.WEEKLY:
        return not rule.bymonthday and all(not day.index for day in weekdays)
    if rule.bymonthday and rule.byday:
        return False
    positioned = [day for day in weekdays if day.index]
    # All weekdays positioned ("the third Thursday") or none ("every Thursday"), not a mix.
    return (not positioned or len(positioned) == len(weekdays)) and all(
        day.index in WEEK_POSITIONS for day in positioned
    )


def months_in_words(months) -> str:
    """ "from March to December" for a run of three or more months, else "in March and June";
    "" for no months or all twelve (no limit)."""
    months = sorted(set(months))
    if not months or len(months) == 12:
        return ""
    names = [str(MONTH_NAMES[month - 1]) for month in months]
    if len(months) >= 3 and months[-1] - months[0] + 1 == len(months):
        return pgettext("months of a series", "from %(first)s to %(last)s") % {
            "first": names[0],
            "last": names[-1],
        }
    return pgettext("months of a series", "in %(months)s") % {"months": and_list(names)}


def and_list(items: list[str]) -> str:
    """ "a, b and c" in the active language."""
    if len(items) < 2:
        return "".join(items)
    return gettext("%(items)s and %(last)s") % {"items": ", ".join(items[:-1]), "last": items[-1]}


def _frequency(rule: recurrence.Rule) -> str:
    count = rule.interval
    if count == 1:
        return str(
            {
                recurrence.DAILY: pgettext("repeats", "daily"),
                recurrence.WEEKLY: pgettext("repeats", "weekly"),
                recurrence.MONTHLY: pgettext("repeats", "monthly"),
                recurrence.YEARLY: pgettext("repeats", "yearly"),
            }[rule.freq]
        )
    words = {
        recurrence.DAILY: ngettext("every %(count)s day", "every %(count)s days", count),
        recurrence.WEEKLY: ngettext("every %(count)s week", "every %(count)s weeks", count),
        recurrence.MONTHLY: ngettext("every %(count)s month", "every %(count)s months", count),
        recurrence.YEARLY: ngettext("every %(count)s year", "every %(count)s years", count),
    }
    return words[rule.freq] % {"count": count}


def _days(rule: recurrence.Rule) -> str:
    weekdays = [recurrence.to_weekday(day) for day in rule.byday]
    if rule.bymonthday:
        days = ", ".join(_month_day(day) for day in rule.bymonthday)
        return pgettext("days of the month", "on the %(days)s") % {"days": days}
    if weekdays and weekdays[0].index and rule.freq != recurrence.WEEKLY:
        days = and_list(
            [
                str(POSITION_NAMES[day.index]) % {"weekday": WEEKDAY_NAMES[day.number]}
                for day in weekdays
            ]
        )
        return pgettext("weekdays of the month", "on the %(days)s") % {"days": days}
    if weekdays:
        days = and_list([str(WEEKDAY_EVERY[day.number]) for day in weekdays])
        return pgettext("every weekday", "on %(days)s") % {"days": days}
    return ""


def _until(until: datetime.datetime) -> str:
    # Stored in UTC: midnight in Bucharest is 22:00 the day before.
    end = timezone.localtime(until) if timezone.is_aware(until) else until
    return gettext("until %(date)s") % {"date": date_format(end, "j F Y")}


def _library_words(rule: recurrence.Rule) -> str:
    """django-recurrence's `to_text` for rules the editor cannot build, with a readable end."""
    if rule.until is None or rule.count:
        return str(rule.to_text())
    open_ended = copy.copy(rule)
    open_ended.until = None
    return pgettext("recurrence parts", "%(rule)s, %(until)s") % {
        "rule": str(open_ended.to_text()),
        "until": _until(rule.until),
    }


def _month_day(day: int) -> str:
    if day < 0:
        return str(_DAYS_FROM_THE_END.get(day, day))
    suffix = dateformat.format(datetime.date(2000, 1, day), "S")
    # Translators: %(suffix)s is English's "st", "nd", "rd" or "th"; leave it out if unused.
    return pgettext("day of the month", "%(day)s%(suffix)s") % {"day": day, "suffix": suffix}

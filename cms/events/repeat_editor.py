"""The admin's repeat editor and duration input: plain form controls, no RRULE syntax.

django-recurrence's own widget needs Django admin's jQuery, which this site does not install
(it 404s in development and is a 500 under the manifest storage). This editor is server-rendered
controls — how often, every how many, which weekdays, which day of the month ("the third
Thursday"), which months, how it ends, extra and excluded dates — that read and write the same
`recurrence.Recurrence` value, so what is stored, expanded and validated does not change.

Works without JavaScript; `events/repeat-editor.js` only hides the controls that do not apply,
adds date inputs, and asks `repeat_summary` (cms.events.admin_views) for the rule in words.

A stored value the controls cannot show (several rules, exclusion rules, BYSETPOS…) is kept as
its text in an "advanced" box, shown only then, so saving the form unchanged never loses it.
"""

from __future__ import annotations

import datetime

import recurrence
from recurrence.exceptions import DeserializationError

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.dateparse import parse_duration
from django.utils.duration import duration_string
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from cms.events.rule_words import (
    MONTH_NAMES,
    POSITION_NAMES,
    SUPPORTED_FREQUENCIES,
    WEEK_POSITIONS,
    WEEKDAY_NAMES,
    describable,
    recurrence_in_words,
)

FREQUENCY_CHOICES = [
    ("", _("Does not repeat")),
    ("DAILY", pgettext_lazy("repeats", "Daily")),
    ("WEEKLY", pgettext_lazy("repeats", "Weekly")),
    ("MONTHLY", pgettext_lazy("repeats", "Monthly")),
    ("YEARLY", pgettext_lazy("repeats", "Yearly")),
]
FREQUENCIES = {
    "DAILY": recurrence.DAILY,
    "WEEKLY": recurrence.WEEKLY,
    "MONTHLY": recurrence.MONTHLY,
    "YEARLY": recurrence.YEARLY,
}
FREQUENCY_CODES = {number: code for code, number in FREQUENCIES.items()}
# How many empty date inputs follow the stored extra/excluded dates (JavaScript adds more).
EMPTY_DATE_INPUTS = 2
LIST_KEYS = ("weekdays", "months", "rdates", "exdates")
TEXT_KEYS = (
    "mode",
    "freq",
    "interval",
    "monthly",
    "monthday",
    "position",
    "position_weekday",
    "ends",
    "until",
    "count",
    "advanced",
)


def empty_controls() -> dict:
    """The controls of "does not repeat": every key `recurrence_from_controls` reads."""
    return {
        "mode": "",
        "freq": "",
        "interval": "1",
        "monthly": "day",
        "monthday": "",
        "position": "",
        "position_weekday": "",
        "ends": "never",
        "until": "",
        "count": "",
        "advanced": "",
        "weekdays": [],
        "months": [],
        "rdates": [],
        "exdates": [],
    }


def _as_utc_midnight(day: datetime.date) -> datetime.datetime:
    """How a date is stored in the value: midnight UTC of that day, which is still that day in
    Cluj (UTC+2/+3), the way `cms.events.schedule.local_date` reads it back."""
    return datetime.datetime.combine(day, datetime.time(0), tzinfo=datetime.UTC)


# --- from a stored value to the controls --------------------------------------------------------


def representable(rec: recurrence.Recurrence | None) -> bool:
    """Whether the controls can show `rec` exactly (else it goes to the advanced box)."""
    if not rec:
        return True
    if rec.exrules or len(rec.rrules) > 1:
        return False
    if not rec.rrules:
        return True
    rule = rec.rrules[0]
    if not describable(rule) or rule.wkst is not None or (rule.count and rule.until):
        return False
    if rule.freq in (recurrence.MONTHLY, recurrence.YEARLY):
        return (
            len(rule.bymonthday) <= 1
            and len(rule.byday) <= 1
            and (not rule.bymonthday or 1 <= rule.bymonthday[0] <= 31)
        )
    return True


def controls_from_recurrence(rec: recurrence.Recurrence | None) -> dict:
    """The controls' values (strings, as a form posts them) for a stored value."""
    from cms.events.schedule import local_date

    controls = empty_controls()
    if not rec:
        return controls
    if not representable(rec):
        controls.update(mode="advanced", advanced=recurrence.serialize(rec))
        return controls
    controls["rdates"] = [local_date(day).isoformat() for day in rec.rdates]
    controls["exdates"] = [local_date(day).isoformat() for day in rec.exdates]
    if not rec.rrules:
        return controls
    rule = rec.rrules[0]
    weekdays = [recurrence.to_weekday(day) for day in rule.byday]
    controls.update(freq=FREQUENCY_CODES[rule.freq], interval=str(rule.interval))
    controls["months"] = [str(month) for month in rule.bymonth]
    if rule.freq in (recurrence.MONTHLY, recurrence.YEARLY) and weekdays:
        controls.update(
            monthly="weekday",
            position=str(weekdays[0].index),
            position_weekday=str(weekdays[0].number),
        )
    elif weekdays:
        controls["weekdays"] = [str(day.number) for day in weekdays]
    if rule.bymonthday:
        controls["monthday"] = str(rule.bymonthday[0])
    if rule.count:
        controls.update(ends="count", count=str(rule.count))
    elif rule.until:
        controls.update(ends="until", until=local_date(rule.until).isoformat())
    return controls


# --- from the controls to a value ---------------------------------------------------------------


def _whole_number(value: str, low: int, high: int | None) -> int | None:
    try:
        number = int(str(value).strip())
    except ValueError:
        return None
    if number < low or (high is not None and number > high):
        return None
    return number


def _date(value: str) -> datetime.date | None:
    """A date as `<input type="date">` sends it, or as typed in the editor's format."""
    try:
        return forms.DateField().clean(value)
    except ValidationError:
        return None


def _dates(values: list[str], errors: list[str], message: str) -> list[datetime.datetime]:
    days, bad = [], []
    for value in values:
        if not str(value).strip():
            continue
        day = _date(value)
        if day is None:
            bad.append(str(value))
        elif day not in days:
            days.append(day)
    if bad:
        errors.append(message % {"dates": ", ".join(bad)})
    return [_as_utc_midnight(day) for day in sorted(days)]


def recurrence_from_controls(controls: dict) -> recurrence.Recurrence | None:
    """The value the controls describe, or a ValidationError with every message an editor needs.

    None when nothing repeats and no date is added or left out.
    """
    if controls.get("mode") == "advanced":
        return _from_text(controls.get("advanced", ""))
    errors: list[str] = []
    rules = []
    freq = controls.get("freq", "")
    if freq:
        rule = _rule(controls, errors)
        if rule is not None:
            rules.append(rule)
    rdates = _dates(
        controls.get("rdates", []),
        errors,
        gettext("These extra dates are not dates: %(dates)s. Write them as 31.12.2027."),
    )
    exdates = _dates(
        controls.get("exdates", []),
        errors,
        gettext("These excluded dates are not dates: %(dates)s. Write them as 31.12.2027."),
    )
    if errors:
        raise ValidationError(errors)
    if not (rules or rdates or exdates):
        return None
    return recurrence.Recurrence(rrules=rules, rdates=rdates, exdates=exdates)


def _rule(controls: dict, errors: list[str]) -> recurrence.Rule | None:
    freq = FREQUENCIES.get(controls.get("freq", ""))
    if freq is None:
        errors.append(gettext("Choose how often the event repeats."))
        return None
    interval = _whole_number(controls.get("interval") or "1", 1, 1000)
    if interval is None:
        errors.append(gettext("“Every” is a whole number, 1 or more (every 2 weeks: 2)."))
    months = [_whole_number(month, 1, 12) for month in controls.get("months", [])]
    weekdays = [_whole_number(day, 0, 6) for day in controls.get("weekdays", [])]
    if None in months or None in weekdays:
        errors.append(gettext("Choose months and days from the lists."))
    byday, bymonthday = [], []
    if freq == recurrence.WEEKLY:
        # No day ticked: the weekday of the start date (RFC 5545), as the hint says.
        byday = sorted(set(weekdays) - {None})
    elif freq in (recurrence.MONTHLY, recurrence.YEARLY):
        if controls.get("monthly") == "weekday":
            position = _whole_number(controls.get("position", ""), -1, 4)
            weekday = _whole_number(controls.get("position_weekday", ""), 0, 6)
            if position not in WEEK_POSITIONS or weekday is None:
                errors.append(gettext("Choose which week and which day: e.g. the third Thursday."))
            else:
                byday = [recurrence.Weekday(weekday, position)]
        elif str(controls.get("monthday", "")).strip():
            day = _whole_number(controls["monthday"], 1, 31)
            if day is None:
                errors.append(gettext("The day of the month is a number from 1 to 31."))
            else:
                bymonthday = [day]
    until = count = None
    ends = controls.get("ends") or "never"
    if ends == "until":
        until_day = _date(controls.get("until", ""))
        if until_day is None:
            errors.append(gettext("Give the date of the last repeat (e.g. 31.12.2027)."))
        else:
            until = _as_utc_midnight(until_day)
    elif ends == "count":
        count = _whole_number(controls.get("count", ""), 1, None)
        if count is None:
            errors.append(gettext("Give how many times the event takes place: 1 or more."))
    elif ends != "never":
        errors.append(gettext("Choose how the series ends."))
    if errors:
        return None
    return recurrence.Rule(
        freq,
        interval=interval,
        byday=byday,
        bymonthday=bymonthday,
        bymonth=sorted(set(months)) if len(set(months)) < 12 else [],
        until=until,
        count=count,
    )


def _from_text(text: str) -> recurrence.Recurrence | None:
    text = text.strip()
    if not text:
        return None
    try:
        rec = recurrence.deserialize(text)
    except (DeserializationError, ValueError) as error:
        raise ValidationError(
            gettext(
                "The repeat written as text cannot be read (%(error)s). Correct it, or clear "
                "the box to use the controls."
            )
            % {"error": error}
        ) from error
    if any(rule.freq not in SUPPORTED_FREQUENCIES for rule in [*rec.rrules, *rec.exrules]):
        raise ValidationError(gettext("A series repeats yearly, monthly, weekly or daily."))
    return rec


# --- the widget and the form field --------------------------------------------------------------


class RepeatWidget(forms.Widget):
    """Named sub-inputs `<name>-freq`, `<name>-interval`… (see `empty_controls`)."""

    template_name = "events/widgets/repeat_editor.html"

    class Media:
        js = ["events/repeat-editor.js"]
        css = {"all": ["events/repeat-editor.css"]}

    def value_from_datadict(self, data, files, name) -> dict:
        controls = {key: data.get(f"{name}-{key}", "") for key in TEXT_KEYS}
        for key in LIST_KEYS:
            field = f"{name}-{key}"
            controls[key] = data.getlist(field) if hasattr(data, "getlist") else data.get(field, [])
        return controls

    def value_omitted_from_data(self, data, files, name) -> bool:
        return not any(key.startswith(f"{name}-") for key in data)

    def id_for_label(self, id_):
        return f"{id_}-freq" if id_ else id_

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if isinstance(value, dict):  # the form as posted, shown again with its errors
            controls = {**empty_controls(), **value}
            try:
                summary = recurrence_in_words(recurrence_from_controls(controls))
            except ValidationError:
                summary = ""
        else:
            if isinstance(value, str):
                value = recurrence.deserialize(value) if value.strip() else None
            controls = controls_from_recurrence(value)
            summary = recurrence_in_words(value)
        base_id = context["widget"]["attrs"].get("id") or f"id_{name}"

        def padded(dates):
            return list(enumerate([*dates, *[""] * EMPTY_DATE_INPUTS], start=1))

        context["repeat"] = {
            "id": base_id,
            "controls": controls,
            "advanced": controls.get("mode") == "advanced",
            "summary": summary or gettext("Does not repeat."),
            "summary_url": reverse("events_admin:repeat_summary"),
            "frequencies": FREQUENCY_CHOICES,
            "weekdays": [(str(number), name) for number, name in enumerate(WEEKDAY_NAMES)],
            "months": [(str(number), name) for number, name in enumerate(MONTH_NAMES, start=1)],
            "positions": [
                (str(position), POSITION_NAMES[position] % {"weekday": "…"})
                for position in WEEK_POSITIONS
            ],
            "rdates": padded(controls.get("rdates", [])),
            "exdates": padded(controls.get("exdates", [])),
        }
        return context


class RepeatField(forms.Field):
    """The form field of `EventPage.recurrence` in the admin: the controls in, a Recurrence out."""

    widget = RepeatWidget

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, recurrence.Recurrence):
            return value
        if isinstance(value, str):
            return _from_text(value)
        return recurrence_from_controls(value)

    def has_changed(self, initial, data) -> bool:
        try:
            new = self.to_python(data)
        except ValidationError:
            return True
        return _serialised(initial) != _serialised(new)


def _serialised(value) -> str:
    if isinstance(value, str):
        return value.strip()
    return recurrence.serialize(value) if value else ""


class HoursMinutesWidget(forms.MultiWidget):
    """A duration as hours and minutes ("2 h 30 min"), not `2:00:00` or `1 day, 0:00:00`.

    Longer than a day stays in hours (26 h), which is how editors count a workshop weekend.
    """

    template_name = "events/widgets/hours_minutes.html"

    def __init__(self, attrs=None):
        widgets = {
            "hours": forms.NumberInput(attrs={"min": "0", "step": "1", "inputmode": "numeric"}),
            "minutes": forms.NumberInput(
                attrs={"min": "0", "max": "59", "step": "1", "inputmode": "numeric"}
            ),
        }
        super().__init__(widgets, attrs)

    def decompress(self, value):
        if isinstance(value, str):
            value = parse_duration(value)
        if value is None:
            return [None, None]
        minutes = int(value.total_seconds()) // 60
        return [minutes // 60, minutes % 60]

    def value_from_datadict(self, data, files, name):
        hours, minutes = (
            str(part or "").strip() for part in super().value_from_datadict(data, files, name)
        )
        if not hours and not minutes:
            return ""
        try:
            duration = datetime.timedelta(hours=int(hours or 0), minutes=int(minutes or 0))
        except ValueError:
            # Kept as typed: the form shows it again with "Enter a valid duration."
            return [hours, minutes]
        return duration_string(duration)

    def id_for_label(self, id_):
        return f"{id_}_0" if id_ else id_  # MultiWidget numbers its inputs: the hours

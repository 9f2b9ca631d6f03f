"""The admin's repeat editor: plain controls in Romanian that store the same recurrence value.

Dates are in 2028 and the horizon is widened, so the expected dates hold whenever the tests run.
"""

from __future__ import annotations

import datetime
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import pytest
import recurrence

from django.urls import reverse
from django.utils import translation

from cms.events.models import EventPage, Occurrence
from cms.events.repeat_editor import (
    HoursMinutesWidget,
    controls_from_recurrence,
    empty_controls,
    recurrence_from_controls,
)
from tests.events.factories import make_event

CLUJ = ZoneInfo("Europe/Bucharest")
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def wide_horizon(settings):
    settings.EVENTS_HORIZON_DAYS = 20 * 366  # every 2028 date is materialised, whatever today is


@pytest.fixture
def section(home):
    from plugins.roma_culture.models import RomaCultureSectionPage

    section = RomaCultureSectionPage(title="Jivipen", slug="jivipen")
    home.add_child(instance=section)
    section.save_revision().publish()
    return section


class FormInputs(HTMLParser):
    """What a browser without JavaScript posts: every named input, select and textarea of the
    page form as rendered (ticked boxes only, selected options, textarea text)."""

    def __init__(self):
        super().__init__()
        self.fields: list[tuple[str, str]] = []
        self._select = self._textarea = None
        self._text = ""
        self._options: list[tuple[str, bool]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            if kind in ("submit", "button", "file"):
                return
            self.fields.append((name, attrs.get("value") or ""))
        elif tag == "select" and name:
            self._select, self._options = name, []
        elif tag == "option" and self._select:
            self._options.append((attrs.get("value", ""), "selected" in attrs))
        elif tag == "textarea" and name:
            self._textarea, self._text = name, ""

    def handle_data(self, data):
        if self._textarea:
            self._text += data

    def handle_endtag(self, tag):
        if tag == "select" and self._select:
            chosen = [value for value, selected in self._options if selected]
            if chosen or self._options:
                self.fields.append((self._select, (chosen or [self._options[0][0]])[0]))
            self._select = None
        elif tag == "textarea" and self._textarea:
            self.fields.append((self._textarea, self._text.removeprefix("\n")))
            self._textarea = None


def posted_form(response, **changes) -> dict[str, list[str]]:
    """The page form as rendered, with `changes` (a list value replaces every value of a name).

    StreamFields render through JavaScript only: they are posted empty.
    """
    parser = FormInputs()
    parser.feed(response.content.decode())
    data: dict[str, list[str]] = {}
    for name, value in parser.fields:
        data.setdefault(name, []).append(value)
    form = response.context["form"]
    for name, field in form.fields.items():
        if hasattr(field, "block"):
            data[f"{name}-count"] = ["0"]
    for name, value in changes.items():
        data[name] = value if isinstance(value, list) else [value]
    data.pop("csrfmiddlewaretoken", None)
    return data


def third_thursdays(year: int, months) -> list[datetime.date]:
    days = []
    for month in months:
        first = datetime.date(year, month, 1)
        first_thursday = first + datetime.timedelta(days=(3 - first.weekday()) % 7)
        days.append(first_thursday + datetime.timedelta(days=14))
    return days


THIRD_THURSDAY_MARCH_TO_DECEMBER = {
    "recurrence-freq": "MONTHLY",
    "recurrence-interval": "1",
    "recurrence-monthly": "weekday",
    "recurrence-position": "3",
    "recurrence-position_weekday": "3",
    "recurrence-months": [str(month) for month in range(3, 13)],
    "recurrence-ends": "until",
    "recurrence-until": "2028-12-31",
}


def test_the_add_view_shows_the_repeat_editor_in_romanian_and_creates_a_third_thursday_series(
    admin_client, section
):
    url = reverse("wagtailadmin_pages:add", args=["roma_culture", "jivipeneventpage", section.pk])
    response = admin_client.get(url, HTTP_ACCEPT_LANGUAGE="ro")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Repetare" in html  # the field's label, translated
    for words in ("Nu se repetă", "Lunar", "În aceste luni", "Se termină", "Date în plus"):
        assert words in html, words
    assert "admin/js/jquery.init.js" not in html  # no django-recurrence widget

    data = posted_form(
        response,
        title="Întâlnirea Jivipen",
        slug="intalnirea-jivipen",
        start_date="2028-03-16",
        start_time="18:00",
        duration_hours="2",
        duration_minutes="30",
        **{"action-publish": "action-publish"},
        **THIRD_THURSDAY_MARCH_TO_DECEMBER,
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors

    page = EventPage.objects.get(slug="intalnirea-jivipen")
    (rule,) = page.recurrence.rrules
    assert recurrence.serialize(page.recurrence) == (
        "RRULE:FREQ=MONTHLY;UNTIL=20281231T000000Z;BYDAY=3TH;BYMONTH=3,4,5,6,7,8,9,10,11,12"
    )
    assert (rule.byday, rule.bymonth) == ([recurrence.Weekday(3, 3)], list(range(3, 13)))
    assert page.duration == datetime.timedelta(hours=2, minutes=30)
    starts = [occ.local_start for occ in Occurrence.objects.order_by("start")]
    expected = [
        datetime.datetime.combine(day, datetime.time(18, 0), tzinfo=CLUJ)
        for day in third_thursdays(2028, range(3, 13))
    ]
    assert starts == expected
    with translation.override("ro"):
        assert page.recurrence_text() == (
            "lunar, în a treia joi, din martie până în decembrie, până la 31 decembrie 2028"
        )


def test_the_edit_view_shows_the_stored_series_in_the_controls_and_in_words(admin_client, section):
    page = make_event(
        section,
        start_date=datetime.date(2028, 3, 16),
        recurrence=recurrence_from_controls(
            {**empty_controls(), **_plain(THIRD_THURSDAY_MARCH_TO_DECEMBER)}
        ),
        duration=datetime.timedelta(hours=26),
    )
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    data = posted_form(response)
    for name, value in THIRD_THURSDAY_MARCH_TO_DECEMBER.items():
        assert data[name] == (value if isinstance(value, list) else [value]), name
    # More than a day is still hours: 26 h, not "1 day, 2:00:00".
    assert (data["duration_hours"], data["duration_minutes"]) == (["26"], ["0"])
    html = response.content.decode()
    assert "din martie până în decembrie, până la 31 decembrie 2028" in html


def _plain(controls: dict) -> dict:
    return {key.removeprefix("recurrence-"): value for key, value in controls.items()}


ROUND_TRIPS = [
    {},  # does not repeat
    {"freq": "DAILY", "interval": "3", "ends": "count", "count": "10"},
    {"freq": "WEEKLY", "weekdays": ["1", "3"], "months": ["9", "10", "11"]},
    {"freq": "WEEKLY", "interval": "2", "ends": "until", "until": "2028-06-30"},
    {"freq": "MONTHLY", "monthday": "15", "ends": "count", "count": "6"},
    {"freq": "MONTHLY", "monthly": "weekday", "position": "-1", "position_weekday": "4"},
    {"freq": "MONTHLY", "monthly": "weekday", "position": "1", "position_weekday": "0"},
    {"freq": "YEARLY", "months": ["5"], "monthday": "1"},
    {"freq": "YEARLY", "interval": "2", "monthly": "weekday", "position": "2"}
    | {"position_weekday": "6", "months": ["3"]},
    {"rdates": ["2028-05-01", "2028-05-09"]},
    {"freq": "WEEKLY", "rdates": ["2028-04-02"], "exdates": ["2028-04-13", "2028-04-20"]},
]


@pytest.mark.parametrize("controls", ROUND_TRIPS)
def test_every_control_round_trips_through_the_stored_value(controls):
    posted = {**empty_controls(), **controls}
    stored = recurrence.serialize(recurrence_from_controls(posted) or recurrence.Recurrence())
    shown = controls_from_recurrence(recurrence.deserialize(stored) if stored else None)
    assert shown == posted


def test_a_value_the_controls_cannot_show_is_kept_when_the_form_is_saved_unchanged(
    admin_client, section
):
    text = (
        "RRULE:FREQ=WEEKLY;BYDAY=MO\n"
        "RRULE:FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1\n"
        "EXRULE:FREQ=MONTHLY;BYDAY=1MO"
    )
    page = make_event(
        section, start_date=datetime.date(2028, 3, 6), recurrence=recurrence.deserialize(text)
    )
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = admin_client.get(url)
    html = response.content.decode()
    assert "Repetare, scrisă ca reguli" in html  # the advanced box, shown because it is needed
    assert 'name="recurrence-freq"' not in html  # and no controls that would lose it
    data = posted_form(response)
    assert admin_client.post(url, data).status_code == 302
    saved = EventPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert recurrence.serialize(saved.recurrence) == recurrence.serialize(
        recurrence.deserialize(text)
    )


def test_the_advanced_box_is_not_shown_for_a_value_the_controls_can_show(admin_client, section):
    page = make_event(section, recurrence=recurrence.deserialize("RRULE:FREQ=WEEKLY;BYDAY=TU"))
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'name="recurrence-advanced"' not in html


@pytest.mark.parametrize(
    ("controls", "message"),
    [
        ({"freq": "WEEKLY", "interval": "0"}, "„La fiecare” este un număr întreg, 1 sau mai mult"),
        ({"freq": "MONTHLY", "monthday": "32"}, "Ziua lunii este un număr de la 1 la 31."),
        ({"freq": "MONTHLY", "monthly": "weekday", "position": "3"}, "Alegeți săptămâna"),
        ({"freq": "DAILY", "ends": "until", "until": ""}, "Dați data ultimei repetări"),
        ({"freq": "DAILY", "ends": "count", "count": "0"}, "Dați de câte ori"),
        ({"exdates": ["31 februarie"]}, "Aceste date excluse nu sunt date: 31 februarie."),
        ({"freq": "HOURLY"}, "Alegeți cât de des se repetă evenimentul."),
    ],
)
def test_controls_that_make_no_rule_are_refused_in_romanian(controls, message):
    from django.core.exceptions import ValidationError

    with translation.override("ro"), pytest.raises(ValidationError) as caught:
        recurrence_from_controls({**empty_controls(), **controls})
    assert any(text.startswith(message) for text in caught.value.messages), caught.value.messages


def test_a_weekly_rule_without_a_weekday_repeats_on_the_start_dates_weekday(section):
    rule = recurrence_from_controls(
        {**empty_controls(), "freq": "WEEKLY", "ends": "count"} | {"count": "3"}
    )
    page = make_event(section, start_date=datetime.date(2028, 3, 16), recurrence=rule)
    days = [occ.original_date for occ in Occurrence.objects.filter(series=page.translation_key)]
    assert days == [
        datetime.date(2028, 3, 16),
        datetime.date(2028, 3, 23),
        datetime.date(2028, 3, 30),
    ]


# --- the live summary ---------------------------------------------------------------------------


def test_the_live_summary_says_the_controls_in_the_editors_language(admin_client):
    url = reverse("events_admin:repeat_summary")
    response = admin_client.get(url, THIRD_THURSDAY_MARCH_TO_DECEMBER)
    assert response.status_code == 200
    assert response.json() == {
        "text": "lunar, în a treia joi, din martie până în decembrie, până la 31 decembrie 2028"
    }


def test_the_live_summary_refuses_nonsense_with_a_message(admin_client):
    url = reverse("events_admin:repeat_summary")
    response = admin_client.get(url, {"recurrence-freq": "WEEKLY", "recurrence-interval": "x"})
    assert response.status_code == 400
    assert response.json()["error"].startswith("„La fiecare” este un număr întreg")
    assert admin_client.get(url, {"nimic": "1"}).status_code == 400


def test_the_live_summary_requires_admin_login(client):
    response = client.get(reverse("events_admin:repeat_summary"), {"recurrence-freq": "DAILY"})
    assert response.status_code == 302
    assert "/login/" in response["Location"]


# --- the words ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "romanian", "english"),
    [
        (
            "RRULE:FREQ=MONTHLY;BYDAY=+3TH;BYMONTH=3,4,5,6,7,8,9,10,11,12;UNTIL=20271231T000000Z",
            "lunar, în a treia joi, din martie până în decembrie, până la 31 decembrie 2027",
            "monthly, on the third Thursday, from March to December, until 31 December 2027",
        ),
        (
            "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;BYMONTH=6,9;COUNT=20",
            "la fiecare 2 săptămâni, marțea și joia, în iunie și septembrie, de 20 de ori",
            "every 2 weeks, on Tuesdays and Thursdays, in June and September, 20 times",
        ),
        (
            "RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=1",
            "lunar, în ultima vineri, o dată",
            "monthly, on the last Friday, once",
        ),
        (
            "RRULE:FREQ=DAILY;INTERVAL=3;BYMONTH=7",
            "la fiecare 3 zile, în iulie",
            "every 3 days, in July",
        ),
        (
            "RRULE:FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=1",
            "anual, pe 1, în mai",
            "yearly, on the 1st, in May",
        ),
    ],
)
def test_a_rule_is_said_with_its_months_interval_and_end_in_both_languages(rule, romanian, english):
    page = EventPage(title="Eveniment", recurrence=recurrence.deserialize(rule))
    with translation.override("ro"):
        assert page.recurrence_text() == romanian
    with translation.override("en"):
        assert page.recurrence_text() == english


# --- the duration -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hours", "minutes", "posted"),
    [("2", "30", "02:30:00"), ("26", "", "1 02:00:00"), ("", "45", "00:45:00"), ("", "", "")],
)
def test_a_duration_is_typed_as_hours_and_minutes(hours, minutes, posted):
    from django import forms

    widget = HoursMinutesWidget()
    value = widget.value_from_datadict(
        {"duration_hours": hours, "duration_minutes": minutes}, {}, "duration"
    )
    assert value == posted
    expected = (
        datetime.timedelta(hours=int(hours or 0), minutes=int(minutes or 0)) if posted else None
    )
    assert forms.DurationField(required=False).clean(value) == expected


def test_a_duration_that_is_not_a_number_is_refused_and_shown_again():
    from django import forms

    field = forms.DurationField(widget=HoursMinutesWidget())
    form = type("F", (forms.Form,), {"duration": field})(
        {"duration_hours": "două", "duration_minutes": "30"}
    )
    assert not form.is_valid()
    assert 'value="două"' in str(form["duration"])

"""Bad schedules are refused with a message on the right field; editors cancel and move one date."""

from __future__ import annotations

import datetime
import time
from zoneinfo import ZoneInfo

import pytest
import recurrence

from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation

from cms.events.models import EventPage, Occurrence, OccurrenceStatus
from cms.events.overrides import move_occurrence
from tests.events.factories import daily, make_event, monthly, weekly

CLUJ = ZoneInfo("Europe/Bucharest")
pytestmark = pytest.mark.django_db


def schedule(**fields) -> EventPage:
    fields.setdefault("start_date", datetime.date(2027, 3, 4))
    fields.setdefault("start_time", datetime.time(18, 0))
    return EventPage(title="Eveniment", slug="eveniment", **fields)


def errors_of(page: EventPage) -> dict[str, list[str]]:
    from django.utils import translation

    from cms.events.schedule import validate_schedule

    with translation.override("en"), pytest.raises(ValidationError) as caught:
        validate_schedule(page)
    return caught.value.message_dict


def test_a_valid_one_off_and_a_valid_series_pass():
    from cms.events.schedule import validate_schedule

    validate_schedule(schedule(end_time=datetime.time(20, 0)))
    validate_schedule(schedule(recurrence=monthly(count=3), duration=datetime.timedelta(hours=2)))
    validate_schedule(schedule(start_time=None, all_day=True, end_date=datetime.date(2027, 3, 6)))


def test_an_end_before_the_start_is_refused():
    assert "end_time" in errors_of(schedule(end_time=datetime.time(17, 0)))
    assert "end_date" in errors_of(
        schedule(end_date=datetime.date(2027, 3, 1), end_time=datetime.time(20, 0))
    )


@pytest.mark.parametrize("duration", [datetime.timedelta(0), datetime.timedelta(hours=-1)])
def test_a_zero_or_negative_duration_is_refused(duration):
    errors = errors_of(schedule(recurrence=weekly(count=3), duration=duration))
    assert errors["duration"] == ["The duration must be longer than zero."]


def test_a_series_without_duration_is_refused():
    assert "duration" in errors_of(schedule(recurrence=weekly(count=3)))


def test_excluded_dates_outside_the_rule_are_named():
    rule = weekly(count=5)  # Thursdays from 4 March 2027
    rule.exdates = [
        datetime.datetime(2027, 3, 11, 10, 0, tzinfo=datetime.UTC),  # a Thursday: fine
        datetime.datetime(2027, 3, 12, 10, 0, tzinfo=datetime.UTC),  # a Friday: not in the rule
    ]
    errors = errors_of(schedule(recurrence=rule, duration=datetime.timedelta(hours=1)))
    (message,) = errors["recurrence"]
    assert "12 March 2027" in message and "11 March" not in message


def test_excluded_dates_without_a_rule_are_refused():
    rule = recurrence.Recurrence(exdates=[datetime.datetime(2027, 3, 4, tzinfo=datetime.UTC)])
    assert "recurrence" in errors_of(schedule(recurrence=rule, duration=datetime.timedelta(1)))


def test_a_rule_ending_before_the_start_is_refused():
    rule = weekly(until=datetime.datetime(2027, 3, 1, 12, 0, tzinfo=datetime.UTC))
    errors = errors_of(schedule(recurrence=rule, duration=datetime.timedelta(hours=2)))
    assert errors["recurrence"] == [
        "The rule ends on 1 March 2027, before the start date (4 March 2027)."
    ]


def test_extra_dates_before_the_start_are_refused():
    rule = weekly(count=3)
    rule.rdates = [
        datetime.datetime(2027, 2, 20, 10, 0, tzinfo=datetime.UTC),
        datetime.datetime(2027, 3, 20, 10, 0, tzinfo=datetime.UTC),  # after the start: fine
    ]
    errors = errors_of(schedule(recurrence=rule, duration=datetime.timedelta(hours=2)))
    assert errors["recurrence"] == [
        "These extra dates are before the start date: 20 February 2027."
    ]


@pytest.mark.parametrize(
    "rule",
    [
        "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
        "RRULE:FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31;COUNT=3",
        "RRULE:FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31",  # every April, which has no 31st
    ],
)
def test_a_rule_that_gives_no_date_is_refused_quickly(rule):
    page = schedule(
        start_date=datetime.date(2027, 4, 4),
        recurrence=recurrence.deserialize(rule),
        duration=datetime.timedelta(hours=2),
    )
    started = time.process_time()  # CPU time: neighbouring test processes don't stretch it
    errors = errors_of(page)
    elapsed = time.process_time() - started
    assert errors["recurrence"] == [
        "The rule gives no date: no day has all it asks for (e.g. 30 February)."
    ]
    assert elapsed < 0.5, f"validation took {elapsed:.2f}s of CPU"


@pytest.mark.parametrize(
    ("rule", "start"),
    [
        ("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", datetime.date(2028, 2, 29)),  # leap years
        ("RRULE:FREQ=MONTHLY;BYMONTHDAY=31", datetime.date(2027, 1, 31)),  # months with a 31st
        ("RRULE:FREQ=MONTHLY;BYMONTHDAY=1,-1", datetime.date(2027, 3, 1)),
        ("RRULE:FREQ=MONTHLY;BYDAY=3TH", datetime.date(2027, 3, 18)),
        ("RRULE:FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-1", datetime.date(2027, 3, 25)),
        ("RRULE:FREQ=MONTHLY;BYDAY=5MO", datetime.date(2027, 3, 29)),  # months with 5 Mondays
        ("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", datetime.date(2027, 3, 28)),
        ("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", datetime.date(2027, 3, 2)),
    ],
)
def test_rules_with_sparse_but_real_dates_pass(rule, start):
    from cms.events.schedule import validate_schedule

    validate_schedule(
        schedule(
            start_date=start,
            recurrence=recurrence.deserialize(rule),
            duration=datetime.timedelta(hours=2),
        )
    )


def test_a_schedule_whose_exclusions_leave_no_date_is_refused():
    rule = daily(count=1)
    rule.exdates = [datetime.datetime(2027, 3, 4, 10, 0, tzinfo=datetime.UTC)]  # the start
    errors = errors_of(schedule(recurrence=rule, duration=datetime.timedelta(hours=2)))
    assert errors["recurrence"] == [
        "No date is left: the exclusions remove every date of the series."
    ]


def test_a_rule_with_an_interval_below_one_is_refused():
    rule = recurrence.deserialize("RRULE:FREQ=WEEKLY;INTERVAL=0")
    errors = errors_of(schedule(recurrence=rule, duration=datetime.timedelta(hours=2)))
    assert "recurrence" in errors


def test_schedule_errors_are_in_romanian_for_romanian_editors():
    from cms.events.schedule import validate_schedule

    page = schedule(
        recurrence=recurrence.deserialize("RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"),
        duration=datetime.timedelta(hours=2),
    )
    with translation.override("ro"), pytest.raises(ValidationError) as caught:
        validate_schedule(page)
    assert caught.value.message_dict["recurrence"] == [
        "Regula nu dă nicio dată: nicio zi nu îndeplinește tot ce cere (de exemplu, 30 februarie)."
    ]


def test_hourly_rules_are_refused():
    rule = recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.HOURLY, count=3)])
    errors = errors_of(schedule(recurrence=rule, duration=datetime.timedelta(minutes=30)))
    assert "recurrence" in errors


def test_a_timed_event_needs_a_start_time_and_an_end():
    assert "start_time" in errors_of(schedule(start_time=None, end_time=datetime.time(20)))
    assert "end_time" in errors_of(schedule())


def test_a_moved_date_that_collides_with_another_date_is_refused(home):
    make_event(home, start_date=datetime.date(2027, 3, 4), recurrence=weekly(count=3))
    first, second, _third = Occurrence.objects.order_by("start")
    with translation.override("en"), pytest.raises(ValidationError, match="already takes place"):
        move_occurrence(first, second.start + datetime.timedelta(minutes=30), second.end)
    # Onto a cancelled date it may go.
    second.status = OccurrenceStatus.CANCELLED
    second.save()
    move_occurrence(first, second.start, second.end)
    first.refresh_from_db()
    assert first.status == OccurrenceStatus.MOVED


def test_the_admin_form_shows_validation_errors(admin_client, home):
    page = make_event(home, start_date=datetime.date(2027, 3, 4), recurrence=weekly(count=3))
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    form = response.context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if hasattr(field, "block"):  # a StreamField: post it empty
            data[f"{name}-count"] = "0"
        elif value is not None and not isinstance(value, list | dict):
            data[name] = value
    for prefix in form.formsets:
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.pop("recurrence", None)  # the repeat editor posts its controls, set below
    data.update(
        {
            "title": "Eveniment",
            "slug": page.slug,
            "start_date": "2027-03-04",
            "start_time": "18:00",
            "duration_hours": "0",
            "duration_minutes": "0",
            "recurrence-freq": "WEEKLY",
            "recurrence-ends": "count",
            "recurrence-count": "3",
        }
    )
    with translation.override("en"):
        response = admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200  # the form again, with its errors
    assert "The duration must be longer than zero." in response.content.decode()
    assert Occurrence.objects.count() == 3  # nothing was saved


# --- the admin's list of dates ------------------------------------------------------------------


@pytest.fixture
def series(home):
    return make_event(home, start_date=datetime.date(2027, 3, 4), recurrence=weekly(count=4))


def test_an_editor_cancels_one_date_and_the_others_stay(admin_client, series):
    listing = admin_client.get(reverse("events_admin:occurrences", args=[series.pk]))
    assert listing.status_code == 200
    target = Occurrence.objects.order_by("start")[1]
    response = admin_client.post(
        reverse("events_admin:cancel", args=[series.pk, target.pk]), {"confirm": "1"}
    )
    assert response.status_code == 302
    statuses = list(Occurrence.objects.order_by("start").values_list("status", flat=True))
    assert statuses == ["scheduled", "cancelled", "scheduled", "scheduled"]

    admin_client.post(reverse("events_admin:restore", args=[series.pk, target.pk]))
    assert set(Occurrence.objects.values_list("status", flat=True)) == {"scheduled"}


def test_an_editor_moves_one_date(admin_client, series):
    target = Occurrence.objects.order_by("start")[0]
    url = reverse("events_admin:move", args=[series.pk, target.pk])
    response = admin_client.post(
        url,
        {
            "start_date": "2027-03-05",
            "start_time": "17:00",
            "end_date": "2027-03-05",
            "end_time": "19:00",
        },
    )
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.status == OccurrenceStatus.MOVED
    assert target.local_start == datetime.datetime(2027, 3, 5, 17, 0, tzinfo=CLUJ)
    assert Occurrence.objects.filter(status="scheduled").count() == 3


def test_moving_onto_another_date_of_the_event_shows_an_error(admin_client, series):
    first, second = Occurrence.objects.order_by("start")[:2]
    local = second.local_start
    response = admin_client.post(
        reverse("events_admin:move", args=[series.pk, first.pk]),
        {
            "start_date": local.date().isoformat(),
            "start_time": "18:30",
            "end_date": local.date().isoformat(),
            "end_time": "19:30",
        },
    )
    assert response.status_code == 400
    # The admin speaks the default language, Romanian, to an editor without a preference.
    assert "Evenimentul are deja loc atunci" in response.content.decode()
    first.refresh_from_db()
    assert first.status == OccurrenceStatus.SCHEDULED


def test_only_people_who_may_edit_the_event_see_or_change_its_dates(
    client, series, django_user_model
):
    user = django_user_model.objects.create_user("vizitator", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    target = Occurrence.objects.first()
    # Wagtail turns PermissionDenied into a redirect to the dashboard with a message.
    listing = client.get(reverse("events_admin:occurrences", args=[series.pk]))
    assert (listing.status_code, listing.get("Location")) == (302, "/admin/")
    response = client.post(
        reverse("events_admin:cancel", args=[series.pk, target.pk]), {"confirm": "1"}
    )
    assert (response.status_code, response.get("Location")) == (302, "/admin/")
    target.refresh_from_db()
    assert target.status == OccurrenceStatus.SCHEDULED


def test_the_admin_shows_the_recurrence_in_romanian(admin_client, series):
    from django.utils import translation

    with translation.override("ro"):
        text = EventPage.objects.get(pk=series.pk).recurrence_text()
    assert text.startswith("săptămânal"), text


@pytest.mark.parametrize(
    ("rule", "romanian", "english"),
    [
        ("RRULE:FREQ=MONTHLY;BYMONTHDAY=1,15", "lunar, pe 1, 15", "monthly, on the 1st, 15th"),
        (
            "RRULE:FREQ=MONTHLY;BYMONTHDAY=2,-1;COUNT=6",
            "lunar, pe 2, ultima zi, de 6 ori",
            "monthly, on the 2nd, last, 6 times",
        ),
        (
            "RRULE:FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=23;UNTIL=20271231T000000Z",
            "la fiecare 2 luni, pe 23, până la 31 decembrie 2027",
            "every 2 months, on the 23rd, until 31 December 2027",
        ),
        ("RRULE:FREQ=MONTHLY;BYDAY=3TH", "lunar, în a treia joi", "monthly, on the third Thursday"),
    ],
)
def test_days_of_the_month_are_written_in_the_readers_language(rule, romanian, english):
    page = schedule(recurrence=recurrence.deserialize(rule))
    with translation.override("ro"):
        assert page.recurrence_text() == romanian
    with translation.override("en"):
        assert page.recurrence_text() == english


def test_a_rules_end_date_is_written_in_the_readers_language(home):
    page = make_event(
        home,
        start_date=datetime.date(2027, 3, 18),
        recurrence=monthly(until=datetime.datetime(2027, 12, 31)),
    )
    from django.utils import translation

    with translation.override("ro"):
        assert page.recurrence_text().endswith("până la 31 decembrie 2027"), page.recurrence_text()
    with translation.override("en"):
        assert page.recurrence_text().endswith("until 31 December 2027"), page.recurrence_text()


def test_a_daily_rule_publishes_under_the_horizon(home):
    make_event(home, start_date=timezone.localdate(), recurrence=daily(count=5))
    assert Occurrence.objects.count() == 5

"""Materialising occurrences: wall-clock stability, horizon, speed, and identity on re-publish."""

from __future__ import annotations

import datetime
import time
from zoneinfo import ZoneInfo

import pytest
import recurrence

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cms.events.materialise import extend_occurrences, materialise
from cms.events.models import EventSeries, Occurrence, OccurrenceStatus
from cms.events.overrides import cancel_occurrence, move_occurrence
from cms.events.schedule import expand, horizon_end
from tests.events.factories import daily, make_event, monthly, translate, weekly

CLUJ = ZoneInfo("Europe/Bucharest")
pytestmark = pytest.mark.django_db


def next_year() -> int:
    return timezone.localdate().year + 1


@pytest.fixture(autouse=True)
def whole_of_next_year_within_the_horizon(settings):
    """Tests dated `next_year()` need all of next year materialised: with the default 18-month
    horizon, its autumn lies beyond it from January to June. Tests about the horizon set theirs."""
    settings.EVENTS_HORIZON_DAYS = 800


def local_times(page):
    return [
        occ.start.astimezone(CLUJ)
        for occ in Occurrence.objects.filter(series_id=page.translation_key).order_by("start")
    ]


def last_sunday(year: int, month: int) -> datetime.date:
    day = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)
    return day - datetime.timedelta(days=(day.weekday() + 1) % 7)


def test_a_weekly_series_across_both_dst_changes_keeps_its_local_hour(home):
    year = next_year()
    # Sundays at 18:00 from early March to mid-November: crosses the last Sunday of March and
    # of October, and includes both of those Sundays themselves.
    start = last_sunday(year, 3) - datetime.timedelta(weeks=3)
    page = make_event(
        home,
        start_date=start,
        start_time=datetime.time(18, 0),
        recurrence=weekly(until=datetime.datetime(year, 11, 15, tzinfo=datetime.UTC)),
    )
    starts = local_times(page)
    assert {s.date() for s in starts} >= {last_sunday(year, 3), last_sunday(year, 10)}
    assert {(s.hour, s.minute) for s in starts} == {(18, 0)}
    # Stored in UTC: 16:00 in winter, 15:00 in summer. A UTC-anchored rule would drift instead.
    utc_hours = {occ.start.astimezone(datetime.UTC).hour for occ in Occurrence.objects.all()}
    assert utc_hours == {15, 16}


def test_a_monthly_meeting_stays_at_18_in_summer_and_winter(home):
    year = next_year()
    page = make_event(
        home,
        start_date=datetime.date(year, 3, 5),
        recurrence=monthly(until=datetime.datetime(year, 12, 10, tzinfo=datetime.UTC)),
    )
    starts = local_times(page)
    assert [s.month for s in starts] == list(range(3, 13))
    assert all(s.hour == 18 for s in starts)
    ends = [occ.end.astimezone(CLUJ) for occ in Occurrence.objects.order_by("start")]
    assert all(e.hour == 20 for e in ends)


def test_a_rule_without_end_is_capped_at_the_horizon(home, settings):
    settings.EVENTS_HORIZON_DAYS = 60
    page = make_event(home, start_date=timezone.localdate(), recurrence=daily())
    count = Occurrence.objects.filter(series_id=page.translation_key).count()
    assert 59 <= count <= 61
    series = EventSeries.objects.get(pk=page.translation_key)
    assert series.open_ended
    assert Occurrence.objects.order_by("-start").first().start <= horizon_end()


def test_publishing_a_five_year_daily_rule_takes_under_a_second(home, settings):
    settings.EVENTS_HORIZON_DAYS = 6 * 366  # so all five years are materialised
    today = timezone.localdate()
    page = make_event(
        home,
        start_date=today,
        recurrence=daily(until=datetime.datetime(today.year + 5, today.month, 1, tzinfo=CLUJ)),
        publish=False,
    )
    revision = page.get_latest_revision()
    # CPU time of this process, not wall time: the suite shares its machine with other test
    # processes (xdist workers, the wall-clock reruns), which stretch wall time but not this.
    # The query count covers what CPU time misses on PostgreSQL, the server's side: rows go in
    # by the batch, so a per-row insert (nearly 2,000 queries) fails here.
    started = time.process_time()
    with CaptureQueriesContext(connection) as queries:
        revision.publish()
    elapsed = time.process_time() - started
    assert Occurrence.objects.count() > 5 * 365 - 31
    assert len(queries) < 200, f"publishing ran {len(queries)} queries"
    assert elapsed < 1.0, f"publishing took {elapsed:.2f}s of CPU"


def test_republishing_keeps_occurrence_ids_and_overrides_where_the_date_still_exists(home):
    year = next_year()
    page = make_event(
        home,
        start_date=datetime.date(year, 3, 5),
        recurrence=monthly(until=datetime.datetime(year, 8, 10, tzinfo=datetime.UTC)),
    )
    by_date = {o.original_date: o for o in Occurrence.objects.all()}
    cancelled = by_date[datetime.date(year, 4, 5)]
    moved = by_date[datetime.date(year, 5, 5)]
    dropped = by_date[datetime.date(year, 8, 5)]
    cancel_occurrence(cancelled)
    new_start = datetime.datetime(year, 5, 7, 17, 0, tzinfo=CLUJ)
    move_occurrence(moved, new_start, new_start + datetime.timedelta(hours=2))

    # The editor changes the time and shortens the series to July, then re-publishes.
    page.start_time = datetime.time(18, 30)
    page.recurrence = monthly(until=datetime.datetime(year, 7, 10, tzinfo=datetime.UTC))
    page.save_revision().publish()

    after = {o.original_date: o for o in Occurrence.objects.all()}
    assert set(after) == {datetime.date(year, m, 5) for m in range(3, 8)}
    assert {d: o.pk for d, o in after.items()} == {d: by_date[d].pk for d in after}
    assert not Occurrence.objects.filter(pk=dropped.pk).exists()
    assert after[cancelled.original_date].status == OccurrenceStatus.CANCELLED
    assert after[moved.original_date].status == OccurrenceStatus.MOVED
    assert after[moved.original_date].start == new_start  # a moved date keeps its new time
    assert after[datetime.date(year, 3, 5)].start.astimezone(CLUJ).time() == datetime.time(18, 30)


def test_a_one_off_event_moved_to_another_day_keeps_its_occurrence(home):
    year = next_year()
    page = make_event(home, start_date=datetime.date(year, 10, 21))
    occurrence = Occurrence.objects.get()
    page.start_date = datetime.date(year, 10, 22)
    page.save_revision().publish()
    again = Occurrence.objects.get()
    assert again.pk == occurrence.pk
    assert again.original_date == datetime.date(year, 10, 22)


def test_a_multi_day_all_day_event_is_one_occurrence_from_midnight_to_midnight(home):
    year = next_year()
    make_event(
        home,
        title="Zilele Culturii Rome",
        start_date=datetime.date(year, 5, 22),
        end_date=datetime.date(year, 5, 24),
        all_day=True,
    )
    occurrence = Occurrence.objects.get()
    assert occurrence.all_day
    assert occurrence.local_start == datetime.datetime(year, 5, 22, tzinfo=CLUJ)
    assert occurrence.local_end == datetime.datetime(year, 5, 25, tzinfo=CLUJ)
    assert occurrence.last_day == datetime.date(year, 5, 24)


def test_extra_and_excluded_dates_shape_the_series(home):
    year = next_year()
    rule = weekly(until=datetime.datetime(year, 3, 31, tzinfo=datetime.UTC))
    rule.rdates = [datetime.datetime(year, 4, 15, 10, 0, tzinfo=datetime.UTC)]
    rule.exdates = [datetime.datetime(year, 3, 10, 22, 0, tzinfo=datetime.UTC)]  # 11 March, Cluj
    page = make_event(home, start_date=datetime.date(year, 3, 4), recurrence=rule)
    dates = [s.date() for s in local_times(page)]
    assert datetime.date(year, 4, 15) in dates
    assert datetime.date(year, 3, 11) not in dates
    assert datetime.date(year, 3, 18) in dates


def test_occurrences_are_shared_by_the_translations_of_an_event(home, home_en):
    year = next_year()
    page = make_event(
        home,
        start_date=datetime.date(year, 3, 5),
        recurrence=monthly(count=4),
    )
    ids = set(Occurrence.objects.values_list("pk", flat=True))
    english = translate(page)
    assert english.translation_key == page.translation_key
    assert set(Occurrence.objects.values_list("pk", flat=True)) == ids  # not a second set
    assert EventSeries.objects.count() == 1

    # Unpublishing one language keeps the event's dates; unpublishing both removes them.
    page.unpublish()
    assert set(Occurrence.objects.values_list("pk", flat=True)) == ids
    english.unpublish()
    assert not Occurrence.objects.exists()
    assert not EventSeries.objects.exists()


def test_deleting_the_event_removes_its_occurrences(home):
    page = make_event(home, start_date=timezone.localdate(), recurrence=monthly(count=3))
    assert Occurrence.objects.count() == 3
    page.delete()
    assert not Occurrence.objects.exists()


def test_expansion_never_loops_on_an_endless_rule():
    """`expand` stops at its limit even with no horizon-sized database behind it."""
    from cms.events.models import EventPage

    page = EventPage(
        start_date=datetime.date(2030, 1, 1),
        start_time=datetime.time(9, 0),
        duration=datetime.timedelta(hours=1),
        recurrence=recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.DAILY)]),
    )
    until = datetime.datetime(2030, 1, 11, 12, 0, tzinfo=CLUJ)
    slots, open_ended, _truncated = expand(page, until)
    assert len(slots) == 11 and open_ended


def unsaved_series(rule: str, start: datetime.date = datetime.date(2030, 3, 4)):
    from cms.events.models import EventPage

    return EventPage(
        start_date=start,
        start_time=datetime.time(18, 0),
        duration=datetime.timedelta(hours=2),
        recurrence=recurrence.deserialize(rule),
    )


@pytest.mark.parametrize(
    "rule",
    [
        "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",  # no 30 February
        "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;UNTIL=20310101T000000Z",  # UNTIL alone: no help
        "RRULE:FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31;COUNT=5",  # COUNT alone: no help either
        "RRULE:FREQ=DAILY\nEXRULE:FREQ=DAILY",  # an exclusion rule removing every date
        "RRULE:FREQ=DAILY;INTERVAL=0",  # never moves on
    ],
)
def test_expanding_a_rule_that_gives_no_date_stops_at_the_limit(rule):
    """dateutil checks UNTIL only against dates it finds: unguarded, these search to 9999."""
    page = unsaved_series(rule, start=datetime.date(2030, 4, 4))
    until = datetime.datetime(2031, 10, 1, tzinfo=CLUJ)
    started = time.process_time()  # CPU time: neighbouring test processes don't stretch it
    slots = expand(page, until)[0]
    elapsed = time.process_time() - started
    assert elapsed < 0.5, f"expanding took {elapsed:.2f}s of CPU"
    assert len(slots) <= 1  # at most the start date itself (DTSTART is always a date)


def test_a_daily_series_that_began_fourteen_years_ago_still_has_its_next_dates(home, settings):
    # More than MAX_OCCURRENCES_PER_EVENT (5,000) days before now: capped from its start, the
    # series ended in the past and the horizon task re-did it every day for nothing.
    settings.EVENTS_HORIZON_DAYS = 30
    today = timezone.localdate()
    page = make_event(
        home, start_date=today - datetime.timedelta(days=14 * 365), recurrence=daily()
    )
    occurrences = Occurrence.objects.filter(series_id=page.translation_key)
    assert occurrences.filter(original_date=today + datetime.timedelta(days=29)).exists()
    assert occurrences.count() == 5000
    assert EventSeries.objects.get(pk=page.translation_key).open_ended
    later = timezone.now() + datetime.timedelta(days=3)
    assert extend_occurrences(now=later) == 1
    assert occurrences.filter(original_date=today + datetime.timedelta(days=32)).exists()


def test_past_dates_beyond_the_cap_are_left_as_they_are(home, settings, monkeypatch, time_machine):
    # Noon in Cluj: the horizon (now + 10 days) then ends six hours before the 18:00 date of
    # its last day, so the series has 30 past dates, today's, and 9 to come, whatever the hour
    # the suite runs at.
    time_machine.move_to(datetime.datetime(2026, 6, 10, 12, 0, tzinfo=CLUJ), tick=False)
    settings.EVENTS_HORIZON_DAYS = 10
    today = timezone.localdate()
    page = make_event(home, start_date=today - datetime.timedelta(days=30), recurrence=daily())
    before = dict(Occurrence.objects.values_list("original_date", "pk"))
    assert len(before) == 40
    assert max(before) == today + datetime.timedelta(days=9)
    old = Occurrence.objects.get(original_date=today - datetime.timedelta(days=25))
    cancel_occurrence(old)

    monkeypatch.setattr("cms.events.schedule.MAX_OCCURRENCES_PER_EVENT", 20)
    materialise(page.translation_key)
    # The 20 latest dates are the schedule's; the 20 older ones stay, with their ids and status.
    assert dict(Occurrence.objects.values_list("original_date", "pk")) == before
    old.refresh_from_db()
    assert old.status == OccurrenceStatus.CANCELLED
    assert Occurrence.objects.filter(original_date=today + datetime.timedelta(days=9)).exists()


@pytest.mark.parametrize("override", ["move", "cancel"])
def test_a_re_dated_one_off_event_is_scheduled_at_its_new_date(home, override):
    year = next_year()
    page = make_event(home, start_date=datetime.date(year, 10, 21))
    occurrence = Occurrence.objects.get()
    if override == "move":
        moved = datetime.datetime(year, 10, 21, 19, 0, tzinfo=CLUJ)
        move_occurrence(occurrence, moved, moved + datetime.timedelta(hours=2))
    else:
        cancel_occurrence(occurrence)
    # The editor then gives the event another day: a new date, not the old one's override.
    page.start_date = datetime.date(year, 10, 28)
    page.save_revision().publish()
    again = Occurrence.objects.get()
    assert again.pk == occurrence.pk  # still the same occurrence (and its registrations)
    assert again.status == OccurrenceStatus.SCHEDULED
    assert again.local_start == datetime.datetime(year, 10, 28, 18, 0, tzinfo=CLUJ)
    assert again.local_end == datetime.datetime(year, 10, 28, 20, 0, tzinfo=CLUJ)


def test_extend_occurrences_rolls_the_horizon_forward(home, settings):
    settings.EVENTS_HORIZON_DAYS = 30
    page = make_event(home, start_date=timezone.localdate(), recurrence=daily())
    before = Occurrence.objects.filter(series_id=page.translation_key).count()
    later = timezone.now() + datetime.timedelta(days=10)
    assert extend_occurrences(now=later) == 1
    after = Occurrence.objects.filter(series_id=page.translation_key).count()
    assert after == before + 10
    assert extend_occurrences(now=later) == 0  # nothing left to extend


def test_extend_occurrences_command_and_task(home, settings):
    settings.EVENTS_HORIZON_DAYS = 20
    page = make_event(home, start_date=timezone.localdate(), recurrence=daily())
    before = Occurrence.objects.filter(series_id=page.translation_key).count()
    settings.EVENTS_HORIZON_DAYS = 40
    call_command("extend_occurrences", stdout=__import__("io").StringIO())
    middle = Occurrence.objects.filter(series_id=page.translation_key).count()
    assert middle == before + 20

    from cms.events.tasks import extend_occurrences_task

    settings.EVENTS_HORIZON_DAYS = 50
    extend_occurrences_task.call()
    assert Occurrence.objects.filter(series_id=page.translation_key).count() == middle + 10


def test_materialise_is_idempotent(home):
    page = make_event(home, start_date=timezone.localdate(), recurrence=weekly(count=10))
    rows = list(Occurrence.objects.values_list("pk", "start", "end", "status"))
    materialise(page.translation_key)
    assert list(Occurrence.objects.values_list("pk", "start", "end", "status")) == rows

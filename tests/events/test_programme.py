"""A programme grouped by local day and venue (`cms.events.programme`): an event is on the day
its Cluj clock says — an 00:30 concert on the next day although UTC says the evening before,
and the same across both daylight-saving changes — and each day lists its venues in the order
of their first event, with online and unannounced places named in the reader's language."""

from __future__ import annotations

import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from django.utils import translation

from cms.events.calendar import Listed
from cms.events.models import Occurrence
from cms.events.programme import group_by_day_and_venue
from cms.translations import TIME_ZONE

UTC = ZoneInfo("UTC")
PAVILION = SimpleNamespace(translation_key="pavilion", name="Pavilionul ECCA")
GARRISON = SimpleNamespace(translation_key="garrison", name="Garnizoana Culturală")


def listed(start_utc: datetime.datetime, *, venue=PAVILION, online=False, hours=1) -> Listed:
    occurrence = Occurrence(start=start_utc, end=start_utc + datetime.timedelta(hours=hours))
    page = SimpleNamespace(online=online, title=f"{start_utc:%d %H:%M}")
    return Listed(occurrence, page, venue, "Academia Schimbării", "#8a2b0f")


def utc(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=UTC)


def days_and_local_times(programme) -> dict:
    return {
        day.day: [
            (slot.name, [item.occurrence.local_start.strftime("%H:%M") for item in slot.items])
            for slot in day.venues
        ]
        for day in programme
    }


def test_an_event_after_midnight_is_on_the_day_its_local_clock_says():
    # Summer (UTC+3): 22:00 on Friday 12 June and 00:30 on Saturday 13 June, local time.
    friday_evening = listed(utc(2026, 6, 12, 19, 0))
    after_midnight = listed(utc(2026, 6, 12, 21, 30))  # still Friday in UTC
    assert after_midnight.start.date() == datetime.date(2026, 6, 12)

    grouped = days_and_local_times(group_by_day_and_venue([friday_evening, after_midnight]))

    assert grouped == {
        datetime.date(2026, 6, 12): [("Pavilionul ECCA", ["22:00"])],
        datetime.date(2026, 6, 13): [("Pavilionul ECCA", ["00:30"])],
    }


def test_the_autumn_daylight_saving_night_keeps_each_event_on_its_local_day_and_hour():
    # 25 October 2026: clocks go back from 04:00 (UTC+3) to 03:00 (UTC+2).
    items = [
        listed(utc(2026, 10, 24, 20, 30)),  # Saturday 23:30 summer time
        listed(utc(2026, 10, 24, 21, 30)),  # Sunday 00:30 summer time
        listed(utc(2026, 10, 25, 8, 0)),  # Sunday 10:00 winter time
        listed(utc(2026, 10, 26, 8, 0)),  # Monday 10:00 winter time
    ]

    grouped = days_and_local_times(group_by_day_and_venue(items))

    assert grouped == {
        datetime.date(2026, 10, 24): [("Pavilionul ECCA", ["23:30"])],
        datetime.date(2026, 10, 25): [("Pavilionul ECCA", ["00:30", "10:00"])],
        datetime.date(2026, 10, 26): [("Pavilionul ECCA", ["10:00"])],
    }
    assert items[1].occurrence.local_start.utcoffset() == datetime.timedelta(hours=3)
    assert items[2].occurrence.local_start.utcoffset() == datetime.timedelta(hours=2)


def test_the_spring_daylight_saving_night_keeps_each_event_on_its_local_day_and_hour():
    # 29 March 2026: clocks go forward from 03:00 (UTC+2) to 04:00 (UTC+3).
    items = [
        listed(utc(2026, 3, 28, 22, 30)),  # Sunday 00:30 winter time
        listed(utc(2026, 3, 29, 1, 30)),  # Sunday 04:30 summer time
    ]
    grouped = days_and_local_times(group_by_day_and_venue(items))
    assert grouped == {datetime.date(2026, 3, 29): [("Pavilionul ECCA", ["00:30", "04:30"])]}


def test_a_day_lists_its_venues_in_the_order_of_their_first_event_named_in_the_language():
    start = datetime.datetime(2026, 10, 26, 10, 0, tzinfo=TIME_ZONE).astimezone(UTC)
    hour = datetime.timedelta(hours=1)
    items = [
        listed(start, venue=GARRISON),
        listed(start + hour, venue=None, online=True),
        listed(start + 2 * hour),
        listed(start + 3 * hour, venue=GARRISON),
        listed(start + 4 * hour, venue=None),
    ]
    for language, online, unknown in (
        ("ro", "Online", "Locul va fi anunțat"),
        ("en", "Online", "Place to be announced"),
    ):
        with translation.override(language):
            [day] = group_by_day_and_venue(items)
        assert [(slot.name, len(slot.items)) for slot in day.venues] == [
            ("Garnizoana Culturală", 2),
            (online, 1),
            ("Pavilionul ECCA", 1),
            (unknown, 1),
        ]

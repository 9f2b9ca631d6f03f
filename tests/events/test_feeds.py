"""iCalendar feeds: a real client expands them to exactly the dates the site shows."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from icalendar import Calendar

from django.urls import reverse
from django.utils import timezone

from cms.events.calendar import visible_occurrences
from cms.events.models import Occurrence, OccurrenceStatus
from cms.events.overrides import cancel_occurrence, move_occurrence
from cms.events.views import FEED_FUTURE_DAYS, FEED_PAST_DAYS
from tests.events.factories import make_event, make_venue, monthly, translate, weekly

CLUJ = ZoneInfo("Europe/Bucharest")
pytestmark = pytest.mark.django_db


def as_utc(value) -> datetime.datetime:
    if not isinstance(value, datetime.datetime):  # an all-day date: Cluj midnight
        value = datetime.datetime.combine(value, datetime.time(0), tzinfo=CLUJ)
    return value.astimezone(datetime.UTC)


def expanded(response, start, end) -> set[tuple[datetime.datetime, datetime.datetime]]:
    """What a calendar client shows from this feed between start and end."""
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    return {
        (as_utc(event["DTSTART"].dt), as_utc(event["DTEND"].dt))
        for event in recurring_ical_events.of(calendar).between(start, end)
    }


def site_dates(queryset) -> set[tuple[datetime.datetime, datetime.datetime]]:
    return {(o.start, o.end) for o in queryset.exclude(status=OccurrenceStatus.CANCELLED)}


@pytest.fixture
def events(homes):
    home, _home_en = homes
    venue, _ = make_venue()
    today = timezone.localdate()
    # A weekly series from three weeks ago across the next DST change, plus extra/excluded dates.
    series = make_event(
        home,
        "Ateliere săptămânale",
        programme="hubs",
        start_date=today - datetime.timedelta(weeks=3),
        recurrence=weekly(count=40),
        venue=venue,
    )
    translate(series, title="Weekly workshops")
    monthly_meeting = make_event(
        home,
        "Întâlnirile Jivipen",
        programme="roma_culture",
        start_date=today + datetime.timedelta(days=2),
        recurrence=monthly(count=8),
    )
    festival = make_event(
        home,
        "Zilele Culturii Rome",
        programme="roma_culture",
        start_date=today + datetime.timedelta(days=20),
        end_date=today + datetime.timedelta(days=22),
        all_day=True,
    )
    occurrences = list(Occurrence.objects.filter(series_id=series.translation_key))
    cancel_occurrence(occurrences[4])
    moved = occurrences[5]
    move_occurrence(
        moved, moved.start + datetime.timedelta(days=1), moved.end + datetime.timedelta(days=1)
    )
    return {"series": series, "monthly": monthly_meeting, "festival": festival}


def test_the_event_feed_expands_to_exactly_the_sites_dates(client, events):
    series = events["series"]
    response = client.get(reverse("events:event_feed", args=[series.pk]))
    assert response.status_code == 200
    start = timezone.now() - datetime.timedelta(days=FEED_PAST_DAYS)
    end = timezone.now() + datetime.timedelta(days=400)
    shown = site_dates(Occurrence.objects.filter(series_id=series.translation_key, end__gte=start))
    assert len(shown) > 30
    assert expanded(response, start, end) == shown


def test_the_everything_feed_expands_to_exactly_the_sites_dates(client, events):
    now = timezone.now()
    start = now - datetime.timedelta(days=FEED_PAST_DAYS)
    end = now + datetime.timedelta(days=FEED_FUTURE_DAYS)
    from wagtail.models import Locale

    ro = Locale.objects.get(language_code="ro")
    shown = site_dates(visible_occurrences(ro).filter(start__lt=end, end__gt=start))
    feed = expanded(client.get(reverse("events:feed")), start, end)
    assert feed == shown
    # The cancelled date is not there; the moved one is, at its new time; the festival all-day.
    cancelled = Occurrence.objects.get(status=OccurrenceStatus.CANCELLED)
    assert (cancelled.start, cancelled.end) not in feed
    moved = Occurrence.objects.get(status=OccurrenceStatus.MOVED)
    assert (moved.start, moved.end) in feed
    festival = Occurrence.objects.get(series_id=events["festival"].translation_key)
    assert (festival.start, festival.end) in feed


def test_a_programme_feed_has_only_that_programme(client, events):
    response = client.get(reverse("events:programme_feed", args=["roma_culture"]))
    calendar = Calendar.from_ical(response.content)
    assert {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")} == {
        "Întâlnirile Jivipen",
        "Zilele Culturii Rome",
    }


def test_the_english_feed_has_only_english_pages(client, events):
    calendar = Calendar.from_ical(client.get("/en/calendar/feed.ics").content)
    assert {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")} == {"Weekly workshops"}


def test_feeds_carry_a_europe_bucharest_vtimezone_and_local_times(client, events):
    text = client.get(reverse("events:feed")).content.decode()
    assert "BEGIN:VTIMEZONE\r\nTZID:Europe/Bucharest" in text
    assert "DTSTART;TZID=Europe/Bucharest:" in text
    assert "DTSTART;VALUE=DATE:" in text  # the all-day festival


def test_a_series_stays_at_18_local_across_a_daylight_saving_change_in_its_feed(client, events):
    # The weekly series runs for 40 weeks: whatever today is, its feed crosses a DST change.
    url = reverse("events:event_feed", args=[events["series"].pk])
    calendar = Calendar.from_ical(client.get(url).content)
    (vtimezone,) = calendar.walk("VTIMEZONE")
    assert str(vtimezone["TZID"]) == "Europe/Bucharest"
    starts = [event["DTSTART"].dt for event in calendar.walk("VEVENT")]
    assert len(starts) > 30
    assert {start.tzinfo.key for start in starts} == {"Europe/Bucharest"}
    assert {start.utcoffset() for start in starts} == {
        datetime.timedelta(hours=2),
        datetime.timedelta(hours=3),
    }
    # Every date at 18:00 in Cluj, the moved one included (it moved by a day, not an hour).
    assert {(start.hour, start.minute) for start in starts} == {(18, 0)}


def test_uids_are_stable_across_republishing_and_languages(client, events):
    series = events["series"]
    url = reverse("events:event_feed", args=[series.pk])
    uids = [str(e["UID"]) for e in Calendar.from_ical(client.get(url).content).walk("VEVENT")]
    assert len(uids) == len(set(uids))
    series.title = "Ateliere (titlu nou)"
    series.save_revision().publish()
    again = [str(e["UID"]) for e in Calendar.from_ical(client.get(url).content).walk("VEVENT")]
    assert again == uids
    english = series.get_translation(series.locale.__class__.objects.get(language_code="en"))
    english_feed = client.get(f"/en/calendar/event/{english.pk}.ics")
    assert [str(e["UID"]) for e in Calendar.from_ical(english_feed.content).walk("VEVENT")] == uids


def test_a_re_dated_one_off_event_keeps_its_uid(client, home):
    page = make_event(home, start_date=timezone.localdate() + datetime.timedelta(days=10))
    occurrence = Occurrence.objects.get(series_id=page.translation_key)
    url = reverse("events:occurrence_ics", args=[occurrence.pk])
    (before,) = Calendar.from_ical(client.get(url).content).walk("VEVENT")
    page.start_date += datetime.timedelta(days=7)
    page.save_revision().publish()
    (after,) = Calendar.from_ical(client.get(url).content).walk("VEVENT")
    # The same event to a calendar that imported it: updated, not shown on both days.
    assert str(after["UID"]) == str(before["UID"])
    assert after["DTSTART"].dt.date() == page.start_date


def test_one_occurrence_downloads_as_an_ics_file(client, events):
    occurrence = Occurrence.objects.filter(series_id=events["monthly"].translation_key).first()
    response = client.get(reverse("events:occurrence_ics", args=[occurrence.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert as_utc(event["DTSTART"].dt) == occurrence.start
    assert str(event["URL"]).endswith(events["monthly"].url)
    # An event with no English page has no English file.
    assert client.get(f"/en/calendar/occurrence/{occurrence.pk}.ics").status_code == 404
    assert client.get("/ro/calendar/occurrence/999999.ics").status_code == 404


def test_a_cancelled_occurrence_file_says_cancelled(client, events):
    cancelled = Occurrence.objects.get(status=OccurrenceStatus.CANCELLED)
    response = client.get(reverse("events:occurrence_ics", args=[cancelled.pk]))
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["STATUS"]) == "CANCELLED"


def test_an_unpublished_event_has_no_feed(client, events):
    monthly_meeting = events["monthly"]
    url = reverse("events:event_feed", args=[monthly_meeting.pk])
    monthly_meeting.unpublish()
    assert client.get(url).status_code == 404


def test_a_cached_feed_changes_as_soon_as_a_date_is_cancelled_or_moved(client, events):
    url = reverse("events:programme_feed", args=["roma_culture"])
    before = Calendar.from_ical(client.get(url).content).walk("VEVENT")
    target = Occurrence.objects.filter(series_id=events["monthly"].translation_key).first()
    cancel_occurrence(target)
    after = Calendar.from_ical(client.get(url).content).walk("VEVENT")
    assert len(after) == len(before) - 1
    later = Occurrence.objects.filter(series_id=events["monthly"].translation_key)[1]
    new_start = later.start + datetime.timedelta(hours=3)
    move_occurrence(later, new_start, later.end + datetime.timedelta(hours=3))
    feed = Calendar.from_ical(client.get(url).content).walk("VEVENT")
    assert new_start in {as_utc(e["DTSTART"].dt) for e in feed}

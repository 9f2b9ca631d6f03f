"""The Forum prints its programme by local day and venue, in the reader's language: its
sessions are Academy events under the Forum's event, read from their materialised dates (a
cancelled date leaves); a session names its Forum; a session cannot hold sessions. The
grouping itself (midnight, daylight-saving changes) is tested in tests/events/test_programme.py.
"""

from __future__ import annotations

import re

import pytest

from cms.events.models import Occurrence, OccurrenceStatus
from cms.translations import copy_in, in_language
from plugins.academy.models import AcademyEventPage

pytestmark = pytest.mark.django_db

DAY_NAMES = {
    "ro": ["luni, 26 octombrie 2026", "marți, 27 octombrie 2026", "miercuri, 28 octombrie 2026"],
    "en": ["Monday, 26 October 2026", "Tuesday, 27 October 2026", "Wednesday, 28 October 2026"],
}
VENUES = {
    "ro": ("Pavilionul ECCA", "Garnizoana Culturală"),
    "en": ("ECCA Pavilion", "Cultural Garrison"),
}


def forum_in(language: str) -> AcademyEventPage:
    governing = AcademyEventPage.objects.get(in_language("ro"), slug="forumul-academiei-schimbarii")
    return copy_in(AcademyEventPage, governing.translation_key, language, fallback=False)


def programme_section(client, forum) -> str:
    response = client.get(forum.url)
    assert response.status_code == 200
    html = response.content.decode()
    return html[html.index('id="programme-by-day"') :]


@pytest.mark.parametrize("language", ("ro", "en"))
def test_the_forum_prints_its_sessions_by_local_day_and_venue_in_its_language(
    client, academy_demo, language
):
    forum = forum_in(language)
    section = programme_section(client, forum)

    days = re.findall(r"<h3><time datetime=\"[\d-]+\">([^<]+)</time></h3>", section)
    assert days == DAY_NAMES[language]
    per_day = dict(zip(days, re.split(r"<h3>", section)[1:], strict=True))
    sessions = AcademyEventPage.objects.child_of(forum).live()
    assert sessions.count() == 7
    for session in sessions:
        day = DAY_NAMES[language][(session.start_date - forum.start_date).days]
        assert f'href="{session.url}"' in per_day[day], (session.slug, day)
        assert session.locale_id == forum.locale_id
    pavilion, garrison = VENUES[language]
    assert f"<h4>{pavilion}</h4>" in per_day[days[0]]
    assert f"<h4>{garrison}</h4>" in per_day[days[0]]
    assert "<h4>Online</h4>" in per_day[days[1]]
    assert '<time datetime="2026-10-26T10:00:00+02:00">10:00</time>' in per_day[days[0]]


def test_english_sessions_have_english_slugs_and_name_their_forum(client, academy_demo):
    forum = forum_in("en")
    session = AcademyEventPage.objects.child_of(forum).get(slug="forum-opening")
    html = client.get(session.url).content.decode()
    assert f'href="{forum.url}"' in html and forum.title in html


def test_a_cancelled_session_date_leaves_the_programme(client, academy_demo):
    forum = forum_in("ro")
    session = AcademyEventPage.objects.child_of(forum).get(slug="sesiune-online-accesibilitate")
    assert f'href="{session.url}"' in programme_section(client, forum)

    Occurrence.objects.filter(series_id=session.translation_key).update(
        status=OccurrenceStatus.CANCELLED
    )

    assert f'href="{session.url}"' not in programme_section(client, forum)


def test_a_session_of_the_forum_cannot_hold_sessions(academy_demo):
    forum = forum_in("ro")
    session = AcademyEventPage.objects.child_of(forum).first()
    assert AcademyEventPage.can_create_at(forum)
    assert not AcademyEventPage.can_create_at(session)


# Concentric (quarterly, the last Wednesday of February, May, September and November) and
# Cultura 2030 (two days in June) beside the Forum: Academy events like it, so they are in the
# unified calendar, the Academy's calendar and its feed, each under its title in the language.
MEETINGS = {
    "ro": {"Întâlnirile Concentric": "2026-05-27", "Cultura 2030": "2026-06-10"},
    "en": {"Concentric meetings": "2026-05-27", "Culture 2030": "2026-06-10"},
}


@pytest.mark.parametrize("language", ("ro", "en"))
@pytest.mark.parametrize("calendar", ("/calendar/", "/calendar/academy/"))
def test_concentric_and_culture_2030_are_in_the_calendars_on_their_dates(
    client, academy_demo, language, calendar
):
    for title, day in MEETINGS[language].items():
        url = f"/{language}{calendar}?start={day}&end={day}"
        response = client.get(url)
        assert response.status_code == 200, url
        assert title in response.content.decode(), (url, title)


@pytest.mark.parametrize("language", ("ro", "en"))
def test_concentric_and_culture_2030_are_in_the_academys_feed(client, academy_demo, language):
    import icalendar

    response = client.get(f"/{language}/calendar/academy/feed.ics")
    assert response.status_code == 200
    calendar = icalendar.Calendar.from_ical(response.content)
    dates = {
        (str(event["SUMMARY"]), event.decoded("DTSTART").date().isoformat())
        for event in calendar.walk("VEVENT")
    }
    assert set(MEETINGS[language].items()) <= dates


def test_concentric_repeats_each_quarter(academy_demo):
    concentric = AcademyEventPage.objects.get(in_language("ro"), slug="intalnirile-concentric")
    occurrences = Occurrence.objects.filter(series_id=concentric.translation_key)
    starts = [o.local_start.date().isoformat() for o in occurrences.order_by("start")[:5]]
    assert starts == ["2026-02-25", "2026-05-27", "2026-09-30", "2026-11-25", "2027-02-24"]

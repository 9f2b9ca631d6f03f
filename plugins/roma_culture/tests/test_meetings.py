"""Întâlnirile Jivipen: one monthly series whose dates carry their own topic and guests, on the
event page, in each date's JSON-LD `name`/`description` and in the feed's VEVENT
`SUMMARY`/`DESCRIPTION`, with no query per date in a feed (the engine's
`EventPage.date_details`)."""

from __future__ import annotations

import datetime
import json
import re

import pytest
from icalendar import Calendar

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from plugins.roma_culture.demo import build_meetings

pytestmark = pytest.mark.django_db

# The third Thursdays from the frozen 2 March 2026: 19 March, 16 April, 21 May, 18 June…
FIRST_TOPIC = "Întâlnirile Jivipen: Artiști romi în muzeele Clujului"
SECOND_TOPIC_EN = "Jivipen Meetings: Roma Sheroes: writing as representation"


@pytest.fixture
def meetings(jivipen_site):
    return build_meetings(jivipen_site, jivipen_site.section)


def json_ld(html: str) -> list[dict]:
    [script] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(script)
    return data if isinstance(data, list) else [data]


def test_the_dates_topics_are_on_the_event_page_in_each_language(meetings, client):
    ro = client.get("/ro/jivipen/intalnirile-jivipen/").content.decode()
    assert FIRST_TOPIC in ro and "Invitați: Loredana Varga (demo)." in ro
    en = client.get("/en/jivipen/jivipen-meetings/").content.decode()
    assert SECOND_TOPIC_EN in en and "Guests: Marian Ciurar (demo)." in en
    assert "(online)" in en and "(on site)" in en


def test_each_dates_json_ld_names_its_own_topic_and_attendance(meetings, client):
    events = {
        event["startDate"][:10]: event
        for event in json_ld(client.get("/en/jivipen/jivipen-meetings/").content.decode())
    }
    march = events["2026-03-19"]
    assert march["name"] == "Jivipen Meetings: Roma artists in the museums of Cluj"
    assert march["description"].startswith("Guests: Loredana Varga (demo).")
    assert march["eventAttendanceMode"].endswith("OfflineEventAttendanceMode")
    april = events["2026-04-16"]
    assert april["name"] == SECOND_TOPIC_EN
    assert april["eventAttendanceMode"].endswith("OnlineEventAttendanceMode")
    # A date without a topic of its own is the series itself.
    july = events["2026-07-16"]
    assert july["name"] == "Jivipen Meetings"
    assert july["description"].startswith("A monthly conversation")


def vevents(body: bytes) -> dict:
    return {
        event.decoded("dtstart").date().isoformat(): event
        for event in Calendar.from_ical(body).walk("VEVENT")
    }


def test_each_dates_vevent_has_its_own_summary_and_description(meetings, client):
    for url in (
        f"/ro/calendar/event/{meetings.pk}.ics",
        "/ro/calendar/roma_culture/feed.ics",
    ):
        events = vevents(client.get(url).content)
        assert str(events["2026-03-19"]["SUMMARY"]) == FIRST_TOPIC, url
        assert "Loredana Varga (demo)" in str(events["2026-03-19"]["DESCRIPTION"]), url
        assert (
            str(events["2026-05-21"]["SUMMARY"])
            == "Întâlnirile Jivipen: Pata Rât: acces la cultură"
        )
    english = vevents(client.get("/en/calendar/roma_culture/feed.ics").content)
    assert str(english["2026-04-16"]["SUMMARY"]) == SECOND_TOPIC_EN


def feed_queries(client) -> int:
    cache.clear()
    client.get("/ro/jivipen/")  # the site-root cache, warmed again
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/ro/calendar/roma_culture/feed.ics").status_code == 200
    return len(queries)


def test_a_feed_costs_no_query_per_date_or_series_with_topics(meetings, client):
    def topics_in_feed() -> int:
        cache.clear()  # the feed is cached until the calendar changes
        client.get("/ro/jivipen/")
        body = client.get("/ro/calendar/roma_culture/feed.ics").content
        return sum(
            ":" in str(event["SUMMARY"]) for event in Calendar.from_ical(body).walk("VEVENT")
        )

    before, dated = feed_queries(client), topics_in_feed()
    # Three more series with topics on their dates: four times the dates with topics.
    for _n in range(3):
        series = build_meetings(meetings_demo(meetings), meetings.get_parent())
        assert series.pk != meetings.pk
    assert topics_in_feed() == 4 * dated
    assert feed_queries(client) == before


def meetings_demo(meetings):
    """A builder whose next meeting series gets a new slug (so a new series is built)."""
    import io

    from cms.demo import DemoBuilder
    from plugins.roma_culture.models import JivipenEventPage

    demo = DemoBuilder(stdout=io.StringIO(), today=datetime.date(2026, 3, 2))
    count = JivipenEventPage.objects.filter(locale=demo.ro).count()
    original = demo.page

    def page(parent, model, *, ro, en, **common):
        ro = {**ro, "slug": f"{ro['slug']}-{count}"}
        en = {**en, "slug": f"{en['slug']}-{count}"}
        return original(parent, model, ro=ro, en=en, **common)

    demo.page = page
    return demo


def test_a_topic_on_a_date_the_series_does_not_have_is_refused(meetings):
    meetings.date_topics = [
        (
            "date",
            {
                "date": datetime.date(2026, 3, 20),
                "topic": "x",
                "guests": "",
                "description": "",
                "attendance": "",
            },
        )
    ]
    with pytest.raises(ValidationError) as refused:
        meetings.full_clean()
    assert "20.03.2026" in str(refused.value)

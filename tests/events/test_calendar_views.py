"""The public calendars: agenda and month grid, filters, languages, bad query strings."""

from __future__ import annotations

import datetime
import json
import re
from zoneinfo import ZoneInfo

import pytest

from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale

from cms.events.models import Occurrence
from cms.events.overrides import cancel_occurrence, move_occurrence
from tests.events.factories import make_audience, make_event, make_venue, translate, weekly

CLUJ = ZoneInfo("Europe/Bucharest")
pytestmark = pytest.mark.django_db


@pytest.fixture
def calendar(homes):
    """Three events from tomorrow: a weekly Jivipen series at Qub for families (also in
    English), a one-off Academy forum at CLTP Hub (Romanian only), a three-day festival."""
    home, _home_en = homes
    qub, qub_en = make_venue("Qub", en_name="Qub EN")
    hub, _hub_en = make_venue("CLTP Hub")
    families, families_en = make_audience()
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    series = make_event(
        home,
        "Întâlnirile Jivipen",
        programme="roma_culture",
        start_date=tomorrow,
        recurrence=weekly(count=6),
        venue=qub,
        audiences=[families],
    )
    translate(series, title="Jivipen Meetings").audiences.set([families_en])
    forum = make_event(
        home,
        "Forumul Academiei",
        programme="academy",
        start_date=tomorrow + datetime.timedelta(days=2),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(17, 0),
        venue=hub,
    )
    festival = make_event(
        home,
        "Zilele Culturii Rome",
        programme="roma_culture",
        start_date=tomorrow + datetime.timedelta(days=3),
        end_date=tomorrow + datetime.timedelta(days=5),
        all_day=True,
    )
    return {
        "series": series,
        "forum": forum,
        "festival": festival,
        "qub": qub,
        "qub_en": qub_en,
        "families": families,
        "tomorrow": tomorrow,
    }


def titles(response) -> list[str]:
    return re.findall(
        r'class="occurrence__title"><a href="[^"]+">([^<]+)</a>', response.content.decode()
    )


def test_the_agenda_lists_upcoming_dates_under_date_headings(client, calendar):
    response = client.get(reverse("events:agenda"))
    assert response.status_code == 200
    html = response.content.decode()
    assert titles(response).count("Întâlnirile Jivipen") == 6
    assert "Forumul Academiei" in titles(response)
    # Date headings with a machine-readable date; times in <time datetime> with the offset.
    tomorrow = calendar["tomorrow"]
    assert f'<h3 class="agenda-day"><time datetime="{tomorrow:%Y-%m-%d}">' in html
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT18:00:00\+0[23]:00">', html)
    # Romanian day and month names on /ro/.
    assert timezone.localdate().strftime("%Y") in html
    day_names = {"Luni", "Marți", "Miercuri", "Joi", "Vineri", "Sâmbătă", "Duminică"}
    assert any(f">{name}, " in html for name in day_names)


def test_the_agenda_is_paginated(client, calendar, settings):
    from cms.events import views

    old = views.AGENDA_PAGE_SIZE
    views.AGENDA_PAGE_SIZE = 3
    try:
        first = client.get(reverse("events:agenda"))
        second = client.get(reverse("events:agenda") + "?page=2")
    finally:
        views.AGENDA_PAGE_SIZE = old
    assert len(titles(first)) == 3 and len(titles(second)) == 3
    assert 'rel="next"' in first.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("programme=academy", {"Forumul Academiei"}),
        ("programme=roma_culture", {"Întâlnirile Jivipen", "Zilele Culturii Rome"}),
        ("venue={qub}", {"Întâlnirile Jivipen"}),
        ("audience={families}", {"Întâlnirile Jivipen"}),
    ],
)
def test_filters_narrow_the_calendar(client, calendar, query, expected):
    query = query.format(qub=calendar["qub"].pk, families=calendar["families"].pk)
    response = client.get(reverse("events:agenda") + "?" + query)
    assert response.status_code == 200
    assert set(titles(response)) == expected


def test_a_date_range_shows_only_what_overlaps_it(client, calendar):
    day = calendar["tomorrow"] + datetime.timedelta(days=4)  # the festival's middle day
    response = client.get(reverse("events:agenda"), {"start": day, "end": day})
    assert set(titles(response)) == {"Zilele Culturii Rome"}


def test_the_programme_calendar_is_the_same_view_filtered(client, calendar):
    response = client.get(reverse("events:programme_agenda", args=["academy"]))
    assert response.status_code == 200
    assert set(titles(response)) == {"Forumul Academiei"}
    assert 'name="programme"' not in response.content.decode()
    assert client.get("/ro/calendar/no-such-programme/").status_code == 404


def test_the_english_calendar_shows_only_events_with_a_live_english_page(client, calendar):
    response = client.get("/en/calendar/")
    assert set(titles(response)) == {"Jivipen Meetings"}
    html = response.content.decode()
    assert "Qub EN" in html
    assert "Întâlnirile" not in html


def test_cancelled_and_moved_dates_are_marked(client, calendar):
    first, second = Occurrence.objects.filter(series_id=calendar["series"].translation_key)[:2]
    cancel_occurrence(first)
    new_start = second.start + datetime.timedelta(hours=1)
    move_occurrence(second, new_start, new_start + datetime.timedelta(hours=2))
    html = client.get(reverse("events:agenda")).content.decode()
    assert "occurrence--cancelled" in html
    assert "Anulat" in html and "Mutat" in html


def test_the_month_grid_is_a_table_with_romanian_day_names(client, calendar):
    month = calendar["tomorrow"].strftime("%Y-%m")
    response = client.get(reverse("events:month"), {"month": month})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<table class="month">' in html and "<caption>" in html
    headers = re.findall(r'<th scope="col"><abbr title="([^"]+)">', html)
    assert headers == ["Luni", "Marți", "Miercuri", "Joi", "Vineri", "Sâmbătă", "Duminică"]
    assert "Întâlnirile Jivipen" in html
    english = client.get("/en/calendar/month/", {"month": month}).content.decode()
    assert re.findall(r'<th scope="col"><abbr title="([^"]+)">', english)[0] == "Monday"


def test_a_multi_day_event_appears_on_each_of_its_days_in_the_month(client, calendar):
    festival_start = calendar["tomorrow"] + datetime.timedelta(days=3)
    response = client.get(reverse("events:month"), {"month": festival_start.strftime("%Y-%m")})
    html = response.content.decode()
    in_month = [
        festival_start + datetime.timedelta(days=i)
        for i in range(3)
        if (festival_start + datetime.timedelta(days=i)).month == festival_start.month
    ]
    assert html.count(">Zilele Culturii Rome</a>") == len(in_month)


def test_calendar_pages_advertise_their_feed(client, calendar):
    for url in (reverse("events:agenda"), reverse("events:month")):
        html = client.get(url).content.decode()
        assert '<link rel="alternate" type="text/calendar" href="/ro/calendar/feed.ics"' in html
    html = client.get(reverse("events:programme_month", args=["academy"])).content.decode()
    assert 'type="text/calendar" href="/ro/calendar/academy/feed.ics"' in html


@pytest.mark.parametrize(
    "query",
    [
        "start=garbage",
        "start=2026-02-30",
        "end=yesterday",
        "start=9999-12-31",
        "start=0001-01-01",
        "start=2027-05-10&end=2027-05-01",
        "programme=nope",
        "venue=999999",
        "venue=abc",
        "audience=-1",
    ],
)
def test_nonsense_filters_are_a_400_with_the_reason(client, calendar, query):
    for view in ("events:agenda", "events:month"):
        response = client.get(reverse(view) + "?" + query)
        assert response.status_code == 400, (view, query)
        assert "error-summary" in response.content.decode()


@pytest.mark.parametrize("month", ["2026-13", "2026-00", "abc", "99999-01", "1850-01", "2026-1"])
def test_a_nonsense_month_is_a_400(client, calendar, month):
    response = client.get(reverse("events:month"), {"month": month})
    assert response.status_code == 400


def test_a_huge_range_is_clamped_and_said_so(client, calendar):
    response = client.get(reverse("events:agenda"), {"start": "2026-01-01", "end": "2099-12-31"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Intervalul a fost scurtat la 366 de zile." in html
    assert "2 ianuarie 2027" in html.lower()  # 2026-01-01 + 366 days


def test_an_end_date_alone_is_clamped_too(client, calendar):
    # Without a start the agenda starts today: `?end=2100-12-31` would be a 74-year range.
    response = client.get(reverse("events:agenda"), {"end": "2100-12-31"})
    assert response.status_code == 200
    assert "Intervalul a fost scurtat la 366 de zile." in response.content.decode()
    today = timezone.localdate()
    assert response.context["range_start"] == today
    assert response.context["range_end"] == today + datetime.timedelta(days=366)


@pytest.mark.parametrize("query", ["page=abc", "page=99999", "foo=bar", "page=-3"])
def test_odd_but_harmless_parameters_still_answer(client, calendar, query):
    assert client.get(reverse("events:agenda") + "?" + query).status_code == 200


def test_the_event_page_lists_dates_venue_and_json_ld(client, calendar):
    series = calendar["series"]
    first, second = Occurrence.objects.filter(series_id=series.translation_key)[:2]
    cancel_occurrence(first)
    new_start = second.start + datetime.timedelta(hours=1)
    move_occurrence(second, new_start, new_start + datetime.timedelta(hours=2))

    response = client.get(series.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Qub" in html and "Familii" in html
    assert f'href="/ro/calendar/occurrence/{second.pk}.ics"' in html
    assert f'href="/ro/calendar/occurrence/{first.pk}.ics"' not in html  # cancelled: no file
    assert f'type="text/calendar" href="/ro/calendar/event/{series.pk}.ics"' in html

    (raw,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    events = json.loads(raw)
    assert len(events) == 6
    assert {e["name"] for e in events} == {"Întâlnirile Jivipen"}
    assert events[0]["eventStatus"] == "https://schema.org/EventCancelled"
    assert events[1]["eventStatus"] == "https://schema.org/EventRescheduled"
    assert events[1]["startDate"] == new_start.astimezone(CLUJ).isoformat()
    assert events[2]["eventStatus"] == "https://schema.org/EventScheduled"
    assert events[2]["inLanguage"] == "ro"
    assert events[2]["url"].endswith(series.url)
    assert events[2]["location"]["name"] == "Qub"
    assert "endDate" in events[2]


def test_the_english_event_page_speaks_english(client, calendar):
    english = calendar["series"].get_translation(
        __import__("wagtail.models", fromlist=["Locale"]).Locale.objects.get(language_code="en")
    )
    html = client.get(english.url).content.decode()
    assert "Qub EN" in html and "Families" in html and "Upcoming dates" in html
    (raw,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert json.loads(raw)[0]["inLanguage"] == "en"


def test_each_programme_section_links_its_calendar_and_every_page_links_whats_on(client, home):
    from cms.plugin_manager import enabled_programmes
    from cms.programmes import section_page_model_for

    for programme in enabled_programmes():
        model = section_page_model_for(programme)
        section = home.add_child(instance=model(title=programme.slug, slug=programme.slug))
        html = client.get(section.url).content.decode()
        assert f'href="/ro/calendar/{programme.slug}/"' in html
        assert 'href="/ro/calendar/">Agenda</a>' in html


def test_no_public_request_expands_a_recurrence_rule(client, calendar, monkeypatch):
    """Public pages read the Occurrence table only: expanding a rule is for publishing."""
    series = calendar["series"]
    english = series.get_translation(Locale.objects.get(language_code="en"))
    occurrence = Occurrence.objects.filter(series_id=series.translation_key).first()

    def refuse(*args, **kwargs):
        raise AssertionError("a public request expanded a recurrence rule")

    for expanding in (
        "schedule.expand",
        "schedule._rule_set",
        "materialise.expand",
        "preview.expand",
    ):
        monkeypatch.setattr(f"cms.events.{expanding}", refuse)
    month = calendar["tomorrow"].strftime("%Y-%m")
    urls = [series.url, english.url]
    for language in ("ro", "en"):
        urls += [
            f"/{language}/calendar/",
            f"/{language}/calendar/month/?month={month}",
            f"/{language}/calendar/roma_culture/",
            f"/{language}/calendar/roma_culture/month/",
            f"/{language}/calendar/feed.ics",
            f"/{language}/calendar/roma_culture/feed.ics",
            f"/{language}/calendar/occurrence/{occurrence.pk}.ics",
        ]
    urls += [f"/ro/calendar/event/{series.pk}.ics", f"/en/calendar/event/{english.pk}.ics"]
    for url in urls:
        assert client.get(url).status_code == 200, url

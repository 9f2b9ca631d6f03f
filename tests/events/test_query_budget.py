"""Query budgets: a calendar page costs the same number of queries for 5 events or 35.

Each public page type is measured twice, with a small and a large calendar (tens of events,
hundreds of occurrences); the counts must be equal (no N+1) and under a fixed budget.
"""

from __future__ import annotations

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cms.events.models import Occurrence
from tests.events.factories import make_audience, make_event, make_venue, translate, weekly

pytestmark = pytest.mark.django_db

PROGRAMMES = ["academy", "schools", "heritage", "roma_culture", "hubs"]
BUDGET = 20


def add_events(home, count: int, venues, audiences, offset: int = 0):
    today = timezone.localdate()
    pages = []
    for index in range(offset, offset + count):
        page = make_event(
            home,
            f"Eveniment {index}",
            programme=PROGRAMMES[index % len(PROGRAMMES)],
            start_date=today + datetime.timedelta(days=index % 7),
            start_time=datetime.time(10 + index % 8, 0),
            recurrence=weekly(count=12),
            venue=venues[index % len(venues)],
            audiences=[audiences[index % len(audiences)]],
        )
        if index % 3 == 0:
            translate(page)
        pages.append(page)
    return pages


def queries_for(client, url: str) -> int:
    client.get(url)  # warm caches (site root paths) the way a running server has them
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured.captured_queries)


def urls(page) -> list[str]:
    month = timezone.localdate().strftime("%Y-%m")
    return [
        reverse("events:agenda"),
        reverse("events:agenda") + "?programme=hubs&audience=" + str(page.audiences.first().pk),
        reverse("events:month") + f"?month={month}",
        reverse("events:programme_agenda", args=["roma_culture"]),
        reverse("events:programme_month", args=["roma_culture"]),
        reverse("events:feed"),
        reverse("events:programme_feed", args=["hubs"]),
        reverse("events:event_feed", args=[page.pk]),
        page.url,
    ]


def test_calendar_query_counts_do_not_grow_with_the_number_of_events(
    client, homes, django_assert_max_num_queries
):
    home, _ = homes
    venues = [make_venue(f"Loc {i}")[0] for i in range(3)]
    audiences = [make_audience(f"Public {i}", f"Audience {i}")[0] for i in range(2)]
    # One event per programme first, so every filtered view has something to show.
    first = add_events(home, 5, venues, audiences)
    small = {url: queries_for(client, url) for url in urls(first[0])}

    add_events(home, 30, venues, audiences, offset=5)
    assert Occurrence.objects.count() >= 300
    large = {}
    for url in urls(first[0]):
        with django_assert_max_num_queries(BUDGET):
            client.get(url)
        large[url] = queries_for(client, url)
    assert large == small


def test_the_event_page_costs_the_same_for_two_dates_or_fifty(client, homes):
    home, _ = homes
    venue, _ = make_venue()
    audience, _ = make_audience()
    few = make_event(home, "Puține", recurrence=weekly(count=2), venue=venue, audiences=[audience])
    few.start_date = timezone.localdate()
    few.save_revision().publish()
    many = make_event(
        home,
        "Multe",
        start_date=timezone.localdate(),
        recurrence=weekly(count=50),
        venue=venue,
        audiences=[audience],
    )
    assert queries_for(client, few.url) == queries_for(client, many.url) <= BUDGET

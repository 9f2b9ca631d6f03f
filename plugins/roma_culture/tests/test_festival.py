"""The Roma Culture Days: an edition's programme grouped by local day and venue (across midnight
and a daylight-saving change), its page in both languages, the archive by year, the current
edition on the section page, and query budgets as editions and events grow tenfold."""

from __future__ import annotations

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.translations import in_language
from plugins.roma_culture.demo_festival import FestivalEvent, build_edition, build_festival_event
from plugins.roma_culture.festival import edition_programme, split_current
from plugins.roma_culture.models import FestivalEditionPage, JivipenEventPage

pytestmark = pytest.mark.django_db

T = datetime.time


def edition_of(demo, year: int) -> FestivalEditionPage:
    return FestivalEditionPage.objects.get(in_language("ro"), year=year)


def event(day, starts, ends, venue, slug) -> FestivalEvent:
    return FestivalEvent(day, starts, ends, venue, slug, slug, slug, "", "")


def times(programme):
    """[(local day, venue, [(local start HH:MM, title)])] of a programme."""
    return [
        (
            day.day,
            slot.name,
            [
                (item.occurrence.local_start.strftime("%H:%M"), item.page.title)
                for item in slot.items
            ],
        )
        for day in programme
        for slot in day.venues
    ]


def test_the_demo_edition_is_grouped_by_day_then_venue(jivipen_demo):
    programme = edition_programme(edition_of(jivipen_demo, 2026))
    assert [day.day for day in programme] == [
        datetime.date(2026, 5, 22),
        datetime.date(2026, 5, 23),
        datetime.date(2026, 5, 24),
    ]
    first_day = times(programme)[:1]
    assert first_day == [
        (
            datetime.date(2026, 5, 22),
            "Garnizoana Culturală",
            [
                ("18:00", "Deschiderea Zilelor Culturii Rome"),
                ("20:00", "Spectacol de teatru: „Drumul”"),
            ],
        )
    ]
    # The second day's venues, in the order of their first event.
    assert [slot.name for slot in programme[1].venues] == [
        "Pavilionul ECCA",
        "Garnizoana Culturală",
    ]


def test_an_event_after_midnight_is_on_its_local_day_not_its_utc_day(jivipen_demo):
    edition = edition_of(jivipen_demo, 2026)
    # 00:30 in Cluj on 25 May is 21:30 UTC on 24 May: it belongs to the 25th.
    after_midnight = build_festival_event(
        jivipen_demo,
        edition,
        datetime.date(2026, 5, 22),
        event(3, T(0, 30), T(2), "Garnizoana Culturală", "dupa-miezul-noptii"),
    )
    programme = edition_programme(edition)
    last = times(programme)[-1]
    assert last == (
        datetime.date(2026, 5, 25),
        "Garnizoana Culturală",
        [("00:30", after_midnight.title)],
    )
    # The night concert that starts at 21:00 and ends at 01:00 stays on its first day.
    second_day = [
        title
        for _d, _v, items in times(programme)
        if _d == datetime.date(2026, 5, 23)
        for _t, title in items
    ]
    assert "Concert de noapte" in second_day
    assert edition_programme(edition)[-1].day == datetime.date(2026, 5, 25)


def test_an_edition_across_the_autumn_clock_change_keeps_local_days_and_hours(jivipen_demo):
    """Summer time ends in Cluj at 04:00 on Sunday 25 October 2026 (the clocks go back to 03:00)."""
    edition = edition_of(jivipen_demo, 2026)
    JivipenEventPage.objects.child_of(edition).delete()
    first = datetime.date(2026, 10, 24)
    for spec in (
        event(
            0, T(23, 30), T(4, 30), "Garnizoana Culturală", "noaptea-schimbarii"
        ),  # spans the change
        event(1, T(0, 30), T(1, 30), "Pavilionul ECCA", "dupa-miezul-noptii"),
        event(1, T(18), T(20), "Pavilionul ECCA", "seara-de-duminica"),
        event(2, T(1), T(2), "CLTP Hub", "luni-devreme"),
    ):
        build_festival_event(jivipen_demo, edition, first, spec)
    programme = edition_programme(edition)
    assert times(programme) == [
        (datetime.date(2026, 10, 24), "Garnizoana Culturală", [("23:30", "noaptea-schimbarii")]),
        (
            datetime.date(2026, 10, 25),
            "Pavilionul ECCA",
            [("00:30", "dupa-miezul-noptii"), ("18:00", "seara-de-duminica")],
        ),
        (datetime.date(2026, 10, 26), "CLTP Hub", [("01:00", "luni-devreme")]),
    ]
    # The night of the change lasts an hour longer: 23:30 to 04:30 is six hours, not five.
    night = programme[0].venues[0].items[0].occurrence
    assert night.end - night.start == datetime.timedelta(hours=6)
    # 18:00 on Sunday is 16:00 UTC in winter time (it was 15:00 UTC the day before).
    evening = programme[1].venues[0].items[1].occurrence
    assert evening.start.astimezone(datetime.UTC).hour == 16


def test_the_edition_page_shows_its_facts_programme_partners_and_credited_photos(
    jivipen_demo, client
):
    for url, says in (
        (
            "/ro/jivipen/zilele-culturii-rome/editia-2026/",
            [
                "Jivipen — viața în oraș",
                "Garnizoana Culturală",
                "Muzeul Etnografic al Transilvaniei",
                "Fotografie de demonstrație",
                "22 mai 2026",
            ],
        ),
        (
            "/en/jivipen/roma-culture-days/edition-2026/",
            [
                "Jivipen — life in the city",
                "Cultural Garrison",
                "Ethnographic Museum of Transylvania",
                "Demo photo",
                "22 May 2026",
                "Night concert",
            ],
        ),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for text in says:
            assert text in html, (url, text)
        assert 'alt=""' not in html  # every gallery photo is described


def test_the_current_edition_is_the_coming_one_and_earlier_years_are_the_archive(
    jivipen_demo, client
):
    html = client.get("/ro/jivipen/zilele-culturii-rome/").content.decode()
    current, archive = html.split("Ediții anterioare")
    archive = archive.split("</section>")[0]
    assert "Zilele Culturii Rome 2026" in current and "Zilele Culturii Rome 2025" not in current
    assert "Zilele Culturii Rome 2025" in archive and "2026" not in archive
    section = client.get("/en/jivipen/").content.decode()
    assert (
        "Roma Culture Days 2026" in section
        and "/en/jivipen/roma-culture-days/edition-2026/" in section
    )


def test_once_its_year_is_over_an_edition_joins_the_archive(jivipen_demo, time_machine):
    editions = list(FestivalEditionPage.objects.filter(in_language("ro")))
    time_machine.move_to(datetime.datetime(2027, 1, 2, 12, 0, tzinfo=datetime.UTC), tick=False)
    current, past = split_current(editions)
    assert current is None
    assert [edition.year for edition in past] == [2026, 2025]


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_festival_pages_hold_their_query_budget_as_editions_and_events_grow_tenfold(
    jivipen_demo, client
):
    from plugins.roma_culture.demo_festival import COMING, Edition

    edition_url = "/ro/jivipen/zilele-culturii-rome/editia-2026/"
    urls = ["/ro/jivipen/zilele-culturii-rome/", edition_url, "/ro/jivipen/"]
    for url in urls:  # warm the site-root and rendition caches first
        client.get(url)
    before = {url: count_queries(client, url) for url in urls}
    edition = edition_of(jivipen_demo, 2026)
    for n in range(54):  # six events become sixty
        build_festival_event(
            jivipen_demo,
            edition,
            datetime.date(2026, 5, 22),
            event(n % 3, T(10 + n % 12), T(23), "CLTP Hub", f"extra-{n}"),
        )
    for year_offset in range(-19, -1):  # two editions become twenty
        build_edition(
            jivipen_demo,
            jivipen_demo.festival,
            Edition(year_offset, "t", "t", "", COMING.events[:1]),
        )
    after = {url: count_queries(client, url) for url in urls}
    assert after == before
    html = client.get(edition_url).content.decode()
    assert "extra-53" in html

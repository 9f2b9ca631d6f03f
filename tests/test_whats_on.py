"""The home page and each section answer "what's on?": the next dates (a few per programme on
the home page, more of one programme on its section), cancelled ones marked, and the open calls
closing soonest with their deadline — in both languages, at a fixed number of queries."""

from __future__ import annotations

import datetime
import re
from collections import defaultdict

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale

from cms.events.calendar import visible_occurrences
from cms.events.models import EventPage
from cms.events.overrides import cancel_occurrence
from cms.models import ProgrammeSectionPage
from cms.opencalls.models import OpenCallPage
from cms.whats_on import CALLS_LISTED, DATES_ON_SECTION, DATES_PER_PROGRAMME
from tests.events.factories import make_event, weekly

pytestmark = pytest.mark.django_db


def section_html(html: str, heading_id: str) -> str:
    """The `<section>` whose heading has `heading_id`."""
    start = html.index(f'aria-labelledby="{heading_id}"')
    return html[start : html.index("</section>", start)]


def listed_event_urls(html: str) -> list[str]:
    block = section_html(html, "whats-on-heading")
    return re.findall(r'class="occurrence__title"><a href="([^"]+)"', block)


def expected_next_dates(language: str, per_programme: int, programme: str | None = None):
    """The oracle, in plain Python over every visible occurrence: each event once at its next
    date not yet over, the first few of each programme, in start order, as the URLs of their
    pages in `language`."""
    locale = Locale.objects.get(language_code=language)
    now = timezone.now()
    pages = {
        page.translation_key: page.url
        for page in EventPage.objects.live().public().filter(locale=locale)
    }
    taken: dict[str, int] = defaultdict(int)
    seen_events = set()
    urls = []
    for occurrence in sorted(visible_occurrences(locale), key=lambda o: (o.start, o.pk)):
        if occurrence.end <= now or (programme and occurrence.programme != programme):
            continue
        if occurrence.series_id in seen_events:
            continue  # an event is listed once, at its next date
        seen_events.add(occurrence.series_id)
        if taken[occurrence.programme] < per_programme:
            taken[occurrence.programme] += 1
            urls.append(pages[occurrence.series_id])
    return urls


@pytest.mark.parametrize("language", ["ro", "en"])
def test_the_home_page_lists_the_first_dates_of_each_programme(client, demo_site, language):
    html = client.get(f"/{language}/").content.decode()
    listed = listed_event_urls(html)
    assert listed, "the demo has dates to come"
    assert listed == expected_next_dates(language, DATES_PER_PROGRAMME)
    assert len(listed) == len(set(listed)), "an event is listed once"


@pytest.mark.parametrize("language", ["ro", "en"])
def test_a_section_lists_only_its_own_programmes_next_dates(client, demo_site, language):
    for section in ProgrammeSectionPage.objects.live().filter(locale__language_code=language):
        html = client.get(section.url).content.decode()
        expected = expected_next_dates(language, DATES_ON_SECTION, section.programme)
        assert listed_event_urls(html) == expected[:DATES_ON_SECTION], section.url


def test_a_cancelled_date_stays_listed_and_is_marked_in_both_languages(client, demo_site):
    locale = Locale.objects.get(language_code="ro")
    first = (
        visible_occurrences(locale).filter(end__gt=timezone.now()).order_by("start", "pk").first()
    )
    cancel_occurrence(first)
    for language, word in (("ro", "Anulat"), ("en", "Cancelled")):
        block = section_html(client.get(f"/{language}/").content.decode(), "whats-on-heading")
        assert f"<strong>{word}</strong>" in block


def test_a_date_that_has_ended_is_not_listed(client, demo_site):
    page = EventPage.objects.live().filter(locale__language_code="ro").first()
    ended = make_event(
        page.get_parent(),
        "Atelier încheiat azi-dimineață",
        programme=page.programme,
        start_date=timezone.localdate() - datetime.timedelta(days=1),
    )
    assert ended.url not in client.get("/ro/").content.decode()


@pytest.mark.parametrize("language", ["ro", "en"])
def test_open_calls_are_listed_soonest_deadline_first_with_the_romanian_deadline(
    client, demo_site, language
):
    now = timezone.now()
    governing = OpenCallPage.objects.live().filter(
        locale__language_code="ro", opens_at__lte=now, closes_at__gt=now
    )
    assert governing.exists(), "the demo has open calls"
    soonest = sorted(governing, key=lambda call: (call.closes_at, call.pk))[:CALLS_LISTED]
    # A translation left with an old deadline must not move or hide the call.
    for call in soonest:
        for copy in call.get_translations().live():
            OpenCallPage.objects.filter(pk=copy.pk).update(closes_at=now - datetime.timedelta(1))
    html = client.get(f"/{language}/").content.decode()
    block = section_html(html, "closing-calls-heading")
    listed = re.findall(r'<a href="([^"]+)">', block)
    locale = Locale.objects.get(language_code=language)
    expected = [
        call.get_translation(locale).url
        for call in soonest
        if call.get_translation_or_none(locale) and call.get_translation(locale).live
    ]
    assert listed == expected
    deadlines = re.findall(r'<time datetime="([^"]+)"', block)
    assert deadlines == [
        timezone.localtime(call.closes_at).isoformat()
        for call in soonest
        if call.get_translation_or_none(locale) and call.get_translation(locale).live
    ]


def home_and_section_queries(client, section) -> tuple[int, int]:
    counts = []
    for url in ("/ro/", section.url):
        client.get(url)  # warm the caches a running server has (site root paths, settings)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        counts.append(len(captured.captured_queries))
    return tuple(counts)


def test_the_lists_cost_the_same_queries_however_many_events(client, demo_site):
    section = ProgrammeSectionPage.objects.live().filter(locale__language_code="ro").first()
    before = home_and_section_queries(client, section)
    events_before = EventPage.objects.live().count()
    sections = list(ProgrammeSectionPage.objects.live().filter(locale__language_code="ro"))
    for index in range(5 * len(sections)):  # five more weekly series in every programme
        parent = sections[index % len(sections)]
        make_event(
            parent,
            f"Seară de lectură {index}",
            programme=parent.programme,
            start_date=timezone.localdate() + datetime.timedelta(days=index % 20),
            recurrence=weekly(count=8),
        )
    assert EventPage.objects.live().count() == events_before + 5 * len(sections)
    after = home_and_section_queries(client, section)
    # Never more; one fewer where the dates now listed first have no venue to look up.
    assert all(later <= earlier for later, earlier in zip(after, before, strict=True)), (
        after,
        before,
    )

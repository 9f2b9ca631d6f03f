""" "What's on?": the next dates and the calls closing soonest, for the home and section pages.

Read from the materialised occurrences and the calls' deadlines, never by expanding a rule, in a
fixed number of queries whatever the number of events or programmes: one for the next dates
(each event's next one, then a window function keeps the first few of each programme), two to attach their pages and venues,
two for the calls, one for the news; `private` (`Page.objects.all().private_q()`, one query)
is computed once for both.
"""

from __future__ import annotations

import datetime

from django.db.models import F, OuterRef, Q, Subquery, Window
from django.db.models.functions import RowNumber

from wagtail.models import Locale

from cms.events.calendar import Listed, attach_pages, visible_occurrences
from cms.news.models import NewsArticlePage
from cms.opencalls.models import OpenCallPage
from cms.ownership import records_of_enabled_programmes
from cms.pagecache import depends_on, valid_until
from cms.translations import copies_in, default_language, in_language

DATES_PER_PROGRAMME = 3  # on the home page, beside the other programmes
DATES_ON_SECTION = 6  # on a programme's own section page
CALLS_LISTED = 4
NEWS_LISTED = 3


def next_dates(
    locale: Locale, now: datetime.datetime, *, programme: str | None = None
) -> list[Listed]:
    """The next events, each once at its next date not yet over, in date order: the first few
    of each programme, or more of one `programme`. A weekly workshop is one entry, not three.
    Cancelled dates stay, marked by the listing, so nobody travels in vain."""
    depends_on("calendar")  # any date changed, anywhere: the list may read differently
    upcoming = visible_occurrences(locale).filter(end__gt=now)
    if programme is not None:
        upcoming = upcoming.filter(programme=programme)
    # Each event's next date: the occurrences index on (series, start) answers it per row.
    next_of_series = upcoming.filter(series_id=OuterRef("series_id")).order_by("start", "pk")
    firsts = upcoming.filter(pk=Subquery(next_of_series.values("pk")[:1]))
    if programme is not None:
        chosen = firsts.order_by("start", "pk")[:DATES_ON_SECTION]
    else:
        ranked = firsts.annotate(
            rank=Window(RowNumber(), partition_by=F("programme"), order_by=[F("start"), F("pk")])
        )
        chosen = ranked.filter(rank__lte=DATES_PER_PROGRAMME).order_by("start", "pk")
    listed = attach_pages(chosen, locale)
    # The list moves on when a date it shows is over (the page cache keeps it no longer).
    valid_until(min((item.occurrence.end for item in listed), default=None))
    return listed


def calls_closing_soonest(
    locale: Locale, now: datetime.datetime, *, programme: str | None = None, private: Q
) -> list[OpenCallPage]:
    """Open calls in `locale`, soonest deadline first. The deadline is the default-language
    page's (`OpenCallPage.rules_page`): a stale translation must not list a call as still open."""
    governing = (
        OpenCallPage.objects.live()
        .exclude(private)
        .filter(in_language(default_language()), opens_at__lte=now, closes_at__gt=now)
    )
    if programme is not None:
        governing = governing.filter(programme=programme)
    # Calls closing at the same minute keep one order (their page's id), on every database.
    governing = records_of_enabled_programmes(governing).order_by("closes_at", "pk")
    deadlines = dict(governing.values_list("translation_key", "closes_at")[:CALLS_LISTED])
    copies = copies_in(
        OpenCallPage.objects.live().exclude(private).defer("body"),
        deadlines,
        locale,
        fallback=False,
    )
    calls = []
    for key, closes_at in deadlines.items():
        if (call := copies.get(key)) is not None:
            call.deadline = closes_at
            calls.append(call)
    valid_until(min(deadlines.values(), default=None))  # a call leaves the list as it closes
    return calls


def latest_news(
    locale: Locale, *, programme: str | None = None, private: Q
) -> list[NewsArticlePage]:
    """The newest articles in `locale`: every enabled programme's and the centre's, or one
    programme's."""
    articles = NewsArticlePage.objects.live().exclude(private).filter(locale=locale)
    if programme is not None:
        articles = articles.filter(programme=programme)
    else:
        articles = records_of_enabled_programmes(articles)
    fields = ("id", "title", "url_path", "path", "depth", "locale_id", "date", "programme")
    return list(articles.order_by("-date", "-first_published_at").only(*fields)[:NEWS_LISTED])

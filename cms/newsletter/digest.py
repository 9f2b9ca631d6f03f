"""What a monthly letter says to one reader: the month's dates of their programmes, the open
calls closing that month, and the latest news, in their language.

Dates come only from the occurrences table (cancelled ones left out), read for the calendar
month in Cluj time: a date at 00:30 on the 1st belongs to that month although it is still the
previous day in UTC, and every time is shown on Cluj's wall clock, across a DST change.

"Latest news" is the news articles (`cms.news`) of the reader's programmes and the centre's
own, dated in the month before the letter, newest first.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from cms.events.models import EventPage, Occurrence, OccurrenceStatus
from cms.opencalls.models import OpenCallPage
from cms.ownership import records_of_programmes
from cms.plugin_manager import enabled_programmes
from cms.site_urls import absolute_url
from cms.translations import TIME_ZONE, copies_in, in_language

IMAGE_FILTER = "fill-560x315"
NEWS_COUNT = 5


@dataclass
class Picture:
    url: str
    width: int
    height: int
    alt: str


@dataclass
class EventEntry:
    title: str
    url: str
    summary: str
    programme: str
    starts: list[datetime.datetime] = field(default_factory=list)  # local (Cluj) times
    all_day: bool = False
    picture: Picture | None = None


@dataclass
class CallEntry:
    title: str
    url: str
    closes_at: datetime.datetime  # local


@dataclass
class NewsEntry:
    title: str
    url: str
    summary: str


@dataclass
class Digest:
    month: datetime.date
    language: str
    events: list[EventEntry]
    calls: list[CallEntry]
    news: list[NewsEntry]

    @property
    def is_empty(self) -> bool:
        return not (self.events or self.calls or self.news)


def month_bounds(month: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    """The first and the next month's first instant, at midnight in Cluj."""
    first = datetime.datetime(month.year, month.month, 1, tzinfo=TIME_ZONE)
    following = (first.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return first, following


def wanted_programmes(programmes) -> list[str]:
    """The reader's programmes that are still enabled (a switched-off one has no public page)."""
    enabled = {programme.slug for programme in enabled_programmes()}
    return [slug for slug in programmes if slug in enabled]


def _picture(page) -> Picture | None:
    """The page's image as a rendition, with the page's own alt text (in its language;
    empty for a decorative image, as on the page)."""
    if page.image is None:
        return None
    rendition = page.image.get_rendition(IMAGE_FILTER)
    return Picture(
        url=absolute_url(rendition.url),
        width=rendition.width,
        height=rendition.height,
        alt=page.image_alt,
    )


def _events(start, end, language: str, programmes: list[str]) -> list[EventEntry]:
    occurrences = records_of_programmes(
        Occurrence.objects.filter(start__gte=start, start__lt=end).exclude(
            status=OccurrenceStatus.CANCELLED
        ),
        programmes,
    ).order_by("start", "id")
    occurrences = list(occurrences)
    # The reader's language only: an English reader is never sent a Romanian page.
    pages = copies_in(
        EventPage.objects.select_related("image"),
        {occurrence.series_id for occurrence in occurrences},
        language,
        fallback=False,
    )
    entries: dict = {}
    for occurrence in occurrences:
        page = pages.get(occurrence.series_id)
        if page is None:
            continue
        entry = entries.get(occurrence.series_id)
        if entry is None:
            entry = entries[occurrence.series_id] = EventEntry(
                title=page.title,
                url=absolute_url(page.url),
                summary=page.summary,
                programme=occurrence.programme,
                all_day=occurrence.all_day,
                picture=_picture(page),
            )
        entry.starts.append(occurrence.local_start)
    return list(entries.values())  # in the order of each event's first date


def _calls(start, end, language: str, programmes: list[str]) -> list[CallEntry]:
    calls = records_of_programmes(
        OpenCallPage.objects.live()
        .public()
        .filter(in_language(language), closes_at__gte=start, closes_at__lt=end),
        programmes,
    ).order_by("closes_at", "pk")
    return [
        CallEntry(call.title, absolute_url(call.url), call.closes_at.astimezone(TIME_ZONE))
        for call in calls
    ]


def _news(start, language: str, programmes: list[str]) -> list[NewsEntry]:
    from cms.news.models import NewsArticlePage

    first_day = start.date()
    articles = records_of_programmes(
        NewsArticlePage.objects.live()
        .public()
        .filter(
            in_language(language),
            date__gte=first_day - datetime.timedelta(days=31),
            date__lt=first_day,
        ),
        programmes,
        unowned=True,  # the centre's own news goes to every reader
    ).order_by("-date", "-first_published_at", "-pk")[:NEWS_COUNT]
    return [
        NewsEntry(article.title, absolute_url(article.url), article.intro) for article in articles
    ]


def build_digest(month: datetime.date, language: str, programmes) -> Digest:
    programmes = wanted_programmes(programmes)
    start, end = month_bounds(month)
    return Digest(
        month=month,
        language=language,
        events=_events(start, end, language, programmes),
        calls=_calls(start, end, language, programmes),
        news=_news(start, language, programmes),
    )

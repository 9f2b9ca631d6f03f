"""Public calendar views and iCalendar feeds. They read the Occurrence table only.

The agenda (a list with dates as headings) comes first, for screen readers and small screens;
the month grid is a real table. Both take the same GET filters, work without JavaScript, and
answer a malformed query with a 400 and the reason, never a 500.
"""

from __future__ import annotations

import calendar as pycalendar
import datetime
import hashlib
from collections import defaultdict

from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from wagtail.models import Locale

from cms.events.calendar import (
    attach_pages,
    date_details_of,
    local_midnight,
    overlapping,
    visible_occurrences,
)
from cms.events.changes import calendar_version
from cms.events.forms import MAX_RANGE_DAYS, CalendarFilterForm, parse_month
from cms.events.ical import build_calendar, build_vevent, ics_response
from cms.events.models import EventPage, Occurrence, OccurrenceStatus
from cms.models import SiteSettings
from cms.ownership import records_of_enabled_programmes
from cms.pagecache import valid_until
from cms.pagecache.views import shared_by_visitors
from cms.plugin_manager import get_programme
from cms.site_urls import absolute_url

AGENDA_PAGE_SIZE = 30
MONTH_CELL_LIMIT = 4
# Subscription feeds are a rolling window (clients re-fetch them); an event's own feed has
# every date. Rendering is cached until the calendar changes: icalendar costs ~1 ms per VEVENT.
FEED_PAST_DAYS = 7
FEED_FUTURE_DAYS = 92
FEED_CACHE_SECONDS = 900


def _programme_or_404(slug: str | None):
    if slug is None:
        return None
    programme = get_programme(slug)
    if programme is None:
        raise Http404("No such programme.")
    return programme


def _filter(form: CalendarFilterForm, queryset, programme_slug: str | None):
    """Apply the form's programme, venue and audience filters to an occurrence queryset."""
    data = form.cleaned_data
    programme_slug = programme_slug or data.get("programme")
    if programme_slug:
        queryset = queryset.filter(programme=programme_slug)
    venue_key = form.venue_key()
    if venue_key:
        queryset = queryset.filter(venue_key=venue_key)
    audience_key = form.audience_key()
    if audience_key:
        queryset = queryset.filter(
            series_id__in=EventPage.objects.filter(audiences__translation_key=audience_key).values(
                "translation_key"
            )
        )
    return queryset


def _calendar_context(request, programme, view_name: str) -> dict:
    slug = programme.slug if programme else None
    language = request.LANGUAGE_CODE
    kwargs = {"programme": slug} if slug else {}
    prefix = "programme_" if slug else ""
    return {
        "programme": programme,
        "programme_name": programme.info.name_in(language) if programme else "",
        "view_name": view_name,
        "agenda_url": reverse(f"events:{prefix}agenda", kwargs=kwargs),
        "month_url": reverse(f"events:{prefix}month", kwargs=kwargs),
        "feed_url": reverse(f"events:{prefix}feed", kwargs=kwargs),
        "query_string": urlencode(
            [(k, v) for k, v in request.GET.items() if k in {"programme", "venue", "audience"}]
        ),
    }


@shared_by_visitors("calendar")
def agenda(request, programme: str | None = None):
    """Upcoming occurrences (or those of the chosen range), paginated, grouped by day."""
    programme_obj = _programme_or_404(programme)
    locale = Locale.get_active()
    form = CalendarFilterForm(request.GET, locale=locale, fixed_programme=programme)
    context = {"form": form, **_calendar_context(request, programme_obj, "agenda")}
    if not form.is_valid():
        return render(request, "events/agenda.html", {**context, "days": []}, status=400)

    today = timezone.localdate()
    first = form.cleaned_data.get("start") or today
    last = form.cleaned_data.get("end") or first + datetime.timedelta(days=MAX_RANGE_DAYS)
    queryset = overlapping(
        visible_occurrences(locale),
        max(local_midnight(first), timezone.now()) if first == today else local_midnight(first),
        local_midnight(last + datetime.timedelta(days=1)),
    )
    queryset = _filter(form, queryset, programme).order_by("start", "id")
    page_obj = Paginator(queryset, AGENDA_PAGE_SIZE).get_page(request.GET.get("page"))
    days: dict[datetime.date, list] = defaultdict(list)
    items = attach_pages(page_obj.object_list, locale)
    for item in items:
        days[max(item.occurrence.local_start.date(), first)].append(item)
    if first == today:  # the list moves on when a date it shows is over
        valid_until(min((item.occurrence.end for item in items), default=None))
    filters = request.GET.copy()
    filters.pop("page", None)
    context.update(
        days=sorted(days.items()),
        page_obj=page_obj,
        range_start=first,
        range_end=last,
        filter_query=filters.urlencode(),
    )
    return render(request, "events/agenda.html", context)


@shared_by_visitors("calendar")
def month(request, programme: str | None = None):
    """A month as a table, Monday first; each day lists its first few occurrences."""
    programme_obj = _programme_or_404(programme)
    locale = Locale.get_active()
    form = CalendarFilterForm(request.GET, locale=locale, fixed_programme=programme)
    context = {"form": form, **_calendar_context(request, programme_obj, "month")}
    try:
        first = parse_month(request.GET.get("month"), timezone.localdate())
    except ValueError:
        form.is_valid()
        context["month_error"] = _("Give the month as year and month, e.g. 2026-05.")
        return render(request, "events/month.html", {**context, "weeks": []}, status=400)
    if not form.is_valid():
        return render(request, "events/month.html", {**context, "weeks": []}, status=400)

    weeks = pycalendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
    grid_start, grid_end = weeks[0][0], weeks[-1][-1] + datetime.timedelta(days=1)
    queryset = overlapping(
        visible_occurrences(locale), local_midnight(grid_start), local_midnight(grid_end)
    )
    occurrences = list(_filter(form, queryset, programme).order_by("start", "id"))

    per_day: dict[datetime.date, list] = defaultdict(list)
    for occ in occurrences:
        day = max(occ.local_start.date(), grid_start)
        while day <= occ.last_day and day < grid_end:
            per_day[day].append(occ)
            day += datetime.timedelta(days=1)
    shown = {occ for items in per_day.values() for occ in items[:MONTH_CELL_LIMIT]}
    listed = {item.occurrence: item for item in attach_pages(shown, locale)}

    filters = request.GET.copy()
    filters.pop("month", None)
    base_query = filters.urlencode()
    rows = []
    for week in weeks:
        cells = []
        for day in week:
            items = [listed[o] for o in per_day[day][:MONTH_CELL_LIMIT] if o in listed]
            more = len(per_day[day]) - len(items)
            cells.append(
                {
                    "date": day,
                    "in_month": day.month == first.month,
                    "items": items,
                    "more": more,
                    "more_query": urlencode(
                        [*filters.items(), ("start", day.isoformat()), ("end", day.isoformat())]
                    ),
                }
            )
        rows.append(cells)
    previous_month = (first - datetime.timedelta(days=1)).replace(day=1)
    next_month = (first + datetime.timedelta(days=32)).replace(day=1)
    context.update(
        weeks=rows,
        month_start=first,
        weekdays=[(WEEKDAYS[i], WEEKDAYS_ABBR[i]) for i in range(7)],
        previous_query=urlencode([*filters.items(), ("month", f"{previous_month:%Y-%m}")]),
        next_query=urlencode([*filters.items(), ("month", f"{next_month:%Y-%m}")]),
        base_query=base_query,
        today=timezone.localdate(),
    )
    return render(request, "events/month.html", context)


# --- feeds --------------------------------------------------------------------------------------


def _vevents(request, occurrences, locale):
    listed = attach_pages(occurrences, locale)
    details = date_details_of(listed)  # dates with their own titles: one query per such type
    for item in listed:
        url = absolute_url(item.page.get_url(request))
        yield (
            item.occurrence,
            build_vevent(
                item.occurrence,
                item.page,
                url=url,
                venue=item.venue,
                details=details.get(item.occurrence.pk),
            ),
        )


def _feed_window(queryset):
    now = timezone.now()
    return overlapping(
        queryset,
        now - datetime.timedelta(days=FEED_PAST_DAYS),
        now + datetime.timedelta(days=FEED_FUTURE_DAYS),
    )


@shared_by_visitors("calendar")
def feed(request, programme: str | None = None):
    """Everything (or one programme) from a week ago to three months ahead, cancelled left out."""
    programme_obj = _programme_or_404(programme)
    locale = Locale.get_active()
    name = SiteSettings.for_request(request).localized_name
    if programme_obj:
        name = f"{name}: {programme_obj.info.name_in(locale.language_code)}"
    key = ":".join(
        [
            "events:feed",
            # Renaming the centre in its settings renames the feed at once; hashed, because a
            # cache key holds no spaces or diacritics.
            hashlib.sha256(name.encode()).hexdigest()[:16],
            calendar_version(),
            locale.language_code,
            programme or "all",
            request.get_host(),
            timezone.localdate().isoformat(),
        ]
    )
    body = cache.get(key)
    if body is None:
        queryset = _feed_window(visible_occurrences(locale)).exclude(
            status=OccurrenceStatus.CANCELLED
        )
        if programme_obj:
            queryset = queryset.filter(programme=programme_obj.slug)
        occurrences = queryset.order_by("start", "id")
        body = build_calendar(name, _vevents(request, occurrences, locale)).to_ical()
        cache.set(key, body, FEED_CACHE_SECONDS)
    return ics_response(body, f"cccluj-{programme or 'all'}.ics")


@shared_by_visitors("calendar")
def event_feed(request, page_id: int):
    """Every date of one event from a week ago on, for subscribing to a series."""
    locale = Locale.get_active()
    # Of an enabled programme only: a switched-off programme's events answer 404 everywhere.
    pages = records_of_enabled_programmes(EventPage.objects.live().public())
    page = get_object_or_404(pages, pk=page_id, locale=locale)
    queryset = (
        Occurrence.objects.filter(
            series_id=page.translation_key,
            end__gte=timezone.now() - datetime.timedelta(days=FEED_PAST_DAYS),
        )
        .exclude(status=OccurrenceStatus.CANCELLED)
        .order_by("start", "id")
    )
    calendar = build_calendar(page.title, _vevents(request, queryset, locale))
    return ics_response(calendar.to_ical(), f"{page.slug}.ics")


@shared_by_visitors("calendar")
def occurrence_ics(request, pk: int):
    """One date as a file to add to a calendar; a cancelled date says so (STATUS:CANCELLED)."""
    locale = Locale.get_active()
    occurrence = get_object_or_404(visible_occurrences(locale), pk=pk)
    name = SiteSettings.for_request(request).localized_name
    calendar = build_calendar(name, _vevents(request, [occurrence], locale))
    return ics_response(
        calendar.to_ical(), f"event-{occurrence.original_date:%Y%m%d}-{pk}.ics", download=True
    )

"""The admin dashboard panel of a programme team: what needs their attention this week.

Upcoming dates with their seats (a cancelled one is marked so), open calls with their deadlines
and application counts, and English pages still waiting for their translation — for the user's
own programmes only (all programmes for editors and administrators). A fixed handful of
queries, whatever the data. Dates always carry their year: the list may cross a new year.

Wagtail's site summary counts every page of the site ("54 pages"), which tells a team nothing
about its own work; for a team member it is replaced by one count per programme of theirs.
"""

from __future__ import annotations

from django.db.models import Count, OuterRef, Q, Subquery
from django.utils import timezone

from wagtail.admin.site_summary import PagesSummaryItem, SummaryItem
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from cms.ownership import pages_of_programmes, records_of_programmes
from cms.teams import programmes_for_user
from cms.translations import (
    default_language,
    default_language_first,
    governing_copies,
    in_language,
)

LIMIT = 8


def upcoming_dates(programmes) -> list:
    from cms.events.models import EventPage, Occurrence

    registering = EventPage.objects.filter(registration_required=True).values("translation_key")
    occurrences = list(
        records_of_programmes(Occurrence.objects.filter(series_id__in=registering), programmes)
        .filter(start__gte=timezone.now())
        .annotate(
            confirmed=Count("registrations", filter=Q(registrations__status="confirmed")),
            waitlisted=Count("registrations", filter=Q(registrations__status="waitlisted")),
        )
        .order_by("start")[:LIMIT]
    )
    # Title and seats from the governing (default-language) page, draft or live.
    pages = governing_copies(
        EventPage.objects.only("translation_key", "title", "capacity", "locale_id"),
        {o.series_id for o in occurrences},
        live=False,
    )
    for occurrence in occurrences:
        page = pages.get(occurrence.series_id)
        occurrence.title, occurrence.capacity = (page.title, page.capacity) if page else ("", None)
    return occurrences


def open_calls(programmes) -> list:
    from cms.opencalls.models import Application, OpenCallPage

    now = timezone.now()
    applications = (
        Application.objects.filter(call_key=OuterRef("translation_key"))
        .order_by()
        .values("call_key")
        .annotate(count=Count("id"))
        .values("count")
    )
    return list(
        records_of_programmes(OpenCallPage.objects.live(), programmes)
        # One row per call: its governing copy, whose deadline counts.
        .filter(in_language(default_language()), closes_at__gte=now)
        .annotate(application_count=Subquery(applications))
        .order_by("closes_at")[:LIMIT]
    )


def awaiting_translation(programmes) -> list:
    """English (non-default) pages in the user's sections that are not live yet."""
    return list(
        Page.objects.filter(pages_of_programmes(programmes), live=False)
        .exclude(in_language(default_language()))
        .select_related("locale")
        .order_by("-latest_revision_created_at")[:LIMIT]
    )


class ProgrammePanel(Component):
    name = "programme_panel"
    template_name = "cms/admin/programme_panel.html"
    order = 50

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        from cms.plugin_manager import get_programme

        programmes = programmes_for_user(self.user)
        names = (
            []
            if programmes is None
            else [
                get_programme(slug).info.name_in(default_language())
                for slug in sorted(programmes)
                if get_programme(slug)
            ]
        )
        return {
            "programme_names": names,
            "all_programmes": programmes is None,
            "dates": upcoming_dates(programmes),
            "calls": open_calls(programmes),
            "translations": awaiting_translation(programmes),
        }


class ProgrammePagesSummaryItem(SummaryItem):
    """ "Jivipen: 12 pages" — the pages of one of the user's programme sections (all locales)."""

    order = PagesSummaryItem.order
    template_name = "cms/admin/programme_pages_summary.html"

    def __init__(self, request, programme: str):
        super().__init__(request)
        self.slug = programme

    def get_context_data(self, parent_context=None):
        from cms.models import ProgrammeSectionPage
        from cms.plugin_manager import get_programme

        sections = ProgrammeSectionPage.objects.filter(programme=self.slug)
        home_section = sections.order_by(default_language_first(), "pk").first()
        programme = get_programme(self.slug)
        return {
            "name": programme.info.name_in(default_language()) if programme else self.slug,
            "section": home_section,
            "count": Page.objects.filter(pages_of_programmes({self.slug})).count(),
        }


def programme_summary_items(request, summary_items: list) -> None:
    """Replace the site-wide page count with the user's programmes' counts (team members)."""
    programmes = programmes_for_user(request.user)
    if programmes is None:
        return  # editors and administrators: the whole site is theirs, its count is right
    summary_items[:] = [item for item in summary_items if not isinstance(item, PagesSummaryItem)]
    for programme in sorted(programmes):
        summary_items.append(ProgrammePagesSummaryItem(request, programme))

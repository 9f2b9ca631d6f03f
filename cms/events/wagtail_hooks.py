"""Admin UI of the events engine: venue and audience snippets, and each event's dates."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.events import admin_urls
from cms.events.models import Audience, EventPage, Venue


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Venues")
    list_display = ["name", "address"]
    search_fields = ["name", "address"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    menu_label = _("Audiences")
    list_display = ["name"]


register_snippet(VenueViewSet)
register_snippet(AudienceViewSet)


@hooks.register("register_admin_urls")
def register_events_admin_urls():
    return [path("events/", include(admin_urls, namespace="events_admin"))]


def _dates_button(page, user, priority):
    if (
        issubclass(page.specific_class or type(page), EventPage)
        and page.permissions_for_user(user).can_edit()
    ):
        yield Button(
            # Not "Dates": in Romanian a bare "Date" reads as "data" (information).
            _("Dates of the event"),
            reverse("events_admin:occurrences", args=[page.pk]),
            icon_name="date",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def event_dates_header_button(page, user, view_name, next_url=None):
    yield from _dates_button(page, user, priority=25)


@hooks.register("register_page_listing_more_buttons")
def event_dates_listing_button(page, user, next_url=None):
    yield from _dates_button(page, user, priority=12)

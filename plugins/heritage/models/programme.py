"""România Remarcabilă's section, its event types and its calls."""

from __future__ import annotations

import datetime

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from cms.events.models import EventPage
from cms.models import ProgrammeSectionPage
from cms.opencalls.models import OpenCallPage


class HeritageSectionPage(ProgrammeSectionPage):
    """The section root of România Remarcabilă."""

    subpage_types = [
        "cms.ContentPage",
        "heritage.InSituEventPage",
        "heritage.NetworkMeetingPage",
        "heritage.RootsSessionPage",
        "heritage.CommuneResidencyCallPage",
        "heritage.NetworkCallPage",
        "heritage.CommuneIndexPage",
        "heritage.ProducerDirectoryPage",
        "heritage.NetworkMapPage",
    ]

    class Meta:
        verbose_name = _("România Remarcabilă section")

    def landmarks(self) -> list:
        """One card per commune: its landmark site, in this section's language, in one query."""
        from plugins.heritage.models.communes import HeritageSitePage

        return list(
            HeritageSitePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, is_landmark=True, path__startswith=self.path)
            .select_related("commune")
            .order_by("commune__title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["landmarks"] = self.landmarks()
        return context


class TakesPlaceInCommune(models.Model):
    """An event of the network that may name the member commune it takes place in: the
    commune's page then shows it as its next event (read from the calendars' occurrences)."""

    commune = models.ForeignKey(
        "heritage.CommunePage",
        verbose_name=_("commune"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The member commune it takes place in: its page then shows the event."),
    )

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.title  # as any page's

    def extra_details(self) -> list[tuple[str, str]]:
        commune = self.commune.localized if self.commune_id else None
        return [(_("Commune"), commune.title)] if commune else []

    def event_place(self):
        """The commune (a place) in the reader's language: where an event without a venue
        happens, for engines that ask an event type for it (its JSON-LD location)."""
        return self.commune.localized if self.commune_id else None


class InSituEventPage(TakesPlaceInCommune, EventPage):
    """A summer day held in one of the network's communes (a landmark panel, a village walk)."""

    parent_page_types = ["heritage.HeritageSectionPage"]
    content_panels = [*EventPage.content_panels, FieldPanel("commune")]

    class Meta:
        verbose_name = _("in-situ event")
        verbose_name_plural = _("in-situ events")


class NetworkMeetingPage(TakesPlaceInCommune, EventPage):
    """A working meeting of the network: local authorities, partners, the heritage fair."""

    parent_page_types = ["heritage.HeritageSectionPage"]
    content_panels = [*EventPage.content_panels, FieldPanel("commune")]

    class Meta:
        verbose_name = _("network meeting")
        verbose_name_plural = _("network meetings")


class RootsSessionPage(TakesPlaceInCommune, EventPage):
    """A session of Roots, the network's youth group: training in interpreting heritage."""

    parent_page_types = ["heritage.HeritageSectionPage"]
    content_panels = [*EventPage.content_panels, FieldPanel("commune")]

    class Meta:
        verbose_name = _("Roots session")
        verbose_name_plural = _("Roots sessions")


class CommuneResidencyCallPage(OpenCallPage):
    """A call for artist residencies in the network's communes."""

    reference_prefix = "RR"
    parent_page_types = ["heritage.HeritageSectionPage"]

    class Meta:
        verbose_name = _("commune residency call")
        verbose_name_plural = _("commune residency calls")


class NetworkCallPage(OpenCallPage):
    """Another call of the network: a commune applies to join, volunteers for the summer days,
    young people for Roots."""

    reference_prefix = "RN"
    parent_page_types = ["heritage.HeritageSectionPage"]

    class Meta:
        verbose_name = _("network call")
        verbose_name_plural = _("network calls")


def commune_event_models() -> list[type[EventPage]]:
    """The plugin's event types that name a commune."""
    return [InSituEventPage, NetworkMeetingPage, RootsSessionPage]


def next_event_of_commune(commune, now: datetime.datetime):
    """The next scheduled date of any event naming `commune` (in any language's copy), as the
    event page in the commune page's language, or None. Two queries: the calendars' own
    occurrences say what is next, so a series or a moved date is right here too."""
    from cms.events.models import Occurrence, OccurrenceStatus

    naming = Q()
    for model in commune_event_models():
        keys = model.objects.live().filter(commune__translation_key=commune.translation_key)
        naming |= Q(series_id__in=keys.values("translation_key"))
    occurrence = (
        Occurrence.objects.filter(naming, end__gt=now, status=OccurrenceStatus.SCHEDULED)
        .order_by("start")
        .first()
    )
    if occurrence is None:
        return None
    for model in commune_event_models():
        event = (
            model.objects.live()
            .public()
            .filter(translation_key=occurrence.series_id, locale_id=commune.locale_id)
            .first()
        )
        if event is not None:
            event.next_occurrence = occurrence
            return event
    return None

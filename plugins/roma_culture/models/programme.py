"""The section of Jivipen, its events and its calls."""

from django.utils.translation import gettext_lazy as _

from cms.events.models import EventPage
from cms.models import ProgrammeSectionPage
from cms.opencalls.models import OpenCallPage


class RomaCultureSectionPage(ProgrammeSectionPage):
    """The section root of Jivipen. It promotes the current edition of the Roma Culture Days."""

    subpage_types = [
        "cms.ContentPage",
        "roma_culture.FestivalIndexPage",
        "roma_culture.JivipenArtistsPage",
        "roma_culture.JivipenEventPage",
        "roma_culture.RomaArtistsCallPage",
    ]

    class Meta:
        verbose_name = _("Jivipen section")

    def get_context(self, request, *args, **kwargs):
        from plugins.roma_culture.festival import current_edition_card

        context = super().get_context(request, *args, **kwargs)
        context["current_edition"] = current_edition_card(self)
        return context


class JivipenEventPage(EventPage):
    """A Jivipen event: a monthly meeting, an exhibition opening, or one event of an edition
    of the Roma Culture Days (then a child of that `FestivalEditionPage`)."""

    parent_page_types = ["roma_culture.RomaCultureSectionPage", "roma_culture.FestivalEditionPage"]

    class Meta:
        verbose_name = _("Jivipen event")
        verbose_name_plural = _("Jivipen events")


class RomaArtistsCallPage(OpenCallPage):
    """A commission or residency call for Roma artists (Jivipen's open fund)."""

    reference_prefix = "JV"
    parent_page_types = ["roma_culture.RomaCultureSectionPage"]

    class Meta:
        verbose_name = _("call for Roma artists")
        verbose_name_plural = _("calls for Roma artists")

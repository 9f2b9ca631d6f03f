"""Pages of Jivipen."""

from django.utils.translation import gettext_lazy as _

from cms.events.models import EventPage
from cms.models import ProgrammeSectionPage
from cms.opencalls.models import OpenCallPage


class RomaCultureSectionPage(ProgrammeSectionPage):
    """The section root of Jivipen."""

    subpage_types = [
        "cms.ContentPage",
        "roma_culture.JivipenEventPage",
        "roma_culture.RomaArtistsCallPage",
    ]

    class Meta:
        verbose_name = _("Jivipen section")


class JivipenEventPage(EventPage):
    """A Jivipen event: a monthly meeting, the Roma Culture Days, an exhibition opening."""

    parent_page_types = ["roma_culture.RomaCultureSectionPage"]

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

"""Pages of România Remarcabilă."""

from django.db import models
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
        "heritage.CommuneResidencyCallPage",
    ]

    class Meta:
        verbose_name = _("România Remarcabilă section")


class InSituEventPage(EventPage):
    """An event held in one of the network's communes (a landmark panel, a village walk)."""

    parent_page_types = ["heritage.HeritageSectionPage"]

    commune = models.CharField(
        _("commune"), max_length=120, blank=True, help_text=_("For example: Bonțida, județul Cluj.")
    )

    content_panels = [*EventPage.content_panels, FieldPanel("commune")]

    class Meta:
        verbose_name = _("in-situ event")
        verbose_name_plural = _("in-situ events")

    def extra_details(self) -> list[tuple[str, str]]:
        return [(_("Commune"), self.commune)] if self.commune else []


class CommuneResidencyCallPage(OpenCallPage):
    """A call for artist residencies in the network's communes."""

    reference_prefix = "RR"
    parent_page_types = ["heritage.HeritageSectionPage"]

    class Meta:
        verbose_name = _("commune residency call")
        verbose_name_plural = _("commune residency calls")

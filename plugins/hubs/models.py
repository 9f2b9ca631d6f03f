"""Pages of Huburi creative."""

from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from cms.events.models import EventPage
from cms.models import ProgrammeSectionPage
from cms.opencalls.models import OpenCallPage


class HubsSectionPage(ProgrammeSectionPage):
    """The section root of Huburi creative."""

    subpage_types = ["cms.ContentPage", "hubs.HubWorkshopPage", "hubs.PeerExchangeCallPage"]

    class Meta:
        verbose_name = _("Huburi creative section")


class HubWorkshopPage(EventPage):
    """A skills workshop or pitching session in a creative hub; some ask for an application."""

    parent_page_types = ["hubs.HubsSectionPage"]

    application_deadline = models.DateField(_("application deadline"), null=True, blank=True)

    content_panels = [*EventPage.content_panels, FieldPanel("application_deadline")]

    class Meta:
        verbose_name = _("hub workshop")
        verbose_name_plural = _("hub workshops")

    def extra_details(self) -> list[tuple[str, str]]:
        if self.application_deadline is None:
            return []
        return [(_("Apply by"), date_format(self.application_deadline, "j F Y"))]


class PeerExchangeCallPage(OpenCallPage):
    """A call of the creative hubs: the peer-to-peer exchange scheme, skills workshops."""

    reference_prefix = "CH"
    parent_page_types = ["hubs.HubsSectionPage"]

    class Meta:
        verbose_name = _("peer-to-peer exchange call")
        verbose_name_plural = _("peer-to-peer exchange calls")

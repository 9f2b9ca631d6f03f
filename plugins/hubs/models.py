"""Pages of Huburi creative."""

from django.utils.translation import gettext_lazy as _

from cms.models import ProgrammeSectionPage


class HubsSectionPage(ProgrammeSectionPage):
    """The section root of Huburi creative."""

    programme_slug = "hubs"
    subpage_types = ["cms.ContentPage"]

    class Meta:
        verbose_name = _("Huburi creative section")

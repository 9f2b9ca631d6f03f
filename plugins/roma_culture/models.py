"""Pages of Jivipen."""

from django.utils.translation import gettext_lazy as _

from cms.models import ProgrammeSectionPage


class RomaCultureSectionPage(ProgrammeSectionPage):
    """The section root of Jivipen."""

    programme_slug = "roma_culture"
    subpage_types = ["cms.ContentPage"]

    class Meta:
        verbose_name = _("Jivipen section")

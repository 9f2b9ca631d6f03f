"""Pages of Arta în Joacă."""

from django.utils.translation import gettext_lazy as _

from cms.models import ProgrammeSectionPage


class SchoolsSectionPage(ProgrammeSectionPage):
    """The section root of Arta în Joacă."""

    programme_slug = "schools"
    subpage_types = ["cms.ContentPage"]

    class Meta:
        verbose_name = _("Arta în Joacă section")

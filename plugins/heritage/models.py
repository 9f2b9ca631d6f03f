"""Pages of România Remarcabilă."""

from django.utils.translation import gettext_lazy as _

from cms.models import ProgrammeSectionPage


class HeritageSectionPage(ProgrammeSectionPage):
    """The section root of România Remarcabilă."""

    programme_slug = "heritage"
    subpage_types = ["cms.ContentPage"]

    class Meta:
        verbose_name = _("România Remarcabilă section")

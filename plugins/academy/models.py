"""Pages of Academia Schimbării."""

from django.utils.translation import gettext_lazy as _

from cms.models import ProgrammeSectionPage


class AcademySectionPage(ProgrammeSectionPage):
    """The Academy's section root: training & mentoring, residencies, calls, the Forum."""

    programme_slug = "academy"
    subpage_types = ["cms.ContentPage"]

    class Meta:
        verbose_name = _("Academia Schimbării section")

"""Pages of Academia Schimbării."""

from django.utils.translation import gettext_lazy as _

from cms.events.models import EventPage
from cms.models import ProgrammeSectionPage


class AcademySectionPage(ProgrammeSectionPage):
    """The Academy's section root: training & mentoring, residencies, calls, the Forum."""

    programme_slug = "academy"
    subpage_types = ["cms.ContentPage", "academy.AcademyEventPage"]

    class Meta:
        verbose_name = _("Academia Schimbării section")


class AcademyEventPage(EventPage):
    """An event of the Academy: the Forum, a training module, a Concentric meeting."""

    programme_slug = "academy"
    parent_page_types = ["academy.AcademySectionPage"]

    class Meta:
        verbose_name = _("Academy event")
        verbose_name_plural = _("Academy events")

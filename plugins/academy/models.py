"""Pages of Academia Schimbării."""

from django.utils.translation import gettext_lazy as _

from cms.events.models import EventPage
from cms.models import ProgrammeSectionPage
from cms.opencalls.models import OpenCallPage


class AcademySectionPage(ProgrammeSectionPage):
    """The Academy's section root: training & mentoring, residencies, calls, the Forum."""

    subpage_types = ["cms.ContentPage", "academy.AcademyEventPage", "academy.AcademyCallPage"]

    class Meta:
        verbose_name = _("Academia Schimbării section")


class AcademyEventPage(EventPage):
    """An event of the Academy: the Forum, a training module, a Concentric meeting."""

    parent_page_types = ["academy.AcademySectionPage"]

    class Meta:
        verbose_name = _("Academy event")
        verbose_name_plural = _("Academy events")


class AcademyCallPage(OpenCallPage):
    """A call of the Academy: the training & mentoring programme, residencies, calls for experts."""

    reference_prefix = "AS"
    parent_page_types = ["academy.AcademySectionPage"]

    class Meta:
        verbose_name = _("Academy call")
        verbose_name_plural = _("Academy calls")

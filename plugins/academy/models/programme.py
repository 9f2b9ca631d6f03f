"""The section of Academia Schimbării, its event type and its call type."""

from django.utils.translation import gettext_lazy as _

from cms.events.models import EventPage
from cms.models import ProgrammeSectionPage
from cms.opencalls.models import OpenCallPage


class AcademySectionPage(ProgrammeSectionPage):
    """The Academy's section root: training & mentoring, residencies, calls, the Forum."""

    subpage_types = [
        "cms.ContentPage",
        "academy.AcademyEventPage",
        "academy.AcademyCallPage",
        "academy.ProgrammeEditionPage",
        "academy.MentorsIndexPage",
        "academy.AcademyLibraryPage",
        "academy.ResidencyRoundPage",
    ]

    class Meta:
        verbose_name = _("Academia Schimbării section")


class AcademyEventPage(EventPage):
    """An event of the Academy: the Forum, a session of a module, a Concentric meeting.

    A session of a module is a child of the module's page (so the module lists it and the
    edition's timeline reads its dates); an edition's launch or showcase is a child of the
    edition; a residency round's public showing is a child of the round; everything else
    sits under the section.
    """

    parent_page_types = [
        "academy.AcademySectionPage",
        "academy.ProgrammeEditionPage",
        "academy.ModulePage",
        "academy.ResidencyRoundPage",
    ]

    class Meta:
        verbose_name = _("Academy event")
        verbose_name_plural = _("Academy events")

    def get_context(self, request, *args, **kwargs):
        from plugins.academy.editions import session_context

        context = super().get_context(request, *args, **kwargs)
        context.update(session_context(self))
        return context


class AcademyCallPage(OpenCallPage):
    """A call of the Academy: the training & mentoring programme, residencies, calls for experts."""

    reference_prefix = "AS"
    parent_page_types = ["academy.AcademySectionPage"]

    class Meta:
        verbose_name = _("Academy call")
        verbose_name_plural = _("Academy calls")

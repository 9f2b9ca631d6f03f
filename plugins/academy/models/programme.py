"""The section of Academia Schimbării, its event type and its call type."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

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
    edition; a residency round's public showing is a child of the round; a session of the
    Forum is a child of the Forum's event; everything else sits under the section.
    """

    parent_page_types = [
        "academy.AcademySectionPage",
        "academy.ProgrammeEditionPage",
        "academy.ModulePage",
        "academy.ResidencyRoundPage",
        "academy.AcademyEventPage",
    ]
    # A gathering of several days (the Forum) holds its sessions as child events: its page
    # prints them by local day and venue. A session of a gathering holds no sessions.
    subpage_types = ["academy.AcademyEventPage"]

    class Meta:
        verbose_name = _("Academy event")
        verbose_name_plural = _("Academy events")

    @classmethod
    def can_create_at(cls, parent) -> bool:
        grandparent = parent.get_parent() if parent.specific_class is cls else None
        if grandparent is not None and grandparent.specific_class is cls:
            return False
        return super().can_create_at(parent)

    def get_context(self, request, *args, **kwargs):
        from plugins.academy.editions import session_context
        from plugins.academy.forum import programme_by_day

        context = super().get_context(request, *args, **kwargs)
        context.update(session_context(self))
        if self.numchild:
            context["programme_days"] = programme_by_day(self)
        return context


class AcademyCallPage(OpenCallPage):
    """A call of the Academy: the training & mentoring programme, residencies, calls for experts."""

    reference_prefix = "AS"
    parent_page_types = ["academy.AcademySectionPage"]

    feeds_mentor_profiles = models.BooleanField(
        _("accepted applicants become draft mentor profiles"),
        default=False,
        help_text=_(
            "For a call for experts: on an accepted application, the team can start the "
            "person's mentor profile as a draft."
        ),
    )

    content_panels = [*OpenCallPage.content_panels, FieldPanel("feeds_mentor_profiles")]

    def profile_for_applicants(self):
        from cms.translations import governing_copy
        from plugins.academy.models.mentors import MentorPage, MentorsIndexPage

        if not self.feeds_mentor_profiles:
            return None
        section = self.get_parent()
        index = MentorsIndexPage.objects.child_of(section).first()
        if index is None:
            return None
        return governing_copy(MentorsIndexPage, index.translation_key, live=False), MentorPage

    class Meta:
        verbose_name = _("Academy call")
        verbose_name_plural = _("Academy calls")

"""The section of Arta în Joacă, its Pre-Texts sessions and its calls."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from cms.events.models import EventPage
from cms.models import ProgrammeSectionPage
from cms.opencalls.models import OpenCallPage
from plugins.schools.models.held_in_school import HeldInSchool


class SchoolsSectionPage(ProgrammeSectionPage):
    """The section root of Arta în Joacă."""

    subpage_types = [
        "cms.ContentPage",
        "schools.ArtistsInResidencePage",
        "schools.PreTextsSessionPage",
        "schools.SchoolWorkshopPage",
        "schools.SummerCampPage",
        "schools.SchoolNetworkCallPage",
        "schools.SchoolNetworkPage",
        "schools.TeacherResourcesPage",
    ]

    class Meta:
        verbose_name = _("Arta în Joacă section")


class PreTextsSessionPage(EventPage, HeldInSchool):
    """A Pre-Texts teacher training, described as the network does: when, where (a venue, or a
    school of the network), which institution, which facilitator."""

    parent_page_types = ["schools.SchoolsSectionPage"]

    institution = models.CharField(_("institution"), max_length=200, blank=True)
    facilitator = models.CharField(_("facilitator"), max_length=200, blank=True)

    content_panels = [
        *EventPage.content_panels,
        FieldPanel("institution"),
        FieldPanel("facilitator"),
        FieldPanel("school"),
    ]

    class Meta:
        verbose_name = _("Pre-Texts session")
        verbose_name_plural = _("Pre-Texts sessions")

    def extra_details(self) -> list[tuple[str, str]]:
        return [
            *self.school_detail(),
            *(
                (label, value)
                for label, value in (
                    (_("Institution"), self.institution),
                    (_("Facilitator"), self.facilitator),
                )
                if value
            ),
        ]


class SchoolNetworkCallPage(OpenCallPage):
    """A call of Arta în Joacă: schools joining the Cluj School Network, artists applying for a
    residency in a school (with a portfolio), teachers applying to a Pre-Texts training cohort."""

    reference_prefix = "AJ"
    parent_page_types = ["schools.SchoolsSectionPage"]

    class Meta:
        verbose_name = _("Cluj School Network call")
        verbose_name_plural = _("Cluj School Network calls")

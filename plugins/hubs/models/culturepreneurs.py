"""Culturepreneurs, the centre's entrepreneurship programme for the creative sectors (CLTP).

- `CulturepreneursCohortPage`: one cohort ("Culturepreneurs 4.0") with its application rules
  (age, the idea it asks for, the workshops and mentor meetings it commits to) and its
  application call. Its children are its modules and its events.
- `CulturepreneursModulePage`: one module (product design, audiovisual content,
  gamification…), online or in the labs; its sessions are its child events.

Dates live only in the events (`HubWorkshopPage`: coaching, masterclasses, module sessions, the
pitching session) under the cohort or a module, so the calendars, feeds and registrations
serve them unchanged; the cohort's page lists their next dates from the occurrences.
"""

from __future__ import annotations

from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.models import BasePage
from cms.ownership import ProgrammeOwned


class CulturepreneursCohortPage(ProgrammeOwned, BasePage):
    """One cohort of Culturepreneurs: its rules, its modules, its events and its call."""

    parent_page_types = ["hubs.HubsSectionPage"]
    subpage_types = ["hubs.CulturepreneursModulePage", "hubs.HubWorkshopPage"]
    search_type = "culturepreneurs-cohort"

    minimum_age = models.PositiveSmallIntegerField(_("minimum age"), default=18)
    idea_requirement = models.CharField(
        _("the idea applicants bring"),
        max_length=250,
        help_text=_("For example: an idea for a product or service with a technology component."),
    )
    workshops_required = models.PositiveSmallIntegerField(
        _("workshops each participant attends"), default=4
    )
    mentor_meetings = models.BooleanField(_("participants meet mentors"), default=True)
    rules = RichTextField(
        _("more rules"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Selection, criteria, what participants commit to."),
    )
    application_call = models.ForeignKey(
        "hubs.PeerExchangeCallPage",
        verbose_name=_("application call"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("minimum_age"),
                FieldPanel("idea_requirement"),
                FieldPanel("workshops_required"),
                FieldPanel("mentor_meetings"),
                FieldPanel("rules"),
            ],
            heading=_("Who can apply"),
        ),
        FieldPanel("application_call"),
    ]
    override_translatable_fields = [
        SynchronizedField("minimum_age", overridable=False),
        SynchronizedField("workshops_required", overridable=False),
        SynchronizedField("mentor_meetings", overridable=False),
        TranslatableField("idea_requirement"),
        TranslatableField("rules"),
    ]

    class Meta:
        verbose_name = _("Culturepreneurs cohort")
        verbose_name_plural = _("Culturepreneurs cohorts")

    def modules(self):
        return CulturepreneursModulePage.objects.child_of(self).live().public().order_by("path")

    def next_dates(self, now=None) -> list:
        """Each event of the cohort (its own and its modules') once, at its next date, soonest
        first: from the occurrences, in a fixed number of queries whatever their count."""
        from cms.events.calendar import attach_pages, visible_occurrences
        from plugins.hubs.models.programme import HubWorkshopPage

        now = now or timezone.now()
        keys = HubWorkshopPage.objects.live().descendant_of(self).values("translation_key")
        upcoming = visible_occurrences(self.locale).filter(series_id__in=keys, end__gt=now)
        next_of_series = upcoming.filter(series_id=OuterRef("series_id")).order_by("start", "pk")
        firsts = upcoming.filter(pk=Subquery(next_of_series.values("pk")[:1]))
        return attach_pages(firsts.order_by("start", "pk"), self.locale)

    def call(self):
        """The application call in this page's language (its governing copy otherwise), live."""
        if not self.application_call_id:
            return None
        call = self.application_call.localized
        return call if call.live else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["modules"] = self.modules()
        context["next_dates"] = self.next_dates()
        context["call"] = self.call()
        return context


class CulturepreneursModulePage(ProgrammeOwned, BasePage):
    """One module of a cohort: what it teaches, online or in the labs; its sessions are its
    child events."""

    FORMATS = [
        ("online", _("online courses")),
        ("lab", _("courses in the labs")),
        ("both", _("online and in the labs")),
    ]

    parent_page_types = ["hubs.CulturepreneursCohortPage"]
    subpage_types = ["hubs.HubWorkshopPage"]
    search_type = "culturepreneurs-module"

    format = models.CharField(_("format"), max_length=10, choices=FORMATS, default="both")

    content_panels = [*BasePage.content_panels, FieldPanel("format")]
    override_translatable_fields = [SynchronizedField("format", overridable=False)]

    class Meta:
        verbose_name = _("Culturepreneurs module")
        verbose_name_plural = _("Culturepreneurs modules")

    def sessions(self):
        from plugins.hubs.models.programme import HubWorkshopPage

        return HubWorkshopPage.objects.child_of(self).live().public().order_by("start_date", "pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sessions"] = self.sessions()
        return context

"""Residency rounds of the Academy (Cluj în Rezidență, Studiotopia), on the people kit.

- `ResidencyRoundPage` (a profile index): one round, with its period, hosts, grants (how many,
  and the most each is worth, in lei), outcomes and call. Its child profiles are its
  residents; its child events are its public showings (Academy events, with registration), so
  the calendar, feeds and registrations serve them unchanged and the round reads their dates
  from the calendar's occurrences (`plugins.academy.residencies`).
- `ResidentPage` (a profile): one person's residency in a round, with the project; name,
  photo, bio, languages and the consent to publication are the shared `Person`'s.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.models import BasePage
from cms.people.models import ProfileIndexPage, ProfilePage


class ResidencyRoundPage(ProfileIndexPage):
    """One round of residencies: its residents (child profiles) and showings (child events)."""

    parent_page_types = ["academy.AcademySectionPage"]
    subpage_types = ["academy.ResidentPage", "academy.AcademyEventPage"]
    search_type = "residency_round"

    starts_on = models.DateField(_("residencies start on"))
    ends_on = models.DateField(_("residencies end on"))
    hosts = models.CharField(
        _("hosts"),
        max_length=300,
        help_text=_("Who hosts the residents, e.g. “Centrul Cultural Clujean and its partners”."),
    )
    grants = models.PositiveSmallIntegerField(
        _("number of grants"),
        null=True,
        blank=True,
        help_text=_("How many grants the round gives."),
    )
    grant_amount = models.PositiveIntegerField(
        _("grant (lei)"), null=True, blank=True, help_text=_("The most one grant is worth, in lei.")
    )
    outcomes = RichTextField(
        _("outcomes"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("What the residents made and what stays after the round."),
    )
    call = models.ForeignKey(
        "academy.AcademyCallPage",
        verbose_name=_("call"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The open call residents applied through."),
    )

    content_panels = [
        *BasePage.content_panels[:2],
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("starts_on"), FieldPanel("ends_on")], heading=_("Period")
                ),
                FieldPanel("hosts"),
                FieldRowPanel([FieldPanel("grants"), FieldPanel("grant_amount")]),
            ],
            heading=_("The round"),
        ),
        FieldPanel("call"),
        *BasePage.content_panels[2:],
        FieldPanel("outcomes"),
    ]
    override_translatable_fields = [
        SynchronizedField("starts_on", overridable=False),
        SynchronizedField("ends_on", overridable=False),
        TranslatableField("hosts"),
        SynchronizedField("grants", overridable=False),
        SynchronizedField("grant_amount", overridable=False),
        TranslatableField("outcomes"),
        SynchronizedField("call"),
    ]

    class Meta:
        verbose_name = _("residency round")
        verbose_name_plural = _("residency rounds")

    def clean(self) -> None:
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("A round cannot end before it starts.")})

    def get_context(self, request, *args, **kwargs):
        from plugins.academy.residencies import round_context

        context = super().get_context(request, *args, **kwargs)
        context.update(round_context(self))
        return context


class ResidentPage(ProfilePage):
    """A resident of one round (a people-kit profile), with the project of the residency."""

    parent_page_types = ["academy.ResidencyRoundPage"]
    search_type = "resident"

    project = models.CharField(
        _("project"),
        max_length=250,
        blank=True,
        help_text=_("What the resident works on during the residency."),
    )

    content_panels = [
        *ProfilePage.content_panels[:4],
        FieldPanel("project"),
        *ProfilePage.content_panels[4:],
    ]
    override_translatable_fields = [
        *ProfilePage.override_translatable_fields,
        TranslatableField("project"),
    ]

    class Meta:
        verbose_name = _("resident")
        verbose_name_plural = _("residents")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["residency_round"] = ResidencyRoundPage.objects.filter(
            pk=self.get_parent().pk
        ).first()
        return context

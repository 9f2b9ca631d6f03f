"""The Roma Culture Days (Zilele Culturii Rome), held every year within the Cluj Days.

- `FestivalIndexPage`: the festival, under the section; its children are the editions. It shows
  the current edition, then the archive of past editions by year.
- `FestivalEditionPage`: one year's edition: theme, curators, partners, photos with their
  descriptions and credits. Its events are `JivipenEventPage`s, its CHILDREN: the calendar,
  feeds, registrations and search treat them as any event, and the edition's dates and
  programme are read from their materialised occurrences (`plugins.roma_culture.festival`),
  never typed on the edition.
"""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.models import BasePage
from cms.ownership import ProgrammeOwned
from plugins.roma_culture.blocks import CreditedPhotoBlock, JivipenBodyBlock, PartnerBlock


class FestivalIndexPage(ProgrammeOwned, BasePage):
    """The Roma Culture Days: the current edition, and past editions by year."""

    parent_page_types = ["roma_culture.RomaCultureSectionPage"]
    subpage_types = ["roma_culture.FestivalEditionPage"]
    max_count_per_parent = 1
    search_type = "festival"

    body = StreamField(JivipenBodyBlock(), blank=True, verbose_name=_("body"))

    class Meta:
        verbose_name = _("festival (Roma Culture Days)")
        verbose_name_plural = _("festivals (Roma Culture Days)")

    def get_context(self, request, *args, **kwargs):
        from plugins.roma_culture.festival import edition_archive

        context = super().get_context(request, *args, **kwargs)
        context["current_edition"], context["past_editions"] = edition_archive(self)
        return context


class FestivalEditionPage(ProgrammeOwned, BasePage):
    """One edition of the Roma Culture Days; its events are its child pages."""

    parent_page_types = ["roma_culture.FestivalIndexPage"]
    subpage_types = ["roma_culture.JivipenEventPage"]
    search_type = "festival_edition"

    body = StreamField(JivipenBodyBlock(), blank=True, verbose_name=_("body"))

    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    theme = models.CharField(_("theme"), max_length=250, blank=True)
    curators = models.CharField(
        _("curators"), max_length=250, blank=True, help_text=_("Their names, as they sign.")
    )
    partners = StreamField([("partner", PartnerBlock())], blank=True, verbose_name=_("partners"))
    photos = StreamField(
        [("photo", CreditedPhotoBlock())],
        blank=True,
        verbose_name=_("photo gallery"),
        help_text=_("Each photo with a description for people who cannot see it, and a credit."),
    )

    content_panels = [
        *BasePage.content_panels[:1],
        FieldPanel("year"),
        FieldPanel("theme"),
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("curators"), FieldPanel("partners")], heading=_("Curators and partners")
        ),
        InlinePanel("commissions", heading=_("Commissioned works"), label=_("commission")),
        FieldPanel("photos"),
    ]
    override_translatable_fields = [
        SynchronizedField("year", overridable=False),
        SynchronizedField("curators"),
        TranslatableField("theme"),
        TranslatableField("partners"),
        TranslatableField("photos"),
    ]

    class Meta:
        verbose_name = _("festival edition")
        verbose_name_plural = _("festival editions")

    def get_context(self, request, *args, **kwargs):
        from plugins.roma_culture.commissions import edition_commissions
        from plugins.roma_culture.festival import edition_programme, edition_span

        context = super().get_context(request, *args, **kwargs)
        programme = edition_programme(self)
        context["programme"] = programme
        context["edition_span"] = edition_span(programme)
        context["commissions"] = edition_commissions(self)
        return context

"""Jivipen's exhibitions ("Cunoaște rOmul", on International Roma Day) and their works.

- `JivipenExhibitionPage`: an exhibition is an event (`EventPage`): its period is the event's
  one-off span (first and last day, all day), its venue the events' venue (the places kit), so
  the calendar, feeds, JSON-LD and search treat it as any event; it adds its curators, an
  introduction that may mark Romani phrases, and its works.
- `ExhibitionWork`: one work shown (an orderable inline, translated with the page): title,
  artist (a name as the work is signed, or a Jivipen artist's page), year, medium, image with
  its description (required) and credit.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.events.models import EventPage
from plugins.roma_culture.blocks import ROMANI_FEATURE

INTRO_FEATURES = ["bold", "italic", "link", ROMANI_FEATURE]


class JivipenExhibitionPage(EventPage):
    """An exhibition of Jivipen: an event whose dates are its period, with its works."""

    parent_page_types = ["roma_culture.RomaCultureSectionPage"]
    subpage_types: list[str] = []
    search_type = "exhibition"

    curators = models.CharField(
        _("curators"), max_length=250, blank=True, help_text=_("Their names, as they sign.")
    )
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=INTRO_FEATURES,
        help_text=_("What the exhibition shows and why. Mark Romani words with “rom”."),
    )

    content_panels = [
        *EventPage.content_panels[:2],  # title, summary
        FieldPanel("intro"),
        FieldPanel("curators"),
        *EventPage.content_panels[2:],
        InlinePanel("works", heading=_("Works"), label=_("work")),
    ]
    override_translatable_fields = [
        *EventPage.override_translatable_fields,
        SynchronizedField("curators"),
    ]

    class Meta:
        verbose_name = _("Jivipen exhibition")
        verbose_name_plural = _("Jivipen exhibitions")

    def extra_details(self) -> list[tuple[str, str]]:
        return [(_("Curators"), self.curators)] if self.curators else []

    def get_context(self, request, *args, **kwargs):
        from plugins.roma_culture.exhibitions import exhibition_works

        context = super().get_context(request, *args, **kwargs)
        context["works"] = exhibition_works(self)
        return context


class ExhibitionWork(TranslatableMixin, Orderable):
    """A work in an exhibition, in the exhibition's order."""

    page = ParentalKey(
        "roma_culture.JivipenExhibitionPage", on_delete=models.CASCADE, related_name="works"
    )
    title = models.CharField(_("title"), max_length=250)
    artist_name = models.CharField(
        _("artist"),
        max_length=200,
        blank=True,
        help_text=_("As the work is signed. Leave empty when you choose the artist's page."),
    )
    artist = models.ForeignKey(
        "roma_culture.JivipenArtistPage",
        verbose_name=_("artist's page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A Jivipen artist: the work links to their page (if they agreed to be shown)."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(2100)],
    )
    medium = models.CharField(
        _("medium"), max_length=200, blank=True, help_text=_("E.g. oil on canvas, photography.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.PROTECT, related_name="+"
    )
    alt_text = models.CharField(
        _("description (alt text)"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    credit = models.CharField(
        _("photo credit"), max_length=200, blank=True, help_text=_("Who photographed the work.")
    )

    panels = [
        FieldPanel("title"),
        MultiFieldPanel([FieldPanel("artist_name"), FieldPanel("artist")], heading=_("Artist")),
        FieldPanel("year"),
        FieldPanel("medium"),
        FieldPanel("image"),
        FieldPanel("alt_text"),
        FieldPanel("credit"),
    ]
    override_translatable_fields = [
        SynchronizedField("artist", overridable=False),
        SynchronizedField("artist_name"),
        SynchronizedField("year", overridable=False),
        SynchronizedField("image"),
        TranslatableField("title"),
        TranslatableField("medium"),
        TranslatableField("alt_text"),
        TranslatableField("credit"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("exhibition work")
        verbose_name_plural = _("exhibition works")

    def clean(self) -> None:
        super().clean()
        if not self.artist_name.strip() and not self.artist_id:
            raise ValidationError(
                {"artist_name": _("Name the artist, or choose the artist's page.")}
            )
        if not self.alt_text.strip():
            raise ValidationError(
                {"alt_text": _("Describe the image for people who cannot see it.")}
            )

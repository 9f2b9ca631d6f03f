"""Artists in residence in the network's schools.

- `ArtistsInResidencePage` (the people kit's profile index): the artists, and every residency.
- `SchoolArtistPage` (a people-kit profile): an artist in this programme; the person (name,
  photo, bio, consent) is the shared `Person`.
- `ResidencyPage`: one artist in one school for a period, with the project, photos and
  outcomes. It links the artist's profile and the school's page; the school's page and the
  artist's profile list it from these links, so nothing is typed twice.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.models import BasePage
from cms.ownership import ProgrammeOwned
from cms.people.models import ProfileIndexPage, ProfilePage


class ArtistsInResidencePage(ProfileIndexPage):
    """The artists in residence in the network's schools, and their residencies."""

    parent_page_types = ["schools.SchoolsSectionPage"]
    subpage_types = ["schools.SchoolArtistPage", "schools.ResidencyPage"]

    class Meta:
        verbose_name = _("artists in residence")
        verbose_name_plural = _("artists in residence (pages)")

    def get_context(self, request, *args, **kwargs):
        from plugins.schools.activity import residency_cards

        context = super().get_context(request, *args, **kwargs)
        context["residencies"] = residency_cards(
            ResidencyPage.objects.child_of(self), self.locale_id
        )
        return context


class SchoolArtistPage(ProfilePage):
    """An artist in residence in the network's schools (a people-kit profile)."""

    parent_page_types = ["schools.ArtistsInResidencePage"]
    search_type = "artist"

    class Meta:
        verbose_name = _("artist in residence")
        verbose_name_plural = _("artists in residence (profiles)")

    def get_context(self, request, *args, **kwargs):
        from plugins.schools.activity import residency_cards

        context = super().get_context(request, *args, **kwargs)
        context["residencies"] = residency_cards(
            ResidencyPage.objects.filter(artist__translation_key=self.translation_key),
            self.locale_id,
        )
        return context


class ResidencyPage(ProgrammeOwned, BasePage):
    """One artist in one school of the network for a period: the project, photos, outcomes."""

    parent_page_types = ["schools.ArtistsInResidencePage"]
    subpage_types: list[str] = []
    search_type = "residency"

    artist = models.ForeignKey(
        "schools.SchoolArtistPage",
        verbose_name=_("artist"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    school = models.ForeignKey(
        "schools.SchoolPage",
        verbose_name=_("school"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    project = models.CharField(
        _("project"),
        max_length=250,
        help_text=_("The name of what the artist makes with the school."),
    )
    outcomes = RichTextField(
        _("outcomes"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("What the pupils, the teachers and the school made and learnt."),
    )
    photos = StreamField(
        [("photo", ImageBlock())],
        blank=True,
        verbose_name=_("photos"),
        help_text=_("Each photo with a description for people who cannot see it."),
    )

    content_panels = [
        *BasePage.content_panels[:2],
        FieldPanel("artist"),
        FieldPanel("school"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")], heading=_("Period")),
        FieldPanel("project"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("outcomes"), FieldPanel("photos")], heading=_("Outcomes")),
    ]
    override_translatable_fields = [
        SynchronizedField("starts_on", overridable=False),
        SynchronizedField("ends_on", overridable=False),
        TranslatableField("project"),
        TranslatableField("outcomes"),
        TranslatableField("photos"),
    ]

    class Meta:
        verbose_name = _("residency in a school")
        verbose_name_plural = _("residencies in schools")

    def clean(self) -> None:
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("A residency cannot end before it starts.")})

    def get_context(self, request, *args, **kwargs):
        from plugins.schools.activity import residency_cards

        context = super().get_context(request, *args, **kwargs)
        # The page itself (a preview too), with its artist and school in its own language.
        [context["residency"]] = residency_cards([self], self.locale_id)
        return context

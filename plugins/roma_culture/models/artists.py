"""Roma artists of Jivipen, on the people kit.

- `JivipenArtistsPage` (the kit's profile index): the artists.
- `JivipenArtistPage` (a people-kit profile): one artist's discipline and works; the person
  (name, photo, bio, links, consent to publication) is the shared `Person`, so a profile is
  published only with the person's recorded consent (`cms.people.consent`).
- `EditionCommission`: a work an edition of the Roma Culture Days commissioned from an artist,
  held by the edition (an inline list) and translated with it. The edition's page lists its
  commissions; the artist's page lists them as their editions, from the same rows.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.people.models import ProfileIndexPage, ProfilePage
from plugins.roma_culture.blocks import JivipenBodyBlock


class WorkBlock(blocks.StructBlock):
    """One work of an artist: title, year, medium."""

    title = blocks.CharBlock(label=_("title"), max_length=250)
    year = blocks.IntegerBlock(label=_("year"), required=False, min_value=1900, max_value=2100)
    medium = blocks.CharBlock(label=_("medium"), max_length=200, required=False)

    class Meta:
        icon = "pick"
        label = _("Work")


class JivipenArtistsPage(ProfileIndexPage):
    """The Roma artists Jivipen works with."""

    parent_page_types = ["roma_culture.RomaCultureSectionPage"]
    subpage_types = ["roma_culture.JivipenArtistPage"]
    max_count_per_parent = 1

    body = StreamField(JivipenBodyBlock(), blank=True, verbose_name=_("body"))

    class Meta:
        verbose_name = _("Roma artists")
        verbose_name_plural = _("Roma artists (pages)")


class JivipenArtistPage(ProfilePage):
    """A Roma artist (a people-kit profile): discipline, works, and the editions that
    commissioned them."""

    parent_page_types = ["roma_culture.JivipenArtistsPage"]
    search_type = "artist"

    body = StreamField(JivipenBodyBlock(), blank=True, verbose_name=_("body"))

    discipline = models.CharField(
        _("discipline"),
        max_length=200,
        blank=True,
        help_text=_("E.g. theatre, music, photography."),
    )
    works = StreamField([("work", WorkBlock())], blank=True, verbose_name=_("works"))

    content_panels = [*ProfilePage.content_panels, FieldPanel("discipline"), FieldPanel("works")]
    override_translatable_fields = [
        *ProfilePage.override_translatable_fields,
        TranslatableField("discipline"),
        TranslatableField("works"),
    ]

    class Meta:
        verbose_name = _("Roma artist")
        verbose_name_plural = _("Roma artists (profiles)")

    def get_context(self, request, *args, **kwargs):
        from plugins.roma_culture.commissions import artist_commissions

        context = super().get_context(request, *args, **kwargs)
        context["commissions"] = artist_commissions(self)
        return context


class EditionCommission(TranslatableMixin, Orderable):
    """A work commissioned by an edition from an artist."""

    page = ParentalKey(
        "roma_culture.FestivalEditionPage", on_delete=models.CASCADE, related_name="commissions"
    )
    artist = models.ForeignKey(
        "roma_culture.JivipenArtistPage",
        verbose_name=_("artist"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    work = models.CharField(_("work"), max_length=250)
    medium = models.CharField(_("medium"), max_length=200, blank=True)

    panels = [FieldPanel("artist"), FieldPanel("work"), FieldPanel("medium")]
    override_translatable_fields = [
        SynchronizedField("artist", overridable=False),
        TranslatableField("work"),
        TranslatableField("medium"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("commission")
        verbose_name_plural = _("commissions")

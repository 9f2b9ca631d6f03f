"""Craftspeople and local producers: profiles under their commune, and a directory of them all.

A producer may ask to be listed from their commune's page (the submissions kit: the proposal
is a draft child page of the commune in the team's workflow). Their own contact is shown only
when they agreed; the proposer's private details stay in the kit's `Proposal` row.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.directories.filters import ChoiceFilter, RelatedFilter
from cms.directories.models import DirectoryEntryPage, DirectoryIndexPage
from cms.places.models import Place
from cms.submissions.pages import ProposalEntry
from plugins.heritage.blocks import PhotosBlock
from plugins.heritage.models.communes import UnderCommune


class Craft(models.TextChoices):
    WEAVING = "weaving", _("weaving and textiles")
    POTTERY = "pottery", _("pottery")
    WOODWORK = "woodwork", _("woodwork and carving")
    EGGS = "eggs", _("painted eggs")
    METAL = "metal", _("blacksmithing and metalwork")
    FOOD = "food", _("food and drink")
    HONEY = "honey", _("honey and bee products")
    DAIRY = "dairy", _("cheese and dairy")
    LODGING = "lodging", _("rural guesthouse")


class ProducerPage(ProposalEntry, UnderCommune, Place, DirectoryEntryPage):
    """A craftsperson or local producer of a member commune."""

    craft = models.CharField(_("craft or products"), max_length=20, choices=Craft.choices)
    products = models.TextField(_("what they make"), blank=True)
    how_to_buy = models.TextField(
        _("how to buy or visit"),
        blank=True,
        help_text=_("At the farm, at fairs, by order; when to come."),
    )
    website = models.URLField(_("website"), blank=True)
    photos = StreamField(PhotosBlock(), blank=True, verbose_name=_("photos"))
    # Personal data: shown only with consent, never exported.
    contact_phone = models.CharField(_("phone"), max_length=40, blank=True)
    contact_email = models.EmailField(_("email"), blank=True)
    contact_consent = models.BooleanField(
        _("the producer agreed to show this contact on the site"), default=False
    )

    duplicate_website_field = "website"
    duplicate_locality_field = "locality"
    parent_page_types = ["heritage.CommunePage"]
    content_panels = [
        *DirectoryEntryPage.content_panels,
        FieldPanel("craft"),
        FieldPanel("products"),
        FieldPanel("how_to_buy"),
        FieldPanel("website"),
        FieldPanel("photos"),
        MultiFieldPanel(
            [
                FieldPanel("contact_phone"),
                FieldPanel("contact_email"),
                FieldPanel("contact_consent"),
            ],
            heading=_("Contact"),
        ),
        *Place.place_panels,
    ]
    override_translatable_fields = [
        *Place.override_translatable_fields,
        SynchronizedField("craft", overridable=False),
        TranslatableField("products"),
        TranslatableField("how_to_buy"),
        SynchronizedField("website", overridable=False),
        TranslatableField("photos"),
        SynchronizedField("contact_phone", overridable=False),
        SynchronizedField("contact_email", overridable=False),
        SynchronizedField("contact_consent", overridable=False),
    ]
    search_fields = [
        *DirectoryEntryPage.search_fields,
        index.SearchField("products"),
        index.SearchField("locality"),
    ]
    detail_fields = ["craft", "commune", "website"]
    schema_type = "LocalBusiness"
    search_type = "producer"

    class Meta:
        verbose_name = _("producer or craftsperson")
        verbose_name_plural = _("producers and craftspeople")

    @property
    def shown_contact(self) -> dict | None:
        """The producer's phone and email, only if they agreed to show them."""
        if not self.contact_consent or not (self.contact_phone or self.contact_email):
            return None
        return {"phone": self.contact_phone, "email": self.contact_email}


class ProducerDirectoryPage(DirectoryIndexPage):
    """Every producer of the network, wherever their commune, filtered by craft and commune."""

    entry_model_name = "heritage.ProducerPage"
    parent_page_types = ["heritage.HeritageSectionPage"]
    subpage_types: list[str] = []
    filters = [ChoiceFilter("craft"), RelatedFilter("commune")]
    list_fields = ["craft", "commune"]
    # Public facts only: the contact is never exported, consent or not.
    export_fields = ["craft", "commune", "products", "locality", "latitude", "longitude", "website"]
    entry_select_related = ["commune"]

    class Meta:
        verbose_name = _("producers directory")
        verbose_name_plural = _("producers directories")

    def entries(self) -> models.QuerySet:
        # Producers live under their communes, not under this page.
        return self.entries_in_locale()

    def get_context(self, request, *args, **kwargs):
        from plugins.heritage.models.communes import CommunePage

        context = super().get_context(request, *args, **kwargs)
        # Where a producer asks to be listed: their commune's form (one query).
        context["communes"] = list(
            CommunePage.objects.live().public().filter(locale_id=self.locale_id).order_by("title")
        )
        return context

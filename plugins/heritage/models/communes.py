"""The network's communes and their heritage sites.

A `CommunePage` is a directory entry (places kit) under the `CommuneIndexPage`; its heritage
sites (`HeritageSitePage`) and producers are its child pages, so a commune's page gathers them
from the tree, in its own language, and never repeats what they say. Its next event comes from
the events that name it (see `plugins.heritage.models.programme`).
"""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.directories.filters import ChoiceFilter
from cms.directories.models import DirectoryEntryPage, DirectoryIndexPage
from cms.places.models import Place
from cms.submissions.pages import AcceptsProposals
from plugins.heritage.blocks import PhotosBlock, StoryBlock


class CommuneIndexPage(DirectoryIndexPage):
    """The member communes of the network: a map and a list filtered by county and year."""

    parent_page_types = ["heritage.HeritageSectionPage"]
    subpage_types = ["heritage.CommunePage"]
    filters = [ChoiceFilter("county"), ChoiceFilter("member_since")]
    list_fields = ["tagline", "county", "member_since"]
    export_fields = [
        "tagline",
        "county",
        "villages",
        "member_since",
        "latitude",
        "longitude",
        "authority_name",
        "authority_website",
    ]

    class Meta:
        verbose_name = _("commune index")
        verbose_name_plural = _("commune indexes")


class CommunePage(AcceptsProposals, Place, DirectoryEntryPage):  # Place before the page: clean()
    """A member commune: its villages, its story in numbered sections, its local authority; its
    heritage sites and producers are its child pages. A producer of the commune asks to be
    listed here (`propose/`): the proposal is a draft producer page under the commune."""

    proposal_page_model = "heritage.ProducerPage"
    proposal_fields = ["title", "craft", "products", "how_to_buy", "website", "locality"]
    proposal_labels = {"title": _("Your name or your farm's name")}
    proposal_link_text = _("Are you a producer or craftsperson here? Ask to be listed")

    tagline = models.CharField(
        _("tagline"), max_length=200, blank=True, help_text=_("One short line, as on its sign.")
    )
    villages = models.TextField(
        _("component villages"),
        blank=True,
        help_text=_("One village per line, the commune's seat first."),
    )
    member_since = models.PositiveSmallIntegerField(
        _("member since"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2019), MaxValueValidator(2100)],
    )
    story = StreamField(StoryBlock(), blank=True, verbose_name=_("story"))
    photos = StreamField(PhotosBlock(), blank=True, verbose_name=_("photos"))
    # The town hall's public contact: an institution's, not a person's, so always shown.
    authority_name = models.CharField(_("local authority"), max_length=200, blank=True)
    authority_address = models.CharField(_("local authority's address"), max_length=300, blank=True)
    authority_phone = models.CharField(_("local authority's phone"), max_length=40, blank=True)
    authority_email = models.EmailField(_("local authority's email"), blank=True)
    authority_website = models.URLField(_("local authority's website"), blank=True)

    parent_page_types = ["heritage.CommuneIndexPage"]
    subpage_types = ["heritage.HeritageSitePage", "heritage.ProducerPage"]
    content_panels = [
        *DirectoryEntryPage.content_panels,
        FieldPanel("tagline"),
        FieldPanel("villages"),
        FieldPanel("member_since"),
        FieldPanel("story"),
        FieldPanel("photos"),
        MultiFieldPanel(
            [
                FieldPanel("authority_name"),
                FieldPanel("authority_address"),
                FieldPanel("authority_phone"),
                FieldPanel("authority_email"),
                FieldPanel("authority_website"),
            ],
            heading=_("Local authority"),
        ),
        *Place.place_panels,
    ]
    override_translatable_fields = [
        *Place.override_translatable_fields,
        TranslatableField("tagline"),
        SynchronizedField("villages", overridable=False),
        SynchronizedField("member_since", overridable=False),
        TranslatableField("story"),
        TranslatableField("photos"),
        TranslatableField("authority_name"),
        SynchronizedField("authority_address", overridable=False),
        SynchronizedField("authority_phone", overridable=False),
        SynchronizedField("authority_email", overridable=False),
        SynchronizedField("authority_website", overridable=False),
    ]
    search_fields = [
        *DirectoryEntryPage.search_fields,
        index.SearchField("tagline"),
        index.SearchField("villages"),
        index.SearchField("story"),
    ]
    detail_fields = ["county", "member_since"]
    schema_type = "AdministrativeArea"
    search_type = "commune"

    class Meta:
        verbose_name = _("commune")
        verbose_name_plural = _("communes")

    def village_list(self) -> list[str]:
        return [line.strip() for line in self.villages.splitlines() if line.strip()]

    def story_sections(self) -> list[dict]:
        """The story's sections numbered as the real site shows them: "01/04" … "04/04"."""
        sections = [block.value for block in self.story]
        total = len(sections)
        return [
            {"number": f"{position:02d}/{total:02d}", "value": value}
            for position, value in enumerate(sections, start=1)
        ]

    # --- what the records below and the events say about the commune -------------------------

    def heritage_sites(self) -> models.QuerySet:
        return HeritageSitePage.objects.child_of(self).live().public().order_by("path")

    def producers(self) -> models.QuerySet:
        from plugins.heritage.models.producers import ProducerPage

        return ProducerPage.objects.child_of(self).live().public().order_by("title")

    def next_event(self, now: datetime.datetime | None = None):
        """The commune's next event in this page's language, or None."""
        from plugins.heritage.models.programme import next_event_of_commune

        return next_event_of_commune(self, now or timezone.now())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["heritage_sites"] = list(self.heritage_sites())
        context["producers"] = list(self.producers())
        context["next_event"] = self.next_event()
        return context


class UnderCommune(models.Model):
    """A page that lives under a commune: `commune` is its parent, copied on every save so
    directories filter and maps group by commune in one query (it is never typed)."""

    commune = models.ForeignKey(
        CommunePage,
        verbose_name=_("commune"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.title  # as any page's

    def save(self, *args, **kwargs):
        if self.path and self.depth and self.depth > 1:
            self.commune_id = commune_id_of(self.get_parent())
        return super().save(*args, **kwargs)


def commune_id_of(parent) -> int | None:
    """The id of `parent` if it is a commune's page, else None."""
    from django.contrib.contenttypes.models import ContentType

    if parent is None:
        return None
    commune_type = ContentType.objects.get_for_model(CommunePage)  # cached by Django
    return parent.pk if parent.content_type_id == commune_type.pk else None


def follow_a_moved_page(sender, instance, parent_page_after, **kwargs) -> None:
    """Wagtail moves a page without calling its own `save()`: a site or producer moved to
    another commune takes that commune here."""
    if isinstance(instance, UnderCommune) or issubclass(instance.specific_class, UnderCommune):
        model = instance.specific_class
        model.objects.filter(pk=instance.pk).update(commune_id=commune_id_of(parent_page_after))


class SiteCategory(models.TextChoices):
    CHURCH = "church", _("church")
    CASTLE = "castle", _("manor or castle")
    VERNACULAR = "vernacular", _("vernacular architecture")
    NATURAL = "natural", _("natural site")
    MUSEUM = "museum", _("museum")
    MEMORIAL = "memorial", _("memorial")
    ARCHAEOLOGICAL = "archaeological", _("archaeological site")


class HeritageSitePage(UnderCommune, Place, DirectoryEntryPage):
    """A remarkable site ("obiectiv remarcabil") of a commune: only ever a child of one."""

    category = models.CharField(_("category"), max_length=20, choices=SiteCategory.choices)
    period = models.CharField(
        _("period"), max_length=120, blank=True, help_text=_("For example: 18th century.")
    )
    opening = models.TextField(_("opening hours"), blank=True)
    access = models.TextField(_("how to get there"), blank=True)
    accessibility = models.TextField(_("accessibility"), blank=True)
    has_panel = models.BooleanField(_("a promotion panel is installed"), default=False)
    panel_text = models.TextField(_("text of the promotion panel"), blank=True)
    is_landmark = models.BooleanField(
        _("landmark of its commune"),
        default=False,
        help_text=_("Shown as the commune's card on the section page. One per commune."),
    )
    photos = StreamField(PhotosBlock(), blank=True, verbose_name=_("photos"))

    parent_page_types = ["heritage.CommunePage"]
    content_panels = [
        *DirectoryEntryPage.content_panels,
        FieldPanel("category"),
        FieldPanel("period"),
        FieldPanel("is_landmark"),
        MultiFieldPanel(
            [FieldPanel("opening"), FieldPanel("access"), FieldPanel("accessibility")],
            heading=_("Visiting"),
        ),
        MultiFieldPanel(
            [FieldPanel("has_panel"), FieldPanel("panel_text")], heading=_("Promotion panel")
        ),
        FieldPanel("photos"),
        *Place.place_panels,
    ]
    override_translatable_fields = [
        *Place.override_translatable_fields,
        SynchronizedField("category", overridable=False),
        TranslatableField("period"),
        TranslatableField("opening"),
        TranslatableField("access"),
        TranslatableField("accessibility"),
        SynchronizedField("has_panel", overridable=False),
        TranslatableField("panel_text"),
        SynchronizedField("is_landmark", overridable=False),
        TranslatableField("photos"),
    ]
    search_fields = [
        *DirectoryEntryPage.search_fields,
        index.SearchField("period"),
        index.SearchField("panel_text"),
    ]
    detail_fields = ["category", "period"]
    schema_type = "LandmarksOrHistoricalBuildings"
    search_type = "heritage_site"

    class Meta:
        verbose_name = _("heritage site")
        verbose_name_plural = _("heritage sites")

    NEARBY_RADIUS_KM = 15

    def nearby(self, radius_km: float | None = None) -> dict[str, list]:
        """Other sites and the producers within `radius_km`, nearest first, in this page's
        language: two queries, distances computed by the database (plugins.heritage.nearby)."""
        from plugins.heritage.models.producers import ProducerPage
        from plugins.heritage.nearby import within_km

        if not self.has_coordinates:
            return {"sites": [], "producers": []}
        radius = radius_km or self.NEARBY_RADIUS_KM

        def near(model):
            rows = model.objects.live().public().filter(locale_id=self.locale_id)
            found = within_km(rows.exclude(pk=self.pk), self.latitude, self.longitude, radius)
            return list(found.select_related("commune"))

        return {"sites": near(HeritageSitePage), "producers": near(ProducerPage)}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["nearby"] = self.nearby()
        context["nearby_radius_km"] = self.NEARBY_RADIUS_KM
        return context

    def clean(self) -> None:
        super().clean()
        if self.has_panel and not self.panel_text.strip():
            raise ValidationError({"panel_text": _("Give the text the promotion panel shows.")})
        if not self.has_panel and self.panel_text.strip():
            raise ValidationError(
                {"has_panel": _("Tick this box if the panel is installed, or remove its text.")}
            )
        if self.is_landmark:
            self._check_one_landmark()

    def _check_one_landmark(self) -> None:
        parent = self.get_parent() if self.path else None
        if parent is None:
            return
        others = (
            HeritageSitePage.objects.child_of(parent).filter(is_landmark=True).exclude(pk=self.pk)
        )
        if others.exists():
            raise ValidationError(
                {"is_landmark": _("This commune already has a landmark: untick it there first.")}
            )

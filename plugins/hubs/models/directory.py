"""The hub directory (hubs add themselves: "Add your hub") and Tools & learning."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.directories.filters import ChoiceFilter, RelatedFilter
from cms.directories.models import DirectoryEntryPage, DirectoryIndexPage
from cms.libraries.models import LibraryIndexPage, ResourcePage
from cms.places.models import Place
from cms.submissions.pages import AcceptsProposals, ProposalEntry
from plugins.hubs.filters import CountryFilter

# --- The hub directory: hubs add themselves ("Add your hub") -----------------------------------


class HubTrait(models.Model):
    """A fixed value hubs are tagged with: one row per choice (made by a migration), so the
    directory filters them with RelatedFilter and names them in the reader's language."""

    CHOICES: list[tuple[str, str]] = []

    code = models.CharField(_("code"), max_length=30, unique=True)

    class Meta:
        abstract = True
        ordering = ["code"]

    def __str__(self) -> str:
        return str(dict(self.CHOICES).get(self.code, self.code))


class HubSector(HubTrait):
    CHOICES = [
        ("architecture", _("architecture")),
        ("crafts", _("crafts")),
        ("design", _("design")),
        ("digital", _("digital and games")),
        ("fashion", _("fashion")),
        ("film", _("film and audiovisual")),
        ("music", _("music")),
        ("performing-arts", _("performing arts")),
        ("publishing", _("publishing")),
        ("visual-arts", _("visual arts")),
    ]

    class Meta(HubTrait.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class HubService(HubTrait):
    CHOICES = [
        ("coworking", _("coworking desks")),
        ("events", _("events")),
        ("funding", _("access to funding")),
        ("mentoring", _("mentoring and advice")),
        ("networking", _("networking and exchanges")),
        ("residencies", _("residencies")),
        ("training", _("training")),
    ]

    class Meta(HubTrait.Meta):
        verbose_name = _("service")
        verbose_name_plural = _("services")


class HubFacility(HubTrait):
    CHOICES = [
        ("event-space", _("event space")),
        ("exhibition-space", _("exhibition space")),
        ("fabrication", _("digital fabrication (3D printing, laser cutting)")),
        ("meeting-rooms", _("meeting rooms")),
        ("studio", _("recording or photo studio")),
        ("workshop", _("workshop with tools")),
    ]

    class Meta(HubTrait.Meta):
        verbose_name = _("facility")
        verbose_name_plural = _("facilities")


class HubDirectoryPage(AcceptsProposals, DirectoryIndexPage):
    """The map and list of creative hubs across Europe; any hub can propose itself."""

    proposal_page_model = "hubs.HubPage"
    proposal_link_text = _("Add your hub")
    proposal_fields = [
        "title",
        "kind",
        "mode",
        "locality",
        "country",
        "website",
        "sectors",
        "services",
        "facilities",
        "description",
        "logo",
    ]
    proposal_labels = {"title": _("Name of the hub")}
    parent_page_types = ["hubs.HubsSectionPage"]
    subpage_types = ["hubs.HubPage"]
    filters = [
        CountryFilter("country"),
        ChoiceFilter("kind"),
        ChoiceFilter("mode"),
        RelatedFilter("sectors", param="sector"),
        RelatedFilter("services"),
        RelatedFilter("facilities"),
    ]
    list_fields = ["kind", "locality", "country"]
    export_fields = [
        "kind",
        "mode",
        "membership",
        "locality",
        "country",
        "latitude",
        "longitude",
        "website",
        "sectors",
        "services",
        "facilities",
    ]

    class Meta:
        verbose_name = _("hub directory")
        verbose_name_plural = _("hub directories")


class HubPage(ProposalEntry, Place, DirectoryEntryPage):
    """One creative hub: what it is, where, what it offers."""

    KINDS = [
        ("collective", _("collective")),
        ("co-operative", _("co-operative")),
        ("lab", _("lab")),
        ("incubator", _("incubator")),
        ("coworking", _("coworking")),
        ("makerspace", _("makerspace")),
        ("fablab", _("fablab")),
        ("other", _("other")),
    ]
    MODES = [("static", _("static")), ("mobile", _("mobile")), ("online", _("online"))]
    MEMBERSHIPS = [("regular", _("regular member")), ("associate", _("associate member"))]

    kind = models.CharField(_("kind"), max_length=20, choices=KINDS, default="other")
    mode = models.CharField(_("mode"), max_length=10, choices=MODES, default="static")
    membership = models.CharField(_("membership"), max_length=10, choices=MEMBERSHIPS, blank=True)
    website = models.URLField(_("website"), blank=True)
    sectors = ParentalManyToManyField(
        HubSector, verbose_name=_("sectors"), blank=True, related_name="+"
    )
    services = ParentalManyToManyField(
        HubService, verbose_name=_("services"), blank=True, related_name="+"
    )
    facilities = ParentalManyToManyField(
        HubFacility, verbose_name=_("facilities"), blank=True, related_name="+"
    )
    description = RichTextField(_("description"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    duplicate_website_field = "website"
    duplicate_locality_field = "locality"
    parent_page_types = ["hubs.HubDirectoryPage"]
    content_panels = [
        *DirectoryEntryPage.content_panels,
        FieldPanel("kind"),
        FieldPanel("mode"),
        FieldPanel("membership"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("description"),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("services", widget=forms.CheckboxSelectMultiple),
        FieldPanel("facilities", widget=forms.CheckboxSelectMultiple),
        *Place.place_panels,
    ]
    override_translatable_fields = [
        *Place.override_translatable_fields,
        SynchronizedField("kind", overridable=False),
        SynchronizedField("mode", overridable=False),
        SynchronizedField("membership", overridable=False),
        SynchronizedField("website", overridable=False),
        SynchronizedField("sectors", overridable=False),
        SynchronizedField("services", overridable=False),
        SynchronizedField("facilities", overridable=False),
        SynchronizedField("logo", overridable=False),
        TranslatableField("description"),
    ]
    search_fields = [
        *DirectoryEntryPage.search_fields,
        index.SearchField("locality"),
        index.SearchField("description"),
    ]
    # The website (a link) and the description (rich text) are shown by hubs/hub_page.html.
    detail_fields = ["kind", "mode", "membership", "sectors", "services", "facilities"]
    schema_type = "Organization"
    search_type = "hub"

    class Meta:
        verbose_name = _("creative hub")
        verbose_name_plural = _("creative hubs")


# --- Tools & learning (the libraries kit) ------------------------------------------------------


class HubToolsPage(LibraryIndexPage):
    """ "Tools & learning": the hubs' toolkits, guides and recorded talks."""

    parent_page_types = ["hubs.HubsSectionPage"]
    subpage_types = ["hubs.HubToolPage"]

    class Meta:
        verbose_name = _("hub tools library")
        verbose_name_plural = _("hub tools libraries")


class HubToolPage(ResourcePage):
    parent_page_types = ["hubs.HubToolsPage"]

    class Meta:
        verbose_name = _("hub tool")
        verbose_name_plural = _("hub tools")

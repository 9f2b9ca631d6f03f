"""The Cluj School Network: a directory of schools on a map, with its figures "in numbers"."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.directories.filters import ChoiceFilter
from cms.directories.models import DirectoryEntryPage, DirectoryIndexPage
from cms.places.models import Place


class SchoolKind(models.TextChoices):
    MIDDLE = "gimnaziala", _("middle school (gimnazială)")
    HIGH = "liceu", _("high school (liceu)")
    COLLEGE = "colegiu", _("college (colegiu)")
    SPECIAL = "speciala", _("special school")


class SchoolSetting(models.TextChoices):
    URBAN = "urban", _("urban")
    METROPOLITAN = "metropolitan", _("metropolitan area")
    RURAL = "rural", _("rural")


class NetworkStatus(models.TextChoices):
    MEMBER = "member", _("member")
    JOINING = "joining", _("joining")
    ALUMNI = "alumni", _("former member")


class SchoolPage(Place, DirectoryEntryPage):  # Place first: its clean() checks the coordinates
    """A school of the network: where it is, what kind, since when, who to talk to."""

    kind = models.CharField(_("kind of school"), max_length=20, choices=SchoolKind.choices)
    setting = models.CharField(
        _("setting"), max_length=20, choices=SchoolSetting.choices, default=SchoolSetting.URBAN
    )
    year_joined = models.PositiveSmallIntegerField(
        _("year joined"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
    )
    status = models.CharField(
        _("status in the network"),
        max_length=20,
        choices=NetworkStatus.choices,
        default=NetworkStatus.MEMBER,
    )
    website = models.URLField(_("website"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt_text = models.CharField(
        _("photo description (alt text)"),
        max_length=250,
        blank=True,
        help_text=_("What the photo shows, for people who cannot see it. Required with a photo."),
    )
    # The contact teacher is personal data: shown only when they agreed, never exported.
    contact_name = models.CharField(_("contact teacher"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact teacher's email"), blank=True)
    contact_consent = models.BooleanField(
        _("the contact teacher agreed to be shown on the site"), default=False
    )

    parent_page_types = ["schools.SchoolNetworkPage"]
    content_panels = [
        *DirectoryEntryPage.content_panels,
        FieldPanel("kind"),
        FieldPanel("setting"),
        FieldPanel("status"),
        FieldPanel("year_joined"),
        FieldPanel("website"),
        MultiFieldPanel(
            [FieldPanel("photo"), FieldPanel("photo_alt_text")],
            heading=_("Photo"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_consent"),
            ],
            heading=_("Contact teacher"),
        ),
        *Place.place_panels,
    ]
    override_translatable_fields = [
        *Place.override_translatable_fields,
        SynchronizedField("kind", overridable=False),
        SynchronizedField("setting", overridable=False),
        SynchronizedField("status", overridable=False),
        SynchronizedField("year_joined", overridable=False),
        SynchronizedField("website", overridable=False),
        SynchronizedField("photo"),
        TranslatableField("photo_alt_text"),
        SynchronizedField("contact_name", overridable=False),
        SynchronizedField("contact_email", overridable=False),
        SynchronizedField("contact_consent", overridable=False),
    ]
    detail_fields = ["kind", "setting", "status", "year_joined", "website"]
    schema_type = "School"
    search_type = "school"

    class Meta:
        verbose_name = _("school of the network")
        verbose_name_plural = _("schools of the network")

    def clean(self) -> None:
        super().clean()
        if self.photo_id and not self.photo_alt_text.strip():
            raise ValidationError(
                {"photo_alt_text": _("Describe the photo for people who cannot see it.")}
            )

    @property
    def shown_contact(self) -> dict | None:
        """The contact teacher, only if they agreed to be shown."""
        if not self.contact_consent or not (self.contact_name or self.contact_email):
            return None
        return {"name": self.contact_name, "email": self.contact_email}

    def get_context(self, request, *args, **kwargs):
        from plugins.schools.activity import school_events, school_residencies

        context = super().get_context(request, *args, **kwargs)
        context["residencies"] = school_residencies(self)
        context["school_events"] = school_events(self)
        return context


class SchoolNetworkPage(DirectoryIndexPage):
    """The Cluj School Network: the map, the filtered list and the network in numbers."""

    parent_page_types = ["schools.SchoolsSectionPage"]
    subpage_types = ["schools.SchoolPage"]
    filters = [
        ChoiceFilter("locality"),
        ChoiceFilter("kind"),
        ChoiceFilter("status"),
        ChoiceFilter("year_joined"),
    ]
    list_fields = ["kind", "locality", "status"]
    # Public facts only: the contact teacher is never exported, consent or not.
    export_fields = [
        "kind",
        "setting",
        "status",
        "year_joined",
        "address",
        "locality",
        "county",
        "latitude",
        "longitude",
        "website",
    ]

    class Meta:
        verbose_name = _("school network")
        verbose_name_plural = _("school networks")

    def figures(self) -> dict[str, int]:
        """The whole network in numbers (not the filtered selection), from its records: the
        schools in one query, what happened in them in one more."""
        from plugins.schools.activity import network_activity_figures

        schools = self.entries().aggregate(
            schools=Count("pk"),
            members=Count("pk", filter=Q(status=NetworkStatus.MEMBER)),
            joining=Count("pk", filter=Q(status=NetworkStatus.JOINING)),
            urban=Count("pk", filter=Q(setting=SchoolSetting.URBAN)),
            metropolitan=Count("pk", filter=Q(setting=SchoolSetting.METROPOLITAN)),
            rural=Count("pk", filter=Q(setting=SchoolSetting.RURAL)),
            localities=Count("locality", distinct=True, filter=~Q(locality="")),
        )
        return {**schools, **network_activity_figures(self)}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["network_figures"] = self.figures()
        return context

"""A directory of places as a programme would build it: schools of a network on a map.

Not the site's: installed by tests/settings.py only. The entry has a kind (choices), the year
it joined, a locality (from `Place`), a website, topics (a translatable snippet) and a contact
email that is private and must never be exported.
"""

from django.db import models

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.directories.filters import ChoiceFilter, RelatedFilter
from cms.directories.models import DirectoryEntryPage, DirectoryIndexPage
from cms.places.models import Place


class KitTopic(TranslatableMixin, models.Model):
    name = models.CharField("name", max_length=100)

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class KitSchoolPage(Place, DirectoryEntryPage):
    KINDS = [("school", "Școală"), ("kindergarten", "Grădiniță"), ("library", "Bibliotecă")]

    kind = models.CharField("kind", max_length=20, choices=KINDS, default="school")
    year_joined = models.PositiveSmallIntegerField("year joined", null=True, blank=True)
    website = models.URLField("website", blank=True)
    contact_email = models.EmailField("contact email", blank=True)
    topics = ParentalManyToManyField(KitTopic, blank=True, related_name="+")

    parent_page_types = ["kit_directories.KitSchoolDirectoryPage"]
    content_panels = [
        *DirectoryEntryPage.content_panels,
        FieldPanel("kind"),
        FieldPanel("year_joined"),
        FieldPanel("website"),
        FieldPanel("contact_email"),
        FieldPanel("topics"),
        *Place.place_panels,
    ]
    override_translatable_fields = [
        *Place.override_translatable_fields,
        SynchronizedField("kind", overridable=False),
        SynchronizedField("year_joined", overridable=False),
        SynchronizedField("website", overridable=False),
        SynchronizedField("contact_email", overridable=False),
    ]
    search_fields = [*DirectoryEntryPage.search_fields, index.SearchField("locality")]
    detail_fields = ["kind", "locality", "year_joined", "website", "topics"]
    schema_type = "School"
    search_type = "school"


class KitSchoolDirectoryPage(DirectoryIndexPage):
    subpage_types = ["kit_directories.KitSchoolPage"]
    filters = [
        ChoiceFilter("kind"),
        ChoiceFilter("locality"),
        ChoiceFilter("year_joined"),
        RelatedFilter("topics"),
    ]
    page_size = 5
    list_fields = ["kind", "locality"]
    export_fields = [
        "kind",
        "locality",
        "year_joined",
        "website",
        "latitude",
        "longitude",
        "topics",
    ]


class KitReadingPage(DirectoryEntryPage):
    """An entry that is not a place: its directory has no map and no distance order."""

    parent_page_types = ["kit_directories.KitReadingListPage"]


class KitReadingListPage(DirectoryIndexPage):
    subpage_types = ["kit_directories.KitReadingPage"]
    export_fields = ["intro"]

"""A directory of hubs that accepts proposals, and its entries: the way a plugin would build
them on the submissions kit (only in the test run)."""

from __future__ import annotations

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from cms.directories.filters import ChoiceFilter
from cms.directories.models import DirectoryEntryPage, DirectoryIndexPage
from cms.submissions.pages import AcceptsProposals, ProposalEntry


class KitHubDirectoryPage(AcceptsProposals, DirectoryIndexPage):
    """A directory (the directories kit) that takes proposals: both kits on one page."""

    proposal_page_model = "kit_submissions.KitHubPage"
    proposal_fields = ["title", "website", "locality", "photo", "description"]
    subpage_types = ["kit_submissions.KitHubPage"]
    filters = [ChoiceFilter("locality")]
    list_fields = ["locality"]
    export_fields = ["website", "locality"]


class KitHubPage(ProposalEntry, DirectoryEntryPage):
    website = models.URLField("website", blank=True)
    locality = models.CharField("locality", max_length=100, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    description = RichTextField("description", blank=True)

    duplicate_website_field = "website"
    duplicate_locality_field = "locality"
    parent_page_types = ["kit_submissions.KitHubDirectoryPage"]
    content_panels = [
        *DirectoryEntryPage.content_panels,
        FieldPanel("website"),
        FieldPanel("locality"),
        FieldPanel("photo"),
        FieldPanel("description"),
    ]

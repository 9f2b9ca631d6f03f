"""The Academy's resource library (the libraries kit): toolkits, guides, the ECoC library's
documents, podcast episodes with their transcripts, case studies.

- `AcademyLibraryPage`: the library under the section, a directory filtered by kind and topic
  (the kit's filters, counts, exports and query budget).
- `AcademyResourcePage`: one resource. Its kind, topics, files, audio and transcript are the
  kit's fields; topics are the shared `Topic` snippets, so a topic is one value across the
  Academy's, the schools' and the hubs' libraries.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from cms.libraries.models import LibraryIndexPage, ResourcePage


class AcademyLibraryPage(LibraryIndexPage):
    """The Academy's library, filtered by kind and topic."""

    parent_page_types = ["academy.AcademySectionPage"]
    subpage_types = ["academy.AcademyResourcePage"]

    class Meta:
        verbose_name = _("Academy library")
        verbose_name_plural = _("Academy libraries")


class AcademyResourcePage(ResourcePage):
    """A toolkit, guide, document, podcast episode or case study of the Academy."""

    parent_page_types = ["academy.AcademyLibraryPage"]

    class Meta:
        verbose_name = _("Academy resource")
        verbose_name_plural = _("Academy resources")

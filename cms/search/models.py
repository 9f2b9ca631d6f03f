"""The search index: one row per live, routable page, in that page's language."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.search.facets import DEFAULT_TYPE, Timing


class SearchDocument(models.Model):
    """A page as search sees it: its text, its language, programme, type and dates.

    Written only by `cms.search.indexing` (on publish, unpublish, move; `rebuild_search_index`).
    The page's URL is not copied: results join the page's `url_path`, so a move never leaves a
    stale link. `title_text` and `search_text` are normalised (`cms.search.normalise`) for the
    word-prefix matching every database can run; on PostgreSQL a migration adds a weighted
    `search_vector` column (title A, summary B, body C) kept by a trigger, with a GIN index.
    """

    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_document",
    )
    language = models.CharField(_("language"), max_length=8)
    programme = models.CharField(_("programme"), max_length=50, blank=True)
    type_key = models.CharField(_("type"), max_length=40, default=DEFAULT_TYPE)
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body text"), blank=True)
    title_text = models.CharField(_("normalised title"), max_length=600)
    search_text = models.TextField(_("normalised text"))
    timing = models.CharField(
        _("timing"), max_length=8, choices=Timing.choices, default=Timing.NONE, blank=True
    )
    starts_at = models.DateTimeField(_("starts at"), null=True, blank=True)
    ends_at = models.DateTimeField(_("ends at"), null=True, blank=True)
    indexed_at = models.DateTimeField(_("indexed at"), auto_now=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        indexes = [
            models.Index(fields=["language", "programme", "type_key"]),
            models.Index(fields=["language", "title_text"]),
        ]

    def __str__(self) -> str:
        return f"{self.language}: {self.title}"

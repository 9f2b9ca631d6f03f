"""What the home page and a programme's section page show above "what's on": an item the editors
pin (any page: an event, a call, an article). The figures ("în cifre") are the body's `numbers`
block (`cms.blocks`).

The pinned page is synchronised, not translated, between the two copies of the home page: one
editor pins it once, and each language shows the pinned page's own copy in that language
(`pinned_page`); while the English copy is not written, the English page features nothing
rather than a Romanian text. A translated foreign key would instead stop the English copy from
being created until the pinned page was translated.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from cms.ownership import pages_of_disabled_programmes
from cms.page_image import PageImage
from cms.social_meta import page_description
from cms.translations import copy_in


class Featured(models.Model):
    featured_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("featured page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown first, above what's on: an event, a call, an article, any page."),
    )
    featured_note = models.CharField(
        _("why it is featured"),
        max_length=160,
        blank=True,
        help_text=_("One line shown with it; its own summary when empty."),
    )
    featured_panels = [
        MultiFieldPanel(
            [FieldPanel("featured_page"), FieldPanel("featured_note")], heading=_("Featured")
        ),
    ]
    override_translatable_fields = [SynchronizedField("featured_page")]

    class Meta:
        abstract = True

    def pinned_page(self, private) -> Page | None:
        """The featured page's copy in this page's language, live and public,
        as its specific type; None when nothing is pinned or it was unpublished. `private` is
        `Page.objects.all().private_q()`. The copy (one query, the switched-off programmes' sections
        in a subquery or one more), then its specific row."""
        if self.featured_page_id is None:
            return None
        pinned_key = Page.objects.filter(pk=self.featured_page_id).values("translation_key")
        # A page of a switched-off programme is never shown (`cms.ownership`).
        shown = Page.objects.exclude(private).exclude(pages_of_disabled_programmes())
        copy = copy_in(shown, pinned_key, self.locale_id, fallback=False)
        if copy is None:
            return None
        pinned = copy.specific
        # Only a page that describes its picture (`PageImage`) shows one: no image without alt.
        pinned.card_image = pinned.image if isinstance(pinned, PageImage) else None
        pinned.card_text = page_description(pinned)
        return pinned

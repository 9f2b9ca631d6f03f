"""Keep the index current from Wagtail's page lifecycle signals.

Publishing (including wagtail-localize publishing a translation) writes the page's document and
its live translations' (they share an event's dates and a call's deadline);
unpublishing removes it (Wagtail sends `page_unpublished` for each descendant too); a move
reindexes the moved subtree, whose programme may have changed; adding or removing a view
restriction reindexes the restricted subtree. Deleting a page deletes its document through the
OneToOne's CASCADE.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.search.indexing import index_page, reindex_subtree, remove_page


@receiver(page_published)
def index_published_page(sender, instance, **kwargs) -> None:
    index_page(instance)
    # An event's dates and a call's deadline are the event's and the call's, kept on their
    # Romanian page: publishing it changes what the other languages' documents say too.
    for translation in instance.get_translations().live().specific():
        index_page(translation)


@receiver(page_unpublished)
def remove_unpublished_page(sender, instance, **kwargs) -> None:
    remove_page(instance.pk)


@receiver(post_page_move)
def reindex_moved_pages(sender, instance, **kwargs) -> None:
    reindex_subtree(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def reindex_restricted_pages(sender, instance, **kwargs) -> None:
    # On a page's deletion the restriction goes with it: nothing is left to reindex.
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        reindex_subtree(page)

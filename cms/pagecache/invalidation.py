"""What bumps which tags (cms/pagecache/__init__.py says what each tag means).

- A page published, unpublished, moved or deleted: `page:<id>` of it in every language (what
  shows it), `children:<id>` of its ancestors in every language, before and after a move (what
  lists it: its section, the home page), and `site` when it is a page the navigation lists
  (depth 3: a programme's section or a page of the centre).
- A date of an event changed (`cms.events.changes.calendar_changed`): `calendar` and the event's
  pages; a registration that changes the seats left: the event's pages.
- A snippet, a setting, an image, a document, a view restriction, a site or a locale saved or
  deleted: `site`, because any page may show it beside its content.
- Every page read while a response renders is one of its tags (`page_read`, from `post_init`).
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_init, post_save

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.pagecache.tags import bump, page_read, pages_changed

NAVIGATION_DEPTH = 3  # the home page's children: the sections and the centre's own pages


def page_changed(page: Page, *, old_parent: Page | None = None) -> None:
    translations = list(Page.objects.filter(translation_key=page.translation_key))
    if not any(translation.pk == page.pk for translation in translations):  # being deleted
        translations.append(page)
    listing = set()  # the pages above it, in every language, before and after a move
    for translation in translations:
        listing.update(translation.get_ancestors().values_list("pk", flat=True))
    if old_parent is not None:
        listing.update(old_parent.get_ancestors(inclusive=True).values_list("pk", flat=True))
    pages_changed(translation.pk for translation in translations)
    bump(*(f"children:{pk}" for pk in listing), "tree")
    in_navigation = page.depth <= NAVIGATION_DEPTH or (
        old_parent is not None and old_parent.depth < NAVIGATION_DEPTH
    )
    if in_navigation:
        bump("site")


def on_publish_or_unpublish(sender, instance, **kwargs) -> None:
    page_changed(instance)


def on_move(sender, instance, parent_page_before=None, **kwargs) -> None:
    page_changed(instance, old_parent=parent_page_before)


def on_page_deleted(sender, instance, **kwargs) -> None:
    page_changed(instance)


def shows_everywhere(model) -> bool:
    """Models any page may show beside its content."""
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, PageViewRestriction, Site
    from wagtail.snippets.models import get_snippet_models

    everywhere = (
        BaseGenericSetting,
        BaseSiteSetting,
        get_image_model(),
        get_document_model(),
        PageViewRestriction,
        Site,
        Locale,
    )
    return issubclass(model, everywhere) or model in get_snippet_models()


def on_model_change(sender, **kwargs) -> None:
    if shows_everywhere(sender):
        bump("site")


def on_init(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page) and instance.pk is not None:
        page_read(instance.pk)


def connect() -> None:
    page_published.connect(on_publish_or_unpublish, dispatch_uid="pagecache.published")
    page_unpublished.connect(on_publish_or_unpublish, dispatch_uid="pagecache.unpublished")
    post_page_move.connect(on_move, dispatch_uid="pagecache.moved")
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="pagecache.deleted")
    post_save.connect(on_model_change, dispatch_uid="pagecache.saved")
    post_delete.connect(on_model_change, dispatch_uid="pagecache.model_deleted")
    post_init.connect(on_init, dispatch_uid="pagecache.read")

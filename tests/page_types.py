"""The site's page types, found from the models and the demo rather than listed, so the checks
that must cover "every public page type" (the W3C Nu checker, axe, the demo) cover a programme's
new type the day it is installed."""

from __future__ import annotations

from wagtail.models import Page, get_page_models


def is_kit_test_model(model) -> bool:
    """The content kits' throw-away types (tests/kit_apps/) are not in the demo; each kit's own
    suite checks them."""
    return model.__module__.startswith("tests.kit_apps.")


def creatable_page_models():
    """Page types an editor can add somewhere: creatable, and a child its parents accept (the
    engine's own bases, such as ProgrammeSectionPage, are in no parent's list)."""
    return [
        model
        for model in get_page_models()
        if model.is_creatable
        and not is_kit_test_model(model)
        and any(
            model in parent.allowed_subpage_models()
            for parent in model.allowed_parent_page_models()
        )
    ]


def one_page_of_each_type_per_language():
    """The first live page (in tree order) of each page type in each language, specific."""
    seen = set()
    pages = Page.objects.live().filter(depth__gt=1).select_related("locale", "content_type")
    for page in pages.order_by("path"):
        key = (page.content_type_id, page.locale.language_code)
        if key not in seen:
            seen.add(key)
            yield page.specific

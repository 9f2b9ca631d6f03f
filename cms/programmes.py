"""Runtime view of the enabled programmes: their section models and live section pages.

`cms.plugin_manager` knows plugins before Django is set up; this module answers the questions
that need models (which page type roots a section, which sections are live in a locale).

It sits below `cms.models` (whose home page asks it which section types it takes and which
sections are live), so it reaches the section model through `cms.ownership.section_base` (the
app registry) rather than by importing `cms.models`: the dependency points one way.
"""

from __future__ import annotations

from django.apps import apps
from django.db.models import Q

from wagtail.models import Locale, Page

from cms.ownership import programme_of_model, section_base
from cms.plugin_manager import (
    Programme,
    call_for_programme,
    enabled_programmes,
    get_programme,
)


def section_page_model_for(programme: Programme) -> type[Page]:
    """The page model rooting the programme's section: `section_page_model()`, or else the
    model `ProgrammeInfo.section_model` names."""

    if "section_page_model" in programme.hooks:
        model = call_for_programme(programme, "section_page_model")
    else:
        model = apps.get_model(programme.info.section_model)
    if not (isinstance(model, type) and issubclass(model, section_base())):
        raise TypeError(
            f"Programme {programme.slug!r}: its section page model must be a subclass of "
            f"ProgrammeSectionPage, not {model!r}."
        )
    if programme_of_model(model) != programme.slug:
        raise TypeError(
            f"Programme {programme.slug!r}: its section page model {model._meta.label} is not "
            "in one of its own apps (installed_apps), so its sections would not be its own."
        )
    return model


def demo_builder_of(programme: Programme):
    """What builds a programme's demo content, called with a `DemoBuilder`: its
    `load_demo_content` hook, or else `build` in its package's `demo` module; None if neither."""
    import importlib
    import importlib.util

    from cms.plugin_manager import plugin_package

    if "load_demo_content" in programme.hooks:
        return lambda demo: call_for_programme(programme, "load_demo_content", demo=demo)
    module_name = f"{plugin_package(programme.plugin)}.demo"
    if importlib.util.find_spec(module_name) is None:
        return None
    return importlib.import_module(module_name).build


def build_demo_content(programme: Programme, demo) -> bool:
    """Build a programme's demo content through `demo`; False when it has none."""
    builder = demo_builder_of(programme)
    if builder is not None:
        builder(demo)
    return builder is not None


def section_page_models() -> list[type[Page]]:
    return [section_page_model_for(programme) for programme in enabled_programmes()]


def enabled_slugs() -> list[str]:
    return [programme.slug for programme in enabled_programmes()]


def live_sections(locale_id: int, private: Q | None = None, *, with_images: bool = False):
    """Live, public section pages of the enabled programmes in one locale, in programme order.

    `private` is `Page.objects.all().private_q()` when the caller has it already. `with_images`
    (the home page's cards) brings each section's picture and its renditions in two queries.
    """
    if private is None:
        private = Page.objects.all().private_q()
    order = {slug: index for index, slug in enumerate(enabled_slugs())}
    fields = ["id", "title", "url_path", "path", "depth", "programme", "intro", "locale_id"]
    sections = (
        section_base()
        .objects.live()
        .exclude(private)
        .filter(locale_id=locale_id, programme__in=order)
    )
    if with_images:
        fields += ["image", "image_alt_text", "image_is_decorative", "image_credit"]
        sections = sections.select_related("image").prefetch_related("image__renditions")
    sections = list(sections.only(*fields))
    for section in sections:
        section.programme_info = get_programme(section.programme).info
    return sorted(sections, key=lambda section: order[section.programme])


def section_urls(programme: Programme) -> dict[str, str]:
    """The section page's URL in each locale where it is live (used by `programmes --json`)."""
    urls = {}
    for locale in Locale.objects.all():
        section = (
            section_base().objects.live().filter(programme=programme.slug, locale=locale).first()
        )
        if section is not None:
            urls[locale.language_code] = section.get_url()
    return urls

"""Template context every public page needs: the programmes' navigation and the centre's pages."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.functional import SimpleLazyObject

from wagtail.models import Locale, Page


@dataclass
class Navigation:
    sections: list = field(default_factory=list)  # live programme sections, in programme order
    centre_pages: list = field(default_factory=list)  # about, contact… ("show in menus")


def _navigation(request) -> Navigation:
    from cms.models import ProgrammeSectionPage
    from cms.programmes import live_sections
    from cms.view_restrictions import private_pages

    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:  # an empty database, before load_demo
        return Navigation()
    private = private_pages(request)  # one query, shared with the page's own lists
    centre_pages = (
        Page.objects.live()
        .in_menu()
        .filter(depth=3, locale=locale)
        .not_type(ProgrammeSectionPage)
        .exclude(private)
        .only("id", "title", "url_path", "path", "depth", "locale_id")
        .order_by("path")
    )
    return Navigation(live_sections(locale.id, private), list(centre_pages))


def site_navigation(request):
    # Lazy: admin views and JSON endpoints never pay the queries.
    return {"navigation": SimpleLazyObject(lambda: _navigation(request))}

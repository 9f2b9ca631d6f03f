"""Template context every public page needs: the navigation built from enabled programmes."""

from __future__ import annotations

from django.utils.functional import SimpleLazyObject

from wagtail.models import Locale


def _navigation():
    from cms.programmes import live_sections

    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:  # an empty database, before load_demo
        return []
    return live_sections(locale.id)


def site_navigation(request):
    # Lazy: admin views and JSON endpoints never pay the query.
    return {"programme_sections": SimpleLazyObject(_navigation)}

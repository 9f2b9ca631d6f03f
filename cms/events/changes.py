"""What the events engine tells the rest of the site when its dates change.

- `calendar_changed()` gives every cached feed a new key and renders the calendars and the
  event's pages again (the page cache's tags, shared through Redis in production), after any
  change to an occurrence;
- `occurrence_changed` is sent after an editor cancels or moves one date (`change` is
  "cancelled" or "moved"), so that whoever holds a seat is told: cms.registrations listens, the
  events engine knows no one.
"""

from __future__ import annotations

from django.dispatch import Signal

from cms.pagecache.tags import bump, pages_changed, tag_versions

occurrence_changed = Signal()


def calendar_version() -> str:
    """A token that changes whenever any occurrence changes: part of every cached feed's key.
    It is the page cache's `calendar` tag, which calendars and "what's on" lists depend on."""
    return tag_versions(["calendar"])["calendar"]


def calendar_changed(series_key=None) -> None:
    """Cached feeds, calendars and lists of dates are rendered again, and the pages of the
    event whose dates changed (`series_key`, its translation key) if one is named: now and
    again at commit, so no process caches the old state between the two (the cache is shared
    through Redis in production)."""
    bump("calendar")
    if series_key is not None:
        event_pages_changed(series_key)


def event_pages_changed(series_key) -> None:
    """The pages of an event, in every language, are rendered again (its dates or its seats
    left changed)."""
    from wagtail.models import Page

    pages_changed(Page.objects.filter(translation_key=series_key).values_list("pk", flat=True))

"""What the events engine tells the rest of the site when its dates change.

- `calendar_changed()` gives every cached feed a new key (the cache is shared through Redis in
  production), after any change to an occurrence;
- `occurrence_changed` is sent after an editor cancels or moves one date (`change` is
  "cancelled" or "moved"), so that whoever holds a seat is told: cms.registrations listens, the
  events engine knows no one.
"""

from __future__ import annotations

import time

from django.core.cache import cache
from django.db import transaction
from django.dispatch import Signal

occurrence_changed = Signal()

CALENDAR_VERSION_KEY = "events:calendar-version"


def calendar_version() -> str:
    """A token that changes whenever any occurrence changes: part of every cached feed's key."""
    version = cache.get(CALENDAR_VERSION_KEY)
    if version is None:
        version = _new_version()
    return version


def _new_version() -> str:
    version = str(time.time_ns())
    cache.set(CALENDAR_VERSION_KEY, version, None)
    return version


def calendar_changed() -> None:
    """Invalidate cached feeds now and again at commit, so no process caches the old state
    between the two (the cache is shared through Redis in production)."""
    _new_version()
    transaction.on_commit(_new_version)

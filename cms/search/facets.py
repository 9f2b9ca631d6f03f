"""What search asks a page about itself: its type, its programme and its dates.

The interface, for any page type (engine, events, open calls, plugins):

* a page class may define ``search_type = "school"`` (a key of :data:`SEARCH_TYPES`, or one it
  registered with :func:`register_search_type`);
* or, for more, a method ``search_facets(self) -> SearchFacets``: its type, programme and
  timing (an event's first start and last end, a call's opening and closing).
* Models this app cannot edit get an adapter: ``register_facets(ModelClass, function)``.

Defaults, for pages that say nothing: type "page" (a programme's section root: "programme"),
programme from `cms.ownership.programme_of` (its own, its app's or its section's), no timing.

Timing is stored as moments, not as a state, so "upcoming" becomes "past" and "open" becomes
"closed" at the right minute without anyone republishing the page; :func:`state_at` turns the
moments into a state at query time.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.db import models
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.models import Page


class Timing(models.TextChoices):
    """How a page's moments read: an event is upcoming/past, a call is upcoming/open/closed."""

    NONE = "", _("none")
    EVENT = "event", _("event dates")
    CALL = "call", _("application period")


class State(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    PAST = "past", _("Past")
    OPEN = "open", _("Open")
    OPENS_SOON = "opens_soon", _("Opens soon")
    CLOSED = "closed", _("Closed")


# Type keys and their labels. Keys are stored in the index; labels are shown and translated.
SEARCH_TYPES: dict[str, Promise] = {
    "event": _("Event"),
    "open_call": _("Open call"),
    "module": _("Module"),
    "school": _("School"),
    "locality": _("Locality"),
    "heritage_site": _("Heritage site"),
    "artist": _("Artist"),
    "hub": _("Creative hub"),
    "resource": _("Resource"),
    "programme": pgettext_lazy("search result type", "Programme"),
    "page": _("Page"),
}
DEFAULT_TYPE = "page"


def register_search_type(key: str, label: Promise | str) -> None:
    """Add a type a plugin's pages use (`label` should be a lazy gettext string)."""
    SEARCH_TYPES.setdefault(key, label)


def type_label(key: str) -> str:
    return str(SEARCH_TYPES.get(key, SEARCH_TYPES[DEFAULT_TYPE]))


@dataclass(frozen=True)
class SearchFacets:
    """What a search result shows and filters on, besides its text.

    `starts_at`/`ends_at`: for an event, the start of its first upcoming (or first) occurrence
    and the end of its last one; for a call, its opening and closing moments.
    """

    type_key: str = DEFAULT_TYPE
    programme: str = ""
    timing: str = Timing.NONE
    starts_at: datetime.datetime | None = None
    ends_at: datetime.datetime | None = None


FacetsFunction = Callable[[Page], SearchFacets]
_adapters: dict[type[Page], FacetsFunction] = {}


def register_facets(model: type[Page], function: FacetsFunction) -> None:
    """Describe pages of `model` (and its subclasses) for search without editing the model."""
    _adapters[model] = function


def default_facets(page: Page) -> SearchFacets:
    from cms.models import ProgrammeSectionPage

    if isinstance(page, ProgrammeSectionPage):
        type_key = "programme"
    else:
        type_key = getattr(type(page), "search_type", DEFAULT_TYPE)
    from cms.ownership import programme_of

    return SearchFacets(type_key=type_key, programme=programme_of(page))


def facets_for(page: Page) -> SearchFacets:
    """Ask the page (`search_facets()`), then a registered adapter, then the defaults."""
    own = getattr(page, "search_facets", None)
    if callable(own):
        return own()
    for model in type(page).__mro__:
        if model in _adapters:
            return _adapters[model](page)
    return default_facets(page)


def state_at(
    timing: str,
    starts_at: datetime.datetime | None,
    ends_at: datetime.datetime | None,
    moment: datetime.datetime | None = None,
) -> State | None:
    """The state a result shows: upcoming/past for events, opens soon/open/closed for calls."""
    moment = moment or timezone.now()
    if timing == Timing.EVENT:
        # No last end: an open-ended series, always upcoming.
        return State.PAST if ends_at is not None and ends_at < moment else State.UPCOMING
    if timing == Timing.CALL and starts_at is not None and ends_at is not None:
        if moment < starts_at:
            return State.OPENS_SOON
        return State.OPEN if moment < ends_at else State.CLOSED
    return None

"""The page cache: anonymous visitors' GETs of public pages, served from the Django cache (Redis
in production) until something they show changes.

A response is stored with the *tags* it depends on and each tag's version when it was rendered
(`tags.py`); it is served again only while every tag still has that version, and for at most
`PAGE_CACHE_SECONDS` (or less, when the page says when its content turns by the clock, like a
call that opens at midnight). So invalidation is precise without knowing any URL:

- `page:<id>`: every page the response *read* (its own page, the cards and links it lists, the
  navigation's sections). A page's change bumps it in every language, so whatever shows that
  page is rendered again and nothing else is.
- `children:<id>`: what lies under a page changed (a child published, moved, unpublished), for
  the page's own response, which lists what is under it (a section, the home page).
- `calendar`: any date of any event (calendars, feeds, "what's on" lists).
- `site`: what every page shows beside its content (snippets such as venues, the centre's
  settings, images, view restrictions, a new section in the navigation).

`middleware.PageCacheMiddleware` serves and stores; `invalidation.py` bumps the tags from
Wagtail's and the engine's signals. Responses that carry a per-visitor token (a form with its
CSRF token) or set a cookie are never stored.
"""

from cms.pagecache.tags import bump, cache_this_response, depends_on, pages_changed, valid_until

__all__ = ["bump", "cache_this_response", "depends_on", "pages_changed", "valid_until"]

"""Marking a view's responses as shared by every anonymous visitor (Wagtail's pages are marked by
the `before_serve_page` hook in cms/wagtail_hooks.py)."""

from __future__ import annotations

import functools

from cms.pagecache.tags import cache_this_response


def shared_by_visitors(*tags: str):
    """The view's responses may be stored in the page cache, depending on `tags`, the pages
    they read and what every page shows (`site`)."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            cache_this_response("site", *tags)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator

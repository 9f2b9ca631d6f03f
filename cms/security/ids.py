"""Ids in URLs are range-checked before any view runs.

Django's `<int:…>` converter accepts any number of digits. A lookup with an id past the
database's 64-bit integer (2**63 and up) raises `OverflowError` on SQLite for some lookups
(through a parent-link, e.g. `EventPage.pk`), which would be a 500. No row can have such an
id, so the answer is a 404 in the visitor's language. Checking the resolved keyword arguments
covers every pattern at once — the engine's, the plugins' and Wagtail's own — rather than
relying on every URL pattern using a special converter.
"""

from __future__ import annotations

from django.http import Http404

# The largest value of a signed 64-bit integer: PostgreSQL's bigint and SQLite's INTEGER.
LARGEST_DATABASE_ID = 2**63 - 1


def id_out_of_range(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > LARGEST_DATABASE_ID


class IdRangeMiddleware:
    """Answer 404 when a URL's integer argument is larger than any database id."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if any(id_out_of_range(value) for value in (*view_args, *view_kwargs.values())):
            raise Http404("No such id.")
        return None

"""Which pages sit behind a view restriction (login, password, groups), read once per request.

Navigation, the home page's cards and "what's on" all leave private pages out; each asking
Wagtail's `private_q()` separately cost a query apiece on every page.
"""

from __future__ import annotations

from django.db.models import Q

from wagtail.models import Page


def private_pages(request=None) -> Q:
    """`Page.objects.all().private_q()`, memoised on `request` when there is one."""
    if request is None:
        return Page.objects.all().private_q()
    private = getattr(request, "_private_pages_q", None)
    if private is None:
        private = request._private_pages_q = Page.objects.all().private_q()
    return private

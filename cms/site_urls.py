"""Absolute addresses of the site: built from one setting, never from the request.

Feeds, robots.txt, the sitemap, structured data and emails all need full URLs. Built from the
request's `Host` header they would repeat whatever port or host name a client sent (within
`ALLOWED_HOSTS`); built from the Site record they would say whatever the demo left there. One
setting, `WAGTAILADMIN_BASE_URL` (the site's public address, e.g. `https://www.cccluj.ro`),
is the base of every absolute URL; `load_demo` writes the same address into the Site record.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings


def base_url() -> str:
    """The site's public address without a trailing slash, e.g. `https://www.cccluj.ro`."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(url: str) -> str:
    """`url` (a path such as `/ro/calendar/`) on the configured address; a full URL stays."""
    if not url:
        return base_url() + "/"
    if urlsplit(url).scheme:
        return url
    return base_url() + "/" + url.lstrip("/")


def base_host_and_port() -> tuple[str, int]:
    """Host name and port of the configured address, for Wagtail's Site record."""
    parts = urlsplit(base_url())
    return parts.hostname or "localhost", parts.port or (443 if parts.scheme == "https" else 80)

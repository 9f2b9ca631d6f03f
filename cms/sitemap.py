"""`/sitemap.xml`: every public page of every locale, each with its hreflang alternates.

Wagtail's own sitemap walks one site root, which is one locale's tree; here every locale's tree
is listed and each page names its translations (grouped by `translation_key`, one query). The
calendars are Django views, not Wagtail pages: `CalendarSitemap` lists them in each language.
Every address starts with the configured base URL (`cms.site_urls`).
"""

from __future__ import annotations

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.urls import reverse

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from cms.ownership import pages_of_disabled_programmes
from cms.programmes import enabled_slugs
from cms.site_urls import absolute_url, base_url


class MultilingualSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        roots = Page.objects.filter(translation_key=site.root_page.translation_key)
        pages = Page.objects.none()
        for root in roots:
            pages = pages | Page.objects.descendant_of(root, inclusive=True)
        return (
            pages.live()
            .public()
            .exclude(pages_of_disabled_programmes())
            .select_related("locale")
            .order_by("path")
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        by_key: dict = defaultdict(list)
        for item in items:
            by_key[item.translation_key].append(item)
        urls = []
        for item in items:
            alternates = [
                {
                    "lang_code": translation.locale.language_code,
                    "location": absolute_url(translation.get_url(self.request)),
                }
                for translation in sorted(
                    by_key[item.translation_key], key=lambda t: t.locale.language_code
                )
            ]
            urls.append(
                {
                    "item": item,
                    "location": absolute_url(item.get_url(self.request)),
                    "lastmod": item.last_published_at,
                    "alternates": alternates,
                }
            )
        return urls


class CalendarSitemap(DjangoSitemap):
    """The "what's on" agenda and month grid, and each enabled programme's calendar."""

    i18n = True  # one <url> per language, each naming the others
    alternates = True
    languages = [code for code, _name in settings.LANGUAGES]

    def items(self) -> list[tuple[str, tuple]]:
        views = [("events:agenda", ()), ("events:month", ())]
        return views + [("events:programme_agenda", (slug,)) for slug in enabled_slugs()]

    def get_urls(self, page=1, site=None, protocol=None):
        # The configured address, not the host and port the request named (`cms.site_urls`).
        scheme, _sep, domain = base_url().partition("://")
        return self._urls(page, scheme, domain)

    def location(self, item: tuple[str, tuple]) -> str:
        name, args = item
        return reverse(name, args=args)  # in the language being listed (Django overrides it)

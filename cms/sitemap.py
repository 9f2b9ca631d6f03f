"""`/sitemap.xml`: every public page of every locale, each with its hreflang alternates.

Wagtail's own sitemap walks one site root, which is one locale's tree; here every locale's tree
is listed and each page names its translations (grouped by `translation_key`, one query). The
calendars are Django views, not Wagtail pages: `CalendarSitemap` lists them in each language.
Every address starts with the configured base URL (`cms.site_urls`). A page with a picture lists
it (`<image:image>`, Google's image extension): the rendition its Open Graph tags share.
"""

from __future__ import annotations

from collections import defaultdict

from django.apps import apps
from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.urls import reverse

from wagtail.contrib.sitemaps import Sitemap
from wagtail.images import get_image_model
from wagtail.models import Page

from cms.ownership import pages_of_disabled_programmes
from cms.page_image import PageImage
from cms.programmes import enabled_slugs
from cms.site_urls import absolute_url, base_url
from cms.social_meta import SOCIAL_IMAGE_SPEC


def picture_urls(page_ids: list[int]) -> dict[int, str]:
    """The shared picture's address of each of these pages that has one, by page id: one query
    per page type that declares a picture (not one per page), one for the images with their
    renditions."""
    image_of: dict[int, int] = {}
    for model in apps.get_models():
        declares_image = (
            issubclass(model, PageImage) and model._meta.get_field("image").model is model
        )
        if declares_image:
            image_of.update(
                model.objects.filter(pk__in=page_ids, image__isnull=False).values_list(
                    "pk", "image_id"
                )
            )
    images = get_image_model().objects.filter(pk__in=set(image_of.values()))
    urls = {
        image.pk: absolute_url(image.get_rendition(SOCIAL_IMAGE_SPEC).url)
        for image in images.prefetch_renditions(SOCIAL_IMAGE_SPEC)
    }
    return {page: urls[image] for page, image in image_of.items() if image in urls}


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
        pictures = picture_urls([item.pk for item in items])
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
                    "images": [pictures[item.pk]] if item.pk in pictures else [],
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

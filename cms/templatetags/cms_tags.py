"""Template tags of the public site: language alternates (switcher and hreflang), the head's
description, canonical address and sharing tags."""

from __future__ import annotations

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page

from cms.site_urls import absolute_url
from cms.social_meta import PageMeta, page_meta
from cms.view_restrictions import private_pages

register = template.Library()

LANGUAGE_NAMES = dict(settings.LANGUAGES)


@dataclass(frozen=True)
class Alternate:
    language_code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False: the page has no version in that language, url is its home


def _page_alternates(request, page: Page) -> dict[str, str]:
    translations = (
        Page.objects.live()
        .exclude(private_pages(request))
        .filter(translation_key=page.translation_key)
        .select_related("locale")
    )
    return {t.locale.language_code: t.get_url(request) for t in translations}


@register.simple_tag(takes_context=True)
def language_alternates(context) -> list[Alternate]:
    """The current page in every site language, for the switcher and `<link hreflang>`.

    Pages link their real translation; other views (search, calendars) swap the URL prefix.
    Where a page has no translation yet, the switcher offers that language's home page and the
    head carries no hreflang for it.
    """
    request = context.get("request")
    if request is None:
        return []
    current = get_language()
    page = context.get("page")
    page_urls = _page_alternates(request, page) if isinstance(page, Page) else None
    alternates = []
    for code, name in settings.LANGUAGES:
        if context.get("error_page"):
            # The address answered an error: there is no other-language version to point at.
            url, is_translation = f"/{code}/", False
        elif page_urls is not None:
            url = page_urls.get(code)
            is_translation = url is not None
            url = url or f"/{code}/"
        else:
            url, is_translation = translate_url(request.get_full_path(), code), True
        alternates.append(Alternate(code, name, url, code == current, is_translation))
    return alternates


@register.filter
def absolute(url: str, request=None) -> str:
    """`url` on the site's configured address (`cms.site_urls`), whatever host was asked."""
    return absolute_url(url)


@register.simple_tag(takes_context=True)
def head_meta(context, alternates: list[Alternate]) -> PageMeta | None:
    """Description, canonical address, Open Graph locale and picture of what is shown; None on
    an error page (its address is not a page to point search engines at)."""
    page = context.get("page")
    request = context.get("request")
    if request is None or context.get("error_page"):
        return None
    return page_meta(
        page if isinstance(page, Page) else None,
        request.path,
        get_language(),
        {alt.language_code: alt.url for alt in alternates if alt.is_translation},
    )

"""What search engines and social networks read in a page's head.

One description, one canonical address, one picture, computed once per page from what the page
already has: editors write a page's summary once and it serves the lead, the meta description,
Open Graph and the Twitter card alike. A page type with another picture field says which in
`social_image` (a property returning an image or None); otherwise its `image` field is used.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils.text import Truncator

from cms.site_urls import absolute_url

# Open Graph names a locale with its territory.
OG_LOCALES = {"ro": "ro_RO", "en": "en_GB"}
DESCRIPTION_CHARACTERS = 200
# One rendition serves Open Graph, Twitter and the event's JSON-LD (16:9, as search engines ask).
SOCIAL_IMAGE_SPEC = "fill-1200x675"


@dataclass(frozen=True)
class SocialImage:
    url: str
    width: int
    height: int
    alt: str


@dataclass(frozen=True)
class PageMeta:
    description: str
    canonical_url: str
    og_locale: str
    og_alternate_locales: tuple[str, ...]
    x_default_url: str  # the version for a reader whose language the site does not have
    image: SocialImage | None


def page_description(page) -> str:
    """The editor's search description, else the page's introduction or summary, shortened."""
    for field in ("search_description", "intro", "summary"):
        text = (getattr(page, field, "") or "").strip()
        if text:
            return Truncator(" ".join(text.split())).chars(DESCRIPTION_CHARACTERS)
    return ""


def social_image_of(page):
    image = getattr(page, "social_image", None)
    if image is None:
        image = getattr(page, "image", None)
    return image


def social_image(page) -> SocialImage | None:
    image = social_image_of(page)
    if image is None or not hasattr(image, "get_rendition"):
        return None
    rendition = image.get_rendition(SOCIAL_IMAGE_SPEC)
    return SocialImage(
        url=absolute_url(rendition.url),
        width=rendition.width,
        height=rendition.height,
        # The page's own description of it (`cms.page_image`), else the image library's.
        alt=getattr(page, "image_alt", None) or image.default_alt_text,
    )


def page_meta(page, request_path: str, language: str, translations: dict[str, str]) -> PageMeta:
    """`page` may be None (the calendars, search): the address asked, without its query.
    `translations` maps each language the page exists in to its address."""
    url_parts = page.get_url_parts() if page is not None else None
    if url_parts:
        # The page's path on the configured address, never the demo's host (`cms.site_urls`).
        canonical = absolute_url(url_parts[2])
        description = page_description(page)
        image = social_image(page)
    else:
        canonical, description, image = absolute_url(request_path), "", None
    others = tuple(
        OG_LOCALES[code] for code in translations if code != language and code in OG_LOCALES
    )
    default_version = translations.get(settings.LANGUAGE_CODE)
    return PageMeta(
        description=description,
        canonical_url=canonical,
        og_locale=OG_LOCALES.get(language, OG_LOCALES[settings.LANGUAGE_CODE]),
        og_alternate_locales=others,
        x_default_url=absolute_url(default_version) if default_version else "",
        image=image,
    )

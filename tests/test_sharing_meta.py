"""What search engines and social networks read: title, description, canonical address,
hreflang with x-default, Open Graph and Twitter tags, the centre's Organization JSON-LD."""

from __future__ import annotations

import json
import re
from collections import Counter
from html.parser import HTMLParser

import pytest

from django.core.files.images import ImageFile

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page

from cms.models import HomePage, ProgrammeSectionPage, SiteSettings
from cms.social_meta import DESCRIPTION_CHARACTERS, page_description

pytestmark = pytest.mark.django_db


class HeadParser(HTMLParser):
    """The `<head>`'s title, meta tags (by name or property, repeated ones as lists) and links."""

    def __init__(self):
        super().__init__()
        self.in_head = self.in_title = False
        self.title = ""
        self.meta: dict[str, list[str]] = {}
        self.links: list[dict] = []
        self.json_ld: list = []
        self._script = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "head":
            self.in_head = True
        elif tag == "title" and self.in_head:
            self.in_title = True
        elif tag == "meta" and self.in_head:
            key = attributes.get("property") or attributes.get("name")
            if key:
                self.meta.setdefault(key, []).append(attributes.get("content", ""))
        elif tag == "link" and self.in_head:
            self.links.append(attributes)
        elif tag == "script" and attributes.get("type") == "application/ld+json":
            self._script = []

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False
        elif tag == "title":
            self.in_title = False
        elif tag == "script" and self._script is not None:
            self.json_ld.append(json.loads("".join(self._script)))
            self._script = None

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self._script is not None:
            self._script.append(data)

    def one(self, key: str) -> str:
        values = self.meta.get(key, [])
        assert len(values) == 1, (key, values)
        return values[0]

    def link(self, rel: str, hreflang: str | None = None) -> list[str]:
        return [
            link["href"]
            for link in self.links
            if link.get("rel") == rel and (hreflang is None or link.get("hreflang") == hreflang)
        ]


def head_of(client, url: str) -> HeadParser:
    response = client.get(url)
    assert response.status_code == 200, url
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def test_every_page_has_a_unique_title_a_canonical_address_and_open_graph_tags(
    client, demo_site, settings
):
    base = settings.WAGTAILADMIN_BASE_URL
    titles: Counter = Counter()
    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        head = head_of(client, page.url)
        titles[head.title.strip()] += 1
        canonical = f"{base}{page.url}"
        assert head.link("canonical") == [canonical], page.url
        assert head.one("og:url") == canonical
        assert head.one("og:title") == (page.seo_title or page.title)
        locale = {"ro": "ro_RO", "en": "en_GB"}[page.locale.language_code]
        assert head.one("og:locale") == locale
        expected_description = page_description(page)
        if expected_description:
            assert head.one("description") == expected_description, page.url
            assert head.one("og:description") == expected_description
        assert head.one("twitter:card") in {"summary", "summary_large_image"}
        # x-default names the Romanian version, wherever the page has one.
        romanian = page.get_translations(inclusive=True).live().filter(locale__language_code="ro")
        if romanian.exists():
            assert head.link("alternate", "x-default") == [f"{base}{romanian.get().url}"]
    repeated = {title: count for title, count in titles.items() if count > 1}
    assert not repeated, repeated


def test_the_description_falls_back_to_the_intro_shortened(demo_site):
    section = ProgrammeSectionPage.objects.live().first().specific
    section.search_description = ""
    section.intro = "Un cuvânt " * 60
    description = page_description(section)
    assert len(description) <= DESCRIPTION_CHARACTERS
    assert description.startswith("Un cuvânt Un cuvânt")
    assert description.endswith("…")
    section.search_description = "Scris de editor pentru motoarele de căutare."
    assert page_description(section) == "Scris de editor pentru motoarele de căutare."


def test_a_page_with_a_picture_shares_its_rendition_with_alt_text(client, demo_site, settings):
    image = Image.objects.create(
        title="Afișul programului",
        file=ImageFile(get_test_image_file(size=(1600, 1000)).file, name="afis.png"),
        description="Afișul din biblioteca de imagini",
    )
    section = ProgrammeSectionPage.objects.live().filter(locale__language_code="ro").first()
    section = section.specific
    section.image = image
    section.image_alt_text = "Copii pictând pe asfalt în curtea școlii"
    section.save_revision().publish()
    head = head_of(client, section.url)
    assert head.one("twitter:card") == "summary_large_image"
    assert head.one("og:image").startswith(f"{settings.WAGTAILADMIN_BASE_URL}/")
    assert (head.one("og:image:width"), head.one("og:image:height")) == ("1200", "675")
    assert head.one("og:image:alt") == "Copii pictând pe asfalt în curtea școlii"
    assert head.one("twitter:image:alt") == "Copii pictând pe asfalt în curtea școlii"


def test_the_home_page_describes_the_centre_in_json_ld(client, demo_site, settings):
    identity = SiteSettings.for_site(HomePage.objects.get(locale__language_code="ro").get_site())
    identity.phone = "+40 264 000 000"
    identity.facebook_url = "https://www.facebook.com/cccluj"
    identity.save()
    for language, name in (("ro", identity.name), ("en", identity.name_en)):
        head = head_of(client, f"/{language}/")
        (organization,) = [data for data in head.json_ld if data.get("@type") == "Organization"]
        assert organization["name"] == name
        assert organization["url"] == f"{settings.WAGTAILADMIN_BASE_URL}/"
        assert organization["address"]["streetAddress"] == identity.address
        assert organization["telephone"] == "+40 264 000 000"
        assert organization["sameAs"] == ["https://www.facebook.com/cccluj"]


def test_a_view_that_is_not_a_page_points_to_its_address_without_the_query(
    client, demo_site, settings
):
    head = head_of(client, "/en/calendar/?when=weekend")
    assert head.link("canonical") == [f"{settings.WAGTAILADMIN_BASE_URL}/en/calendar/"]
    assert "og:title" not in head.meta  # shared pages are the content pages


def test_an_error_page_names_no_canonical_address(client, demo_site):
    response = client.get("/ro/nu-exista-asa-ceva/")
    assert response.status_code == 404
    head = response.content.decode().split("</head>")[0]
    assert not re.search(r'rel="canonical"', head)

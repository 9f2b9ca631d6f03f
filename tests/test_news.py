"""News: the centre's index and a programme's, articles owned by their section's programme,
tags, pages, Atom feeds per language and programme, NewsArticle JSON-LD, a fixed query count."""

from __future__ import annotations

import datetime
import json
import re
import xml.etree.ElementTree as ET

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

from cms.models import ContentPage, HomePage, ProgrammeSectionPage
from cms.news.models import ARTICLES_PER_PAGE, NewsArticlePage, NewsIndexPage

pytestmark = pytest.mark.django_db

ATOM = {"a": "http://www.w3.org/2005/Atom"}


def centre_news(language: str) -> NewsIndexPage:
    return NewsIndexPage.objects.get(locale__language_code=language, programme="")


def listed_titles(html: str) -> list[str]:
    return re.findall(r'<h2><a href="[^"]+">([^<]+)</a></h2>', html)


def add_article(index: NewsIndexPage, title: str, date: datetime.date, tags=()):
    article = NewsArticlePage(title=title, intro=f"{title}.", date=date, locale=index.locale)
    index.add_child(instance=article)
    article.tags.add(*tags)
    article.save_revision().publish()
    return NewsArticlePage.objects.get(pk=article.pk)


def section_news(section: ProgrammeSectionPage) -> NewsIndexPage:
    index = NewsIndexPage(
        title="Noutățile programului", slug="noutati-program", locale=section.locale
    )
    section.add_child(instance=index)
    index.save_revision().publish()
    return NewsIndexPage.objects.get(pk=index.pk)


@pytest.mark.parametrize("language", ["ro", "en"])
def test_the_centres_news_lists_its_articles_newest_first(client, demo_site, language):
    index = centre_news(language)
    html = client.get(index.url).content.decode()
    expected = [a.title for a in NewsArticlePage.objects.live().filter(locale=index.locale)]
    expected.sort(key=lambda title: NewsArticlePage.objects.get(title=title).date, reverse=True)
    assert listed_titles(html) == expected
    assert len(expected) >= 3


@pytest.mark.parametrize("language", ["ro", "en"])
def test_an_article_describes_itself_as_a_news_article(client, demo_site, language):
    article = NewsArticlePage.objects.live().filter(locale__language_code=language).first()
    html = client.get(article.url).content.decode()
    (data,) = [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
        if '"NewsArticle"' in block
    ]
    assert data["headline"] == article.title
    assert data["datePublished"] == article.date.isoformat()
    assert data["inLanguage"] == language
    assert data["url"].endswith(article.url)


def test_every_section_may_hold_a_news_index_and_no_other_page_may(demo_site):
    for section in ProgrammeSectionPage.objects.live().specific():
        assert NewsIndexPage.can_create_at(section), type(section).__name__
    home = HomePage.objects.first()
    assert NewsIndexPage in HomePage.clean_subpage_models()
    assert not NewsIndexPage.can_create_at(home), "one news index per parent: the demo's is there"
    assert not NewsIndexPage.can_create_at(ContentPage.objects.first())
    assert not NewsArticlePage.can_create_at(home)


def test_a_programmes_article_shows_on_its_section_and_in_the_centres_news(client, demo_site):
    sections = list(ProgrammeSectionPage.objects.live().filter(locale__language_code="ro"))
    own, other = sections[0], sections[1]
    article = add_article(
        section_news(own), "Atelier de primăvară anunțat", datetime.date(2026, 11, 30)
    )
    assert article.programme == own.programme  # owned by the section above its index
    add_article(section_news(other), "Altă veste a altui program", datetime.date(2026, 11, 29))

    own_index = NewsIndexPage.objects.get(programme=own.programme, locale=own.locale)
    assert listed_titles(client.get(own_index.url).content.decode()) == [article.title]
    centre = client.get(centre_news("ro").url).content.decode()
    assert {"Atelier de primăvară anunțat", "Altă veste a altui program"} <= set(
        listed_titles(centre)
    )
    section_page = client.get(own.url).content.decode()
    assert "Atelier de primăvară anunțat" in section_page
    assert "Altă veste a altui program" not in section_page


def test_a_tag_narrows_the_list_and_a_page_out_of_range_is_a_404(client, demo_site):
    index = centre_news("ro")
    add_article(index, "Veste etichetată", datetime.date(2026, 12, 1), tags=["teatru"])
    html = client.get(index.url + "?tag=teatru").content.decode()
    assert listed_titles(html) == ["Veste etichetată"]
    assert client.get(index.url + "?page=99").status_code == 404
    assert client.get(index.url + "?page=abc").status_code == 404


def test_the_list_is_paginated(client, demo_site):
    index = centre_news("ro")
    for number in range(ARTICLES_PER_PAGE + 1):
        add_article(index, f"Veste {number:02d}", datetime.date(2027, 1, 1 + number))
    first = listed_titles(client.get(index.url).content.decode())
    second = listed_titles(client.get(index.url + "?page=2").content.decode())
    assert len(first) == ARTICLES_PER_PAGE
    assert first[0] == f"Veste {ARTICLES_PER_PAGE:02d}"
    assert not set(first) & set(second)


@pytest.mark.parametrize("language", ["ro", "en"])
def test_the_atom_feed_lists_the_indexs_articles_in_its_language(client, demo_site, language):
    index = centre_news(language)
    response = client.get(index.url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    entries = [entry.find("a:title", ATOM).text for entry in feed.findall("a:entry", ATOM)]
    assert entries == listed_titles(client.get(index.url).content.decode())


def test_a_programmes_feed_holds_only_its_articles(client, demo_site):
    section = ProgrammeSectionPage.objects.live().filter(locale__language_code="ro").first()
    index = section_news(section)
    add_article(index, "Veste doar a programului", datetime.date(2026, 11, 30))
    feed = ET.fromstring(client.get(index.url + "feed/").content)
    entries = [entry.find("a:title", ATOM).text for entry in feed.findall("a:entry", ATOM)]
    assert entries == ["Veste doar a programului"]


def test_the_index_costs_the_same_queries_for_three_times_the_articles(client, demo_site):
    index = centre_news("ro")
    for number in range(3):
        add_article(index, f"Prima serie {number}", datetime.date(2026, 10, 1), tags=["a", "b"])

    def count() -> int:
        client.get(index.url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(index.url).status_code == 200
        return len(captured.captured_queries)

    before = count()
    for number in range(ARTICLES_PER_PAGE):
        add_article(index, f"A doua serie {number}", datetime.date(2026, 10, 2), tags=["c"])
    assert count() == before


def test_the_demo_has_news_in_both_languages(demo_site):
    for language in ("ro", "en"):
        locale = Locale.objects.get(language_code=language)
        assert NewsArticlePage.objects.live().filter(locale=locale).count() >= 3

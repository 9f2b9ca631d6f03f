"""The Atom feed of a news index: `<index>/feed/`, one per language and per programme (a
section's index) or of the whole centre (the home page's)."""

from __future__ import annotations

import datetime

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from cms.site_urls import absolute_url
from cms.translations import TIME_ZONE

FEED_LENGTH = 20


class NewsFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, index):
        self.language = index.locale.language_code  # the index's, whatever language is active
        return index

    def title(self, index) -> str:
        return index.title

    def link(self, index) -> str:
        return absolute_url(index.get_url_parts()[2])

    def feed_url(self, index) -> str:
        return absolute_url(index.get_url_parts()[2] + "feed/")

    def subtitle(self, index) -> str:
        return index.intro

    def items(self, index):
        return list(index.articles().prefetch_related("tagged_items__tag")[:FEED_LENGTH])

    def item_title(self, article) -> str:
        return article.title

    def item_description(self, article) -> str:
        return article.intro

    def item_link(self, article) -> str:
        return absolute_url(article.get_url_parts()[2])

    def item_pubdate(self, article) -> datetime.datetime:
        return datetime.datetime.combine(article.date, datetime.time(9), tzinfo=TIME_ZONE)

    def item_updateddate(self, article) -> datetime.datetime | None:
        return article.last_published_at

    def item_author_name(self, article) -> str:
        return article.author or None

    def item_categories(self, article) -> list[str]:
        return [item.tag.name for item in article.tagged_items.all()]

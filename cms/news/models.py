"""News: an index page and its articles, site-wide or filed under a programme's section.

A news index sits under the home page (the centre's news: every programme's articles and its
own) or under a programme's section (that programme's articles only); the engine lets every
section hold one, whatever its plugin lists (`ProgrammeSectionPage.clean_subpage_models`).
An article belongs to the programme of the section above it (`ProgrammeOwned`), so it shows on
its section, in the site-wide news and in the programme's feed, and its team edits it.
"""

from __future__ import annotations

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from cms.models import BasePage
from cms.ownership import ProgrammeOwned, records_of_enabled_programmes
from cms.page_image import PageImage

ARTICLES_PER_PAGE = 10


def local_today():
    return timezone.localdate()


class NewsArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsIndexPage(RoutablePageMixin, ProgrammeOwned, BasePage):
    """The news of the centre (under the home page) or of one programme (under its section)."""

    subpage_types = ["news.NewsArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def articles(self):
        """Live articles in this page's language, newest first: every enabled programme's on
        the centre's index, this programme's on a section's."""
        articles = NewsArticlePage.objects.live().public().filter(locale_id=self.locale_id)
        if self.programme:
            articles = articles.filter(programme=self.programme)
        else:
            articles = records_of_enabled_programmes(articles)
        return articles.order_by("-date", "-first_published_at", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = self.articles()
        tag = request.GET.get("tag", "").strip()
        if tag:
            articles = articles.filter(tags__slug=tag)
        paginator = Paginator(articles.select_related("image"), ARTICLES_PER_PAGE)
        try:
            page_obj = paginator.page(request.GET.get("page", 1))
        except (EmptyPage, PageNotAnInteger) as error:
            raise Http404(_("There is no such page of news.")) from error
        # Tags of the listed articles in two queries, whatever their number.
        listed = list(page_obj.object_list)
        tags_by_article: dict[int, list] = {}
        for item in NewsArticleTag.objects.filter(content_object__in=listed).select_related("tag"):
            tags_by_article.setdefault(item.content_object_id, []).append(item.tag)
        for article in listed:
            article.listed_tags = sorted(tags_by_article.get(article.pk, []), key=str)
        context.update(articles=listed, page_obj=page_obj, chosen_tag=tag)
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from cms.news.feeds import NewsFeed

        return NewsFeed()(request, index=self)


class NewsArticlePage(ProgrammeOwned, PageImage, BasePage):
    date = models.DateField(_("date"), default=local_today)
    author = models.CharField(_("author"), max_length=120, blank=True)
    tags = ClusterTaggableManager(through=NewsArticleTag, blank=True, verbose_name=_("tags"))

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []
    search_type = "news"

    content_panels = [
        *BasePage.content_panels[:1],
        FieldRowPanel([FieldPanel("date"), FieldPanel("author")]),
        *BasePage.content_panels[1:],
        *PageImage.image_panels,
        FieldPanel("tags"),
    ]
    search_fields = [*BasePage.search_fields, index.FilterField("date")]

    class Meta:
        verbose_name = _("news article")

    def get_context(self, request, *args, **kwargs):
        from cms.json_ld import json_ld_script
        from cms.news.jsonld import article_json_ld

        context = super().get_context(request, *args, **kwargs)
        context["json_ld"] = json_ld_script(article_json_ld(self, request))
        return context

"""Editors' promoted results (Wagtail's search promotions), shown in the reader's language.

Editors pin pages for a query in Wagtail's "Promoted search results". A promotion names a query
string and a page; here it means "this content, for this query, in whichever language the
reader searches": the reader gets the promoted page itself if it is in their language, else its
live translation, else nothing. So one promotion serves both languages, and an editor who wants
a query to promote something different per language adds both pages (each shows in its own
language). Query strings are compared normalised (`cms.search.normalise`): a promotion for
"școala" also answers "scoala" and "\u015eCOALA". External-link promotions show in every language.

The promotions table is small and editor-curated, so it is read whole into the cache and
matched in Python; saving or deleting a promotion or a query clears that cache.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from cms.search.models import SearchDocument
from cms.search.normalise import words

CACHE_KEY = "sitesearch:promotions:v1"
CACHE_SECONDS = 60 * 60


@dataclass(frozen=True)
class Promotion:
    page_id: int | None
    translation_key: str | None
    language: str | None
    url: str
    text: str
    description: str


def _query_key(text: str) -> str:
    return " ".join(words(text))


def _all_promotions() -> dict[str, list[Promotion]]:
    promotions = cache.get(CACHE_KEY)
    if promotions is not None:
        return promotions
    promotions = {}
    rows = SearchPromotion.objects.order_by("sort_order", "pk").values_list(
        "query__query_string",
        "page_id",
        "page__translation_key",
        "page__locale__language_code",
        "external_link_url",
        "external_link_text",
        "description",
    )
    for query_string, page_id, key, language, url, text, description in rows:
        promotions.setdefault(_query_key(query_string), []).append(
            Promotion(
                page_id=page_id,
                translation_key=str(key) if key else None,
                language=language,
                url=url or "",
                text=text or "",
                description=description or "",
            )
        )
    cache.set(CACHE_KEY, promotions, CACHE_SECONDS)
    return promotions


@receiver(post_save, sender=SearchPromotion)
@receiver(post_delete, sender=SearchPromotion)
@receiver(post_save, sender=Query)
@receiver(post_delete, sender=Query)
def forget_promotions(**kwargs) -> None:
    cache.delete(CACHE_KEY)


@dataclass(frozen=True)
class PromotedResult:
    """A promoted result ready to show: a document in the reader's language, or a link."""

    document: SearchDocument | None
    url: str
    title: str
    description: str


def promoted_results(query_text: str, language: str) -> list[PromotedResult]:
    """The promotions for `query_text` in `language`, in the editors' order (≤ 1 query)."""
    promotions = _all_promotions().get(_query_key(query_text), [])
    if not promotions:
        return []
    keys = [p.translation_key for p in promotions if p.translation_key]
    documents = {}
    if keys:
        documents = {
            str(document.page.translation_key): document
            for document in SearchDocument.objects.filter(
                language=language, page__translation_key__in=keys
            ).select_related("page")
        }
    results = []
    seen: set[int] = set()
    for promotion in promotions:
        if promotion.translation_key:
            document = documents.get(promotion.translation_key)
            if document is None or document.page_id in seen:
                continue  # no live page in the reader's language, or already promoted
            seen.add(document.page_id)
            # The editor's description is in the promoted page's language; elsewhere the
            # translated page's own summary reads better.
            own_language = promotion.language == language
            description = promotion.description if own_language else ""
            results.append(
                PromotedResult(document, "", document.title, description or document.summary)
            )
        elif promotion.url:
            results.append(
                PromotedResult(None, promotion.url, promotion.text or promotion.url,
                               promotion.description)
            )  # fmt: skip
    return results

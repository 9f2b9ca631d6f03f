"""The search results page's logic and the suggestions endpoint.

`cms.views.search` (URL `cms:search`) renders `cms/search.html` with `search_context()`;
`suggestions` (URL `cms:search_suggestions`) answers the header box's script with JSON.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models.functions import Length
from django.http import HttpRequest, JsonResponse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from cms.ownership import records_of_enabled_programmes
from cms.plugin_manager import programme_name
from cms.search.facets import State, state_at, type_label
from cms.search.forms import SearchForm
from cms.search.models import SearchDocument
from cms.search.normalise import words
from cms.search.promotions import PromotedResult, promoted_results
from cms.search.query import MAX_WORDS, SearchQuery, clean_query_text, search_documents

RESULTS_PER_PAGE = 10
SUGGESTIONS_LIMIT = 8
SUGGESTIONS_MIN_LENGTH = 2
SUGGESTIONS_CACHE_SECONDS = 5 * 60


@dataclass(frozen=True)
class SearchResult:
    """One result as the template shows it."""

    title: str
    url: str
    summary: str
    programme: str
    type_label: str
    state: State | None
    promoted: bool = False

    @property
    def state_label(self) -> str:
        return str(self.state.label) if self.state else ""

    @property
    def is_current(self) -> bool:
        return self.state in (State.UPCOMING, State.OPEN, State.OPENS_SOON)


def to_result(document: SearchDocument, request: HttpRequest, **extra) -> SearchResult:
    language = document.language
    return SearchResult(
        title=extra.pop("title", document.title),
        url=document.page.get_url(request) or "",
        summary=extra.pop("summary", document.summary),
        programme=programme_name(document.programme, language),
        type_label=type_label(document.type_key),
        state=state_at(document.timing, document.starts_at, document.ends_at),
        **extra,
    )


def _promoted(promotion: PromotedResult, request: HttpRequest) -> SearchResult:
    if promotion.document is not None:
        return to_result(
            promotion.document,
            request,
            title=promotion.title,
            summary=promotion.description,
            promoted=True,
        )
    return SearchResult(
        title=promotion.title,
        url=promotion.url,
        summary=promotion.description,
        programme="",
        type_label="",
        state=None,
        promoted=True,
    )


def _page_number(raw: str | None, num_pages: int) -> int:
    """A usable page number: not a number → 1; below 1 → 1; beyond the last → the last."""
    try:
        number = int(raw or 1)
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), max(num_pages, 1))


def search_context(request: HttpRequest) -> tuple[dict, int]:
    """Everything the results page shows, and its HTTP status (400 for an unknown filter)."""
    language = get_language()
    form = SearchForm(request.GET)
    valid = form.is_valid()  # `q` is always valid: only an unknown filter value fails
    query_text = form.cleaned_data.get("q", "")
    context = {
        "form": form,
        "query": query_text,
        "results": None,
        "promoted": [],
        "words_dropped": len(words(query_text)) > MAX_WORDS,
        "truncated": len(" ".join(request.GET.get("q", "").split())) > len(query_text),
    }
    if not valid:
        return context, 400
    query = SearchQuery(
        text=query_text,
        language=language,
        programme=form.cleaned_data["programme"],
        type_key=form.cleaned_data["type"],
    )
    context["searchable"] = query.is_searchable
    if not query.is_searchable:
        return context, 200

    promotions = []
    if not (query.programme or query.type_key):
        promotions = promoted_results(query_text, language)
    promoted_ids = [p.document.page_id for p in promotions if p.document is not None]
    documents = search_documents(query, exclude_pages=promoted_ids)
    paginator = Paginator(documents, RESULTS_PER_PAGE)
    try:
        page = paginator.page(_page_number(request.GET.get("page"), paginator.num_pages))
    except (EmptyPage, PageNotAnInteger):  # pragma: no cover - _page_number keeps it in range
        page = paginator.page(1)
    page.object_list = [to_result(document, request) for document in page.object_list]
    if page.number == 1:
        context["promoted"] = [_promoted(promotion, request) for promotion in promotions]
    context["results"] = page
    context["total"] = paginator.count + len(promotions)
    filters = request.GET.copy()
    filters.pop("page", None)
    context["filter_query"] = filters.urlencode()
    return context, 200


@require_GET
def suggestions(request: HttpRequest) -> JsonResponse:
    """Up to eight titles in the current language whose words start with what was typed.

    Every typed word must begin a word of the title ("sc ar" meets "Școala de Artă"); answers
    are cached per language and normalised text, so each keystroke of many readers costs one
    query at most once per five minutes.
    """
    language = get_language()
    typed = words(clean_query_text(request.GET.get("q", "")))[:MAX_WORDS]
    if len("".join(typed)) < SUGGESTIONS_MIN_LENGTH:
        return JsonResponse({"suggestions": []})
    digest = hashlib.sha256(" ".join(typed).encode()).hexdigest()[:32]
    cache_key = f"sitesearch:suggest:{language}:{digest}"
    suggestions_list = cache.get(cache_key)
    if suggestions_list is None:
        documents = records_of_enabled_programmes(SearchDocument.objects.filter(language=language))
        for word in typed:
            documents = documents.filter(title_text__contains=f" {word}")
        documents = (
            documents.select_related("page")
            .only("page_id", "title", "language", "page__id", "page__url_path")
            .order_by(Length("title"), "title")[:SUGGESTIONS_LIMIT]
        )
        suggestions_list = [
            {"title": document.title, "url": document.page.get_url(request) or ""}
            for document in documents
        ]
        cache.set(cache_key, suggestions_list, SUGGESTIONS_CACHE_SECONDS)
    response = JsonResponse({"suggestions": suggestions_list})
    response["Cache-Control"] = "public, max-age=60"
    return response

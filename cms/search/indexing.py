"""Turn pages into search documents: text from Wagtail's `search_fields`, facets from the page.

Text comes from each page type's own `search_fields` (the same declaration Wagtail's admin
search uses), through `SearchField.get_value`, which calls StreamField's and RichTextField's
`get_searchable_content` (tags stripped). The title is kept apart (it ranks first); the
summary is the page's search description or intro.

Only live pages that the public can see are indexed: an unpublished page, or one under a view
restriction (password, login, groups), has no document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TextIO

from django.db import transaction
from django.utils.encoding import force_str

from wagtail.models import Page
from wagtail.search import index

from cms.search.facets import facets_for
from cms.search.models import SearchDocument
from cms.search.normalise import indexed_text

SUMMARY_FIELDS = ("search_description", "intro", "summary")
SKIPPED_FIELDS = {"title", *SUMMARY_FIELDS}
CHUNK_SIZE = 200


def _as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return " ".join(_as_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_as_text(item) for item in value.values())
    return force_str(value)


def _field_texts(obj, fields) -> Iterator[tuple[str, str]]:
    for field in fields:
        if isinstance(field, index.SearchField):
            yield field.field_name, _as_text(field.get_value(obj))
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            if hasattr(related, "all"):
                related = related.all()
            elif callable(related):
                related = [related()]
            else:
                related = [related]
            for item in related:
                yield from _field_texts(item, field.fields)


def body_text(page: Page) -> str:
    """Every searchable field's text except the title and the summary, in declaration order."""
    parts = [
        text
        for name, text in _field_texts(page, page.get_search_fields())
        if name not in SKIPPED_FIELDS and text.strip()
    ]
    return " ".join(" ".join(parts).split())


def summary_text(page: Page) -> str:
    for name in SUMMARY_FIELDS:
        value = getattr(page, name, "")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def is_indexable(page: Page) -> bool:
    return page.live and page.depth > 1 and not page.get_view_restrictions().exists()


def build_document(page: Page) -> SearchDocument:
    """An unsaved document for a live, specific page."""
    facets = facets_for(page)
    summary = summary_text(page)
    body = body_text(page)
    return SearchDocument(
        page_id=page.pk,
        language=page.locale.language_code,
        programme=facets.programme,
        type_key=facets.type_key,
        title=page.title,
        summary=summary,
        body=body,
        title_text=indexed_text(page.title)[:600],
        search_text=indexed_text(page.title, summary, body),
        timing=facets.timing,
        starts_at=facets.starts_at,
        ends_at=facets.ends_at,
    )


def index_page(page: Page) -> SearchDocument | None:
    """Write (or remove) the document of one page; returns it when the page is indexed."""
    page = page.specific_deferred if type(page) is Page else page
    if not is_indexable(page):
        remove_page(page.pk)
        return None
    document = build_document(page)
    document.save()
    return document


def remove_page(page_id: int) -> None:
    SearchDocument.objects.filter(page_id=page_id).delete()


def _specific_pages(pages: Iterable[Page]) -> Iterator[Page]:
    ids = [page.pk for page in pages]
    for start in range(0, len(ids), CHUNK_SIZE):
        chunk = ids[start : start + CHUNK_SIZE]
        yield from Page.objects.filter(pk__in=chunk).select_related("locale").specific()


def reindex_subtree(page: Page) -> int:
    """Reindex a page and its descendants (after a move or a change of view restrictions)."""
    subtree = Page.objects.descendant_of(page, inclusive=True).only("pk")
    count = 0
    with transaction.atomic():
        for specific in _specific_pages(subtree):
            if index_page(specific) is not None:
                count += 1
    return count


def rebuild(stdout: TextIO | None = None) -> int:
    """Index every live page again and drop documents of pages that are gone or hidden."""
    live = Page.objects.live().filter(depth__gt=1).only("pk").order_by("path")
    total = live.count()
    kept: set[int] = set()
    with transaction.atomic():
        for number, page in enumerate(_specific_pages(live), start=1):
            if index_page(page) is not None:
                kept.add(page.pk)
            if stdout and (number % 100 == 0 or number == total):
                stdout.write(f"  {number}/{total} pages\n")
        stale = sorted(set(SearchDocument.objects.values_list("page_id", flat=True)) - kept)
        for start in range(0, len(stale), CHUNK_SIZE):
            SearchDocument.objects.filter(page_id__in=stale[start : start + CHUNK_SIZE]).delete()
        removed = len(stale)
    if stdout:
        stdout.write(f"Search index: {len(kept)} document(s), {removed} stale removed.\n")
    return len(kept)

"""Find documents for a query: PostgreSQL full-text search, or normalised word matching.

PostgreSQL: `plainto_tsquery` in the language's configuration (`ro_unaccent`,
`en_unaccent`; see migration 0002) matched against the weighted `search_vector`, ranked with
`ts_rank`. Only the query's words (letters and digits) are sent, joined by AND, the same
semantics as on SQLite; quotes, `OR`, `-`, `*`, `NEAR(` never reach PostgreSQL as syntax, which
is why `plainto_tsquery` is enough (`websearch_to_tsquery` would read a typed "or" or "-word"
as operators the SQLite path cannot honour).

Other databases (SQLite): every query word, normalised and lightly stemmed
(`cms.search.normalise.stem`), must start a word of the document; a word found in the title
scores more than one found in the text, the whole query found in the title more still. The
word text goes through Django's `contains` lookup, which escapes `%` and `_`, so no input is
read as SQL or LIKE syntax.

Either way, past events and closed calls come after everything current, then by rank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery as PostgresSearchQuery
from django.contrib.postgres.search import SearchRank, SearchVectorField
from django.db import connection
from django.db.models import (
    Case,
    ExpressionWrapper,
    F,
    FloatField,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, Greatest, Least, Length, Replace
from django.utils import timezone

from cms.ownership import records_of_enabled_programmes
from cms.search.facets import Timing
from cms.search.models import SearchDocument
from cms.search.normalise import stem, words

QUERY_MAX_LENGTH = 200  # characters kept from what a visitor typed
MAX_WORDS = 12  # words kept from it: bounds the cost of one query on any database
TEXT_SEARCH_CONFIGS = {"ro": "ro_unaccent", "en": "en_unaccent"}
DEFAULT_TEXT_SEARCH_CONFIG = "simple_unaccent"

RESULT_FIELDS = (
    "page_id",
    "language",
    "programme",
    "type_key",
    "title",
    "summary",
    "timing",
    "starts_at",
    "ends_at",
    "page__id",
    "page__url_path",
)


@dataclass(frozen=True)
class SearchQuery:
    """What a visitor asked for, already cleaned: text, language and filters."""

    text: str
    language: str
    programme: str = ""
    type_key: str = ""

    @property
    def terms(self) -> list[str]:
        """The distinct normalised query words, at most MAX_WORDS."""
        return list(dict.fromkeys(words(self.text)))[:MAX_WORDS]

    @property
    def is_searchable(self) -> bool:
        return bool(self.terms)


def clean_query_text(raw: str) -> str:
    """Trim, collapse whitespace and truncate: a 2,000-character paste becomes 200."""
    return " ".join(raw.split())[:QUERY_MAX_LENGTH].strip()


def uses_full_text_search() -> bool:
    return connection.vendor == "postgresql"


def _stale_first_last(now) -> Case:
    """1 for a past event or a closed call, 0 otherwise: they sort after current results."""
    return Case(
        When(Q(timing=Timing.EVENT, ends_at__lt=now) | Q(timing=Timing.CALL, ends_at__lte=now),
             then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )  # fmt: skip


def _postgres_match(queryset: QuerySet, query: SearchQuery) -> QuerySet:
    config = TEXT_SEARCH_CONFIGS.get(query.language, DEFAULT_TEXT_SEARCH_CONFIG)
    # Only the words go to PostgreSQL: the same words as on SQLite (letters and digits, so no
    # tsquery syntax), each stemmed by Snowball and matched as a prefix of the page's stems.
    # The prefix is what lets a word typed without diacritics meet its inflections: Snowball's
    # Romanian rules are written with diacritics, so "educatiei" stems to "educ" while the
    # page's "educație" (unaccented before stemming) is "educat".
    ts_query = PostgresSearchQuery(
        " & ".join(f"{term}:*" for term in _postgres_terms(query)),
        config=config,
        search_type="raw",
    )
    # The column exists on PostgreSQL only (migration 0002), so the model does not declare it.
    vector = RawSQL(  # noqa: S611 - a constant column name, no visitor input
        f'"{SearchDocument._meta.db_table}"."search_vector"', [], output_field=SearchVectorField()
    )
    return (
        queryset.alias(vector=vector)
        .filter(vector=ts_query)
        .annotate(
            rank=ExpressionWrapper(
                SearchRank(F("vector"), ts_query)
                + _title_bonus(query, [f" {stem(term, query.language)}" for term in query.terms]),
                output_field=FloatField(),
            )
        )
    )


# A decimal or version number ("Culturepreneurs 4.0", "1.200 de elevi"): PostgreSQL's parser
# keeps it one token in the page's vector, so "4" and "0" asked apart would never match it.
DOTTED_NUMBER = re.compile(r"\d+(?:\.\d+)+")


def _postgres_terms(query: SearchQuery) -> list[str]:
    """The query's words as PostgreSQL's parser reads the pages: dotted numbers kept whole
    (digits and dots only, so nothing in them is tsquery syntax), then the other words."""
    numbers = DOTTED_NUMBER.findall(query.text)
    rest = DOTTED_NUMBER.sub(" ", query.text)
    return list(dict.fromkeys([*numbers, *words(rest)]))[:MAX_WORDS]


def _occurrences(column: str, needle: str):
    """How often `needle` occurs in `column`: (len(text) - len(text without it)) / len(needle)."""
    return (Length(column) - Length(Replace(column, Value(needle), Value("")))) / len(needle)


def _word_match(queryset: QuerySet, query: SearchQuery) -> QuerySet:
    stems = [f" {stem(term, query.language)}" for term in query.terms]
    condition = Q()
    for needle in stems:
        condition &= Q(search_text__contains=needle)
    phrase = f" {' '.join(query.terms)} "
    # A rough tf ranking: the whole query in the title, then each word in the title, then how
    # often each word (its stem, and twice for the word as typed) occurs, capped so that one
    # long page cannot drown a short exact one.
    score = Case(When(title_text__contains=phrase, then=Value(20)), default=Value(0))
    score += Case(When(search_text__contains=phrase, then=Value(3)), default=Value(0))
    for needle in stems:
        score += Case(When(title_text__contains=needle, then=Value(10)), default=Value(0))
        score += Least(_occurrences("search_text", needle), Value(5))
    for term in query.terms:  # the word as typed counts twice as much as its inflections
        score += 2 * Least(_occurrences("search_text", f" {term} "), Value(5))
    score += 10 * _title_bonus(query, stems)
    return queryset.filter(condition).annotate(rank=ExpressionWrapper(score, FloatField()))


def _title_bonus(query: SearchQuery, stems: list[str]):
    """0 to 2: how much of the title the query covers, and 1 more if it is the whole title.

    So "huburi creative" ranks the page titled "Huburi creative" above "Apel: schimb între
    huburi creative", which holds the same words among others. Both backends add it.
    """
    spaces = Length("title_text") - Length(Replace("title_text", Value(" "), Value("")))
    title_words = Cast(spaces - 1, FloatField())
    matched = Value(0.0, output_field=FloatField())
    for needle in stems:
        matched += Case(When(title_text__contains=needle, then=Value(1.0)), default=Value(0.0))
    exact = Case(When(title_text=f" {' '.join(query.terms)} ", then=Value(1.0)), default=Value(0.0))
    return ExpressionWrapper(
        exact + matched / Greatest(title_words, Value(1.0)), output_field=FloatField()
    )


def search_documents(query: SearchQuery, exclude_pages: list[int] | None = None) -> QuerySet:
    """The matching documents of `query.language`, filtered, best first. Empty if no words."""
    queryset = records_of_enabled_programmes(SearchDocument.objects.filter(language=query.language))
    if query.programme:
        queryset = queryset.filter(programme=query.programme)
    if query.type_key:
        queryset = queryset.filter(type_key=query.type_key)
    if exclude_pages:
        queryset = queryset.exclude(page_id__in=exclude_pages)
    if not query.is_searchable:
        return queryset.none()
    match = _postgres_match if uses_full_text_search() else _word_match
    return (
        match(queryset, query)
        .annotate(is_stale=_stale_first_last(timezone.now()))
        .select_related("page")
        .only(*RESULT_FIELDS)
        .order_by("is_stale", "-rank", "title", "page_id")
    )

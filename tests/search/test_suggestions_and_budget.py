"""Suggestions (JSON, current language, limited, cached) and the pages' query budgets."""

from __future__ import annotations

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.search.conftest import english, result_links

pytestmark = pytest.mark.django_db


def test_suggestions_are_titles_of_the_current_language(client, search_pages):
    data = client.get("/ro/search/suggestions/", {"q": "sco"}).json()
    assert {"title": "Școala „Traian Dârjan”", "url": search_pages.school.url} in data[
        "suggestions"
    ]
    data = client.get("/en/search/suggestions/", {"q": "traian"}).json()
    assert data["suggestions"] == [
        {"title": "Traian Dârjan School", "url": english(search_pages.school).url}
    ]


def test_suggestions_ignore_diacritics_and_match_every_typed_word(client, search_pages):
    for typed in ("tara mo", "ȚARA MOȚ", "\u0163ara"):
        titles = [s["title"] for s in client.get("/ro/search/suggestions/", {"q": typed}).json()[
            "suggestions"
        ]]  # fmt: skip
        assert "Țara Moților: comuna Bucium" in titles, typed


@pytest.mark.parametrize("typed", ["", "s", "!!", "' OR 1=1 --", "x" * 2000, "NEAR(", "%"])
def test_suggestions_answer_bad_input_with_json(client, search_pages, typed):
    response = client.get("/ro/search/suggestions/", {"q": typed})
    assert response.status_code == 200
    assert isinstance(response.json()["suggestions"], list)


def test_suggestions_are_limited_and_cached(client, search_pages):
    with CaptureQueriesContext(connection) as first:
        data = client.get("/ro/search/suggestions/", {"q": "z"}).json()  # too short: no query
    assert data["suggestions"] == []
    response = client.get("/ro/search/suggestions/", {"q": "ro"})
    assert 0 < len(response.json()["suggestions"]) <= 8
    assert "max-age" in response["Cache-Control"]
    with CaptureQueriesContext(connection) as again:
        assert client.get("/ro/search/suggestions/", {"q": "ro"}).json() == response.json()
    search_queries = [q for q in again.captured_queries if "sitesearch" in q["sql"]]
    assert search_queries == []
    assert not [q for q in first.captured_queries if "sitesearch" in q["sql"]]


def test_the_header_box_is_a_plain_form_enhanced_by_a_local_script(client, search_pages):
    html = client.get("/ro/").content.decode()
    assert 'action="/ro/search/"' in html and 'name="q"' in html
    assert 'data-suggestions-url="/ro/search/suggestions/"' in html
    assert 'src="/static/js/search-suggestions.js" defer' in html
    script = client.get("/static/js/search-suggestions.js")
    assert script.status_code == 200
    source = b"".join(script.streaming_content).decode()
    for needle in ('"combobox"', '"listbox"', '"option"', "aria-expanded", "aria-activedescendant"):
        assert needle in source


def _count_queries(client, params) -> tuple[int, int]:
    client.get("/ro/search/", params)  # warm Wagtail's site-root cache, as in production
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/ro/search/", params)
    assert response.status_code == 200
    return len(queries.captured_queries), len(result_links(response))


def test_the_results_page_has_a_constant_query_count(client, search_pages):
    """One result or a full page of ten: the same number of queries (no N+1)."""
    few_queries, few = _count_queries(client, {"q": "darjan"})
    many_queries, many = _count_queries(client, {"q": "cultura"})
    assert few == 1 and many == 10
    assert few_queries == many_queries


def test_promotions_add_at_most_one_query(client, search_pages):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    plain, _ = _count_queries(client, {"q": "cultura"})
    for page in (search_pages.land, search_pages.school, search_pages.open_call):
        SearchPromotion.objects.create(query=Query.get("cultura"), page=page, sort_order=0)
    promoted, shown = _count_queries(client, {"q": "cultura"})
    assert shown == 13
    assert promoted <= plain + 1


@pytest.mark.parametrize(
    "params",
    [
        {"q": "cultura"},
        {"q": "cultura", "page": "2"},
        {"q": "rezidente", "type": "open_call", "programme": "academy"},
        {"q": "!!!"},
        {"q": "x", "programme": "nope"},
    ],
)
def test_search_page_stays_within_a_query_budget(
    client, search_pages, django_assert_max_num_queries, params
):
    client.get("/ro/search/", params)
    with django_assert_max_num_queries(12):
        client.get("/ro/search/", params)


def test_suggestions_stay_within_a_query_budget(
    client, search_pages, django_assert_max_num_queries
):
    with django_assert_max_num_queries(6):
        client.get("/ro/search/suggestions/", {"q": "zilele"})

"""Bad input is a clear page with a 200 or a 400, never a 500 (issue 7, "Bad input")."""

from __future__ import annotations

import re

import pytest

from tests.search.conftest import result_links

pytestmark = pytest.mark.django_db

NO_WORDS_HINT = {"ro": "Scrieți cel puțin un cuvânt", "en": "Type at least one word"}


@pytest.mark.parametrize("language", ["ro", "en"])
@pytest.mark.parametrize("query", ["!!!", "...", "„”", '"', "*", "—", "%", "_", "\\"])
def test_a_query_without_words_asks_for_a_word(client, search_pages, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    assert NO_WORDS_HINT[language] in response.content.decode()
    assert result_links(response) == []


def test_an_empty_query_shows_the_form_and_no_results(client, search_pages):
    for params in ({}, {"q": ""}, {"q": "   "}):
        response = client.get("/ro/search/", params)
        assert response.status_code == 200
        html = response.content.decode()
        assert 'id="search-q"' in html and result_links(response) == []


@pytest.mark.parametrize(
    "query",
    [
        "' OR 1=1 --",
        "'; DROP TABLE sitesearch_searchdocument; --",
        '"rezidente',
        "rezidente*",
        "NEAR(rezidente",
        "rezidente OR scoala",
        "-scoala",
        "scoala & | ! <-> :*",
        "100% _scoala_",
        "<script>alert(1)</script>",
    ],
)
def test_sql_and_full_text_operators_are_read_as_words(client, search_pages, query):
    response = client.get("/ro/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_operators_around_a_word_still_find_it(client, search_pages):
    for query in ('"scoala"', "scoala*", "(scoala)", "scoala -", "'scoala' --"):
        results = result_links(client.get("/ro/search/", {"q": query}))
        assert results and results[0][0] == search_pages.school.url, query


def test_the_index_survives_an_injection_attempt(client, search_pages):
    from cms.search.models import SearchDocument

    before = SearchDocument.objects.count()
    client.get("/ro/search/", {"q": "'; DELETE FROM sitesearch_searchdocument; --"})
    assert SearchDocument.objects.count() == before > 0


def test_a_2000_character_query_is_truncated_with_a_notice(client, search_pages):
    response = client.get("/ro/search/", {"q": "scoala " + "x" * 1993})
    assert response.status_code == 200
    html = response.content.decode()
    assert "doar primele ei 200 de caractere" in html
    box = re.search(r'id="search-q" type="search" name="q" value="([^"]*)"', html).group(1)
    assert box == "scoala " + "x" * 193


def test_too_many_words_are_cut_with_a_notice(client, search_pages):
    response = client.get(
        "/ro/search/", {"q": " ".join(["scoala"] * 3 + [f"w{i}" for i in range(20)])}
    )
    assert response.status_code == 200
    assert "primele 12 cuvinte" in response.content.decode()


@pytest.mark.parametrize("page", ["999", "99999999999999999999999", "abc", "-1", "0", "", "1.5"])
def test_any_page_number_gives_a_page_of_results(client, search_pages, page):
    response = client.get("/ro/search/", {"q": "rezidente", "page": page})
    assert response.status_code == 200
    assert result_links(response)


def test_a_page_beyond_the_last_shows_the_last_page(client, search_pages, monkeypatch):
    monkeypatch.setattr("cms.search.views.RESULTS_PER_PAGE", 2)
    first = client.get("/ro/search/", {"q": "rezidente"}).content.decode()
    pages = int(re.search(r"Pagina 1 din (\d+)", first).group(1))
    assert pages > 1
    last = client.get("/ro/search/", {"q": "rezidente", "page": "999"}).content.decode()
    assert f"Pagina {pages} din {pages}" in last


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"programme": "nope"}, "Nu există programul „nope”. Alegeți unul din listă."),
        ({"type": "<b>x</b>"}, "Nu există tipul „&lt;b&gt;x&lt;/b&gt;”. Alegeți unul din listă."),
        ({"programme": "academy", "type": "villa"}, "Nu există tipul „villa”"),
    ],
)
def test_an_unknown_filter_value_is_a_400_with_a_clear_message(
    client, search_pages, params, message
):
    response = client.get("/ro/search/", {"q": "rezidente", **params})
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'class="error-summary"' in html and 'aria-invalid="true"' in html
    assert 'value="rezidente"' in html  # what was typed is kept
    assert result_links(response) == []


def test_an_unknown_filter_value_is_explained_in_english_too(client, search_pages):
    response = client.get("/en/search/", {"q": "x", "programme": "nope"})
    assert response.status_code == 400
    assert "There is no programme “nope”. Choose one from the list." in response.content.decode()


def test_a_null_character_is_a_400_with_a_message(client, search_pages):
    response = client.get("/ro/search/", {"q": "scoala\x00"})
    assert response.status_code == 400
    assert 'class="error-summary"' in response.content.decode()


def test_post_is_refused_without_a_500(client, search_pages):
    assert client.post("/ro/search/", {"q": "scoala"}).status_code == 405

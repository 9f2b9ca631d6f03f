"""What each result shows and how filters, dated pages, pagination and promotions behave."""

from __future__ import annotations

import re

import pytest

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.search.conftest import english, result_links

pytestmark = pytest.mark.django_db


def result_blocks(response) -> list[str]:
    return re.findall(r'<li class="search-result[^"]*">.*?</li>', response.content.decode(), re.S)


def block_for(response, url: str) -> str:
    return next(block for block in result_blocks(response) if f'href="{url}"' in block)


def test_a_result_shows_its_programme_and_type_in_the_readers_language(client, search_pages):
    response = client.get("/ro/search/", {"q": "cluj in rezidenta"})
    block = block_for(response, search_pages.open_call.url)
    assert "Apel deschis" in block and "Academia Schimbării" in block
    response = client.get("/en/search/", {"q": "cluj in residence"})
    block = block_for(response, english(search_pages.open_call).url)
    assert "Open call" in block and "The Change Academy" in block


def test_a_section_page_is_a_programme_and_a_plain_page_a_page(client, search_pages):
    response = client.get("/ro/search/", {"q": "huburi"})
    assert "Program" in block_for(response, "/ro/huburi-creative/")
    response = client.get("/ro/search/", {"q": "bucium"})
    block = block_for(response, search_pages.land.url)
    assert "Pagină" in block and "România Remarcabilă" in block


def test_open_calls_show_open_or_closed(client, search_pages):
    response = client.get("/ro/search/", {"q": "rezidente"})
    assert "Deschis" in block_for(response, search_pages.open_call.url)
    assert "Închis" in block_for(response, search_pages.closed_call.url)
    response = client.get("/en/search/", {"q": "residencies"})
    assert ">Open<" in block_for(response, english(search_pages.open_call).url)
    assert ">Closed<" in block_for(response, english(search_pages.closed_call).url)


def test_closing_the_romanian_call_closes_the_english_result_too(client, search_pages):
    from django.utils import timezone

    call = search_pages.open_call
    call.opens_at = timezone.now() - timezone.timedelta(days=20)
    call.closes_at = timezone.now() - timezone.timedelta(days=1)
    call.save_revision().publish()  # the Romanian page only: the English one is not republished
    response = client.get("/en/search/", {"q": "residencies"})
    assert ">Closed<" in block_for(response, english(call).url)


def test_upcoming_events_rank_before_past_ones_and_past_ones_are_marked(client, search_pages):
    response = client.get("/ro/search/", {"q": "zilele culturii rome"})
    urls = [url for url, _ in result_links(response)]
    upcoming, past = search_pages.upcoming_event.url, search_pages.past_event.url
    # The past event's title holds the whole query, so by text alone it would rank near the top.
    assert urls.index(upcoming) < urls.index(past)
    assert urls[-1] == past
    assert "A avut loc" in block_for(response, past)
    assert "Urmează" in block_for(response, upcoming)
    assert "A avut loc" not in block_for(response, upcoming)


def test_a_closed_call_ranks_after_an_open_one(client, search_pages):
    urls = [url for url, _ in result_links(client.get("/ro/search/", {"q": "rezidente"}))]
    assert urls.index(search_pages.open_call.url) < urls.index(search_pages.closed_call.url)


def test_the_type_filter_keeps_only_that_type(client, search_pages):
    response = client.get("/ro/search/", {"q": "rezidente", "type": "open_call"})
    assert response.status_code == 200
    urls = {url for url, _ in result_links(response)}
    assert {search_pages.open_call.url, search_pages.closed_call.url} <= urls
    assert "/ro/academia-schimbarii/" not in urls  # a programme page with the word in its text
    assert all("Apel deschis" in block for block in result_blocks(response))


def test_the_programme_filter_keeps_only_that_programme(client, search_pages):
    response = client.get("/ro/search/", {"q": "rezidente", "programme": "heritage"})
    urls = [url for url, _ in result_links(response)]
    assert search_pages.closed_call.url in urls
    assert search_pages.open_call.url not in urls  # the Academy's call
    assert all("România Remarcabilă" in block for block in result_blocks(response))
    response = client.get("/en/search/", {"q": "zilele", "programme": "academy"})
    assert result_links(response) == []


def test_both_filters_together(client, search_pages):
    response = client.get(
        "/ro/search/", {"q": "zilele culturii rome", "programme": "roma_culture", "type": "event"}
    )
    urls = [url for url, _ in result_links(response)]
    assert search_pages.upcoming_event.url in urls and "/ro/jivipen/" not in urls


def test_filters_are_kept_in_the_form_and_in_pagination_links(client, search_pages):
    html = client.get("/ro/search/", {"q": "cultura", "programme": "academy"}).content.decode()
    assert '<option value="academy" selected>' in html


def test_results_are_paginated_and_links_keep_the_query(client, search_pages, monkeypatch):
    monkeypatch.setattr("cms.search.views.RESULTS_PER_PAGE", 2)
    first = client.get("/ro/search/", {"q": "cluj"})
    html = first.content.decode()
    assert "Pagina 1 din" in html
    assert 'href="?q=cluj&amp;page=2" rel="next"' in html
    second = client.get("/ro/search/", {"q": "cluj", "page": "2"})
    assert second.status_code == 200
    assert set(result_links(first)).isdisjoint(result_links(second))


# --- promotions ---------------------------------------------------------------------------------


def promote(query_string: str, page, description: str = "") -> SearchPromotion:
    query = Query.get(query_string)
    return SearchPromotion.objects.create(
        query=query, page=page, description=description, sort_order=0
    )


def test_a_promoted_page_comes_first_and_is_marked(client, search_pages):
    promote("scoala", search_pages.land, description="Promovat de redacție.")
    response = client.get("/ro/search/", {"q": "scoala"})
    results = result_links(response)
    assert results[0][0] == search_pages.land.url
    assert results[1][0] == search_pages.school.url
    block = block_for(response, search_pages.land.url)
    assert "Recomandat" in block and "Promovat de redacție." in block
    assert [url for url, _ in results].count(search_pages.land.url) == 1


def test_a_promotion_matches_the_query_without_diacritics_or_case(client, search_pages):
    promote("Școala", search_pages.land)
    for query in ("scoala", "\u015eCOALA", "  școala  "):
        assert result_links(client.get("/ro/search/", {"q": query}))[0][0] == search_pages.land.url


def test_a_promotion_shows_in_each_language_as_that_languages_page(client, search_pages):
    promote("bucium", search_pages.school, description="Doar în română.")
    assert result_links(client.get("/ro/search/", {"q": "bucium"}))[0][0] == (
        search_pages.school.url
    )
    response = client.get("/en/search/", {"q": "bucium"})
    assert result_links(response)[0][0] == english(search_pages.school).url
    # The editor's Romanian description is not shown to English readers.
    assert "Doar în română." not in response.content.decode()


def test_a_promotion_of_a_page_without_a_live_translation_is_left_out(client, search_pages):
    promote("bucium", search_pages.school)
    english(search_pages.school).unpublish()
    urls = [url for url, _ in result_links(client.get("/en/search/", {"q": "bucium"}))]
    # The demo's own Bucium pages (România Remarcabilă's commune) are found too.
    assert english(search_pages.land).url in urls
    assert english(search_pages.school).url not in urls


def test_promotions_do_not_apply_to_other_queries(client, search_pages):
    promote("scoala", search_pages.land)
    assert search_pages.land.url not in dict(
        result_links(client.get("/ro/search/", {"q": "jivipen"}))
    )

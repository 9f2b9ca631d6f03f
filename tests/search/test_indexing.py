"""The index follows the pages: publish, edit, unpublish, delete, move, view restrictions."""

from __future__ import annotations

import io

import pytest

from django.core.management import call_command

from wagtail.models import Page, PageViewRestriction

from cms.search.models import SearchDocument
from tests.search.conftest import result_links

pytestmark = pytest.mark.django_db


def test_the_demo_is_indexed_through_publishing_alone(search_pages):
    public = Page.objects.live().public().filter(depth__gt=1)
    assert set(SearchDocument.objects.values_list("page_id", flat=True)) == set(
        public.values_list("pk", flat=True)
    )
    assert public.count() > 20


def test_a_document_holds_text_language_programme_type_and_dates(search_pages):
    document = SearchDocument.objects.get(page=search_pages.closed_call)
    assert document.language == "ro"
    assert document.programme == "heritage"
    assert document.type_key == "open_call"
    assert document.summary.startswith("Rezidențe în august")
    assert document.starts_at == search_pages.closed_call.opens_at
    assert document.ends_at == search_pages.closed_call.closes_at
    school = SearchDocument.objects.get(page=search_pages.school)
    assert "artiști în rezidență" in school.body  # from the StreamField, tags stripped
    assert "<p>" not in school.body
    assert " scoala traian darjan " in school.search_text


def test_an_event_document_holds_its_occurrences_span(search_pages):
    from cms.events.models import Occurrence

    document = SearchDocument.objects.get(page=search_pages.upcoming_event)
    occurrence = Occurrence.objects.get(series_id=search_pages.upcoming_event.translation_key)
    assert (document.type_key, document.programme) == ("event", "roma_culture")
    assert (document.starts_at, document.ends_at) == (occurrence.start, occurrence.end)


def test_publishing_an_edit_updates_the_document(client, search_pages):
    page = search_pages.land
    # A word no demo page holds (the demo's Bucium has a Negrileasa meadow of its own).
    page.title = "Țara Moților: Bucium și Izbicioara"
    page.save_revision().publish()
    assert SearchDocument.objects.get(page=page).title == page.title
    results = result_links(client.get("/ro/search/", {"q": "izbicioara"}))
    assert results == [(page.url, page.title)]


def test_unpublishing_removes_the_document_and_republishing_restores_it(client, search_pages):
    page = search_pages.school
    page.unpublish()
    assert not SearchDocument.objects.filter(page=page).exists()
    assert result_links(client.get("/ro/search/", {"q": "darjan"})) == []
    page.refresh_from_db()
    page.save_revision().publish()
    assert SearchDocument.objects.filter(page=page).exists()


def test_deleting_a_page_deletes_its_document(search_pages):
    page_id = search_pages.school.pk
    Page.objects.get(pk=page_id).delete()
    assert not SearchDocument.objects.filter(page_id=page_id).exists()


def test_moving_a_page_to_another_programme_reindexes_it(search_pages):
    from cms.models import ProgrammeSectionPage

    academy = ProgrammeSectionPage.objects.get(programme="academy", locale__language_code="ro")
    Page.objects.get(pk=search_pages.land.pk).move(academy, pos="last-child")
    assert SearchDocument.objects.get(page_id=search_pages.land.pk).programme == "academy"


def test_a_view_restriction_hides_the_subtree_and_lifting_it_shows_it_again(search_pages):
    restriction = PageViewRestriction.objects.create(
        page=search_pages.land, restriction_type=PageViewRestriction.LOGIN
    )
    assert not SearchDocument.objects.filter(page=search_pages.land).exists()
    restriction.delete()
    assert SearchDocument.objects.filter(page=search_pages.land).exists()


def test_rebuild_search_index_restores_a_lost_index_with_progress(search_pages):
    expected = set(SearchDocument.objects.values_list("page_id", "title", "type_key"))
    SearchDocument.objects.filter(page=search_pages.school).delete()
    SearchDocument.objects.filter(page=search_pages.land).update(title="stale")
    output = io.StringIO()
    call_command("rebuild_search_index", stdout=output)
    assert set(SearchDocument.objects.values_list("page_id", "title", "type_key")) == expected
    assert f"{len(expected)} document(s)" in output.getvalue()
    assert "pages" in output.getvalue()

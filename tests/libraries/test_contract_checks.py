"""The contract kit's checks for pages built on the people and libraries kits
(`cms.testing.ProgrammePagesContractTests`), run here on the kits' throw-away types — and shown
to fail on a page that breaks them. A library is a directory: the directory contract checks it."""

from __future__ import annotations

import pytest

from cms.libraries.models import ResourceKind
from cms.testing import ProgrammePagesContractTests
from tests.people.conftest import make_mentor, make_mentor_index, make_person

from .conftest import make_document, make_library, make_podcast, make_resource

CONTRACT = ProgrammePagesContractTests()


@pytest.fixture
def kit_pages(sections):
    from tests.kit_apps.kit_libraries.models import KitLibraryIndexPage, KitResourcePage
    from tests.kit_apps.kit_people.models import KitMentorPage

    library = make_library(sections[0])
    toolkit = make_resource(library)
    guide = make_resource(library, "Ghidul profesorului Pre-Texts", kind=ResourceKind.GUIDE)
    podcast = make_podcast(library, make_document("episodul-1.mp3", "Episodul 1"))
    mentor = make_mentor(make_mentor_index(sections[0]), make_person())
    return {
        KitLibraryIndexPage: [library],
        KitResourcePage: [toolkit, guide, podcast],
        KitMentorPage: [mentor],
    }


def test_the_contract_checks_pass_on_pages_built_on_the_kits(client, kit_pages):
    CONTRACT.test_its_profiles_and_resources_describe_themselves_in_json_ld(kit_pages, client)
    CONTRACT.test_its_directories_keep_the_directory_contract(kit_pages, client)


def test_the_json_ld_check_fails_on_a_page_that_says_it_is_something_else(
    client, kit_pages, monkeypatch
):
    monkeypatch.setattr(
        "cms.people.jsonld.person_json_ld",
        lambda page, person, request: {"@context": "https://schema.org", "@type": "Thing"},
    )
    with pytest.raises(AssertionError):
        CONTRACT.test_its_profiles_and_resources_describe_themselves_in_json_ld(kit_pages, client)


def test_the_directory_check_fails_on_a_library_whose_filter_does_not_narrow(
    client, kit_pages, monkeypatch
):
    from cms.directories.filters import ChoiceFilter

    # A broken library: choosing a kind shows every resource while the facet counts one.
    monkeypatch.setattr(ChoiceFilter, "narrow", lambda self, queryset, chosen: queryset)
    with pytest.raises(AssertionError):
        CONTRACT.test_its_directories_keep_the_directory_contract(kit_pages, client)

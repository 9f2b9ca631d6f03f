"""A site-wide directory: `entries()` widened to `entries_in_locale()` (every live entry of its
type in its language, wherever it lives) and a `ProgrammeFilter` to narrow by programme, as the
libraries kit's site-wide library does."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from wagtail.models import Page

from cms.directories.contract import check_directory_page, listed_paths
from cms.directories.filters import ChoiceFilter, ProgrammeFilter, RelatedFilter
from tests.kit_apps.kit_directories.models import KitSchoolDirectoryPage

from .conftest import SCHOOLS, School, add_school
from .test_checks import messages

OTHER = School(
    "Casa de Cultură Gherla", "Gherla House of Culture", "library", "Gherla", 2022,
    "47.031000", "23.912000", (),
)  # fmt: skip


@pytest.fixture
def site_wide(monkeypatch, tree, directory):
    """The schools directory, made site-wide; a second programme's directory with one entry."""
    monkeypatch.setattr(
        KitSchoolDirectoryPage,
        "filters",
        [ChoiceFilter("kind"), RelatedFilter("topics"), ProgrammeFilter()],
    )
    monkeypatch.setattr(KitSchoolDirectoryPage, "entries", KitSchoolDirectoryPage.entries_in_locale)
    other = tree.other_section.add_child(
        instance=KitSchoolDirectoryPage(title="Case de cultură", slug="case-de-cultura")
    )
    other.save_revision().publish()
    add_school(other, OTHER, {})
    return directory


def titles(directory, client, **query) -> set[str]:
    """Titles of every entry listed for `query`, across the pages."""
    paths = listed_paths(directory, client, urlencode(query))
    return {page.title for page in Page.objects.all() if page.url in paths}


def test_a_programme_filter_passes_the_checks(monkeypatch):
    monkeypatch.setattr(KitSchoolDirectoryPage, "filters", [ProgrammeFilter()])
    assert messages(KitSchoolDirectoryPage) == []


def test_a_site_wide_directory_lists_every_programmes_entries_and_narrows_by_programme(
    client, tree, site_wide
):
    everything = titles(site_wide, client)
    assert everything == {school.title for school in SCHOOLS} | {OTHER.title}
    assert titles(site_wide, client, programme=tree.other_programme) == {OTHER.title}
    assert titles(site_wide, client, programme=tree.programme) == everything - {OTHER.title}
    # A slug that is no programme is refused by the field, like any unknown choice.
    refused = client.get(site_wide.url, {"programme": "nu-exista"})
    assert refused.status_code == 400
    assert 'href="#directory-programme"' in refused.content.decode()


def test_a_site_wide_directory_keeps_the_directory_contract(client, site_wide):
    check_directory_page(site_wide, client)

"""The contract check plugins run on their directories, run here on the kit's own, and shown to
fail on a directory that breaks it."""

from __future__ import annotations

import pytest

from cms.directories.contract import assert_valid_geojson, check_directory_page
from tests.kit_apps.kit_directories.models import KitSchoolDirectoryPage

pytestmark = pytest.mark.django_db


def test_the_kits_directory_keeps_the_contract_in_both_languages(directory, english, client):
    check_directory_page(directory, client)
    check_directory_page(english, client)


def test_the_contract_catches_a_directory_that_loses_an_entry(directory, client, monkeypatch):
    original = KitSchoolDirectoryPage.fetch_entries

    def one_place_short(self, queryset, pks, fields):
        return original(self, queryset, pks[1:], fields)

    monkeypatch.setattr(KitSchoolDirectoryPage, "fetch_entries", one_place_short)
    with pytest.raises(AssertionError):
        check_directory_page(directory, client)


def test_the_contract_catches_a_filter_that_does_not_narrow(directory, client, monkeypatch):
    from cms.directories.filters import ChoiceFilter

    monkeypatch.setattr(ChoiceFilter, "narrow", lambda self, queryset, chosen: queryset)
    with pytest.raises(AssertionError):
        check_directory_page(directory, client)


def test_the_contract_catches_a_budget_overrun(directory, client):
    with pytest.raises(AssertionError, match="queries, budget"):
        check_directory_page(directory, client, budget=3)


@pytest.mark.parametrize(
    "broken",
    [
        {"type": "Feature"},
        {"type": "FeatureCollection", "features": [], "crs": {"type": "name"}},
        {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [46.77, 123.59]},
                    "properties": {"name": "latitude first", "url": "https://cccluj.ro/"},
                }
            ],
        },
    ],
)
def test_invalid_geojson_is_refused(broken):
    with pytest.raises(AssertionError):
        assert_valid_geojson(broken)

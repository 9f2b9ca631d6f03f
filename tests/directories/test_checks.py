"""Start-up checks tell a plugin author what a directory declares wrongly."""

from __future__ import annotations

from cms.directories.filters import ChoiceFilter, RelatedFilter
from tests.kit_apps.kit_directories.models import KitSchoolDirectoryPage


def messages(model) -> list[str]:
    return [error.msg for error in model.check() if error.id.startswith("directories.")]


def test_the_kits_directory_passes_its_checks():
    assert messages(KitSchoolDirectoryPage) == []


def test_a_filter_or_export_field_the_entry_does_not_have_is_an_error(monkeypatch):
    monkeypatch.setattr(
        KitSchoolDirectoryPage,
        "filters",
        [ChoiceFilter("colour"), ChoiceFilter("topics"), RelatedFilter("kind")],
    )
    monkeypatch.setattr(KitSchoolDirectoryPage, "export_fields", ["kind", "phone"])
    found = messages(KitSchoolDirectoryPage)
    assert any("no field 'colour'" in message for message in found)
    assert any("'topics' is a relation" in message for message in found)
    assert any("'kind' is not a relation" in message for message in found)
    assert any("export_fields names 'phone'" in message for message in found)

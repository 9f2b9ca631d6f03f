"""The plugin engine: discovery by entry point, block list, hook validation, the command."""

from __future__ import annotations

import json
import sys
import textwrap
from io import StringIO

import pluggy
import pytest

from django.core.management import call_command

from cms.plugin_manager import (
    PluginConfigurationError,
    build_plugin_manager,
    enabled_programme_apps,
    enabled_programmes,
    installed_entry_point_names,
)

# The programmes this distribution ships. Others may be installed beside them (a third party's
# distribution): the engine's promises are tested against whatever is installed, never a count.
BUILT_IN = {"academy", "schools", "heritage", "roma_culture", "hubs"}


def enabled_names(pm: pluggy.PluginManager) -> set[str]:
    return {name for name, plugin in pm.list_name_plugin() if plugin is not None}


@pytest.fixture
def third_party_programme(tmp_path, monkeypatch):
    """A separately installed distribution that declares a programme entry point.

    Written as a real `.dist-info` on `sys.path`, so discovery goes through importlib.metadata
    exactly as for a pip-installed package.
    """
    package = tmp_path / "cinema_programme"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "plugin.py").write_text(
        textwrap.dedent(
            """
            from cms import hookimpl
            from cms.programme import ProgrammeInfo

            @hookimpl
            def programme_info():
                return ProgrammeInfo(
                    slug="cinema",
                    name={"ro": "Cinema în cartier", "en": "Neighbourhood cinema"},
                    summary={"ro": "Proiecții în aer liber.", "en": "Open-air screenings."},
                )

            @hookimpl
            def installed_apps():
                return ["cinema_programme"]

            @hookimpl
            def section_page_model():
                raise NotImplementedError
            """
        )
    )
    dist_info = tmp_path / "cinema_programme-2.3.0.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: cinema-programme\nVersion: 2.3.0\n"
    )
    (dist_info / "entry_points.txt").write_text(
        "[cms.programmes]\ncinema = cinema_programme.plugin\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield "cinema"
    sys.modules.pop("cinema_programme.plugin", None)
    sys.modules.pop("cinema_programme", None)


def test_every_installed_programme_is_discovered_through_its_entry_point():
    installed = set(installed_entry_point_names())
    assert installed >= BUILT_IN
    pm = build_plugin_manager(enabled=None, blocked=[])
    assert enabled_names(pm) == installed
    distribution_of = {
        name: dist.project_name
        for name, plugin in pm.list_name_plugin()
        for known, dist in pm.list_plugin_distinfo()
        if known is plugin
    }
    assert {distribution_of[name] for name in BUILT_IN} == {"cluj-cultural-centre"}


def test_a_third_party_distribution_is_discovered_like_a_built_in_one(third_party_programme):
    pm = build_plugin_manager(enabled=None, blocked=[])
    assert third_party_programme in enabled_names(pm)
    versions = {dist.version for plugin, dist in pm.list_plugin_distinfo()}
    assert "2.3.0" in versions


def test_the_block_list_keeps_a_programme_out():
    pm = build_plugin_manager(enabled=None, blocked=["hubs", "schools"])
    assert enabled_names(pm) == set(installed_entry_point_names()) - {"hubs", "schools"}
    assert pm.is_blocked("hubs")


def test_block_list_and_enabled_list_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("PROGRAMMES", "academy,heritage,hubs")
    monkeypatch.setenv("PROGRAMMES_BLOCKED", "hubs")
    assert enabled_names(build_plugin_manager()) == {"academy", "heritage"}


def test_an_unknown_programme_name_fails_at_start_up_naming_it():
    with pytest.raises(PluginConfigurationError, match="cinematograf"):
        build_plugin_manager(enabled=["academy", "cinematograf"], blocked=[])


def test_a_misspelt_blocked_programme_fails_at_start_up_naming_it():
    """Otherwise the programme someone meant to switch off would stay on, unnoticed."""
    with pytest.raises(PluginConfigurationError, match="PROGRAMMES_BLOCKED names hub\\b"):
        build_plugin_manager(enabled=None, blocked=["hub"])


def test_a_misspelt_hook_implementation_fails_loudly(third_party_programme):
    plugin_file = sys.path[0] + "/cinema_programme/plugin.py"
    with open(plugin_file, "a") as plugin:
        plugin.write("\n@hookimpl\ndef section_page_modle():\n    return None\n")
    with pytest.raises(pluggy.PluginValidationError, match="section_page_modle"):
        build_plugin_manager(enabled=None, blocked=[])


def test_a_plugin_whose_slug_differs_from_its_entry_point_is_refused(
    third_party_programme, tmp_path
):
    plugin_file = tmp_path / "cinema_programme" / "plugin.py"
    plugin_file.write_text(plugin_file.read_text().replace('slug="cinema"', 'slug="films"'))
    with pytest.raises(PluginConfigurationError, match="'films'"):
        build_plugin_manager(enabled=None, blocked=[])


def test_settings_compose_installed_apps_from_the_enabled_programmes():
    from django.conf import settings

    from cms.plugin_manager import call_for_programme

    apps = enabled_programme_apps()
    declared = [
        app for p in enabled_programmes() for app in call_for_programme(p, "installed_apps")
    ]
    assert apps == list(dict.fromkeys(declared))
    assert [app for app in settings.INSTALLED_APPS if app in apps] == apps


def test_programmes_command_lists_slug_names_version_hooks_and_sections(demo_site, db):
    output = StringIO()
    call_command("programmes", "--json", stdout=output)
    rows = json.loads(output.getvalue())
    assert [row["slug"] for row in rows] == [p.slug for p in enabled_programmes()]
    academy = next(row for row in rows if row["slug"] == "academy")
    assert academy["name"] == {"ro": "Academia Schimbării", "en": "The Change Academy"}
    assert academy["version"] == "0.1.0"
    assert {"programme_info", "installed_apps", "section_page_model"} <= set(academy["hooks"])
    assert academy["sections"] == {
        "ro": "/ro/academia-schimbarii/",
        "en": "/en/change-academy/",
    }

    text = StringIO()
    call_command("programmes", stdout=text)
    assert "România Remarcabilă" in text.getvalue()
    assert "section (en): /en/remarkable-romania/" in text.getvalue()

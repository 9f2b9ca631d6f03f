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
    package = tmp_path / "puppetry_programme"
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
                    slug="puppetry",
                    name={"ro": "Teatru de păpuși în cartier", "en": "Neighbourhood puppet theatre"},
                    summary={"ro": "Spectacole de păpuși în aer liber.", "en": "Open-air puppet shows."},
                )

            @hookimpl
            def installed_apps():
                return ["puppetry_programme"]

            @hookimpl
            def section_page_model():
                raise NotImplementedError
            """
        )
    )
    dist_info = tmp_path / "puppetry_programme-2.3.0.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: puppetry-programme\nVersion: 2.3.0\n"
    )
    (dist_info / "entry_points.txt").write_text(
        "[cms.programmes]\npuppetry = puppetry_programme.plugin\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield "puppetry"
    sys.modules.pop("puppetry_programme.plugin", None)
    sys.modules.pop("puppetry_programme", None)


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
    plugin_file = sys.path[0] + "/puppetry_programme/plugin.py"
    with open(plugin_file, "a") as plugin:
        plugin.write("\n@hookimpl\ndef section_page_modle():\n    return None\n")
    with pytest.raises(pluggy.PluginValidationError, match="section_page_modle"):
        build_plugin_manager(enabled=None, blocked=[])


def test_a_plugin_whose_slug_differs_from_its_entry_point_is_refused(
    third_party_programme, tmp_path
):
    plugin_file = tmp_path / "puppetry_programme" / "plugin.py"
    plugin_file.write_text(plugin_file.read_text().replace('slug="puppetry"', 'slug="films"'))
    with pytest.raises(PluginConfigurationError, match="'films'"):
        build_plugin_manager(enabled=None, blocked=[])


def test_settings_compose_installed_apps_from_the_enabled_programmes():
    from django.conf import settings

    from cms.plugin_manager import programme_apps

    apps = enabled_programme_apps()
    declared = [app for p in enabled_programmes() for app in programme_apps(p)]
    assert apps == list(dict.fromkeys(declared))
    assert [app for app in settings.INSTALLED_APPS if app in apps] == apps
    # The built-in programmes take the default: their plugin module's package is their app.
    assert {"plugins.academy", "plugins.hubs"} <= set(apps)


def test_programmes_command_lists_slug_names_version_hooks_and_sections(demo_site, db):
    output = StringIO()
    call_command("programmes", "--json", stdout=output)
    rows = json.loads(output.getvalue())
    assert [row["slug"] for row in rows] == [p.slug for p in enabled_programmes()]
    academy = next(row for row in rows if row["slug"] == "academy")
    assert academy["name"] == {"ro": "Academia Schimbării", "en": "The Change Academy"}
    from importlib import metadata

    assert academy["version"] == metadata.version("cluj-cultural-centre")
    assert {"programme_info", "programme_team"} <= set(academy["hooks"])
    assert academy["sections"] == {
        "ro": "/ro/academia-schimbarii/",
        "en": "/en/change-academy/",
    }

    text = StringIO()
    call_command("programmes", stdout=text)
    assert "România Remarcabilă" in text.getvalue()
    assert "section (en): /en/remarkable-romania/" in text.getvalue()


def test_a_plugin_says_only_what_is_its_own_and_the_engine_supplies_the_rest(
    third_party_programme, tmp_path
):
    """Without `installed_apps` its package is its app; without `section_page_model` the model
    `ProgrammeInfo.section_model` names is its section (resolved once apps are ready)."""
    from cms.plugin_manager import plugin_package, programme_apps, programmes_of

    plugin_file = tmp_path / "puppetry_programme" / "plugin.py"
    source = plugin_file.read_text()
    source = source.replace(
        'summary={"ro"', 'section_model="puppetry.PuppetrySectionPage",\n    summary={"ro"'
    )
    source = source.split("@hookimpl\ndef installed_apps")[0]
    plugin_file.write_text(textwrap.dedent(source))
    pm = build_plugin_manager(enabled=None, blocked=[])
    puppetry = next(p for p in programmes_of(pm) if p.slug == third_party_programme)
    assert puppetry.hooks == ("programme_info",)
    assert plugin_package(puppetry.plugin) == "puppetry_programme"
    assert programme_apps(puppetry) == ["puppetry_programme"]
    assert puppetry.info.section_model == "puppetry.PuppetrySectionPage"


def test_a_plugin_naming_no_section_model_fails_at_start_up(third_party_programme, tmp_path):
    plugin_file = tmp_path / "puppetry_programme" / "plugin.py"
    plugin_file.write_text(plugin_file.read_text().split("@hookimpl\ndef installed_apps")[0])
    with pytest.raises(PluginConfigurationError, match="'puppetry' names no section page model"):
        build_plugin_manager(enabled=None, blocked=[])


def test_two_programmes_call_types_on_one_reference_prefix_fail_the_system_check(monkeypatch):
    from django.apps import apps

    from cms.checks import check_call_reference_prefixes

    assert check_call_reference_prefixes(None) == []
    hubs_call = apps.get_model("hubs", "PeerExchangeCallPage")
    academy_call = apps.get_model("academy", "AcademyCallPage")
    monkeypatch.setattr(hubs_call, "reference_prefix", academy_call.reference_prefix)
    errors = check_call_reference_prefixes(None)
    assert [error.id for error in errors] == ["cms.E003"]
    assert "academy, hubs" in errors[0].msg

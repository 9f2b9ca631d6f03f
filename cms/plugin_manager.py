"""The one plugin manager of the project, and the programmes it enables.

Discovery works the same for the built-in programmes and any third-party one: each declares an
entry point in the `cms.programmes` group. Two environment variables choose what is enabled:

* `PROGRAMMES` — comma-separated entry-point names to enable (default: every one installed);
* `PROGRAMMES_BLOCKED` — names never to load, even if listed or installed.

Nothing here imports Django models: settings call `enabled_programme_apps()` at import time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from importlib import metadata

import pluggy

from cms import ENTRY_POINT_GROUP, PROJECT_NAME, hookspecs
from cms.programme import ProgrammeInfo


class PluginConfigurationError(Exception):
    """The environment names a programme that does not exist, or a plugin breaks the contract.

    Raised at start-up (settings import), so a misconfiguration never becomes a 500 later.
    Django's ImproperlyConfigured is not used because this module must not import Django.
    """


@dataclass(frozen=True)
class Programme:
    """An enabled programme: its plugin object and what it said about itself."""

    name: str  # the entry-point name
    plugin: object
    info: ProgrammeInfo
    version: str
    hooks: tuple[str, ...]

    @property
    def slug(self) -> str:
        return self.info.slug


def _env_names(variable: str) -> list[str] | None:
    raw = os.environ.get(variable)
    if raw is None or not raw.strip():
        return None
    return [name.strip() for name in raw.split(",") if name.strip()]


def installed_entry_point_names() -> list[str]:
    return sorted({ep.name for ep in metadata.entry_points(group=ENTRY_POINT_GROUP)})


def build_plugin_manager(
    enabled: list[str] | None = None, blocked: list[str] | None = None
) -> pluggy.PluginManager:
    """Build a plugin manager: specs, entry points minus the blocked ones, then validation.

    `enabled` and `blocked` default to the `PROGRAMMES` and `PROGRAMMES_BLOCKED` environment
    variables. `check_pending()` makes a misspelt hook implementation fail here, at start-up.
    """
    enabled = _env_names("PROGRAMMES") if enabled is None else enabled
    blocked = (_env_names("PROGRAMMES_BLOCKED") or []) if blocked is None else blocked
    installed = installed_entry_point_names()
    # A misspelt name would silently enable nothing, or block nothing: say so at start-up.
    for variable, names in (("PROGRAMMES", enabled or []), ("PROGRAMMES_BLOCKED", blocked)):
        unknown = sorted(set(names) - set(installed))
        if unknown:
            raise PluginConfigurationError(
                f"{variable} names {', '.join(unknown)}, which no installed distribution "
                f"provides (installed programmes: {', '.join(installed) or 'none'})."
            )

    pm = pluggy.PluginManager(PROJECT_NAME)
    pm.add_hookspecs(hookspecs)
    for name in installed:
        if name in blocked or (enabled is not None and name not in enabled):
            pm.set_blocked(name)
    pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
    pm.check_pending()
    _check_contract(pm)
    return pm


def _check_contract(pm: pluggy.PluginManager) -> None:
    for name, plugin in pm.list_name_plugin():
        if plugin is None:  # blocked
            continue
        implemented = {impl.name for impl in _hookimpls(pm, plugin)}
        if "programme_info" not in implemented:
            raise PluginConfigurationError(
                f"Programme plugin {name!r} does not implement the required hook 'programme_info'."
            )
        info = _call_one(pm, plugin, "programme_info")
        if info.slug != name:
            raise PluginConfigurationError(
                f"Programme plugin {name!r} says its slug is {info.slug!r}; they must match."
            )
        if "section_page_model" not in implemented and not info.section_model:
            raise PluginConfigurationError(
                f"Programme plugin {name!r} names no section page model: set "
                'ProgrammeInfo.section_model ("app_label.ModelName") or implement '
                "'section_page_model'."
            )


def plugin_package(plugin: object) -> str:
    """The package a plugin module lives in (`plugins.hubs` for `plugins.hubs.plugin`)."""
    module = getattr(plugin, "__name__", "")
    return module.rpartition(".")[0] or module


def _hookimpls(pm: pluggy.PluginManager, plugin: object):
    return pm.get_hookcallers(plugin) or []


def _call_one(pm: pluggy.PluginManager, plugin: object, hook_name: str, **kwargs):
    """Call one hook on one plugin only, through pluggy (so hook wrappers still apply)."""
    others = [p for p in pm.get_plugins() if p is not plugin]
    results = pm.subset_hook_caller(hook_name, remove_plugins=others)(**kwargs)
    return results[0] if results else None


@cache
def get_plugin_manager() -> pluggy.PluginManager:
    """The project's plugin manager, built once per process from the environment."""
    return build_plugin_manager()


def programmes_of(pm: pluggy.PluginManager) -> list[Programme]:
    versions = {id(plugin): dist.version for plugin, dist in pm.list_plugin_distinfo()}
    programmes = []
    for name, plugin in pm.list_name_plugin():
        if plugin is None:
            continue
        programmes.append(
            Programme(
                name=name,
                plugin=plugin,
                info=_call_one(pm, plugin, "programme_info"),
                version=versions.get(id(plugin), "unknown"),
                hooks=tuple(sorted(caller.name for caller in _hookimpls(pm, plugin))),
            )
        )
    return sorted(programmes, key=lambda p: (p.info.order, p.slug))


@cache
def enabled_programmes() -> tuple[Programme, ...]:
    """The enabled programmes, in display order."""
    return tuple(programmes_of(get_plugin_manager()))


def get_programme(slug: str) -> Programme | None:
    return next((p for p in enabled_programmes() if p.slug == slug), None)


def programme_name(slug: str, language: str) -> str:
    """An enabled programme's name in `language` ("Jivipen"); "" for none or a disabled one."""
    programme = get_programme(slug) if slug else None
    return programme.info.name_in(language) if programme else ""


def call_for_programme(programme: Programme, hook_name: str, **kwargs):
    """Ask one programme's plugin a hook; None if it does not implement it."""
    return _call_one(get_plugin_manager(), programme.plugin, hook_name, **kwargs)


def programme_apps(programme: Programme) -> list[str]:
    """The Django apps a programme installs: its `installed_apps` answer, by default its package."""
    if "installed_apps" in programme.hooks:
        return list(call_for_programme(programme, "installed_apps") or [])
    return [plugin_package(programme.plugin)]


def enabled_programme_apps() -> list[str]:
    """Django apps of the enabled programmes, for `INSTALLED_APPS` (called by settings)."""
    apps: list[str] = []
    for programme in enabled_programmes():  # display order, so INSTALLED_APPS is stable
        for app in programme_apps(programme):
            if app not in apps:
                apps.append(app)
    return apps

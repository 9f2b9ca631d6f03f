"""Architecture rules held by tests: dependency direction and documented hooks."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from cms import hookspecs

REPO = Path(__file__).resolve().parent.parent
PLUGINS = sorted(p.name for p in (REPO / "plugins").iterdir() if (p / "plugin.py").exists())


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
    return modules


def python_files(folder: Path):
    return [p for p in folder.rglob("*.py") if "migrations" not in p.parts]


def test_the_engine_never_imports_a_plugin_nor_the_site_package():
    offenders = {
        str(path.relative_to(REPO)): sorted(
            m for m in imported_modules(path) if m.startswith(("plugins", "cluj_site"))
        )
        for path in python_files(REPO / "cms")
    }
    assert not {path: mods for path, mods in offenders.items() if mods}


@pytest.mark.parametrize("plugin", PLUGINS)
def test_a_plugin_imports_the_engine_but_no_other_plugin_nor_the_site(plugin):
    offenders = []
    for path in python_files(REPO / "plugins" / plugin):
        for module in imported_modules(path):
            other_plugin = module.startswith("plugins.") and not module.startswith(
                f"plugins.{plugin}"
            )
            if other_plugin or module.startswith("cluj_site"):
                offenders.append((str(path.relative_to(REPO)), module))
    assert not offenders


@pytest.mark.parametrize("plugin", PLUGINS)
def test_a_plugins_hook_module_imports_nothing_from_django_at_module_level(plugin):
    tree = ast.parse((REPO / "plugins" / plugin / "plugin.py").read_text(encoding="utf-8"))
    top_level = set()
    for node in tree.body:  # only module-level statements, not imports inside hook functions
        if isinstance(node, ast.Import):
            top_level.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            top_level.add(node.module)
    assert not [m for m in top_level if m.startswith(("django", "wagtail"))]


HOOKS = [name for name, obj in inspect.getmembers(hookspecs) if hasattr(obj, "programmes_spec")]


def test_hook_specifications_are_found():
    assert {"programme_info", "installed_apps", "section_page_model", "load_demo_content"} <= set(
        HOOKS
    )


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_has_a_docstring_and_a_readme_entry(hook):
    assert inspect.getdoc(getattr(hookspecs, hook)), f"{hook} has no docstring"
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"`{hook}" in readme, f"README.md does not document the hook {hook}"

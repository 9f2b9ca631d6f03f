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


# Tree-position filters that find "the pages of a section" (`path__startswith`, `path__in` over
# ancestors, `ancestor_of`), and assignments to a `programme` attribute, are how ownership is
# decided. Only cms/ownership.py may use them. `descendant_of` a known page (the sitemap's roots,
# re-indexing a subtree) is about the tree, not programmes, and stays allowed; so do reads of
# `.programme` and `programme=` keyword arguments (copying an owner onto a derived row).
OWNERSHIP_MODULE = REPO / "cms" / "ownership.py"
SECTION_FILTER_KEYWORDS = {"path__startswith", "path__in"}


def ownership_decisions(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        found += [
            f"line {node.lineno}: assigns .programme"
            for target in targets
            if isinstance(target, ast.Attribute) and target.attr == "programme"
        ]
        if isinstance(node, ast.Call):
            found += [
                f"line {node.lineno}: filters on {keyword.arg}"
                for keyword in node.keywords
                if keyword.arg in SECTION_FILTER_KEYWORDS
            ]
            function = node.func
            if isinstance(function, ast.Attribute) and function.attr == "ancestor_of":
                found.append(f"line {node.lineno}: calls ancestor_of")
            if (
                isinstance(function, ast.Name)
                and function.id == "setattr"
                and len(node.args) > 1
                and isinstance(node.args[1], ast.Constant)
                and node.args[1].value == "programme"
            ):
                found.append(f"line {node.lineno}: setattr programme")
    return found


def test_only_cms_ownership_decides_which_programme_owns_a_record():
    """Ownership is decided in cms/ownership.py alone (issue 11, item 4).

    In cms/ and plugins/ (migrations aside), no other module may assign an attribute called
    `programme` (`page.programme = …`, `setattr(obj, "programme", …)`), pass `path__startswith`
    or `path__in` to a query (the "pages inside these sections" filters) or call `ancestor_of`
    (the "section above this page" lookup). Each of those is a second answer to "whose is
    this?"; call `ProgrammeOwned`, `programme_of`, `pages_of_programmes` or
    `records_of_programmes` instead.
    """
    offenders = {
        str(path.relative_to(REPO)): found
        for folder in ("cms", "plugins")
        for path in python_files(REPO / folder)
        if path != OWNERSHIP_MODULE and (found := ownership_decisions(path))
    }
    assert not offenders


def test_the_ownership_rule_sees_what_it_forbids():
    # The scanner itself: each forbidden form is found in the one module allowed to use them.
    found = " ".join(ownership_decisions(OWNERSHIP_MODULE))
    assert "assigns .programme" in found
    assert "filters on path__startswith" in found
    assert "filters on path__in" in found

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


# --- one way to translate -----------------------------------------------------------------------
# `cms/translations.py` is the one place that says which copy of a translated object to use (the
# governing, default-language one, or the copy in language X) and which time zone the site
# lives in. The rules below read the code's syntax tree, not its text, so comments and
# docstrings may still talk about Europe/Bucharest or `locale__language_code`; what they forbid
# elsewhere is code that does the lookup itself:
#
# 1. constructing a time zone (`ZoneInfo(...)`), or writing the site's zone name as a string
#    (`"Europe/Bucharest"`, read from `settings.TIME_ZONE`), outside cms/translations.py and the
#    settings: everything else imports `TIME_ZONE` / `local_now`;
# 2. Wagtail's instance lookups `.get_translation(…)` / `.get_translation_or_none(…)`;
# 3. a keyword lookup through `locale__language_code` (`filter(locale__language_code="ro")`,
#    `Q(page__locale__language_code__in=…)`, `When(…)`): use `in_language()` or the helpers;
# 4. one call filtering on both a `translation_key` lookup and a `locale` lookup
#    (`filter(translation_key=k, locale=l)`): that is `copy_in` / `copies_in` written by hand.
#
# Filtering by locale alone (a calendar of one language) or by translation_key alone (all copies
# of one object, the occurrences of a series) is not a choice of copy and stays allowed.

TRANSLATIONS_MODULE = "cms/translations.py"
SETTINGS_MODULE = "site/settings.py"

# Files that may look copies up themselves, and why. Tests are not scanned (they build and
# inspect translations on purpose).
COPY_LOOKUP_ALLOWED = {
    # Demo builders create each object's English copy and read it back, or find it by key to
    # stay idempotent: they write translations, they do not choose one to show.
    "cms/demo.py",
    "cms/events/demo.py",
    "cms/opencalls/demo.py",
    # The contract kit asserts that a plugin's pages exist in both locales.
    "cms/testing.py",
}


def _docstring_nodes(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _is_locale_lookup(keyword: str) -> bool:
    return keyword.split("__")[0] in ("locale", "locale_id")


def _is_key_lookup(keyword: str) -> bool:
    return keyword.split("__")[0] == "translation_key"


def time_zone_offences(path: Path, zone_name: str) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstring_nodes(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "ZoneInfo":
                found.append(f"line {node.lineno}: ZoneInfo(...)")
        elif (
            isinstance(node, ast.Constant)
            and node.value == zone_name
            and id(node) not in docstrings
        ):
            found.append(f"line {node.lineno}: {zone_name!r}")
    return found


def copy_lookup_offences(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in (
            "get_translation",
            "get_translation_or_none",
        ):
            found.append(f"line {node.lineno}: .{func.attr}(...)")
        keywords = [k.arg for k in node.keywords if k.arg]
        for keyword in keywords:
            parts = keyword.split("__")
            if any(parts[i : i + 2] == ["locale", "language_code"] for i in range(len(parts))):
                found.append(f"line {node.lineno}: {keyword}=")
        if any(map(_is_key_lookup, keywords)) and any(map(_is_locale_lookup, keywords)):
            found.append(f"line {node.lineno}: translation_key and locale in one lookup")
    return found


def engine_and_plugin_files(root: Path) -> list[Path]:
    return [
        path
        for folder in ("cms", "plugins", "site")
        if (root / folder).exists()
        for path in python_files(root / folder)
    ]


def test_only_the_translations_module_names_the_time_zone(settings):
    offenders = {
        rel: found
        for path in engine_and_plugin_files(REPO)
        if (rel := path.relative_to(REPO).as_posix()) not in (TRANSLATIONS_MODULE, SETTINGS_MODULE)
        and (found := time_zone_offences(path, settings.TIME_ZONE))
    }
    assert not offenders, f"import TIME_ZONE / local_now from cms.translations: {offenders}"


def test_only_the_translations_module_chooses_a_language_copy():
    offenders = {
        rel: found
        for path in engine_and_plugin_files(REPO)
        if (rel := path.relative_to(REPO).as_posix()) != TRANSLATIONS_MODULE
        and rel not in COPY_LOOKUP_ALLOWED
        and (found := copy_lookup_offences(path))
    }
    assert not offenders, f"use cms.translations (copy_in, governing_copy…): {offenders}"


def test_the_copy_lookup_allow_list_names_only_files_that_need_it():
    """An allow-list entry whose file no longer looks copies up is removed, not kept 'just in
    case': the list stays the honest list of exceptions."""
    for rel in COPY_LOOKUP_ALLOWED:
        assert copy_lookup_offences(REPO / rel), f"{rel} no longer needs its allow-list entry"


# --- import cycles ----------------------------------------------------------------------------


def import_graph(package: str) -> dict[str, set[str]]:
    """Which modules of `package` each of its modules imports, at module level or inside a
    function alike: a deferred import is still a dependency, only a later one."""
    base = REPO.joinpath(*package.split("."))
    modules = {}
    for path in python_files(base):
        parts = path.relative_to(REPO).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    graph = {}
    for name, path in modules.items():
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
            elif isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                continue
            found.update(target for target in targets if target in modules and target != name)
        graph[name] = found
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The groups of modules that import each other round a circle (Tarjan's components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in graph[module]:
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = set()
            while True:
                member = stack.pop()
                group.add(member)
                if member == module:
                    break
            if len(group) > 1:
                cycles.append(group)

    for module in graph:
        if module not in index:
            visit(module)
    return cycles


def test_the_cycle_finder_sees_a_cycle_through_a_deferred_import():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert import_cycles(graph) == [{"a", "b", "c"}]


def test_the_events_engine_has_no_import_cycle():
    """schedule (pure rules) ← models ← materialise/overrides/calendar/preview ← views: the
    page's public context is handed over by the app's configuration, above models and calendar."""
    assert import_cycles(import_graph("cms.events")) == []


def test_the_schedule_is_plain_values_and_rules_without_models():
    imported = imported_modules(REPO / "cms" / "events" / "schedule.py")
    assert not {m for m in imported if m.startswith(("django.db", "wagtail", "cms.events."))}


def test_registrations_depend_on_events_never_the_reverse():
    offenders = [
        (str(path.relative_to(REPO)), module)
        for path in python_files(REPO / "cms" / "events")
        for module in imported_modules_anywhere(path)
        if module.startswith("cms.registrations")
    ]
    assert not offenders


def imported_modules_anywhere(path: Path) -> set[str]:
    return {
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
        if not isinstance(node, ast.ImportFrom) or node.module
    }


def test_pages_ownership_programmes_and_teams_form_no_cycle():
    """ownership (a base of the pages) ← models ← programmes, teams: the lower modules reach the
    section model through Django's app registry, never by importing cms.models."""
    layered = {"cms.models", "cms.ownership", "cms.programmes", "cms.teams"}
    assert not [cycle for cycle in import_cycles(import_graph("cms")) if cycle & layered]


# A circle not untied yet (issue 11 notes it): it may not grow, and no new one may appear.
KNOWN_CYCLES = [
    {
        "cms.opencalls.admin_views",
        "cms.opencalls.applying",
        "cms.opencalls.models",
        "cms.opencalls.models.applications",
        "cms.opencalls.models.pages",
        "cms.opencalls.tasks",
    },
]


def test_no_new_import_cycle_in_the_engine():
    for cycle in import_cycles(import_graph("cms")):
        assert any(cycle <= known for known in KNOWN_CYCLES), sorted(cycle)

"""The plugin contract is documented where a third party reads it: the hook docstrings and the
README's "Programme plugins" section. A hook, a public base class or a field a subclass
inherits that is not documented there fails here, so the docs grow with the contract."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from wagtail.models import Page

from cms import hookspecs

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
CONTRACT = README[README.index("## Programme plugins") : README.index("## Teams")]

HOOKS = [
    name
    for name, function in inspect.getmembers(hookspecs, inspect.isfunction)
    if hasattr(function, "programmes_spec")
]


def public_base_classes():
    from cms.demo import DemoBuilder
    from cms.events.models import EventPage
    from cms.models import BasePage, ProgrammeSectionPage
    from cms.opencalls.models import OpenCallPage
    from cms.programme import ProgrammeInfo, TeamInfo
    from cms.testing import ProgrammeContractTests, ProgrammePagesContractTests

    return [
        ProgrammeInfo,
        TeamInfo,
        ProgrammeSectionPage,
        EventPage,
        OpenCallPage,
        BasePage,
        DemoBuilder,
        ProgrammeContractTests,
        ProgrammePagesContractTests,
    ]


def test_the_hooks_are_found():
    assert {"programme_info", "installed_apps", "section_page_model"} <= set(HOOKS)


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_has_a_docstring_and_a_row_in_the_readme(hook):
    doc = inspect.getdoc(getattr(hookspecs, hook)) or ""
    assert len(doc.split()) >= 15, f"{hook}: its docstring is its documentation; write it"
    assert f"| `{hook}(" in CONTRACT, f"{hook}: add it to the README's hooks table"


@pytest.mark.parametrize("base", public_base_classes(), ids=lambda cls: cls.__name__)
def test_every_public_base_class_has_a_docstring_and_is_named_in_the_readme(base):
    assert len((inspect.getdoc(base) or "").split()) >= 8, f"{base.__name__}: write its docstring"
    assert f"{base.__name__}" in CONTRACT, f"{base.__name__}: document it in the README"


@pytest.mark.parametrize(
    "model_path", ["cms.events.models.EventPage", "cms.opencalls.models.OpenCallPage"]
)
def test_every_field_a_programme_inherits_is_named_in_the_readme(model_path):
    module, _, name = model_path.rpartition(".")
    model = getattr(__import__(module, fromlist=[name]), name)
    page_fields = {field.name for field in Page._meta.get_fields()}
    own = [
        field.name
        for field in model._meta.get_fields()
        if field.concrete
        and field.name not in page_fields
        and not field.name.endswith("_ptr")
        and field.name not in {"programme"}  # set by the engine, never by a plugin
    ]
    assert own, model_path
    missing = [field for field in own if f"`{field}`" not in CONTRACT]
    assert not missing, f"{name}: document {missing} in the README's model contract"


def test_the_class_attributes_a_subclass_sets_are_documented():
    for attribute in ("section_model", "reference_prefix", "parent_page_types", "extra_details()"):
        assert f"`{attribute}" in CONTRACT, attribute


# --- the content kits: a base class a plugin subclasses is documented with its fields ----------

KIT_DOCS = Path(__file__).resolve().parent.parent / "docs" / "kits"
KIT_BASES = {
    "places.md": ["cms.places.models.Place"],
    "directories.md": [
        "cms.directories.models.DirectoryIndexPage",
        "cms.directories.models.DirectoryEntryPage",
    ],
    "submissions.md": [
        "cms.submissions.pages.AcceptsProposals",
        "cms.submissions.pages.ProposalEntry",
    ],
    "people.md": [
        "cms.people.models.Person",
        "cms.people.models.ProfilePage",
        "cms.people.models.ProfileIndexPage",
    ],
    "libraries.md": ["cms.libraries.models.LibraryIndexPage", "cms.libraries.models.ResourcePage"],
}


def _kit_base(path: str):
    module, _, name = path.rpartition(".")
    return getattr(__import__(module, fromlist=[name]), name)


@pytest.mark.parametrize("doc", sorted(KIT_BASES))
def test_every_kit_is_linked_from_the_readme(doc):
    assert f"(docs/kits/{doc})" in CONTRACT, f"link docs/kits/{doc} from the README's kits table"


@pytest.mark.parametrize(
    "doc, path",
    [(doc, path) for doc, paths in sorted(KIT_BASES.items()) for path in paths],
    ids=lambda value: value.rpartition(".")[2],
)
def test_every_kit_base_and_each_field_it_gives_a_subclass_is_in_its_docs(doc, path):
    base = _kit_base(path)
    text = (KIT_DOCS / doc).read_text()
    assert len((inspect.getdoc(base) or "").split()) >= 8, f"{base.__name__}: write its docstring"
    assert f"`{base.__name__}`" in text or f".{base.__name__}`" in text, (doc, base.__name__)
    page_fields = {field.name for field in Page._meta.get_fields()}
    own = [
        field.name
        for field in getattr(base, "_meta", None) and base._meta.local_fields or []
        if field.name not in page_fields
        and not field.name.endswith("_ptr")
        and field.name not in {"id", "programme", "locale", "translation_key"}
    ]
    missing = [name for name in own if f"`{name}`" not in text]
    assert not missing, f"{base.__name__}: document {missing} in docs/kits/{doc}"

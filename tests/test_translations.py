"""Every interface string is translated into Romanian, written with comma-below ș ț."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract
from babel.messages.pofile import read_po

from django.utils.translation.template import templatize

from cms.management.commands.compile_translations import project_po_files
from cms.testing import CEDILLA_LETTERS as CEDILLA

REPO = Path(__file__).resolve().parent.parent


def romanian_catalogues() -> list[Path]:
    return [po for po in project_po_files() if po.parent.parent.name == "ro"]


def test_the_project_has_romanian_catalogues():
    names = {str(po.relative_to(REPO)) for po in romanian_catalogues()}
    assert "site/locale/ro/LC_MESSAGES/django.po" in names
    assert "cms/locale/ro/LC_MESSAGES/django.po" in names


@pytest.mark.parametrize("po_path", romanian_catalogues(), ids=lambda p: str(p.relative_to(REPO)))
def test_every_message_has_a_romanian_translation_without_cedillas(po_path):
    with po_path.open("rb") as po_file:
        catalog = read_po(po_file, locale="ro")
    untranslated, fuzzy, cedillas = [], [], []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            untranslated.append(message.id)
        if message.fuzzy:
            fuzzy.append(message.id)
        if any(CEDILLA & set(s) for s in strings):
            cedillas.append(message.id)
    assert not untranslated, f"untranslated in {po_path}: {untranslated}"
    assert not fuzzy, f"fuzzy in {po_path}: {fuzzy}"
    assert not cedillas, f"cedilla letters in {po_path}: {cedillas}"


PLACEHOLDER = re.compile(r"%\((\w+)\)[sdfr]")


@pytest.mark.parametrize("po_path", romanian_catalogues(), ids=lambda p: str(p.relative_to(REPO)))
def test_every_translation_keeps_the_placeholders_of_its_message(po_path):
    """ "Distance from %(place)s" translated as "Distanța de la" would lose the place name on
    the page: a translation names the same placeholders as its message (a plural form may
    leave one out, as Romanian "o intrare" does, but all forms together name them all; a
    message whose comment for translators says "leave it out" may lose one). A placeholder
    the message does not have would be a KeyError on the page: never allowed."""
    with po_path.open("rb") as po_file:
        catalog = read_po(po_file, locale="ro")
    wrong = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = {name for text in ids for name in PLACEHOLDER.findall(text)}
        given = [set(PLACEHOLDER.findall(text)) for text in strings if text]
        may_drop = any("leave it out" in comment for comment in message.auto_comments)
        invented = any(names - wanted for names in given)
        plural = len(ids) > 1
        lost = (set().union(*given) != wanted) if plural else any(n != wanted for n in given)
        if given and (invented or (lost and not may_drop)):
            wrong.append(message.id)
    assert not wrong, f"placeholders lost or invented in {po_path}: {wrong}"


def test_no_source_or_template_uses_cedilla_letters():
    offenders = []
    for pattern in ("**/*.py", "**/*.html", "**/*.po", "**/*.txt", "**/*.md"):
        for path in REPO.glob(pattern):
            if ".venv" in path.parts or "node_modules" in path.parts:
                continue
            if CEDILLA & set(path.read_text(encoding="utf-8", errors="ignore")):
                offenders.append(str(path.relative_to(REPO)))
    assert not offenders


# --- every string the code marks for translation is in its folder's catalogue ------------------
# What `makemessages` would extract, read with Babel so the test needs no GNU gettext: Python
# through Babel's extractor, templates through Django's own `templatize` (what makemessages
# feeds to xgettext). A string missing from its catalogue shows in English on `/ro/`.

KEYWORDS = {
    **DEFAULT_KEYWORDS,
    "gettext_lazy": None,
    "gettext_noop": None,
    "ngettext_lazy": (1, 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext_lazy": ((1, "c"), 2, 3),
}
SOURCE_FOLDERS = ("site", "cms", "plugins")
NOT_EXTRACTED = {"tests", "migrations", "locale", "static"}


def owning_catalogue(path: Path) -> Path | None:
    """The Romanian catalogue of the nearest folder above `path` that has a `locale/`."""
    for folder in path.parents:
        po = folder / "locale" / "ro" / "LC_MESSAGES" / "django.po"
        if po.exists():
            return po
        if folder == REPO:
            return None
    return None


def extracted_messages(path: Path) -> set[tuple[str | None, str]]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = templatize(text, origin=str(path))
    found = set()
    for _lineno, message, _comments, context in extract(
        "python", io.BytesIO(text.encode()), keywords=KEYWORDS
    ):
        msgid = message[0] if isinstance(message, tuple) else message
        found.add((context, msgid))
    return found


def source_files() -> list[Path]:
    files = []
    for folder in SOURCE_FOLDERS:
        for pattern in ("**/*.py", "**/*.html", "**/*.txt"):
            for path in (REPO / folder).glob(pattern):
                if NOT_EXTRACTED & set(path.relative_to(REPO).parts):
                    continue
                if path.suffix == ".txt" and "templates" not in path.parts:
                    continue
                files.append(path)
    return sorted(files)


def test_every_marked_string_is_in_its_folders_romanian_catalogue():
    catalogues: dict[Path, set] = {}
    missing = []
    for path in source_files():
        po_path = owning_catalogue(path)
        messages = extracted_messages(path)
        if not messages:
            continue
        assert po_path is not None, f"{path.relative_to(REPO)} has strings but no catalogue"
        if po_path not in catalogues:
            with po_path.open("rb") as po_file:
                catalog = read_po(po_file, locale="ro")
            catalogues[po_path] = {
                (m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in catalog if m.id
            }
        for message in sorted(messages - catalogues[po_path], key=str):
            missing.append(f"{path.relative_to(REPO)}: {message[1]!r}")
    assert not missing, "not in the Romanian catalogue:\n" + "\n".join(missing)

"""Every interface string is translated into Romanian, written with comma-below ș ț."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

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


def test_no_source_or_template_uses_cedilla_letters():
    offenders = []
    for pattern in ("**/*.py", "**/*.html", "**/*.po", "**/*.txt", "**/*.md"):
        for path in REPO.glob(pattern):
            if ".venv" in path.parts or "node_modules" in path.parts:
                continue
            if CEDILLA & set(path.read_text(encoding="utf-8", errors="ignore")):
                offenders.append(str(path.relative_to(REPO)))
    assert not offenders

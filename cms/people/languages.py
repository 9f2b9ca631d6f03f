"""The languages a person may be listed as speaking: codes stored, names translated.

Codes are BCP 47 (ISO 639), as schema.org's `knowsLanguage` takes them: Romani is `rom`,
Romanian Sign Language `rms`. The list is short on purpose (the languages of the centre's
programmes and their partners); a plugin that needs another adds it to `SPOKEN_LANGUAGES`.
"""

from __future__ import annotations

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

SPOKEN_LANGUAGES: dict[str, object] = {
    "ro": _("Romanian"),
    "hu": _("Hungarian"),
    "rom": _("Romani"),
    "en": _("English"),
    "fr": _("French"),
    "de": _("German"),
    "it": _("Italian"),
    "es": _("Spanish"),
    "uk": _("Ukrainian"),
    "rms": _("Romanian Sign Language"),
}


def language_name(code: str) -> str:
    return str(SPOKEN_LANGUAGES.get(code, code))


class SpokenLanguagesField(models.JSONField):
    """A list of language codes, edited as checkboxes; stored as JSON (SQLite and PostgreSQL)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            label=self.verbose_name,
            help_text=self.help_text,
            required=not self.blank,
            choices=lambda: [(code, str(name)) for code, name in SPOKEN_LANGUAGES.items()],
            widget=forms.CheckboxSelectMultiple,
        )

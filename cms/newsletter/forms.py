"""The signup box and the subscriber's own settings page: the language of the letters and the
programmes of interest (all of them unless the person says otherwise)."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cms.plugin_manager import enabled_programmes
from cms.public_forms import HoneypotMixin

# The box is on every page, beside other forms (registration, search): its ids are its own.
AUTO_ID = "newsletter-%s"


def programme_choices(language: str) -> list[tuple[str, str]]:
    return [(p.slug, p.info.name_in(language)) for p in enabled_programmes()]


def language_choices() -> list[tuple[str, str]]:
    # Each language named in itself, as the language switcher does.
    names = {"ro": "Română", "en": "English"}
    return [(code, names.get(code, name)) for code, name in settings.LANGUAGES]


class PreferencesForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language of the letters"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the language of the letters.")},
    )
    programmes = forms.MultipleChoiceField(
        label=_("Programmes"),
        help_text=_("We write to you about these programmes' events and open calls."),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least one programme."),
            "invalid_choice": _("Choose programmes from the list."),
        },
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", AUTO_ID)
        super().__init__(*args, **kwargs)
        language = get_language() or settings.LANGUAGE_CODE
        self.fields["language"].choices = language_choices()
        self.fields["language"].error_messages["invalid_choice"] = _(
            "Choose the language of the letters."
        )
        self.fields["programmes"].choices = programme_choices(language)
        if not self.is_bound and not self.initial:
            self.initial = {
                "language": language,
                "programmes": [slug for slug, _name in self.fields["programmes"].choices],
            }


class SignupForm(HoneypotMixin, PreferencesForm):
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter an email address like name@example.com."),
            "max_length": _("Enter an email address like name@example.com."),
        },
    )
    field_order = ["email", "language", "programmes"]

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()

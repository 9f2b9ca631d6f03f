"""The search form: a query and two filters, validated so that bad input is a message, not a 500."""

from __future__ import annotations

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cms.plugin_manager import enabled_programmes
from cms.search.facets import SEARCH_TYPES
from cms.search.query import clean_query_text
from cms.translations import default_language


def programme_choices() -> list[tuple[str, str]]:
    language = get_language() or default_language()
    return [("", _("All programmes"))] + [
        (programme.slug, programme.info.name_in(language)) for programme in enabled_programmes()
    ]


def type_choices() -> list[tuple[str, str]]:
    return [("", _("All types"))] + [(key, label) for key, label in SEARCH_TYPES.items()]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("What are you looking for?"), required=False, strip=True)
    programme = forms.ChoiceField(
        label=_("Programme"),
        required=False,
        error_messages={
            "invalid_choice": _("There is no programme “%(value)s”. Choose one from the list.")
        },
    )
    type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        error_messages={
            "invalid_choice": _("There is no type “%(value)s”. Choose one from the list.")
        },
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Choices are read per request: programme names follow the active language.
        self.fields["programme"].choices = programme_choices()
        self.fields["type"].choices = type_choices()

    def clean_q(self) -> str:
        # Never an error for length: a long paste is cut, not refused.
        return clean_query_text(self.cleaned_data["q"])

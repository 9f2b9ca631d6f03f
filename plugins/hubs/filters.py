"""The hub directory's country filter: the codes hubs store (`Place.country`), named."""

from __future__ import annotations

from babel import Locale as BabelLocale

from cms.directories.collation import sort_key
from cms.directories.filters import ChoiceFilter, Chosen, FacetOption


def country_name(code: str, language: str) -> str:
    """ "Germania" / "Germany" for DE, from Babel's CLDR data; the code itself if unknown."""
    try:
        return BabelLocale.parse(language.split("-")[0]).territories.get(code, code)
    except (ValueError, LookupError):
        return code


class CountryFilter(ChoiceFilter):
    """A ChoiceFilter on the country code whose options read as countries in the page's
    language, in alphabetical order of those names (no query more: the names come from Babel)."""

    def parse(self, raw: str, model, language: str) -> Chosen:
        chosen = super().parse(raw, model, language)
        return Chosen(chosen.value, chosen.url_value, country_name(chosen.value, language))

    def options(self, model, counts, chosen, language) -> list[FacetOption]:
        named = [
            FacetOption(
                option.value,
                country_name(option.value, language),
                option.count,
                option.selected,
            )
            for option in super().options(model, counts, chosen, language)
        ]
        return sorted(named, key=lambda option: sort_key(option.label))

"""What visitors narrow a directory by, declared on the index page:

    filters = [ChoiceFilter("kind"), ChoiceFilter("locality"), RelatedFilter("topics")]

A filter reads one GET parameter (named after its field unless `param` says otherwise), turns it
into a value or refuses it (`InvalidFilterValue`, shown by the field with a 400), narrows a
queryset of entries, and counts its facets: how many entries each value would leave, given the
other chosen filters. Every method costs a fixed number of queries whatever the number of
entries (counts are one `GROUP BY`), which is what keeps a directory's query budget flat.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.db.models import Count
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from wagtail.models import TranslatableMixin

from cms.directories.collation import sort_key
from cms.translations import copies_in

MAX_VALUE_LENGTH = 200


class InvalidFilterValue(ValueError):
    """A GET value the filter cannot mean (an unknown choice, a word where a year goes)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Chosen:
    """A value a visitor chose: what to narrow by, how the URL writes it, how it reads."""

    value: Any
    url_value: str
    label: str


@dataclass(frozen=True)
class FacetOption:
    value: str  # as the URL writes it
    label: str
    count: int  # entries this value leaves, given the other chosen filters
    selected: bool


class DirectoryFilter:
    """Base of the filters. A subclass implements `parse`, `narrow`, `counts` and `options`."""

    def __init__(self, field_name: str, *, label: str | None = None, param: str | None = None):
        self.field_name = field_name
        self.param = param or field_name
        self._label = label

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.field_name!r})"

    def field(self, model: type[models.Model]) -> models.Field:
        return model._meta.get_field(self.field_name)

    def label(self, model: type[models.Model]) -> str:
        return str(self._label or capfirst(self.field(model).verbose_name))

    def check(self, model: type[models.Model]) -> list[str]:
        """Problems with this filter on `model`, as sentences (for the system check)."""
        try:
            self.field(model)
        except FieldDoesNotExist:
            return [f"{self!r}: {model.__name__} has no field {self.field_name!r}."]
        return []

    def read(self, raw: str, model: type[models.Model], language: str) -> Chosen:
        raw = raw.strip()
        if len(raw) > MAX_VALUE_LENGTH:
            raise InvalidFilterValue(_("This value is too long."))
        return self.parse(raw, model, language)

    def parse(self, raw: str, model, language: str) -> Chosen:
        raise NotImplementedError

    def narrow(self, queryset: models.QuerySet, chosen: Chosen) -> models.QuerySet:
        raise NotImplementedError

    def counts(self, queryset: models.QuerySet) -> dict[Any, int]:
        raise NotImplementedError

    def options(
        self, model, counts: dict[Any, int], chosen: Chosen | None, language: str
    ) -> list[FacetOption]:
        raise NotImplementedError


class ChoiceFilter(DirectoryFilter):
    """One value of a plain field: a choice (`kind`), a text (`locality`), a number (`year`).

    A field with `choices` offers every choice, in the declared order, even those no entry has
    (count 0); another field offers the values its entries have, in alphabetical (Romanian)
    or numeric order. A value the field cannot hold is refused; a possible value no entry has
    simply finds nothing.
    """

    def check(self, model) -> list[str]:
        problems = super().check(model)
        if not problems and self.field(model).is_relation:
            problems.append(f"{self!r}: {self.field_name!r} is a relation; use RelatedFilter.")
        return problems

    def parse(self, raw: str, model, language: str) -> Chosen:
        field = self.field(model)
        try:
            value = field.to_python(raw)
            field.run_validators(value)  # a year of 30 digits is no year (nor an SQL integer)
        except ValidationError:
            raise InvalidFilterValue(_("This is not a possible value.")) from None
        if field.choices:
            labels = dict(field.flatchoices)
            if value not in labels:
                raise InvalidFilterValue(_("There is no such choice.")) from None
            return Chosen(value, str(value), str(labels[value]))
        return Chosen(value, str(value), str(value))

    def narrow(self, queryset, chosen: Chosen):
        return queryset.filter(**{self.field_name: chosen.value})

    def counts(self, queryset) -> dict[Any, int]:
        rows = (
            queryset.order_by()
            .values_list(self.field_name)
            .annotate(entries=Count("pk"))
            .values_list(self.field_name, "entries")
        )
        return {value: count for value, count in rows if value not in (None, "")}

    def options(self, model, counts, chosen, language) -> list[FacetOption]:
        field = self.field(model)
        selected = chosen.value if chosen else None
        if field.choices:
            pairs = [(value, str(label)) for value, label in field.flatchoices if value != ""]
        else:
            values = set(counts) | ({selected} if chosen else set())
            if all(isinstance(value, str) for value in values):
                ordered = sorted(values, key=sort_key)
            else:
                ordered = sorted(values)
            pairs = [(value, str(value)) for value in ordered]
        return [
            FacetOption(
                str(value), label, counts.get(value, 0), chosen is not None and value == selected
            )
            for value, label in pairs
        ]


class RelatedFilter(DirectoryFilter):
    """One related object of a many-to-many or foreign key (`topics`, `county`).

    For a translatable model (a snippet with `TranslatableMixin`) the copies of one object in
    every language are one value: an English entry still pointing at the Romanian topic (as a
    fresh `copy_for_translation` leaves it) counts under the English topic, named in the page's
    language. The URL carries the id of the copy in the page's language.
    """

    def related_model(self, model) -> type[models.Model]:
        return self.field(model).related_model

    def check(self, model) -> list[str]:
        problems = super().check(model)
        if not problems and not self.field(model).is_relation:
            problems.append(f"{self!r}: {self.field_name!r} is not a relation; use ChoiceFilter.")
        return problems

    def _translatable(self, model) -> bool:
        return issubclass(self.related_model(model), TranslatableMixin)

    def _group_by(self, model) -> str:
        return (
            f"{self.field_name}__translation_key" if self._translatable(model) else self.field_name
        )

    def parse(self, raw: str, model, language: str) -> Chosen:
        related = self.related_model(model)
        try:
            pk = int(raw)
        except ValueError:
            raise InvalidFilterValue(_("This is not a possible value.")) from None
        found = related._default_manager.filter(pk=pk).first()
        if found is None:
            raise InvalidFilterValue(_("There is no such choice.")) from None
        if self._translatable(model):
            copy = copies_in(related, [found.translation_key], language).get(found.translation_key)
            return Chosen(found.translation_key, str(pk), str(copy or found))
        return Chosen(found.pk, str(pk), str(found))

    def narrow(self, queryset, chosen: Chosen):
        # A subquery, not a join: an entry with two matching rows is still one entry.
        matching = queryset.model._default_manager.filter(
            **{self._group_by(queryset.model): chosen.value}
        )
        return queryset.filter(pk__in=matching.values("pk"))

    def counts(self, queryset) -> dict[Any, int]:
        group_by = self._group_by(queryset.model)
        rows = (
            queryset.order_by()
            .values_list(group_by)
            .annotate(entries=Count("pk", distinct=True))
            .values_list(group_by, "entries")
        )
        return {value: count for value, count in rows if value is not None}

    def options(self, model, counts, chosen, language) -> list[FacetOption]:
        related = self.related_model(model)
        keys = set(counts) | ({chosen.value} if chosen else set())
        if self._translatable(model):
            objects = copies_in(related, keys, language)
        else:
            objects = related._default_manager.in_bulk(list(keys))
        options = []
        for key, obj in objects.items():
            selected = chosen is not None and key == chosen.value
            url_value = chosen.url_value if selected else str(obj.pk)
            options.append(FacetOption(url_value, str(obj), counts.get(key, 0), selected))
        return sorted(options, key=lambda option: sort_key(option.label))


class ProgrammeFilter(ChoiceFilter):
    """The programme an entry belongs to (`ProgrammeOwned.programme`), named in the page's
    language: for a directory that lists several programmes' entries (a site-wide one).

    Offers the enabled programmes its entries belong to; a slug that is no enabled programme is
    refused. The programmes' names come from the plugins, not the database: no query.
    """

    def __init__(self, field_name: str = "programme", **kwargs):
        super().__init__(field_name, **kwargs)

    @staticmethod
    def _name(slug: str, language: str) -> str | None:
        from cms.plugin_manager import get_programme  # read when asked: plugins load late

        programme = get_programme(slug) if slug else None
        return programme.info.name_in(language) if programme is not None else None

    def parse(self, raw: str, model, language: str) -> Chosen:
        name = self._name(raw, language)
        if name is None:
            raise InvalidFilterValue(_("There is no such choice."))
        return Chosen(raw, raw, name)

    def options(self, model, counts, chosen, language) -> list[FacetOption]:
        slugs = set(counts) | ({chosen.value} if chosen else set())
        named = [(slug, self._name(slug, language)) for slug in slugs]
        return sorted(
            (
                FacetOption(
                    slug, name, counts.get(slug, 0), chosen is not None and slug == chosen.value
                )
                for slug, name in named
                if name is not None
            ),
            key=lambda option: sort_key(option.label),
        )

"""The public values of entries, field by field: what the list shows and what the exports hold.

One function reads a field of many entries the same way for the page, the CSV and the JSON:
a choice by its label in the page's language, a related snippet by the name of its copy in that
language (a translated entry may still point at the Romanian copy), a number as a number, a
date as ISO 8601. Only the fields named are read, so a field left out of `export_fields` cannot
leak into an export.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from decimal import Decimal

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin

from cms.site_urls import absolute_url
from cms.translations import copies_in

# Names every export may use besides the model's fields.
PSEUDO_FIELDS = {"url": _("address (URL)")}


def field_label(model: type[models.Model], name: str) -> str:
    if name in PSEUDO_FIELDS:
        return str(PSEUDO_FIELDS[name])
    return str(capfirst(model._meta.get_field(name).verbose_name))


def unknown_fields(model: type[models.Model], names: Iterable[str]) -> list[str]:
    missing = []
    for name in names:
        if name in PSEUDO_FIELDS:
            continue
        try:
            model._meta.get_field(name)
        except FieldDoesNotExist:
            missing.append(name)
    return missing


def related_fields(model: type[models.Model], names: Iterable[str]) -> list[str]:
    """The names among `names` that are relations (to prefetch or select)."""
    found = []
    for name in names:
        if name in PSEUDO_FIELDS:
            continue
        field = model._meta.get_field(name)
        if field.is_relation:
            found.append(name)
    return found


def _plain(value):
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime.date | datetime.datetime | datetime.time):
        return value.isoformat()
    return value


def _stream_values(stream) -> list[str]:
    """A StreamField as a list of addresses: a link block by its URL, a document by its file's
    address; any other block by its text."""
    values = []
    for block in stream:
        value = block.value
        if value is None:
            continue
        if isinstance(value, dict) and value.get("url"):
            values.append(str(value["url"]))
        elif getattr(value, "url", None):
            values.append(absolute_url(value.url))
        else:
            values.append(str(value))
    return values


def _related_names(entries: list, name: str, language: str) -> dict[int, list[str] | str | None]:
    """Names of the objects `name` points at, per entry, in `language` (one query at most)."""
    field = entries[0]._meta.get_field(name) if entries else None
    if field is None:
        return {}
    many = field.many_to_many or field.one_to_many
    linked = {
        entry.pk: list(getattr(entry, name).all())
        if many
        else [obj for obj in [getattr(entry, name)] if obj is not None]
        for entry in entries
    }
    if issubclass(field.related_model, TranslatableMixin):
        keys = {obj.translation_key for objects in linked.values() for obj in objects}
        copies = copies_in(field.related_model, keys, language) if keys else {}
        linked = {
            pk: [copies.get(obj.translation_key, obj) for obj in objects]
            for pk, objects in linked.items()
        }
    names = {}
    for pk, objects in linked.items():
        labels = sorted({str(obj) for obj in objects}) if many else [str(obj) for obj in objects]
        names[pk] = labels if many else (labels[0] if labels else None)
    return names


def entry_values(entries: list, names: list[str], language: str, request=None) -> dict[int, dict]:
    """{entry pk: {field name: value}} for `names`, in `language`, JSON-ready values."""
    if not entries:
        return {}
    model = type(entries[0])
    related = {
        name: _related_names(entries, name, language) for name in related_fields(model, names)
    }
    values: dict[int, dict] = {}
    for entry in entries:
        row = {}
        for name in names:
            if name == "url":
                row[name] = absolute_url(entry.get_url(request))
            elif name in related:
                row[name] = related[name][entry.pk]
            else:
                field = model._meta.get_field(name)
                if isinstance(field, StreamField):
                    row[name] = _stream_values(getattr(entry, name))
                elif field.choices:
                    row[name] = str(getattr(entry, f"get_{name}_display")())
                else:
                    row[name] = _plain(getattr(entry, field.attname))
        values[entry.pk] = row
    return values


def as_text(value) -> str:
    """A value as one CSV cell: lists joined with "; ", nothing as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    return str(value)

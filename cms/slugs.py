"""Page slugs in plain ASCII whoever types them (`WAGTAIL_ALLOW_UNICODE_SLUGS = False`).

With the setting off, Wagtail transliterates a title into a slug in the editor (its JavaScript
`urlify`, which knows Romanian) and on the server when it makes a slug itself. A slug typed by
hand, or sent without JavaScript, would still be stored as typed ("povești"): the admin's
slug field accepts Unicode because `Page.slug` does. This form field transliterates it the way
the editor's JavaScript does (ș→s, ț→t, ă→a, â→a, î→i, lower case, spaces to hyphens), so the
page gets the same slug with or without JavaScript. A changed slug of a live page gets a
redirect from the old address (wagtail.contrib.redirects).
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.db import models
from django.utils.text import slugify

from wagtail.admin import widgets
from wagtail.admin.forms.models import register_form_field_override


class TransliteratedSlugField(forms.SlugField):
    def to_python(self, value):
        value = super().to_python(value)
        if value and not getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True):
            return slugify(value)  # NFKD, then ASCII: the comma or breve falls off the letter
        return value


def register_ascii_slugs() -> None:
    """Every slug in Wagtail's admin forms (pages' and snippets') goes through the field.

    This replaces Wagtail's own override for slugs, so its widget (the slug controller) is
    named again.
    """
    register_form_field_override(
        models.SlugField,
        override={"form_class": TransliteratedSlugField, "widget": widgets.SlugInput},
    )

"""Admin forms that offer translatable snippets in the edited object's language only.

A Romanian event page must choose among Romanian venues and audiences: offering both locales
lists every audience twice (once per language), and a Romanian page pointing at an English
venue shows English on the Romanian site. Rather than narrowing field by field, the mixin below
narrows every model choice field whose model is translatable, so a plugin's new snippet field is
covered without a line of its own.
"""

from __future__ import annotations

from django import forms

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, TranslatableMixin


def form_locale_id(form) -> int | None:
    """The locale the edited object is (or will be) in.

    Wagtail's create view sets a new page's locale from its parent (or the chosen locale) before
    the form is built; the parent page is the fallback when an instance has none yet.
    """
    instance = getattr(form, "instance", None)
    locale_id = getattr(instance, "locale_id", None)
    if locale_id is None:
        parent = getattr(form, "parent_page", None)
        locale_id = getattr(parent, "locale_id", None)
    return locale_id


class LocaleScopedChoicesMixin:
    """Narrow the choices of translatable models to the edited object's locale."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        locale_id = form_locale_id(self)
        if locale_id is None:
            return
        for field in self.fields.values():
            if not isinstance(field, forms.ModelChoiceField):  # also the multiple-choice kind
                continue
            model = field.queryset.model
            # Pages are translatable too, but a page chooser browses the tree (and a link to a
            # page of the other language can be deliberate): snippets only.
            if issubclass(model, TranslatableMixin) and not issubclass(model, Page):
                field.queryset = field.queryset.filter(locale_id=locale_id)


class LocalePageForm(LocaleScopedChoicesMixin, WagtailAdminPageForm):
    """The engine's page form: `base_form_class` of its page models (plugins inherit it)."""

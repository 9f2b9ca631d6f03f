"""The library index's filters: kind, topic and programme, as a plain GET form.

Kept in one module, with nothing library-specific but the three fields, so that it can later
move onto the generic directories kit. The listing costs a fixed number of queries whatever
the number of resources: per resource page type, one for the pages and one for their topics;
then one for the topics' copies, one for the form's topics and one per type for the
programmes on offer.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.apps import apps
from django.core.paginator import Paginator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cms.libraries.models import LibraryScope, ResourceKind, ResourcePage, Topic
from cms.libraries.topics import topics_in
from cms.ownership import records_of_enabled_programmes, records_of_programmes
from cms.translations import copies_in


def resource_page_models(index) -> list[type[ResourcePage]]:
    """The concrete resource types an index lists: those that may live under it, or (a
    site-wide library) every one."""
    models = [
        model
        for model in apps.get_models()
        if issubclass(model, ResourcePage) and not model._meta.abstract
    ]
    if index.scope == LibraryScope.SITE:
        return models
    return [model for model in models if model.can_exist_under(index)]


def _in_scope(model, index):
    pages = model.objects.live().public()
    if index.scope == LibraryScope.SITE:
        return records_of_enabled_programmes(pages.filter(locale_id=index.locale_id))
    return pages.descendant_of(index)


class ResourceFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    programme = forms.ChoiceField(label=_("Programme"), required=False)

    def __init__(self, data, *, topics, programmes):
        super().__init__(data)
        self.fields["kind"].choices = [("", _("Any kind")), *ResourceKind.choices]
        self.fields["topic"].choices = [("", _("Any topic")), *topics]
        self.fields["programme"].choices = [("", _("Any programme")), *programmes]
        if len(programmes) < 2:
            # One programme's library: the choice would offer nothing (and is ignored).
            del self.fields["programme"]


@dataclass
class ResourceCard:
    page: ResourcePage
    topics: list


def _programme_choices(models, index) -> list[tuple[str, str]]:
    from cms.plugin_manager import get_programme

    slugs = set()
    for model in models:
        slugs.update(_in_scope(model, index).values_list("programme", flat=True).distinct())
    language = get_language() or "ro"
    named = [
        (slug, programme.info.name_in(language))
        for slug in slugs
        if slug and (programme := get_programme(slug)) is not None
    ]
    return sorted(named, key=lambda choice: choice[1].casefold())


def _topic_choices(index) -> list[tuple[str, str]]:
    keys = Topic.objects.values("translation_key")
    topics = copies_in(Topic, keys, index.locale_id).values()
    return sorted(((t.slug, t.name) for t in topics), key=lambda choice: choice[1].casefold())


def library_listing(index, request) -> dict:
    models = resource_page_models(index)
    form = ResourceFilterForm(
        request.GET if request is not None else {},
        topics=_topic_choices(index),
        programmes=_programme_choices(models, index),
    )
    valid = form.is_valid()
    chosen = form.cleaned_data if valid else {}
    pages = []
    for model in models:
        queryset = _in_scope(model, index)
        if chosen.get("kind"):
            queryset = queryset.filter(kind=chosen["kind"])
        if chosen.get("topic"):
            queryset = queryset.filter(topics__slug=chosen["topic"]).distinct()
        if chosen.get("programme"):
            queryset = records_of_programmes(queryset, [chosen["programme"]])
        pages += list(
            queryset.select_related("locale").prefetch_related("topics").defer_streamfields()
        )
    pages.sort(key=lambda page: (page.title.casefold(), page.pk))
    page_obj = Paginator(pages, index.per_page).get_page(
        request.GET.get("page") if request is not None else None
    )
    topics = topics_in(page_obj.object_list, index.locale_id)
    return {
        "filter_form": form,
        "filter_form_invalid": not valid,
        "filters_chosen": any(chosen.values()) if valid else False,
        "resources": [ResourceCard(page, topics.get(page.pk, [])) for page in page_obj],
        "page_obj": page_obj,
        "result_count": len(pages),
    }

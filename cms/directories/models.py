"""The directory page types a programme subclasses: an index and its typed entries.

`DirectoryEntryPage` is one entry (a school, a commune, a hub): a page of its programme with an
intro and a body; a subclass adds its fields, and inherits `cms.places.models.Place` as well
when entries sit on a map. `DirectoryIndexPage` lists its live child entries with the filters it
declares, sorts them by name or by distance, pages through them, and serves the same selection
as `export.csv`, `export.json` and (for places) `map.geojson`. Both are `ProgrammeOwned`: the
programme comes from the plugin's app or from the section they live under, so teams edit their
own directories only, and search and the sitemap see them as any page of the programme.
"""

from __future__ import annotations

import csv
import io
import json

from django.apps import apps
from django.core import checks
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.http import Http404, HttpResponse, JsonResponse
from django.template import TemplateDoesNotExist
from django.template.loader import select_template
from django.utils.translation import get_language

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from cms.directories.filters import DirectoryFilter
from cms.directories.listing import (
    NEAR_PARAM,
    SORT_DISTANCE,
    SORT_NAME,
    DirectoryQuery,
)
from cms.directories.values import (
    as_text,
    entry_values,
    field_label,
    related_fields,
    unknown_fields,
)
from cms.exports import ascii_file_name, attachment_header
from cms.json_ld import json_ld_script
from cms.models import BasePage
from cms.ownership import ProgrammeOwned, records_of_enabled_programmes
from cms.places.geojson import GeoJSONResponse, feature_collection
from cms.places.models import Place
from cms.site_urls import absolute_url
from cms.translations import default_language

# Templates a directory's page may include for its map, once the places kit ships one; until
# then (or without JavaScript) the list below the form is the whole directory.
MAP_TEMPLATE = "places/includes/map.html"


def _language() -> str:
    return (get_language() or default_language()).split("-")[0]


def _page_number(raw: str | None, num_pages: int) -> int:
    """Not a number → 1; below 1 → 1; past the last → the last. Never a 404 or a 500."""
    try:
        number = int(raw or 1)
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), max(num_pages, 1))


class DirectoryEntryPage(ProgrammeOwned, BasePage):
    """An entry of a directory. A subclass sets `parent_page_types` and adds its fields.

    May set: `detail_fields` (fields shown as "label: value" on the entry's page, read like
    the exports), `schema_type` (schema.org type of its JSON-LD: "School", "Organization"…),
    and `search_type` (a key of `cms.search.facets.SEARCH_TYPES`).
    """

    detail_fields: list[str] = []
    schema_type = ""

    subpage_types: list[str] = []

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        # A plugin may ship `<app>/<model>.html`; otherwise the kit's entry template serves.
        return select_template(
            [super().get_template(request, *args, **kwargs), "directories/entry_page.html"]
        ).template.name

    def json_ld(self, request=None) -> dict:
        """schema.org data: a `Place` (with address and geo) for places, else a `Thing`;
        `schema_type` names a closer type."""
        data = (
            self.place_json_ld()
            if isinstance(self, Place)
            else {"@type": "Thing", "name": self.title}
        )
        if self.schema_type:
            data["@type"] = self.schema_type
        data = {
            "@context": "https://schema.org",
            **data,
            "url": absolute_url(self.get_url(request)),
        }
        if self.intro:
            data["description"] = self.intro
        return data

    def detail_rows(self) -> list[tuple[str, object]]:
        names = list(self.detail_fields)
        values = entry_values([self], names, _language()).get(self.pk, {})
        return [
            (field_label(type(self), name), as_text(values.get(name)))
            for name in names
            if values.get(name) not in (None, "", [])
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["json_ld"] = json_ld_script(self.json_ld(request))
        context["detail_rows"] = self.detail_rows()
        parent = self.get_parent()
        context["directory"] = parent if parent and parent.live else None
        return context


class DirectoryIndexPage(RoutablePageMixin, ProgrammeOwned, BasePage):
    """A directory: its children are entries of one type, filtered, sorted, exported.

    A subclass sets `subpage_types` (its entry type, a `DirectoryEntryPage`; or
    `entry_model_name = "app_label.Model"` when it allows other children too) and may set:

    - `filters`: `ChoiceFilter` / `RelatedFilter` instances (cms.directories.filters);
    - `sort_orders`: among "name" and "distance" (distance only for entries that are places);
      default: both where possible;
    - `page_size`: entries per page (default 20);
    - `list_fields`: fields shown under each entry's name in the list;
    - `export_fields`: the public fields of `export.csv` / `export.json`, besides the title
      and the URL that every export has. A field not named here is never exported.
    - `entry_select_related`: foreign keys the list reads (images, snippets).
    """

    entry_model_name: str = ""
    filters: list[DirectoryFilter] = []
    sort_orders: list[str] | None = None
    page_size: int = 20
    list_fields: list[str] = []
    export_fields: list[str] = []
    entry_select_related: list[str] = []

    class Meta:
        abstract = True

    # --- what the directory lists -------------------------------------------------------------

    @classmethod
    def entry_model(cls) -> type[DirectoryEntryPage]:
        if cls.entry_model_name:
            return apps.get_model(cls.entry_model_name)
        for model in cls.clean_subpage_models():
            if issubclass(model, DirectoryEntryPage):
                return model
        raise LookupError(f"{cls.__name__} names no entry type (subpage_types or entry_model_name)")

    @classmethod
    def entry_is_place(cls) -> bool:
        return issubclass(cls.entry_model(), Place)

    @property
    def is_map(self) -> bool:
        return self.entry_is_place()

    @classmethod
    def available_sort_orders(cls) -> list[str]:
        possible = [SORT_NAME, *([SORT_DISTANCE] if cls.entry_is_place() else [])]
        wanted = cls.sort_orders if cls.sort_orders is not None else possible
        return [order for order in wanted if order in possible]

    def active_filters(self) -> list[DirectoryFilter]:
        """The filters this page offers: all of `filters` unless a subclass leaves some out
        (a programme's own library has no use for a programme filter). A parameter of a
        filter left out is ignored."""
        return list(self.filters)

    def entries(self) -> models.QuerySet:
        """The live, public entries under this index (in its language: they are its children).

        A subclass may widen it, e.g. to `entries_in_locale()` for a site-wide directory."""
        if not self.path:  # previewed before its first save: no children yet
            return self.entry_model().objects.none()
        return self.entry_model().objects.child_of(self).live().public()

    def entries_in_locale(self) -> models.QuerySet:
        """Every live, public entry of this directory's type in its language, wherever it
        lives, of no programme or an enabled one: what a site-wide directory lists (offer it a
        `ProgrammeFilter`)."""
        entries = self.entry_model().objects.live().public().filter(locale_id=self.locale_id)
        return records_of_enabled_programmes(entries)

    def fetch_entries(self, queryset: models.QuerySet, pks: list[int], fields: list[str]) -> list:
        """The entries `pks` in that order, with what `fields` read fetched in bulk."""
        model = self.entry_model()
        related = related_fields(model, fields)
        single = [name for name in related if model._meta.get_field(name).many_to_one]
        many = [name for name in related if name not in single]
        found = queryset.select_related(*self.entry_select_related, *single).prefetch_related(*many)
        by_pk = {entry.pk: entry for entry in found}
        return [by_pk[pk] for pk in pks if pk in by_pk]

    # --- the public page ------------------------------------------------------------------------

    def get_template(self, request, *args, **kwargs):
        return select_template(
            [super().get_template(request, *args, **kwargs), "directories/index_page.html"]
        ).template.name

    @staticmethod
    def file_url(base_url: str, name: str, query: str = "") -> str:
        return f"{base_url}{name}" + (f"?{query}" if query else "")

    @path("")
    def directory_page(self, request):
        language = _language()
        query = DirectoryQuery(self, request.GET, language)
        # A preview of a page never saved has no address yet: its links stay on the preview.
        base_url = self.get_url(request) or request.path
        context = {
            "listing": query,
            "directory_url": base_url,
            "near_param": NEAR_PARAM,
            "map_template": self._map_template(),
        }
        # Counted on a refusal too (a refused value is simply not chosen), so the form the
        # visitor corrects offers every value with its count and keeps the valid choices.
        query.count_facets()
        if not query.valid:
            context.update({"entries": [], "page_obj": None})
            response = self.render(request, context_overrides=context)
            response.status_code = 400
            return response
        rows = query.rows()
        paginator = Paginator(rows, self.page_size)
        page_obj = paginator.page(_page_number(request.GET.get("page"), paginator.num_pages))
        page_rows = list(page_obj.object_list)
        entries = self.fetch_entries(
            query.narrowed(), [row.pk for row in page_rows], self.list_fields
        )
        values = entry_values(entries, list(self.list_fields), language, request)
        distances = {row.pk: row.distance_km for row in page_rows}
        listed = [
            {
                "page": entry,
                "details": [
                    (field_label(type(entry), name), as_text(values[entry.pk][name]))
                    for name in self.list_fields
                    if values[entry.pk][name] not in (None, "", [])
                ],
                "distance_km": distances.get(entry.pk),
            }
            for entry in entries
        ]
        canonical_query = query.query_string()
        context.update(
            {
                "entries": listed,
                "page_entries": entries,
                "page_obj": page_obj,
                "total": paginator.count,
                "canonical_url": absolute_url(base_url)
                + (f"?{canonical_query}" if canonical_query else ""),
                "previous_query": query.query_string(page=page_obj.number - 1)
                if page_obj.has_previous()
                else None,
                "next_query": query.query_string(page=page_obj.number + 1)
                if page_obj.has_next()
                else None,
                "csv_url": self.file_url(base_url, "export.csv", canonical_query),
                "json_url": self.file_url(base_url, "export.json", canonical_query),
                "geojson_url": self.file_url(base_url, "map.geojson", canonical_query)
                if self.is_map
                else "",
                "json_ld": json_ld_script(self.item_list_json_ld(request, entries, page_obj)),
            }
        )
        return self.render(request, context_overrides=context)

    @staticmethod
    def _map_template() -> str:
        try:
            select_template([MAP_TEMPLATE])
        except TemplateDoesNotExist:  # the places kit ships no map (yet): the list is all
            return ""
        return MAP_TEMPLATE

    def item_list_json_ld(self, request, entries: list, page_obj) -> dict:
        """schema.org `ItemList` of the entries on this page of the list."""
        start = page_obj.start_index() if page_obj.paginator.count else 1
        return {
            "@context": "https://schema.org",
            "@type": "ItemList",
            "name": self.title,
            "numberOfItems": page_obj.paginator.count,
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": start + position,
                    "url": absolute_url(entry.get_url(request)),
                    "name": entry.title,
                }
                for position, entry in enumerate(entries)
            ],
        }

    # --- the same selection as data -------------------------------------------------------------

    def _refused(self, query: DirectoryQuery, as_json: bool) -> HttpResponse:
        if as_json:
            return JsonResponse(
                {"errors": query.errors}, status=400, json_dumps_params={"ensure_ascii": False}
            )
        lines = [f"{param}: {message}" for param, message in query.errors.items()]
        return HttpResponse(
            "\n".join(lines) + "\n", status=400, content_type="text/plain; charset=utf-8"
        )

    def export_columns(self) -> list[str]:
        """The columns of every export: title and URL, then the declared public fields."""
        return [
            "title",
            "url",
            *(name for name in self.export_fields if name not in ("title", "url")),
        ]

    def _exported(self, request) -> tuple[DirectoryQuery, list[dict] | None]:
        query = DirectoryQuery(self, request.GET, _language())
        if not query.valid:
            return query, None
        columns = self.export_columns()
        pks = [row.pk for row in query.rows()]
        entries = self.fetch_entries(query.narrowed(), pks, columns)
        values = entry_values(entries, columns, _language(), request)
        return query, [values[entry.pk] for entry in entries]

    def _file_name(self, extension: str) -> str:
        return f"{ascii_file_name(self.title, _language())}.{extension}"

    @path("export.csv/")
    def export_csv(self, request):
        query, rows = self._exported(request)
        if rows is None:
            return self._refused(query, as_json=False)
        columns = self.export_columns()
        buffer = io.StringIO()
        buffer.write("\ufeff")  # a byte-order mark: spreadsheets then read UTF-8 as UTF-8
        writer = csv.writer(buffer)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([as_text(row[name]) for name in columns])
        response = HttpResponse(
            buffer.getvalue().encode("utf-8"), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = attachment_header(self._file_name("csv"))
        return response

    @path("export.json/")
    def export_json(self, request):
        query, rows = self._exported(request)
        if rows is None:
            return self._refused(query, as_json=True)
        body = json.dumps(rows, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)
        return HttpResponse(body.encode("utf-8"), content_type="application/json; charset=utf-8")

    @path("map.geojson/")
    def map_geojson(self, request):
        if not self.is_map:
            raise Http404("This directory's entries are not places.")
        query = DirectoryQuery(self, request.GET, _language())
        if not query.valid:
            return self._refused(query, as_json=True)
        pks = [row.pk for row in query.rows()]
        entries = self.fetch_entries(query.narrowed(), pks, [])
        return GeoJSONResponse(
            feature_collection(
                entries,
                url_of=lambda entry: absolute_url(entry.get_url(request)),
                properties_of=lambda entry: programme_properties(entry.programme, _language()),
            )
        )

    # --- start-up checks ------------------------------------------------------------------------

    @classmethod
    def check(cls, **kwargs):
        errors = super().check(**kwargs)
        if cls._meta.abstract:
            return errors
        try:
            model = cls.entry_model()
        except (LookupError, ValueError) as problem:
            return [*errors, checks.Error(str(problem), obj=cls, id="directories.E001")]
        problems = [problem for declared in cls.filters for problem in declared.check(model)]
        for attribute in ("list_fields", "export_fields"):
            problems += [
                f"{attribute} names {name!r}, which {model.__name__} does not have."
                for name in unknown_fields(model, getattr(cls, attribute))
            ]
        if cls.page_size < 1:
            problems.append("page_size must be at least 1.")
        errors += [checks.Error(problem, obj=cls, id="directories.E002") for problem in problems]
        return errors


def programme_properties(slug: str, language: str) -> dict:
    """A map feature's programme: its slug, its name in `language` and its colour."""
    from cms.plugin_manager import get_programme

    programme = get_programme(slug) if slug else None
    if programme is None:
        return {"programme": slug, "programme_name": "", "colour": "#1f4e79"}
    return {
        "programme": slug,
        "programme_name": programme.info.name_in(language),
        "colour": programme.info.colour,
    }

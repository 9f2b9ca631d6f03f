"""The network map: communes, heritage sites and producers as layers of one map, with filters.

The page itself is the accessible list of what the filters chose (it works without JavaScript
and without tiles); the map draws the same selection from `map.geojson`. Each layer is also its
own GeoJSON document (`layers/<layer>/map.geojson`), open data with the same filters. Every
answer costs a fixed number of queries, whatever the size of the network.
"""

from __future__ import annotations

from django import forms
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from cms.json_ld import json_ld_script
from cms.models import BasePage
from cms.ownership import ProgrammeOwned
from cms.places.geojson import GeoJSONResponse, feature_collection
from cms.site_urls import absolute_url
from plugins.heritage.models.communes import CommunePage, HeritageSitePage, SiteCategory
from plugins.heritage.models.producers import Craft, ProducerPage

LAYERS = {
    "communes": (_("Communes"), "#2d6a4f"),
    "sites": (_("Remarkable sites"), "#8c2d19"),
    "producers": (_("Craftspeople and local producers"), "#5b3a8c"),
}


class MapFilterForm(forms.Form):
    """The map's filters, read from the query string; a value it cannot mean is refused (400)."""

    layer = forms.MultipleChoiceField(
        label=_("Show"),
        required=False,
        choices=[(key, label) for key, (label, _colour) in LAYERS.items()],
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked to show every layer."),
    )
    county = forms.ChoiceField(label=_("County"), required=False)
    category = forms.ChoiceField(
        label=_("Kind of site"), required=False, choices=[("", _("All")), *SiteCategory.choices]
    )
    craft = forms.ChoiceField(
        label=_("Craft or products"), required=False, choices=[("", _("All")), *Craft.choices]
    )

    def __init__(self, *args, counties: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["county"].choices = [("", _("All")), *((c, c) for c in counties)]
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = _("There is no such choice.")

    def layers(self) -> list[str]:
        return self.cleaned_data.get("layer") or list(LAYERS)


class NetworkMapPage(RoutablePageMixin, ProgrammeOwned, BasePage):
    """One page with the whole network on a map and in a list."""

    parent_page_types = ["heritage.HeritageSectionPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("network map")
        verbose_name_plural = _("network maps")

    # --- the selection ---------------------------------------------------------------------------

    def _live(self, model) -> models.QuerySet:
        return model.objects.live().public().filter(locale_id=self.locale_id)

    def counties(self) -> list[str]:
        from cms.directories.collation import sort_key

        values = self._live(CommunePage).exclude(county="").values_list("county", flat=True)
        return sorted(set(values), key=sort_key)

    def filter_form(self, request) -> MapFilterForm:
        return MapFilterForm(request.GET or None, counties=self.counties())

    def selection(self, form: MapFilterForm) -> dict[str, list]:
        """The places of each chosen layer, narrowed by the filters (one query per layer)."""
        data = form.cleaned_data if form.is_bound else {}
        layers = form.layers() if form.is_bound else list(LAYERS)
        county = data.get("county")
        chosen: dict[str, list] = {}
        if "communes" in layers:
            communes = self._live(CommunePage)
            if county:
                communes = communes.filter(county=county)
            if data.get("category"):
                kept = HeritageSitePage.objects.live().filter(category=data["category"])
                communes = communes.filter(pk__in=kept.values("commune_id"))
            if data.get("craft"):
                kept = ProducerPage.objects.live().filter(craft=data["craft"])
                communes = communes.filter(pk__in=kept.values("commune_id"))
            chosen["communes"] = list(communes.order_by("title"))
        if "sites" in layers:
            sites = self._live(HeritageSitePage).select_related("commune")
            if county:
                sites = sites.filter(commune__county=county)
            if data.get("category"):
                sites = sites.filter(category=data["category"])
            chosen["sites"] = list(sites.order_by("title"))
        if "producers" in layers:
            producers = self._live(ProducerPage).select_related("commune")
            if county:
                producers = producers.filter(commune__county=county)
            if data.get("craft"):
                producers = producers.filter(craft=data["craft"])
            chosen["producers"] = list(producers.order_by("title"))
        return chosen

    @staticmethod
    def query_string(request) -> str:
        return request.GET.urlencode()

    def geojson(self, request, places_by_layer: dict[str, list]) -> dict:
        features = []
        for layer, places in places_by_layer.items():
            label, colour = LAYERS[layer]

            def properties(place, layer=layer, label=label, colour=colour) -> dict:
                extra = {"layer": layer, "layer_name": str(label), "colour": colour}
                commune = getattr(place, "commune", None)
                if commune is not None:
                    extra["commune"] = commune.title
                return extra

            collection = feature_collection(
                places,
                url_of=lambda place: absolute_url(place.get_url(request)),
                properties_of=properties,
            )
            features += collection["features"]
        return {"type": "FeatureCollection", "features": features}

    # --- the routes ------------------------------------------------------------------------------

    def _refused_json(self, form):
        from django.http import JsonResponse

        errors = {name: [str(e) for e in errs] for name, errs in form.errors.items()}
        return JsonResponse(
            {"errors": errors}, status=400, json_dumps_params={"ensure_ascii": False}
        )

    @path("")
    def map_page(self, request):
        form = self.filter_form(request)
        valid = not form.is_bound or form.is_valid()
        query = self.query_string(request)
        base_url = self.get_url(request) or request.path
        context = {
            "form": form,
            "layers": LAYERS,
            "selection": self.selection(form) if valid else {},
            "geojson_url": f"{base_url}map.geojson" + (f"?{query}" if query else ""),
            "layer_urls": [
                (layer, label, f"{base_url}layers/{layer}/map.geojson" + (f"?{query}" if query else ""))
                for layer, (label, _colour) in LAYERS.items()
            ],
            "json_ld": json_ld_script(
                {"@context": "https://schema.org", "@type": "Map", "name": self.title,
                 "url": absolute_url(base_url)}
            ),
        }  # fmt: skip
        context["listed"] = [
            (layer, LAYERS[layer][0], places) for layer, places in context["selection"].items()
        ]
        context["all_places"] = [
            place for places in context["selection"].values() for place in places
        ]
        response = self.render(request, context_overrides=context)
        if not valid:
            response.status_code = 400
        return response

    @path("map.geojson/")
    def all_layers_geojson(self, request):
        form = self.filter_form(request)
        if form.is_bound and not form.is_valid():
            return self._refused_json(form)
        return GeoJSONResponse(self.geojson(request, self.selection(form)))

    @path("layers/<slug:layer>/map.geojson/")
    def layer_geojson(self, request, layer: str):
        if layer not in LAYERS:
            raise Http404("No such layer.")
        # The layer in the path wins over any `layer` in the query string.
        params = request.GET.copy()
        params.setlist("layer", [layer])
        form = MapFilterForm(params, counties=self.counties())
        if not form.is_valid():
            return self._refused_json(form)
        return GeoJSONResponse(self.geojson(request, self.selection(form)))

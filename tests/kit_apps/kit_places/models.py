"""A programme's map of places, as a plugin would build it on the places kit.

`KitMapPage` lists its child `KitPlacePage`s and serves them as GeoJSON at `geojson/`;
`KitPlaceSnippet` is a place that is not a page (mapped with a `url_of`).
"""

from __future__ import annotations

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page, TranslatableMixin

from cms.ownership import ProgrammeOwned
from cms.places.geojson import GeoJSONResponse, feature_collection
from cms.places.models import Place


class KitMapPage(RoutablePageMixin, Page):
    embed_geojson = models.BooleanField(
        default=False, help_text="Print the GeoJSON in the page instead of linking to it."
    )

    subpage_types = ["kit_places.KitPlacePage"]
    content_panels = Page.content_panels  # embed_geojson is set by the tests only

    def places(self):
        return KitPlacePage.objects.child_of(self).live().public().order_by("title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["places"] = list(self.places())
        # Wagtail serves page routes as slug segments with a trailing slash: `…/geojson/`.
        context["geojson_url"] = (
            "" if self.embed_geojson else self.url + self.reverse_subpage("geojson")
        )
        return context

    @path("geojson/", name="geojson")
    def geojson(self, request):
        return GeoJSONResponse(feature_collection(self.places()))


class KitPlacePage(ProgrammeOwned, Place, Page):
    parent_page_types = ["kit_places.KitMapPage"]
    subpage_types: list[str] = []
    content_panels = [*Page.content_panels, *Place.place_panels]


class KitPlaceSnippet(TranslatableMixin, Place):
    name = models.CharField(max_length=200)

    panels = [FieldPanel("name"), *Place.place_panels]
    override_translatable_fields = Place.override_translatable_fields

    class Meta(TranslatableMixin.Meta):
        pass

    def __str__(self) -> str:
        return self.name

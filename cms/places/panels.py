"""The coordinates picker of the admin: a Leaflet map next to the typed latitude and longitude.

wagtailgeowidget (the well-known widget) declares Wagtail 6 and 7 only and stores a point in one
text field; the kit keeps its two validated DecimalFields and adds a preview map instead. The
typed fields stay the source of truth and work without JavaScript; with it, a click on the map or
dragging the marker fills them, and typing moves the marker. Leaflet is served from the kit's
static files (tools/vendor_leaflet.sh), never a CDN.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel

from cms.places.tiles import map_tile_attribution, map_tile_url


class CoordinatesMapPanel(Panel):
    """Sits in a `Place`'s panels after the latitude/longitude fields (their form field names)."""

    def __init__(self, latitude: str = "latitude", longitude: str = "longitude", **kwargs):
        kwargs.setdefault("heading", _("Pick the place on the map"))
        super().__init__(**kwargs)
        self.latitude = latitude
        self.longitude = longitude

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "latitude": self.latitude, "longitude": self.longitude}

    class BoundPanel(Panel.BoundPanel):
        template_name = "places/admin/coordinates_map_panel.html"

        class Media:
            js = ["places/vendor/leaflet/leaflet.js", "places/coordinates-picker.js"]
            css = {"all": ["places/vendor/leaflet/leaflet.css", "places/coordinates-picker.css"]}

        def is_shown(self) -> bool:
            # Only where the form has both fields and the site has a tile server.
            fields = self.form.fields
            return bool(map_tile_url()) and {self.panel.latitude, self.panel.longitude} <= set(
                fields
            )

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(
                latitude_id=self.form[self.panel.latitude].auto_id,
                longitude_id=self.form[self.panel.longitude].auto_id,
                tile_url=map_tile_url(),
                attribution=map_tile_attribution(),
            )
            return context

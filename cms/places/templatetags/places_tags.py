"""`{% place_map %}`: a list of places, then a map that JavaScript draws from the same places.

    {% load places_tags %}
    {% place_map places geojson_url=geojson_url heading=_("Schools") %}

`places` are `Place` instances, each a page (`.url`), or given its link by `url_of`: a function
from the view's context, wrapped in `link_function` (the template language would otherwise call
it with no argument), or set as `place.map_url` by the view. Without `geojson_url` the GeoJSON is printed in the page with
`json_script` (no inline script runs: `map.js` reads it). `places/includes/map.html` may also be
included directly; it asks `map_options` for the tile settings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django import template
from django.templatetags.static import static
from django.utils.translation import gettext

from cms.places.geojson import feature_collection, page_url
from cms.places.models import Place
from cms.places.tiles import map_tile_attribution, map_tile_url

register = template.Library()


def link_function(url_of: Callable[[Place], str]) -> Callable[[Place], str]:
    """Marks `url_of` so a template passes it to `{% place_map %}` instead of calling it."""
    url_of.do_not_call_in_templates = True
    return url_of


@register.inclusion_tag("places/includes/map.html", takes_context=True)
def place_map(
    context,
    places: Iterable[Place],
    geojson_url: str = "",
    heading: str = "",
    url_of: Callable[[Place], str] | None = None,
    map_id: str = "place-map",
) -> dict:
    places = list(places)
    if callable(url_of):
        for place in places:
            place.map_url = url_of(place)  # read by the template before `.url`
    return {
        "request": context.get("request"),
        "places": places,
        "geojson_url": geojson_url,
        "heading": heading,
        "map_id": map_id,
    }


@register.simple_tag
def map_options(places: Iterable[Place] = (), geojson_url: str = "") -> dict:
    """What `map.html` needs besides the places: tiles, scripts, labels, and the GeoJSON to
    print when there is no endpoint (only places with coordinates; names as read)."""
    tile_url = map_tile_url()
    geojson = None
    if tile_url and not geojson_url:
        geojson = feature_collection(
            places, url_of=lambda place: getattr(place, "map_url", "") or page_url(place)
        )
    return {
        "enabled": bool(tile_url),
        "tile_url": tile_url,
        "attribution": map_tile_attribution(),
        "geojson": geojson,
        "scripts": [
            static("places/vendor/leaflet/leaflet.js"),
            static("places/vendor/leaflet.markercluster/leaflet.markercluster.js"),
            static("places/map.js"),
        ],
        "stylesheets": [
            static("places/vendor/leaflet/leaflet.css"),
            static("places/vendor/leaflet.markercluster/MarkerCluster.css"),
            static("places/map.css"),
        ],
        "labels": {
            "zoomIn": gettext("Zoom in"),
            "zoomOut": gettext("Zoom out"),
            "closePopup": gettext("Close"),
            "cluster": gettext("%(count)s places: zoom in to see them"),
        },
    }

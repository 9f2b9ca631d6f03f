"""Places as GeoJSON (RFC 7946): what every map of the site is drawn from, and open data.

RFC 7946: coordinates are [longitude, latitude] in WGS 84 (no `crs` member), at most six
decimals are meaningful, a Feature's `id` is a string or number, and the media type is
`application/geo+json`. A place without coordinates is not a Feature (it stays in the page's
list); the map is never the only way to reach it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse

from cms.places.models import Place
from cms.plugin_manager import get_programme

GEOJSON_CONTENT_TYPE = "application/geo+json"


def place_feature(place: Place, *, url: str = "", properties: dict | None = None) -> dict | None:
    """One Feature with the place's name (in the language it was read in) and its URL."""
    if not place.has_coordinates:
        return None
    latitude, longitude = place.coordinates
    feature_properties = {"name": place.place_name()}
    if url:
        feature_properties["url"] = url
    feature_properties.update(properties or {})
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [round(longitude, 6), round(latitude, 6)]},
        "properties": feature_properties,
    }
    if place.pk is not None:
        feature["id"] = place.pk
    return feature


def programme_properties(place: Place) -> dict:
    """`programme` and `colour` (#rrggbb) of a place a programme owns, for coloured markers.

    A place without a `programme` (a snippet of the engine, a test's model) gets {}: the map
    draws it in the site's accent colour.
    """
    slug = getattr(place, "programme", "")
    if not slug:
        return {}
    programme = get_programme(slug)
    return {"programme": slug, "colour": programme.info.colour} if programme else {}


def page_url(place: Place) -> str:
    """The URL of a place that is a page (`Page.url`), else ''."""
    return getattr(place, "url", "") or ""


def feature_collection(
    places: Iterable[Place],
    *,
    url_of: Callable[[Place], str] = page_url,
    properties_of: Callable[[Place], dict] = programme_properties,
) -> dict:
    """A FeatureCollection of the places that have coordinates, in the order given.

    By default each Feature links to the place's page and carries its programme's colour; pass
    `url_of`/`properties_of` for snippets or extra properties (merge `programme_properties`).
    """
    features = []
    for place in places:
        feature = place_feature(place, url=url_of(place), properties=properties_of(place))
        if feature is not None:
            features.append(feature)
    return {"type": "FeatureCollection", "features": features}


class GeoJSONResponse(HttpResponse):
    """A GeoJSON document served as `application/geo+json` (UTF-8, no ASCII escapes)."""

    def __init__(self, data: dict, **kwargs):
        kwargs.setdefault("content_type", GEOJSON_CONTENT_TYPE)
        body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
        super().__init__(body.encode("utf-8"), **kwargs)

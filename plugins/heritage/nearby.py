"""Places within a radius, by great-circle distance computed in the database query.

A bounding box narrows the rows with plain comparisons first (an index can serve them); the
haversine formula, written with Django's math functions (native on PostgreSQL, registered by
Django on SQLite), then gives each remaining row its exact distance, filters and orders by it.
No row is ever measured in Python, so the cost does not grow with the network.
"""

from __future__ import annotations

import math
from decimal import Decimal

from django.db import models
from django.db.models import F, FloatField, Value
from django.db.models.functions import ASin, Cast, Cos, Least, Power, Radians, Sin, Sqrt

from cms.directories.distance import EARTH_RADIUS_KM

KM_PER_DEGREE_OF_LATITUDE = math.pi * EARTH_RADIUS_KM / 180


def _radians(expression) -> Radians:
    return Radians(Cast(expression, FloatField()), output_field=FloatField())


def great_circle_km(latitude: float, longitude: float) -> models.Expression:
    """The haversine distance in kilometres from (latitude, longitude) to a row's
    `latitude`/`longitude` fields, as an SQL expression."""
    phi1 = Value(math.radians(latitude), output_field=FloatField())
    lambda1 = Value(math.radians(longitude), output_field=FloatField())
    phi2 = _radians(F("latitude"))
    lambda2 = _radians(F("longitude"))
    half_dphi = Sin((phi2 - phi1) / Value(2.0), output_field=FloatField())
    half_dlambda = Sin((lambda2 - lambda1) / Value(2.0), output_field=FloatField())
    a = Power(half_dphi, 2) + Cos(phi1) * Cos(phi2) * Power(half_dlambda, 2)
    # LEAST keeps rounding from pushing the argument of ASIN past 1 for antipodal points.
    root = Least(Sqrt(a, output_field=FloatField()), Value(1.0), output_field=FloatField())
    return Value(2 * EARTH_RADIUS_KM) * ASin(root, output_field=FloatField())


def within_km(queryset: models.QuerySet, latitude, longitude, radius_km: float) -> models.QuerySet:
    """The rows of `queryset` (a `Place` model) within `radius_km` of the point, each annotated
    with `distance_km`, nearest first."""
    latitude, longitude = float(latitude), float(longitude)
    lat_span = radius_km / KM_PER_DEGREE_OF_LATITUDE
    # Near the poles a degree of longitude shrinks to nothing: then every longitude may do.
    cos_lat = math.cos(math.radians(latitude))
    lon_span = 180.0 if cos_lat < 1e-6 else min(180.0, lat_span / cos_lat)

    def decimal(value: float) -> Decimal:
        return Decimal(str(round(value, 6)))

    return (
        queryset.filter(
            latitude__gte=decimal(latitude - lat_span),
            latitude__lte=decimal(latitude + lat_span),
            longitude__gte=decimal(longitude - lon_span),
            longitude__lte=decimal(longitude + lon_span),
        )
        .annotate(distance_km=great_circle_km(latitude, longitude))
        .filter(distance_km__lte=radius_km)
        .order_by("distance_km", "pk")
    )

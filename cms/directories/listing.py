"""One reading of a directory's GET parameters, shared by the page, the exports and the map feed.

`DirectoryQuery(index, request.GET, language)` parses the filters, the sort order and the place
to measure distances from; refuses what cannot be meant (`errors`, by parameter); narrows the
entries; counts the facets; orders the entries (alphabetically in Romanian, or by distance);
and writes canonical query strings (parameters sorted, empty and default ones left out), so one
selection has one URL. Queries: one per filter for its counts, one for the ordered rows, one
for the places to measure from: none of them grows with the number of entries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from django.db import models
from django.http import QueryDict
from django.utils.translation import gettext as _

from cms.directories.collation import sort_key
from cms.directories.distance import haversine_km
from cms.directories.filters import Chosen, DirectoryFilter, FacetOption, InvalidFilterValue

SORT_NAME = "name"
SORT_DISTANCE = "distance"
PAGE_PARAM = "page"
SORT_PARAM = "sort"
NEAR_PARAM = "near"


@dataclass
class FilterState:
    """One declared filter on this request: its label, the visitor's choice, its facets."""

    filter: DirectoryFilter
    label: str
    chosen: Chosen | None = None
    raw: str = ""
    error: str = ""
    options: list[FacetOption] = field(default_factory=list)

    @property
    def param(self) -> str:
        return self.filter.param


@dataclass(frozen=True)
class NearPoint:
    """A place to measure distances from: a locality of the directory's entries."""

    value: str
    label: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class Row:
    """An entry as the ordering needs it (no page object is built for entries off the page)."""

    pk: int
    title: str
    latitude: float | None = None
    longitude: float | None = None
    distance_km: float | None = None


@dataclass(frozen=True)
class RemovableFilter:
    label: str
    value_label: str
    query: str  # the canonical query string without this filter


class DirectoryQuery:
    def __init__(self, index, params: QueryDict, language: str):
        self.index = index
        self.model = index.entry_model()
        self.language = language
        self.is_map = index.is_map
        self.errors: dict[str, str] = {}
        self.raw_sort = self.raw_near = ""
        self.filters = [
            FilterState(declared, declared.label(self.model)) for declared in index.active_filters()
        ]
        for state in self.filters:
            raw = params.get(state.param, "").strip()
            if not raw:
                continue
            state.raw = raw
            try:
                state.chosen = state.filter.read(raw, self.model, language)
            except InvalidFilterValue as refusal:
                state.error = refusal.message
                self.errors[state.param] = refusal.message
        self.sort, self.near = self._read_sort(params)

    # --- reading --------------------------------------------------------------------------------

    def _read_sort(self, params: QueryDict) -> tuple[str, NearPoint | None]:
        orders = self.index.available_sort_orders()
        raw_near = params.get(NEAR_PARAM, "").strip()
        sort = params.get(SORT_PARAM, "").strip() or (SORT_DISTANCE if raw_near else SORT_NAME)
        self.raw_sort, self.raw_near = sort, raw_near
        if sort not in orders:
            self.errors[SORT_PARAM] = _("There is no such order.")
            return SORT_NAME, None
        if sort != SORT_DISTANCE:
            if raw_near:
                self.errors[NEAR_PARAM] = _("A place is only chosen to sort by distance.")
            return sort, None
        if not raw_near:
            self.errors[NEAR_PARAM] = _("Choose the place to measure distances from.")
            return sort, None
        point = {point.value: point for point in self.near_points}.get(raw_near)
        if point is None:
            self.errors[NEAR_PARAM] = _("There is no such place in this directory.")
        return sort, point

    @property
    def order_error(self) -> str:
        """The refusal of the order or of the place to measure from (one control shows both)."""
        return self.errors.get(SORT_PARAM) or self.errors.get(NEAR_PARAM) or ""

    @property
    def valid(self) -> bool:
        return not self.errors

    @cached_property
    def base(self) -> models.QuerySet:
        # Built once: `public()` reads the view restrictions when it is called.
        return self.index.entries()

    def narrowed(self, *, leave_out: FilterState | None = None) -> models.QuerySet:
        queryset = self.base
        for state in self.filters:
            if state.chosen is not None and state is not leave_out:
                queryset = state.filter.narrow(queryset, state.chosen)
        return queryset

    # --- facets ---------------------------------------------------------------------------------

    def count_facets(self) -> None:
        """Each filter's options with the number of entries they leave, the others applied."""
        for state in self.filters:
            counts = state.filter.counts(self.narrowed(leave_out=state))
            state.options = state.filter.options(self.model, counts, state.chosen, self.language)

    @cached_property
    def near_points(self) -> list[NearPoint]:
        """The localities of the entries that have coordinates, each at its entries' centre."""
        if SORT_DISTANCE not in self.index.available_sort_orders():
            return []
        rows = (
            self.base.exclude(latitude=None)
            .exclude(longitude=None)
            .exclude(locality="")
            .values_list("locality", "latitude", "longitude")
        )
        by_locality: dict[str, list[tuple[float, float]]] = {}
        for locality, latitude, longitude in rows:
            by_locality.setdefault(locality.strip(), []).append((float(latitude), float(longitude)))
        points = [
            NearPoint(
                value=locality,
                label=locality,
                latitude=sum(lat for lat, _lon in coordinates) / len(coordinates),
                longitude=sum(lon for _lat, lon in coordinates) / len(coordinates),
            )
            for locality, coordinates in by_locality.items()
        ]
        return sorted(points, key=lambda point: sort_key(point.label))

    # --- ordering -------------------------------------------------------------------------------

    def rows(self) -> list[Row]:
        """Every matching entry, in the chosen order (one query)."""
        fields = ["pk", "title", *(["latitude", "longitude"] if self.is_map else [])]
        rows = []
        for values in self.narrowed().values_list(*fields):
            pk, title, *coordinates = values
            latitude, longitude = (coordinates + [None, None])[:2]
            latitude = float(latitude) if latitude is not None else None
            longitude = float(longitude) if longitude is not None else None
            distance = None
            if self.near is not None and latitude is not None and longitude is not None:
                distance = haversine_km(
                    self.near.latitude, self.near.longitude, latitude, longitude
                )
            rows.append(Row(pk, title, latitude, longitude, distance))
        if self.sort == SORT_DISTANCE:
            # Entries without coordinates cannot be measured: last, alphabetically.
            return sorted(
                rows,
                key=lambda row: (
                    row.distance_km is None,
                    row.distance_km or 0.0,
                    sort_key(row.title),
                    row.pk,
                ),
            )
        return sorted(rows, key=lambda row: (sort_key(row.title), row.pk))

    # --- URLs -----------------------------------------------------------------------------------

    def params(self) -> dict[str, str]:
        """The selection as canonical parameters: chosen filters, the place to measure from
        (which implies the distance order), an order that is neither default nor implied."""
        params = {state.param: state.chosen.url_value for state in self.filters if state.chosen}
        if self.sort not in (SORT_NAME, SORT_DISTANCE):
            params[SORT_PARAM] = self.sort
        if self.near is not None:
            params[NEAR_PARAM] = self.near.value
        return params

    def query_string(self, *, leave_out: str | None = None, page: int | None = None) -> str:
        """Parameters in sorted order, so one selection has one URL; `page` only past 1."""
        params = self.params()
        params.pop(leave_out or "", None)
        if page is not None and page > 1:
            params[PAGE_PARAM] = str(page)
        return urlencode(sorted(params.items()))

    def removable_filters(self) -> list[RemovableFilter]:
        removable = [
            RemovableFilter(
                state.label, state.chosen.label, self.query_string(leave_out=state.param)
            )
            for state in self.filters
            if state.chosen is not None
        ]
        if self.near is not None:
            removable.append(
                RemovableFilter(
                    _("Distance from"), self.near.label, self.query_string(leave_out=NEAR_PARAM)
                )
            )
        return removable

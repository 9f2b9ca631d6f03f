"""What every directory must do, checked on a plugin's own pages and demo entries.

    from cms.directories.contract import check_directory_page

    def test_the_schools_directory_keeps_the_contract(client, schools_directory):
        check_directory_page(schools_directory, client)

`check_directory_page(page, client)` asserts, over HTTP with Django's test client, that the
directory:

- renders in its own language (`<html lang>`), with a `rel=canonical` without `page=`;
- lists every live entry once across its pages (following `rel=next`);
- narrows: each facet value gives as many entries as its count says, never more than all, and
  some value leaves fewer than all when entries differ;
- for places: the GeoJSON is a valid RFC 7946 FeatureCollection (parsed with the `geojson`
  library where installed), one Feature per listed entry with coordinates and no other
  (map/list parity), each with a name and the entry's URL;
- exports as CSV (with a header) and JSON the same entries the list shows;
- keeps its query budget: the page, both exports and the map feed each make at most
  `budget` queries (default `QUERY_BUDGET`, plus two per filter).

Plain `assert`s: it runs under pytest in any plugin's test suite.
"""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from urllib.parse import urlencode, urlsplit

from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from cms.places.geojson import GEOJSON_CONTENT_TYPE

# Queries of a directory page whatever its size: the site's furniture (site, settings,
# navigation, language alternates), the entries' ordered rows, one page of entries and what
# they read, the places to measure from. Each filter adds its facet count and, for related
# objects, the names of its values.
QUERY_BUDGET = 24
QUERIES_PER_FILTER = 2


class _EntryLinks(HTMLParser):
    """The entry links of a directory page and its `rel=next`/`rel=canonical` links."""

    def __init__(self):
        super().__init__()
        self.entries: list[str] = []
        self.next = ""
        self.canonical = ""

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if tag == "a" and "directory-entry__link" in classes:
            self.entries.append(attributes.get("href", ""))
        if tag == "a" and attributes.get("rel") == "next":
            self.next = attributes.get("href", "")
        if tag == "link" and attributes.get("rel") == "canonical":
            self.canonical = attributes.get("href", "")


def _parse(html: str) -> _EntryLinks:
    parser = _EntryLinks()
    parser.feed(html)
    return parser


def listed_paths(page, client, query: str = "") -> list[str]:
    """Paths of every entry the list shows for `query`, following `rel=next` to the end."""
    url = page.url + (f"?{query}" if query else "")
    paths: list[str] = []
    for _ in range(10_000):  # a bound, not a limit any directory reaches
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        links = _parse(response.content.decode())
        paths += [urlsplit(href).path for href in links.entries]
        if not links.next:
            return paths
        url = links.next if links.next.startswith("/") else page.url + links.next
    raise AssertionError(f"{page.url}: the pages of the list do not end")


def assert_valid_geojson(data: dict) -> None:
    """RFC 7946 as the site uses it: a FeatureCollection of Points in WGS 84 longitude,
    latitude order, without `crs`, each with a name and a URL."""
    assert data.get("type") == "FeatureCollection", data.get("type")
    assert "crs" not in data
    assert isinstance(data.get("features"), list)
    for feature in data["features"]:
        assert feature.get("type") == "Feature"
        geometry = feature.get("geometry") or {}
        assert geometry.get("type") == "Point"
        longitude, latitude = geometry["coordinates"]
        assert -180 <= longitude <= 180 and -90 <= latitude <= 90, geometry
        properties = feature.get("properties") or {}
        assert properties.get("name"), feature
        assert properties.get("url", "").startswith(("http://", "https://")), feature
        if "id" in feature:
            assert isinstance(feature["id"], str | int)
    try:
        import geojson
    except ImportError:  # the structural checks above still hold
        return
    parsed = geojson.loads(json.dumps(data))
    assert parsed.is_valid, parsed.errors()


def _facet_options(page, language: str):
    from cms.directories.listing import DirectoryQuery

    with translation.override(language):
        query = DirectoryQuery(page, QueryDict(), language)
        query.count_facets()
        return query.filters


def check_directory_page(page, client, *, budget: int | None = None) -> None:
    page = page.specific
    language = page.locale.language_code
    entries = list(page.entries().values_list("pk", flat=True))
    total = len(entries)

    # Renders in its language, with a canonical address without the page number.
    response = client.get(page.url)
    assert response.status_code == 200, (page.url, response.status_code)
    html = response.content.decode()
    assert f'<html lang="{language}"' in html, f"{page.url} is not in {language}"
    canonical = _parse(html).canonical
    assert canonical and "page=" not in canonical, canonical

    # Every entry once.
    listed = listed_paths(page, client)
    assert len(listed) == total == len(set(listed)), (len(listed), total)
    if total > page.page_size:
        second = client.get(page.url + "?page=2")
        assert "page=" not in _parse(second.content.decode()).canonical

    # Each filter narrows: a value's count is what its URL lists.
    narrowing = False
    with_two_values = False
    for state in _facet_options(page, language):
        counted = [option for option in state.options if option.count]
        with_two_values |= len(counted) > 1
        for option in counted:
            query = urlencode({state.param: option.value})
            found = json.loads(client.get(page.url + f"export.json?{query}").content)
            assert len(found) == option.count <= total, (state.param, option.value)
            narrowing |= option.count < total
    if with_two_values:
        assert narrowing, f"{page.url}: no filter value narrows the list"

    # Exports hold what the list holds.
    rows = json.loads(client.get(page.url + "export.json").content)
    assert sorted(urlsplit(row["url"]).path for row in rows) == sorted(listed)
    text = client.get(page.url + "export.csv").content.decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text)))
    assert table and table[0][:2] == ["title", "url"] and len(table) == total + 1

    # Map and list agree.
    if page.is_map:
        response = client.get(page.url + "map.geojson")
        assert response.status_code == 200
        assert response["Content-Type"].startswith(GEOJSON_CONTENT_TYPE)
        data = json.loads(response.content)
        assert_valid_geojson(data)
        mapped = sorted(urlsplit(f["properties"]["url"]).path for f in data["features"])
        with_coordinates = set(
            page.entries()
            .exclude(latitude=None)
            .exclude(longitude=None)
            .values_list("pk", flat=True)
        )
        by_pk = {entry.pk: urlsplit(entry.url).path for entry in page.entries()}
        assert mapped == sorted(by_pk[pk] for pk in with_coordinates)
        assert set(mapped) <= set(listed)

    # The budget holds with these entries.
    budget = budget or QUERY_BUDGET + QUERIES_PER_FILTER * len(page.active_filters())
    urls = [page.url, page.url + "export.csv", page.url + "export.json"]
    if page.is_map:
        urls.append(page.url + "map.geojson")
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        assert len(queries) <= budget, f"{url}: {len(queries)} queries, budget {budget}"

"""The number of queries does not grow with the number of entries: 10 and 500 entries cost the
same for the page, both exports and the map feed, with every kind of filter chosen."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.directories.contract import QUERIES_PER_FILTER, QUERY_BUDGET
from tests.directories.conftest import topics
from tests.kit_apps.kit_directories.models import KitSchoolDirectoryPage, KitSchoolPage

pytestmark = pytest.mark.django_db

LOCALITIES = [
    ("Cluj-Napoca", Decimal("46.770439"), Decimal("23.591423")),
    ("Florești", Decimal("46.747500"), Decimal("23.490000")),
    ("Apahida", Decimal("46.808300"), Decimal("23.741700")),
    ("Telciu", Decimal("47.428000"), Decimal("24.403000")),
    ("Suatu", None, None),
]
KINDS = ["school", "kindergarten", "library"]


def directory_with(section, slug: str, count: int) -> KitSchoolDirectoryPage:
    """`count` entries under a new directory, quickly: treebeard's `add_child` looks the last
    child up on every call, so paths are numbered here and rows saved directly."""
    directory = section.add_child(
        instance=KitSchoolDirectoryPage(title=f"Școli {count}", slug=slug)
    )
    topic_objects = list(topics().values())
    through = KitSchoolPage.topics.through
    links = []
    for number in range(1, count + 1):
        locality, latitude, longitude = LOCALITIES[number % len(LOCALITIES)]
        entry = KitSchoolPage(
            title=f"Școala nr. {number}",
            slug=f"scoala-{number}",
            path=KitSchoolPage._get_path(directory.path, directory.depth + 1, number),
            depth=directory.depth + 1,
            numchild=0,
            url_path=f"{directory.url_path}scoala-{number}/",
            locale_id=directory.locale_id,
            live=True,
            kind=KINDS[number % len(KINDS)],
            locality=locality,
            latitude=latitude,
            longitude=longitude,
            year_joined=2019 + number % 4,
            contact_email="director@scoala.example.ro",
        )
        entry.save(clean=False)
        links += [
            through(kitschoolpage_id=entry.pk, kittopic_id=topic.pk)
            for topic in topic_objects[: 1 + number % len(topic_objects)]
        ]
    through.objects.bulk_create(links)
    KitSchoolDirectoryPage.objects.filter(pk=directory.pk).update(numchild=count)
    directory.refresh_from_db()
    assert directory.entries().count() == count
    return directory


def query_counts(client, directory) -> dict[str, int]:
    # The first topic made for the directory: every entry has it.
    topic = min(pk for pk in directory.entries().values_list("topics", flat=True) if pk)
    selections = {
        "everything": "",
        "second page": "page=2",
        # Entry 6 (and every 60th after it) matches them all, in both directories.
        "every filter": f"kind=school&locality=Florești&year_joined=2021&topics={topic}",
        "by distance": "near=Florești",
    }
    counts = {}
    for label, selection in selections.items():
        for name in ("", "export.csv", "export.json", "map.geojson"):
            url = f"{directory.url}{name}?{selection}"
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            assert response.status_code == 200, url
            counts[f"{name or 'page'}, {label}"] = len(queries)
    return counts


def test_ten_and_five_hundred_entries_cost_the_same_number_of_queries(tree, client):
    started = time.monotonic()
    few = directory_with(tree.section, "zece", 10)
    many = directory_with(tree.section, "cinci-sute", 500)
    assert time.monotonic() - started < 120, "building the entries got slow"
    client.get(few.url)  # warm the per-process caches (site root paths, settings)
    few_counts = query_counts(client, few)
    many_counts = query_counts(client, many)
    assert many_counts == few_counts
    budget = QUERY_BUDGET + QUERIES_PER_FILTER * len(KitSchoolDirectoryPage.filters)
    assert max(few_counts.values()) <= budget, few_counts


def test_the_budget_test_sees_a_listing_that_queries_per_entry(tree, client, monkeypatch):
    """Negative control: an entry list that reads each entry's topics on its own is caught."""
    few = directory_with(tree.section, "zece", 10)
    many = directory_with(tree.section, "douazeci", 20)
    monkeypatch.setattr(KitSchoolDirectoryPage, "list_fields", ["kind", "topics"])
    original = KitSchoolDirectoryPage.fetch_entries

    def without_prefetch(self, queryset, pks, fields):
        entries = original(self, queryset, pks, [])
        for entry in entries:
            entry._prefetched_objects_cache = {}
        return entries

    monkeypatch.setattr(KitSchoolDirectoryPage, "fetch_entries", without_prefetch)
    assert query_counts(client, many) != query_counts(client, few)

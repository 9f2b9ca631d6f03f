"""Hub directory benchmark: the demo's directory plus 3,000 hubs; its pages timed.

    DJANGO_DEBUG=1 .venv/bin/python bench/hubs_bench.py            # SQLite (a temporary file)
    DJANGO_DEBUG=1 DATABASE_URL=postgres://postgres@127.0.0.1:5432/ccc_hubs \\
        .venv/bin/python bench/hubs_bench.py                       # PostgreSQL

It works in a throw-away test database (`test_<name>`, created and dropped here), never in the
database DATABASE_URL names. Steps: the demo content (`load_demo`), then `--hubs` (default
3,000) hubs added to the demo's Romanian directory in bulk (`plugins.hubs.bulk.add_hubs`, the
builder of the query-budget test), then `--requests` (default 20) GET requests of each page —
the directory (first page, page 2, every filter), `map.geojson`, `export.csv`, `export.json` —
through Django's test client: p50/p99 latency, queries per request and response size.
"""

from __future__ import annotations

import argparse
import datetime
import io
import os
import platform
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_DEBUG", "1")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cluj_site.settings")
os.environ.setdefault("RATELIMIT_ENABLE", "0")
if not os.environ.get("DATABASE_URL"):
    os.environ["DATABASE_URL"] = "sqlite:////tmp/cccluj-hubs-bench.sqlite3"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def pages_to_time(directory) -> dict[str, str]:
    from plugins.hubs.models import HubSector

    sector = HubSector.objects.get(code="architecture").pk
    base = directory.url
    return {
        "directory": base,
        "directory, page 2": f"{base}?page=2",
        "directory, every filter": f"{base}?country=RO&kind=collective&mode=static&sector={sector}",
        "map.geojson": f"{base}map.geojson",
        "export.csv": f"{base}export.csv",
        "export.json": f"{base}export.json",
    }


def measure(client: Client, url: str, requests: int) -> dict[str, float]:
    client.get(url, HTTP_HOST="localhost")  # warm-up
    latencies, queries_seen, size = [], set(), 0
    for _ in range(requests):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url, HTTP_HOST="localhost")
            body = b"".join(response) if response.streaming else response.content
            latencies.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries_seen.add(len(queries.captured_queries))
        size = len(body)
    return {
        "p50": statistics.median(latencies),
        "p99": percentile(latencies, 0.99),
        "queries": max(queries_seen),
        "kb": size / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hubs", type=int, default=3000)
    parser.add_argument("--requests", type=int, default=20)
    args = parser.parse_args()

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        from cms.translations import in_language
        from plugins.hubs.bulk import add_hubs
        from plugins.hubs.models import HubDirectoryPage

        with transaction.atomic():
            call_command("load_demo", stdout=io.StringIO())
        directory = HubDirectoryPage.objects.get(in_language("ro"))
        demo_hubs = directory.entries().count()
        started = time.perf_counter()
        with transaction.atomic():
            add_hubs(directory, args.hubs)
        build_seconds = time.perf_counter() - started
        listed = directory.entries().count()
        client = Client()
        figures = {
            label: measure(client, url, args.requests)
            for label, url in pages_to_time(directory).items()
        }
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)

    print(f"date: {datetime.date.today().isoformat()}")
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"database: {connection.vendor}")
    print(f"hubs listed: {listed} (demo {demo_hubs}, bulk {args.hubs} in {build_seconds:.1f} s)")
    print("| page | p50 | p99 | queries | size |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label, row in figures.items():
        print(
            f"| {label} | {row['p50']:.0f} ms | {row['p99']:.0f} ms | {row['queries']} "
            f"| {row['kb']:.0f} KB |"
        )


if __name__ == "__main__":
    main()

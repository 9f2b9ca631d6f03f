"""Search benchmark: 10,000 indexed pages, search p50/p99 and queries per request.

    DJANGO_DEBUG=1 .venv/bin/python bench/search_bench.py            # SQLite (a temporary file)
    DJANGO_DEBUG=1 DATABASE_URL=postgres://postgres@127.0.0.1:5432/cccluj_search \
        .venv/bin/python bench/search_bench.py                       # PostgreSQL

It works in a throw-away test database (`test_<name>`, created and dropped here), never in the
database DATABASE_URL names. Steps:

1. the demo content (`load_demo`), indexed through publishing, as in production;
2. `--published` (default 200) more pages created and published through Wagtail, so indexed by
   the real signal path; their time per page is reported;
3. the rest up to `--pages` (default 10,000) as bulk-created page rows with documents built by
   the same `indexed_text` normaliser. Publishing 10,000 pages one by one through Wagtail takes
   far longer than the search being measured, and the search reads only documents; on
   PostgreSQL the same trigger fills their `search_vector`.

Then `--requests` (default 300) GET requests through Django's test client over a fixed mix of
Romanian and English queries (with filters, page 2, no-diacritic and cedilla spellings): the
results page's latency p50/p99 and queries per request, and the same for suggestions (cache
cleared before each request, so every one queries the database).
"""

from __future__ import annotations

import argparse
import datetime
import io
import os
import platform
import random
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
    os.environ["DATABASE_URL"] = "sqlite:////tmp/cccluj-search-bench.sqlite3"

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

QUERIES = [
    ("ro", {"q": "scoala"}),
    ("ro", {"q": "\u015fcoala"}),  # cedilla
    ("ro", {"q": "rezidente"}),
    ("ro", {"q": "zilele culturii rome"}),
    ("ro", {"q": "tara"}),
    ("ro", {"q": "cultura", "page": "2"}),
    ("ro", {"q": "atelier", "programme": "roma_culture"}),
    ("ro", {"q": "rezidenta", "type": "open_call"}),
    ("ro", {"q": "' OR 1=1 --"}),
    ("en", {"q": "residencies"}),
    ("en", {"q": "creative hubs"}),
    ("en", {"q": "culture", "type": "event"}),
]
SUGGESTIONS = [("ro", "sco"), ("ro", "rezi"), ("en", "cult"), ("en", "ro"), ("ro", "ta")]

WORDS_RO = [
    "școala",
    "rezidență",
    "rezidențele",
    "artiști",
    "cultură",
    "comunitate",
    "atelier",
    "tineri",
    "sat",
    "patrimoniu",
    "meșteșugari",
    "festival",
    "concert",
    "expoziție",
    "țara",
    "munți",
    "biserica",
    "lemn",
    "castel",
    "grădină",
    "formare",
    "mentorat",
    "educație",
    "profesori",
    "elevi",
    "program",
    "hub",
    "creativ",
    "cooperare",
    "dezvoltare",
    "zilele",
    "culturii",
    "rome",
    "muzică",
    "teatru",
    "film",
    "documentar",
    "cluj",
    "transilvania",
    "comuna",
    "locală",
]
WORDS_EN = [
    "school",
    "residency",
    "residencies",
    "artists",
    "culture",
    "community",
    "workshop",
    "young",
    "village",
    "heritage",
    "craftspeople",
    "festival",
    "concert",
    "exhibition",
    "land",
    "mountains",
    "church",
    "wooden",
    "castle",
    "garden",
    "training",
    "mentoring",
    "education",
    "teachers",
    "pupils",
    "programme",
    "hub",
    "creative",
    "cooperation",
    "growth",
    "roma",
    "days",
    "music",
    "theatre",
    "film",
    "documentary",
    "cluj",
    "transylvania",
    "commune",
    "local",
]
TYPES = ["page", "event", "open_call", "module", "school", "locality", "heritage_site", "hub"]
PROGRAMMES = ["academy", "schools", "heritage", "roma_culture", "hubs"]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def publish_pages(count: int, rng: random.Random) -> float:
    """Create and publish `count` Romanian pages with English copies; return s per page."""
    from wagtail.models import Locale

    from cms.models import ContentPage, ProgrammeSectionPage

    en = Locale.objects.get(language_code="en")
    sections = list(ProgrammeSectionPage.objects.filter(locale__language_code="ro"))
    started = time.perf_counter()
    for number in range(count // 2):
        section = sections[number % len(sections)]
        title = " ".join(rng.sample(WORDS_RO, 4)).capitalize()
        page = ContentPage(
            title=f"{title} {number}",
            slug=f"bench-{number}",
            intro=" ".join(rng.sample(WORDS_RO, 12)),
            body=[("paragraph", "<p>" + " ".join(rng.choices(WORDS_RO, k=80)) + "</p>")],
        )
        section.add_child(instance=page)
        page.save_revision().publish()
        translation = page.copy_for_translation(en)
        translation.title = " ".join(rng.sample(WORDS_EN, 4)).capitalize() + f" {number}"
        translation.save_revision().publish()
    return (time.perf_counter() - started) / max(count, 1)


def bulk_pages(count: int, rng: random.Random) -> None:
    """Page rows under each home page (treebeard paths computed here) and their documents."""
    from wagtail.models import Page

    from cms.models import HomePage
    from cms.search.models import SearchDocument
    from cms.search.normalise import indexed_text

    alphabet = Page.alphabet
    homes = list(HomePage.objects.select_related("locale"))
    per_home = count // len(homes)
    for home in homes:
        language = home.locale.language_code
        words = WORDS_RO if language == "ro" else WORDS_EN
        last = home.get_last_child()
        start = int(last.path[-Page.steplen :], len(alphabet)) + 1 if last else 1
        pages, documents = [], []
        for offset in range(per_home):
            number = start + offset
            step = ""
            for _ in range(Page.steplen):
                number, digit = divmod(number, len(alphabet))
                step = alphabet[digit] + step
            title = " ".join(rng.sample(words, 4)).capitalize() + f" {offset}"
            slug = f"bulk-{offset}"
            pages.append(
                Page(
                    title=title,
                    slug=slug,
                    path=home.path + step,
                    depth=home.depth + 1,
                    numchild=0,
                    url_path=f"{home.url_path}{slug}/",
                    locale_id=home.locale_id,
                    live=True,
                    has_unpublished_changes=False,
                    content_type_id=home.content_type_id,
                    draft_title=title,
                )
            )
        # Page.content_type is only used for .specific; results read documents and url_path.
        created = Page.objects.bulk_create(pages, batch_size=500)
        if connection.vendor != "postgresql":  # SQLite does not return ids from bulk_create
            created = list(Page.objects.filter(path__in=[p.path for p in pages]))
        for page in created:
            summary = " ".join(rng.sample(words, 12))
            body = " ".join(rng.choices(words, k=150))
            documents.append(
                SearchDocument(
                    page_id=page.pk,
                    language=language,
                    programme=rng.choice(PROGRAMMES),
                    type_key=rng.choice(TYPES),
                    title=page.title,
                    summary=summary,
                    body=body,
                    title_text=indexed_text(page.title),
                    search_text=indexed_text(page.title, summary, body),
                )
            )
        SearchDocument.objects.bulk_create(documents, batch_size=500)
        Page.objects.filter(pk=home.pk).update(numchild=home.numchild + per_home)


def measure(client: Client, requests: int) -> dict[str, float]:
    latencies, query_counts, suggest_latencies, suggest_counts = [], [], [], []
    for language, params in QUERIES:  # warm-up: site-root cache, templates, plugin manager
        client.get(f"/{language}/search/", params, HTTP_HOST="localhost")
    for number in range(requests):
        language, params = QUERIES[number % len(QUERIES)]
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(f"/{language}/search/", params, HTTP_HOST="localhost")
            latencies.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (params, response.status_code)
        query_counts.append(len(queries.captured_queries))
        language, typed = SUGGESTIONS[number % len(SUGGESTIONS)]
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            client.get(f"/{language}/search/suggestions/", {"q": typed}, HTTP_HOST="localhost")
            suggest_latencies.append((time.perf_counter() - started) * 1000)
        suggest_counts.append(len(queries.captured_queries))
    return {
        "p50": statistics.median(latencies),
        "p99": percentile(latencies, 0.99),
        "queries_min": min(query_counts),
        "queries_max": max(query_counts),
        "suggest_p50": statistics.median(suggest_latencies),
        "suggest_p99": percentile(suggest_latencies, 0.99),
        "suggest_queries": max(suggest_counts),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--published", type=int, default=200)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(7)

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        from cms.search.models import SearchDocument

        started = time.perf_counter()
        with transaction.atomic():
            call_command("load_demo", stdout=io.StringIO())
        demo_documents = SearchDocument.objects.count()
        with transaction.atomic():
            per_page = publish_pages(args.published, rng)
        remaining = args.pages - SearchDocument.objects.count()
        with transaction.atomic():
            bulk_pages(max(remaining, 0), rng)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE sitesearch_searchdocument")
        total = SearchDocument.objects.count()
        build_seconds = time.perf_counter() - started
        figures = measure(Client(), args.requests)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)

    print(f"date: {datetime.date.today().isoformat()}")
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"database: {connection.vendor}")
    print(
        f"indexed documents: {total} (demo {demo_documents}, published {args.published}, "
        f"bulk {total - demo_documents - args.published}); built in {build_seconds:.0f} s"
    )
    print(f"indexing through publish: {per_page * 1000:.0f} ms per page (incl. Wagtail's publish)")
    print(
        f"results page ({args.requests} requests): p50 {figures['p50']:.1f} ms, "
        f"p99 {figures['p99']:.1f} ms, queries per request {figures['queries_min']}"
        f"–{figures['queries_max']}"
    )
    print(
        f"suggestions (uncached): p50 {figures['suggest_p50']:.1f} ms, "
        f"p99 {figures['suggest_p99']:.1f} ms, queries per request ≤ {figures['suggest_queries']}"
    )


if __name__ == "__main__":
    main()

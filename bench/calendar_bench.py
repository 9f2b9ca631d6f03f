"""Calendar benchmark: 2,000 events / 50,000+ occurrences, measured under gunicorn.

    .venv/bin/python bench/calendar_bench.py                      # fresh SQLite in a temp dir
    .venv/bin/python bench/calendar_bench.py --database-url postgres://postgres@127.0.0.1:5432/cccluj_bench

Steps (each in a child process with its own environment, so settings are read once):
1. `migrate` a fresh database (SQLite file in a temporary directory, or the PostgreSQL database
   you name: it is flushed first);
2. generate the calendar: five programme sections, 2,000 event pages (a third weekly series
   over the whole horizon, the rest one-off), occurrences materialised by the engine itself;
3. count SQL queries per page with Django's test client (CaptureQueriesContext);
4. start gunicorn on 127.0.0.1 only, send a bounded number of sequential requests per page and
   to the site's stylesheet through the same gunicorn (WhiteNoise), and report median and p99
   latency, and the page's median as a multiple of the static file's. gunicorn is stopped at
   the end, whatever happens.

With `--redis-url` the cache is that Redis database (flushed first), and step 4 runs twice:
with the page cache off (every request rendered) and on (after the first request, hits).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# Run as a script: the repository's test helpers start and stop gunicorn for the tests too.
sys.path.insert(0, str(REPO))
from tests.helpers import gunicorn_server  # noqa: E402

PYTHON = sys.executable
EVENTS = 2000
RECURRING_EVERY = 3  # one event in three is a weekly series


def child_env(database_url: str, var_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DATABASE_URL=database_url,
        DJANGO_VAR_DIR=str(var_dir),
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="bench-only-" + "x" * 40,
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        DJANGO_SECURE_SSL_REDIRECT="0",
        LOG_LEVEL="WARNING",
        RATELIMIT_ENABLE="0",
    )
    return env


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=REPO, env=env, check=True)


# --- run inside the child process (Django set up) -----------------------------------------------


def generate() -> dict:
    """Build the calendar through the engine's own code paths (materialise per event)."""
    import datetime

    import recurrence

    from django.utils import timezone

    from cms.events.materialise import materialise
    from cms.events.models import EventPage, Occurrence, Venue
    from cms.plugin_manager import enabled_programmes
    from cms.programmes import section_page_model_for
    from cms.testing import make_home_pages

    home, _home_en = make_home_pages()
    sections = []
    for programme in enabled_programmes():
        model = section_page_model_for(programme)
        sections.append(home.add_child(instance=model(title=programme.slug, slug=programme.slug)))
    venues = [
        Venue.objects.create(name=f"Loc {i}", address="Cluj-Napoca", locale=home.locale)
        for i in range(12)
    ]
    today = timezone.localdate()
    started = time.perf_counter()
    for index in range(EVENTS):
        section = sections[index % len(sections)]
        recurring = index % RECURRING_EVERY == 0
        fields = {
            "title": f"Eveniment {index}",
            "slug": f"eveniment-{index}",
            "summary": "Un eveniment generat pentru măsurători.",
            "start_date": today + datetime.timedelta(days=index % 400 - 30),
            "start_time": datetime.time(9 + index % 11, 0),
            "venue": venues[index % len(venues)],
            "programme": section.programme,
        }
        if recurring:
            fields["start_date"] = today - datetime.timedelta(days=index % 28)
            fields["recurrence"] = recurrence.Recurrence(
                rrules=[recurrence.Rule(recurrence.WEEKLY)]
            )
            fields["duration"] = datetime.timedelta(hours=2)
        else:
            fields["end_time"] = datetime.time(9 + index % 11 + 2, 0)
        page = EventPage(locale=home.locale, **fields)
        section.add_child(instance=page)
        materialise(page.translation_key)
    generation = time.perf_counter() - started

    series = EventPage.objects.filter(recurrence__startswith="RRULE").first()
    return {
        "events": EventPage.objects.count(),
        "occurrences": Occurrence.objects.count(),
        "recurring_events": EventPage.objects.filter(recurrence__startswith="RRULE").count(),
        "generation_seconds": round(generation, 1),
        "urls": {
            "month grid": f"/ro/calendar/month/?month={today:%Y-%m}",
            "agenda": "/ro/calendar/",
            "programme calendar": "/ro/calendar/roma_culture/",
            "event page": series.url,
            "feed (everything)": "/ro/calendar/feed.ics",
            "feed (one programme)": "/ro/calendar/roma_culture/feed.ics",
            "feed (one event)": f"/ro/calendar/event/{series.pk}.ics",
        },
    }


def count_queries(urls: dict[str, str]) -> dict[str, int]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    counts = {}
    for name, url in urls.items():
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        counts[name] = len(captured.captured_queries)
    return counts


def child_main(step: str) -> None:
    import django

    sys.path.insert(0, str(REPO))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cluj_site.settings")
    django.setup()
    if step == "generate":
        from django.db import transaction

        with transaction.atomic():
            result = generate()
        print(json.dumps(result))
    elif step == "queries":
        print(json.dumps(count_queries(json.loads(sys.stdin.read()))))


# --- the parent: orchestration and HTTP timing --------------------------------------------------


def time_requests(base: str, url: str, requests: int) -> tuple[float, float, int]:
    urllib.request.urlopen(base + url, timeout=60).read()  # warm-up
    timings, size = [], 0
    for _ in range(requests):
        started = time.perf_counter()
        with urllib.request.urlopen(base + url, timeout=60) as response:
            size = len(response.read())
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p99 = timings[min(len(timings) - 1, round(0.99 * (len(timings) - 1)))]
    return statistics.median(timings), p99, size


def run_child(env: dict[str, str], step: str, stdin: str = "") -> dict:
    output = subprocess.run(
        [PYTHON, __file__, "--child", step],
        cwd=REPO,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    if output.returncode:
        sys.stderr.write(output.stderr)
        raise SystemExit(f"child step {step} failed")
    return json.loads(output.stdout.strip().splitlines()[-1])


def static_file_of(base: str) -> str:
    """The site's stylesheet (its hashed name, read from the home page)."""
    html = urllib.request.urlopen(base + "/ro/", timeout=60).read().decode()
    return re.search(r'href="(/static/[^"]+\.css)"', html).group(1)


def time_server(env, args, data, queries) -> dict[str, tuple]:
    """(median, p99, size, requests, cache state) per page, and the static file, through one
    gunicorn started with `env`."""
    timed = {}
    with gunicorn_server(env, workers=args.workers, quiet=False) as base:
        urls = {**data["urls"], "static file (WhiteNoise)": static_file_of(base)}
        for name, url in urls.items():
            requests = args.requests if "everything" not in name else max(5, args.requests // 5)
            median, p99, size = time_requests(base, url, requests)
            with urllib.request.urlopen(base + url, timeout=60) as response:
                state = response.headers.get("X-Page-Cache", "—")
            timed[name] = (median, p99, size, requests, state)
    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", help="PostgreSQL URL (flushed!); default: fresh SQLite")
    parser.add_argument("--requests", type=int, default=50, help="timed requests per page")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument(
        "--redis-url",
        help="Redis database (flushed!) for the cache; then each page is timed with the page "
        "cache off and warm, e.g. redis://127.0.0.1:6379/5",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_main(args.child)
        return

    with tempfile.TemporaryDirectory(prefix="cccluj-bench-") as tmp:
        var_dir = Path(tmp)
        database_url = args.database_url or f"sqlite:///{var_dir / 'bench.sqlite3'}"
        env = child_env(database_url, var_dir)
        if args.redis_url:
            import redis

            redis.Redis.from_url(args.redis_url).flushdb()
            env["REDIS_URL"] = args.redis_url
        print(f"Database: {database_url.split('@')[-1]}", flush=True)
        if args.database_url:
            manage(env, "flush", "--noinput")
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "collectstatic", "--noinput", "-v0")
        manage(env, "compile_translations", "-v0")
        print(f"Generating {EVENTS} events…", flush=True)
        data = run_child(env, "generate")
        print(
            f"{data['events']} events ({data['recurring_events']} recurring), "
            f"{data['occurrences']} occurrences, generated in {data['generation_seconds']} s",
            flush=True,
        )
        # Counted on a cold render: with the page cache on, a hit would count nothing.
        queries = run_child({**env, "PAGE_CACHE_SECONDS": "0"}, "queries", json.dumps(data["urls"]))
        queries["static file (WhiteNoise)"] = 0

        runs = {
            "page cache off": time_server({**env, "PAGE_CACHE_SECONDS": "0"}, args, data, queries)
        }
        if args.redis_url:
            warm_env = {**env, "PAGE_CACHE_SECONDS": "300"}
            runs["page cache warm"] = time_server(warm_env, args, data, queries)

    for label, timed in runs.items():
        static_median = timed["static file (WhiteNoise)"][0]
        print(f"\n{label}\n")
        print(
            "| page | SQL queries | median (ms) | p99 (ms) | × static | size | requests | cache |"
        )
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        for name, (median, p99, size, requests, state) in timed.items():
            print(
                f"| {name} | {queries[name]} | {median:.1f} | {p99:.1f} | "
                f"{median / static_median:.1f} | {size / 1024:.0f} KB | {requests} | {state} |"
            )


if __name__ == "__main__":
    main()

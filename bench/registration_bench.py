"""Registration throughput under contention: gunicorn + PostgreSQL, 32 concurrent clients.

    .venv/bin/python bench/registration_bench.py [--clients 32] [--registrations 1000]

Creates a fresh PostgreSQL database, migrates it, publishes one event with five dates of 150
seats each, serves the site with gunicorn on 127.0.0.1, and lets N clients (each with its own
session and CSRF token, as a browser) register as fast as they can, spread over the five dates.
Prints registrations per second, median and p99 latency of the POST, and the two numbers that
must be 0: seats oversold, and registrations lost (answered 302 but not stored, or stored twice).
Loopback only; the request loop is bounded by --registrations.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# Run as a script: the repository's test helpers start and stop gunicorn for the tests too.
sys.path.insert(0, str(REPO))
from tests.helpers import gunicorn_server  # noqa: E402

PG = "postgres://postgres@127.0.0.1:5432"
DATES = 5
SEATS = 150

SETUP = """
import datetime, django
django.setup()
import recurrence
from django.utils import timezone
from cms.events.models import Occurrence
from cms.testing import make_home_pages
from tests.events.factories import make_event
home, _ = make_home_pages()
start = timezone.localdate() + datetime.timedelta(days=7)
event = make_event(
    home, "Atelier de bench", programme="hubs", start_date=start,
    recurrence=recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.DAILY, count={dates})]),
    registration_required=True, capacity={seats},
)
print(",".join(str(pk) for pk in Occurrence.objects.filter(
    series_id=event.translation_key).order_by("start").values_list("pk", flat=True)))
"""

CHECK = """
import django
django.setup()
from django.db.models import Count, Q
from cms.registrations.models import Registration
rows = Registration.objects.values("occurrence_id").annotate(
    confirmed=Count("id", filter=Q(status="confirmed")), total=Count("id"))
print(";".join(f"{r['occurrence_id']}:{r['confirmed']}:{r['total']}" for r in rows))
dupes = Registration.objects.values("occurrence_id", "email_key").annotate(n=Count("id")).filter(n__gt=1).count()
print(dupes)
"""


def run_python(code: str, env: dict) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode:
        sys.exit(result.stderr)
    return result.stdout.strip()


def register(base: str, occurrence_id: int, index: int) -> tuple[int, float]:
    """GET the form (session cookie and CSRF token), then POST it; time the POST.

    Production settings mark cookies Secure and trust X-Forwarded-Proto from the proxy, so the
    client says it came over HTTPS, as the load balancer would, and carries the cookie itself.
    """

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    url = f"{base}/ro/register/{occurrence_id}/"
    https_url = url.replace("http://", "https://")
    proxy = {"X-Forwarded-Proto": "https"}
    response = opener.open(urllib.request.Request(url, headers=proxy), timeout=60)
    html = response.read().decode()
    cookie = re.search(r"csrftoken=([^;]+)", response.headers.get("Set-Cookie", "")).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    data = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token,
            "name": f"Bench {index}",
            "email": f"b{index}@example.org",
            "consent": "on",
        }
    ).encode()
    headers = {**proxy, "Referer": https_url, "Cookie": f"csrftoken={cookie}"}
    request = urllib.request.Request(url, data=data, headers=headers)
    started = time.perf_counter()
    try:
        status = opener.open(request, timeout=60).status
    except urllib.error.HTTPError as error:
        status = error.code
    return status, time.perf_counter() - started


def measure(base: str, occurrence_ids: list[int], args, env: dict[str, str]) -> None:
    """Let the clients register as fast as they can, then print the figures."""
    print(
        f"{args.clients} clients, {args.registrations} registrations over {DATES} dates "
        f"of {SEATS} seats…",
        flush=True,
    )
    lock = threading.Lock()
    results: list[tuple[int, float]] = []

    def one(index: int) -> None:
        outcome = register(base, occurrence_ids[index % DATES], index)
        with lock:
            results.append(outcome)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.clients) as pool:
        list(pool.map(one, range(args.registrations)))
    elapsed = time.perf_counter() - started

    accepted = sum(1 for status, _ in results if status == 302)
    latencies = sorted(latency for _, latency in results)
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    per_date, duplicates = run_python(CHECK, env).splitlines()
    stored = oversold = 0
    for item in per_date.split(";"):
        _pk, confirmed, total = (int(x) for x in item.split(":"))
        stored += total
        oversold += max(confirmed - SEATS, 0)
    lost = accepted - stored + int(duplicates)
    print(f"registrations/s      {accepted / elapsed:8.1f}")
    print(f"POST latency median  {statistics.median(latencies) * 1000:8.1f} ms")
    print(f"POST latency p99     {p99 * 1000:8.1f} ms")
    print(f"answered 302         {accepted:8d} of {len(results)}")
    print(f"seats oversold       {oversold:8d}")
    print(f"registrations lost   {lost:8d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--registrations", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()

    database = f"cccluj_bench_reg_{os.getpid()}"
    subprocess.run(["psql", f"{PG}/postgres", "-qc", f"CREATE DATABASE {database}"], check=True)
    env = {
        **os.environ,
        "DJANGO_DEBUG": "",
        "DJANGO_SECRET_KEY": "bench-only-secret-key-" + "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": f"{PG}/{database}",
        "RATELIMIT_ENABLE": "0",
        "DJANGO_SETTINGS_MODULE": "cluj_site.settings",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "TASKS_BACKEND": "django_tasks.backends.dummy.DummyBackend",
        "DJANGO_STATIC_ROOT": str(REPO / "var" / "bench-static"),
    }
    try:
        print(f"database {database}: migrating…", flush=True)
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "-v0"], cwd=REPO, env=env, check=True
        )
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=REPO,
            env=env,
            check=True,
        )
        occurrence_ids = [
            int(pk) for pk in run_python(SETUP.format(dates=DATES, seats=SEATS), env).split(",")
        ]
        with gunicorn_server(env, workers=args.workers, quiet=False) as base:
            measure(base, occurrence_ids, args, env)
    finally:
        subprocess.run(
            ["psql", f"{PG}/postgres", "-qc", f"DROP DATABASE IF EXISTS {database}"], check=False
        )


if __name__ == "__main__":
    main()

"""Seats are never oversold: real threads and real processes against one PostgreSQL.

SQLite serialises writers with IMMEDIATE transactions but cannot show a race between
connections the way PostgreSQL can, so these tests run on PostgreSQL (CI's second pass) and are
skipped on SQLite with that reason.
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import threading
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from unittest import mock

import pytest

from django.db import connection, connections

from cms.events.models import Occurrence
from cms.registrations import allocation
from cms.registrations.models import Registration, RegistrationStatus
from cms.testing import make_home_pages
from tests.events.factories import make_event
from tests.helpers import gunicorn_server
from tests.registrations.conftest import future_date

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        os.environ.get("DATABASE_URL", "").split(":", 1)[0] not in ("postgres", "postgresql"),
        reason="row locks are proven on PostgreSQL; SQLite serialises writers (IMMEDIATE)",
    ),
]

SEATS = 5
EXTRA = 15


@pytest.fixture
def occurrence():
    home, _ = make_home_pages()
    event = make_event(
        home,
        "Atelier Culturepreneurs",
        programme="hubs",
        start_date=future_date(),
        registration_required=True,
        capacity=SEATS,
    )
    return Occurrence.objects.get(series_id=event.translation_key)


def _in_threads(count: int, work) -> list:
    barrier = threading.Barrier(count, timeout=30)

    def run(index):
        try:
            barrier.wait()
            return work(index)
        except allocation.RegistrationRefused as refusal:
            return refusal
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count)))


def test_last_seats_go_to_exactly_capacity_of_many_simultaneous_registrations(occurrence):
    results = _in_threads(
        SEATS + EXTRA,
        lambda i: allocation.register(
            occurrence.pk, name=f"P{i}", email=f"p{i}@example.org", language="ro"
        ),
    )
    assert all(isinstance(r, Registration) for r in results), results
    statuses = list(Registration.objects.values_list("status", flat=True))
    assert statuses.count(RegistrationStatus.CONFIRMED) == SEATS
    assert statuses.count(RegistrationStatus.WAITLISTED) == EXTRA
    assert len(statuses) == SEATS + EXTRA  # none lost


def test_negative_control_without_the_lock_the_same_race_oversells(occurrence):
    """Shows the test above can fail: with the lock off, everyone counts before anyone writes."""
    count = SEATS + EXTRA
    after_count = threading.Barrier(count, timeout=30)
    real_seats_of_one = allocation.seats_of_one

    def seats_then_wait(*args, **kwargs):
        seats = real_seats_of_one(*args, **kwargs)
        after_count.wait()
        return seats

    with mock.patch.object(allocation, "seats_of_one", seats_then_wait):
        _in_threads(
            count,
            lambda i: allocation.register(
                occurrence.pk, name=f"P{i}", email=f"p{i}@example.org", language="ro", lock=False
            ),
        )
    confirmed = Registration.objects.filter(status=RegistrationStatus.CONFIRMED).count()
    assert confirmed > SEATS


def test_public_and_partner_registrations_at_once_never_touch_each_others_seats(occurrence):
    """Two of the five seats kept for a partner; twenty people of the public and six of the
    partner's register at the same instant: three public seats and two reserved ones, no more."""
    from cms.registrations.models import Partner

    partner = Partner.objects.create(
        programme=occurrence.programme,
        name="Asociația Incluziune Cluj",
        coordinator_name="Maria Pop",
        coordinator_email="maria.pop@example.org",
    )
    reservation = allocation.reserve(occurrence.pk, partner, 2)

    def work(index):
        kept = {"reservation_id": reservation.pk} if index % 4 == 0 else {}
        return allocation.register(
            occurrence.pk, name=f"P{index}", email=f"p{index}@example.org", language="ro", **kept
        )

    results = _in_threads(SEATS + EXTRA + 6, work)
    refused = [r for r in results if isinstance(r, allocation.ReservedSeatsTaken)]
    confirmed = Registration.objects.filter(status=RegistrationStatus.CONFIRMED)
    assert confirmed.filter(reservation=reservation).count() == 2
    assert confirmed.filter(reservation__isnull=True).count() == SEATS - 2
    assert len(refused) == sum(1 for i in range(SEATS + EXTRA + 6) if i % 4 == 0) - 2
    assert Registration.objects.count() + len(refused) == SEATS + EXTRA + 6  # none lost


def test_simultaneous_cancellations_promote_exactly_one_person_each(occurrence):
    people = [
        allocation.register(occurrence.pk, name=f"P{i}", email=f"p{i}@example.org", language="ro")
        for i in range(SEATS + 4)
    ]
    cancelled = people[:3]
    _in_threads(3, lambda i: allocation.cancel(cancelled[i].pk))
    statuses = list(Registration.objects.values_list("status", flat=True))
    assert statuses.count(RegistrationStatus.CONFIRMED) == SEATS
    assert statuses.count(RegistrationStatus.WAITLISTED) == 1
    assert statuses.count(RegistrationStatus.CANCELLED) == 3


def test_a_waiting_person_and_a_seated_person_cancelling_at_once_both_succeed(occurrence):
    """Both take the date's lock first, so neither waits on a lock the other holds."""
    for round_number in range(5):
        Registration.objects.all().delete()
        people = [
            allocation.register(
                occurrence.pk, name=f"P{i}", email=f"p{round_number}-{i}@example.org", language="ro"
            )
            for i in range(SEATS + 1)
        ]
        seated, waiting = people[0], people[-1]
        assert waiting.status == RegistrationStatus.WAITLISTED
        both = [seated.pk, waiting.pk]
        results = _in_threads(2, lambda i, both=both: allocation.cancel(both[i]))
        assert all(isinstance(r, Registration) for r in results), results  # no deadlock error
        waiting.refresh_from_db()
        assert waiting.status == RegistrationStatus.CANCELLED  # not given the seat they left
        assert Registration.objects.filter(status=RegistrationStatus.CONFIRMED).count() == (
            SEATS - 1
        )


def _database_url() -> str:
    settings = connection.settings_dict
    host = settings.get("HOST") or "127.0.0.1"
    port = settings.get("PORT") or 5432
    user = settings.get("USER") or "postgres"
    return f"postgres://{user}@{host}:{port}/{settings['NAME']}"


@pytest.fixture
def two_app_processes():
    """Two gunicorn processes on loopback, sharing the test database."""
    env = {
        **os.environ,
        "DJANGO_DEBUG": "1",
        "DATABASE_URL": _database_url(),
        "RATELIMIT_ENABLE": "0",
    }
    with (
        gunicorn_server(env, workers=2, threads=4) as first,
        gunicorn_server(env, workers=2, threads=4) as second,
    ):
        yield [first, second]


def _register_over_http(base_url: str, occurrence_id: int, index: int) -> int:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    url = f"{base_url}/ro/register/{occurrence_id}/"
    try:
        page = opener.open(url, timeout=30).read().decode()
    except urllib.error.HTTPError as error:  # the server's debug page names what went wrong
        title = re.search(r"<title>(.*?)</title>", error.read().decode(), re.S)
        return f"GET {error.code}: {title.group(1).strip() if title else ''}"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    data = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token,
            "name": f"Vizitator {index}",
            "email": f"v{index}@example.org",
            "consent": "on",
        }
    ).encode()
    request = urllib.request.Request(url, data=data, headers={"Referer": url})
    try:
        return opener.open(request, timeout=30).status
    except urllib.error.HTTPError as error:
        return error.code


def test_two_app_processes_sharing_postgresql_never_overbook(occurrence, two_app_processes):
    count = SEATS + EXTRA
    barrier = threading.Barrier(count, timeout=60)

    def run(index):
        barrier.wait()
        return _register_over_http(two_app_processes[index % 2], occurrence.pk, index)

    with ThreadPoolExecutor(max_workers=count) as pool:
        statuses = list(pool.map(run, range(count)))
    assert statuses == [200] * count  # followed the redirect to the confirmation page
    rows = list(Registration.objects.values_list("status", flat=True))
    assert rows.count(RegistrationStatus.CONFIRMED) == SEATS
    assert rows.count(RegistrationStatus.WAITLISTED) == EXTRA

"""Rate limits count each visitor apart, also behind the load balancer (cms/client_ip.py)."""

from __future__ import annotations

import pytest

from django.core.cache import cache
from django.test import RequestFactory

from cms.client_ip import client_ip


def request_from(remote_addr: str, forwarded: str | None = None):
    extra = {"REMOTE_ADDR": remote_addr}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/ro/register/1/", **extra)


def test_without_trusted_proxies_the_connection_is_the_client(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request_from("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


def test_behind_one_proxy_the_address_it_saw_is_the_client(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request_from("10.0.0.2", "198.51.100.1")) == "198.51.100.1"


def test_addresses_a_client_writes_itself_are_never_trusted(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # The visitor sent "X-Forwarded-For: 192.0.2.99"; the balancer appended what it saw.
    assert client_ip(request_from("10.0.0.2", "192.0.2.99, 198.51.100.1")) == "198.51.100.1"


def test_a_missing_or_broken_header_falls_back_to_the_connection(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request_from("10.0.0.2")) == "10.0.0.2"
    assert client_ip(request_from("10.0.0.2", "not-an-address")) == "10.0.0.2"


@pytest.mark.django_db
def test_two_visitors_behind_the_balancer_have_their_own_limits(client, settings, demo_site):
    """Twenty refused POSTs from one visitor leave the next visitor's first POST alone."""
    from django.utils import timezone

    from cms.events.models import EventPage, Occurrence

    settings.RATELIMIT_ENABLE = True
    settings.TRUSTED_PROXY_COUNT = 1
    cache.clear()
    taking_registrations = EventPage.objects.filter(registration_required=True)
    occurrence = (
        Occurrence.objects.filter(
            series_id__in=taking_registrations.values("translation_key"),
            start__gt=timezone.now(),
        )
        .order_by("start")
        .first()
    )
    assert client.get(f"/ro/register/{occurrence.pk}/").status_code == 200  # open
    url = f"/ro/register/{occurrence.pk}/"
    flood = [
        client.post(url, {}, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.1")
        for _ in range(25)
    ]
    assert flood[-1].status_code == 429
    other = client.post(url, {}, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert other.status_code != 429
    cache.clear()

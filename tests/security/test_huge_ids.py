"""Every URL pattern with an integer in it answers a huge id with 404, never a 500.

The patterns are discovered from the resolver (engine, plugins, Wagtail), not listed here, so a
pattern added later is walked too.
"""

from __future__ import annotations

import re
import uuid

import pytest

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.converters import IntConverter
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from django.utils import translation

from cms.security.ids import LARGEST_DATABASE_ID
from cms.testing import make_home_pages

HUGE_IDS = [2**63, 2**64]
PLACEHOLDER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")
SAMPLE = {"slug": "x", "str": "x", "path": "x", "uuid": str(uuid.UUID(int=1))}


def _part(pattern, huge: int) -> str | None:
    """The concrete text of one level of a URL pattern, or None if it cannot be made."""
    if isinstance(pattern, LocalePrefixPattern):
        return pattern.language_prefix
    if isinstance(pattern, RoutePattern):

        def fill(match):
            converter = pattern.converters.get(match["name"])
            if isinstance(converter, IntConverter):
                return str(huge)
            return SAMPLE.get(match["converter"] or "str", "x")

        return PLACEHOLDER.sub(fill, str(pattern._route))
    if isinstance(pattern, RegexPattern):
        regex = pattern._regex.lstrip("^").rstrip("$").replace("\\/", "/")
        return regex if not re.search(r"[()\[\]\\*+?.]", regex) else None
    return None


def _has_int(pattern) -> bool:
    return isinstance(pattern, RoutePattern) and any(
        isinstance(converter, IntConverter) for converter in pattern.converters.values()
    )


def urls_with_integers(huge: int) -> list[str]:
    """Every URL pattern with an integer, filled with `huge`, public ones under /ro/ (the
    language prefix is the active language's: a request of an earlier test may leave English)."""
    found = []

    def walk(patterns, prefix: str, has_int: bool):
        for entry in patterns:
            part = _part(entry.pattern, huge)
            if part is None:
                continue
            with_int = has_int or _has_int(entry.pattern)
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, prefix + part, with_int)
            elif isinstance(entry, URLPattern) and with_int:
                found.append("/" + prefix + part)

    with translation.override("ro"):
        walk(get_resolver().url_patterns, "", False)
    return sorted(set(found))


def test_the_walk_finds_the_patterns_the_issue_named():
    urls = urls_with_integers(2**63)
    assert "/ro/calendar/event/9223372036854775808.ics" in urls
    assert "/admin/events/9223372036854775808/occurrences/" in urls
    assert any(url.startswith("/admin/pages/9223372036854775808/") for url in urls)
    assert len(urls) > 50


@pytest.mark.django_db
@pytest.mark.parametrize("huge", HUGE_IDS)
def test_every_public_url_answers_a_huge_id_with_404_in_the_visitors_language(client, huge):
    make_home_pages()
    client.raise_request_exception = False
    wrong = {}
    for url in urls_with_integers(huge):
        if url.startswith("/admin/"):
            continue
        # Outside /ro/ and /en/, a 404 is first redirected to the visitor's language (old links).
        response = client.get(url, follow=True)
        if response.status_code != 404:
            wrong[url] = response.status_code
    assert not wrong
    response = client.get(f"/en/calendar/event/{huge}.ics")
    assert response.status_code == 404
    assert response.headers["Content-Language"] == "en"


@pytest.mark.django_db
@pytest.mark.parametrize("huge", HUGE_IDS)
def test_every_admin_url_answers_a_huge_id_without_a_500(admin_client, huge):
    make_home_pages()
    admin_client.raise_request_exception = False
    wrong = {}
    for url in urls_with_integers(huge):
        if not url.startswith("/admin/"):
            continue
        response = admin_client.get(url)
        if response.status_code not in (302, 403, 404, 405):
            wrong[url] = response.status_code
    assert not wrong


@pytest.mark.django_db
def test_the_largest_database_id_is_still_looked_up_normally(client):
    make_home_pages()
    response = client.get(f"/ro/calendar/event/{LARGEST_DATABASE_ID}.ics")
    assert response.status_code == 404

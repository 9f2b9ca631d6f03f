"""Arta în Joacă built from its own demo tables on a fresh site, on a fixed day."""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterator

import pytest

from django.core.cache import cache

from cms.demo import DemoBuilder
from cms.testing import make_home_pages
from cms.translations import TIME_ZONE

DEMO_TODAY = datetime.date(2026, 4, 15)
# The clock stands still at the demo's today, so its events are to come and take registrations.
DEMO_NOW = datetime.datetime(2026, 4, 15, 10, 0, tzinfo=TIME_ZONE)


def build_schools() -> DemoBuilder:
    """The section, the (sampled) network, the residencies and the events."""
    from plugins.schools.demo import build_events
    from plugins.schools.demo_events import build_more_events
    from plugins.schools.demo_network import build_network
    from plugins.schools.demo_residencies import build_residencies
    from plugins.schools.models import SchoolsSectionPage

    demo = DemoBuilder(stdout=io.StringIO(), today=DEMO_TODAY)
    demo.home, _home_en = make_home_pages()
    demo.section = demo.page(
        demo.home,
        SchoolsSectionPage,
        ro={"title": "Arta în Joacă", "slug": "arta-in-joaca"},
        en={"title": "Art at Play", "slug": "art-at-play"},
    )
    demo.network = build_network(demo, demo.section)
    build_residencies(demo, demo.section, demo.network)
    build_events(demo, demo.section)
    build_more_events(demo, demo.section, demo.network)
    return demo


@pytest.fixture(scope="module")
def schools_built(request, django_db_setup, django_db_blocker) -> Iterator[DemoBuilder]:
    """`build_schools()`, built once per test process and copied in per module (`built_once`)."""
    from cms.testing import built_once

    with built_once(request, django_db_blocker, DEMO_NOW, build_schools) as demo:
        yield demo


@pytest.fixture
def schools_demo(schools_built, db, time_machine) -> DemoBuilder:
    """The module's demo; each test in its own transaction, the clock at `DEMO_NOW`."""
    time_machine.move_to(DEMO_NOW, tick=False)
    cache.clear()
    return schools_built

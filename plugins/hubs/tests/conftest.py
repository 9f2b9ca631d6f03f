"""Huburi creative built from its own demo builders on a fresh site, at a frozen instant."""

from __future__ import annotations

import datetime
import io

import pytest

from django.core.cache import cache

from cms.testing import make_home_pages
from cms.translations import TIME_ZONE

DEMO_TODAY = datetime.date(2026, 3, 2)
# A spring morning: the demo's calls are open and its events ahead.
NOW = datetime.datetime(2026, 3, 2, 10, 0, tzinfo=TIME_ZONE)


@pytest.fixture
def frozen(time_machine):
    time_machine.move_to(NOW, tick=False)
    return NOW


@pytest.fixture
def programme(db, frozen):
    """The builder after the section, the three calls, the events and the Culturepreneurs
    cohort are built (`demo.section`, `demo.calls`, `demo.cohort`: Romanian pages)."""
    from cms.demo import DemoBuilder
    from plugins.hubs.demo import build_calls, build_events, build_section
    from plugins.hubs.demo_culturepreneurs import build_cohort

    cache.clear()  # Wagtail caches site root paths
    demo = DemoBuilder(stdout=io.StringIO(), today=DEMO_TODAY)
    demo.home, _home_en = make_home_pages()
    demo.section = build_section(demo)
    demo.calls = build_calls(demo, demo.section)
    build_events(demo, demo.section, demo.calls)
    demo.cohort = build_cohort(demo, demo.section, demo.calls)
    return demo

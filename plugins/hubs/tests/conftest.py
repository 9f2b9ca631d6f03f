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
    cache.clear()
    return NOW


def build_hubs():
    """The section, the three calls, the events and the Culturepreneurs cohort."""
    from cms.demo import DemoBuilder
    from plugins.hubs.demo import build_calls, build_events, build_section
    from plugins.hubs.demo_culturepreneurs import build_cohort

    demo = DemoBuilder(stdout=io.StringIO(), today=DEMO_TODAY)
    demo.home, _home_en = make_home_pages()
    demo.section = build_section(demo)
    demo.calls = build_calls(demo, demo.section)
    build_events(demo, demo.section, demo.calls)
    demo.cohort = build_cohort(demo, demo.section, demo.calls)
    return demo


@pytest.fixture(scope="module")
def programme_built(request, django_db_setup, django_db_blocker):
    """`build_hubs()`, built once per test process and copied in per module (`built_once`)."""
    from cms.testing import built_once

    with built_once(request, django_db_blocker, NOW, build_hubs) as demo:
        yield demo


@pytest.fixture
def programme(programme_built, db, frozen):
    """The builder after the section, the three calls, the events and the Culturepreneurs
    cohort are built (`demo.section`, `demo.calls`, `demo.cohort`: Romanian pages); each test in
    its own transaction, the clock at `NOW`."""
    return programme_built

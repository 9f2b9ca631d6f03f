"""A small România Remarcabilă built by the demo's own builders: the section, the commune index
and the first communes of the demo table (tests build `DEMO_SAMPLE` of them) with their sites
and producers, in Romanian and English, at a frozen instant: built once per test module, each
test in its own transaction inside it."""

from __future__ import annotations

import datetime
import io

import pytest

from django.core.cache import cache

from cms.testing import make_home_pages
from cms.translations import TIME_ZONE

CLUJ = TIME_ZONE
# A spring morning: the demo's summer events are all ahead.
NOW = datetime.datetime(2026, 5, 4, 9, 0, tzinfo=CLUJ)


@pytest.fixture
def frozen(time_machine):
    time_machine.move_to(NOW, tick=False)
    cache.clear()
    return NOW


def build_network():
    """(demo builder, section, communes by slug)."""
    from cms.demo import DemoBuilder
    from plugins.heritage.demo import build_section
    from plugins.heritage.demo_network import build_communes

    home, _home_en = make_home_pages()
    demo = DemoBuilder(stdout=io.StringIO(), today=NOW.date())
    demo.home = home
    section = build_section(demo)
    communes = build_communes(demo, section)
    return demo, section, communes


@pytest.fixture(scope="module")
def network_built(request, django_db_setup, django_db_blocker):
    """`build_network()`, built once per test process and copied in per module (`built_once`);
    a module's own fixtures that build more on it are module-scoped too and ask for this one
    (what they add is gone when the module ends)."""
    from cms.testing import built_once

    with built_once(request, django_db_blocker, NOW, build_network) as network:
        yield network


@pytest.fixture
def network(network_built, db, frozen):
    """(demo builder, section, communes by slug) — Romanian pages; English via translation_of."""
    return network_built

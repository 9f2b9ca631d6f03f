"""A small România Remarcabilă built by the demo's own builders: the section, the commune index
and the first communes of the demo table (tests build `DEMO_SAMPLE` of them) with their sites
and producers, in Romanian and English, at a frozen instant."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import pytest

from django.core.cache import cache

from cms.testing import make_home_pages

CLUJ = ZoneInfo("Europe/Bucharest")
# A spring morning: the demo's summer events are all ahead.
NOW = datetime.datetime(2026, 5, 4, 9, 0, tzinfo=CLUJ)


@pytest.fixture
def frozen(time_machine):
    time_machine.move_to(NOW, tick=False)
    return NOW


@pytest.fixture
def network(db, frozen):
    """(demo builder, section, communes by slug) — Romanian pages; English via translation_of."""
    from cms.demo import DemoBuilder
    from plugins.heritage.demo import build_section
    from plugins.heritage.demo_network import build_communes

    cache.clear()  # Wagtail caches site root paths
    home, _home_en = make_home_pages()
    demo = DemoBuilder(today=frozen.date())
    demo.home = home
    section = build_section(demo)
    communes = build_communes(demo, section)
    return demo, section, communes

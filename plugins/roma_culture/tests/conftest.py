"""Jivipen built by its own demo builders on a fresh site, at a frozen instant; the festival and
the artists once per test module, each test in its own transaction inside it."""

from __future__ import annotations

import datetime
import io

import pytest

from django.core.cache import cache

from cms.testing import make_home_pages
from cms.translations import TIME_ZONE

DEMO_TODAY = datetime.date(2026, 3, 2)
# A spring morning: the coming edition (May 2026) and the monthly meetings are ahead.
NOW = datetime.datetime(2026, 3, 2, 10, 0, tzinfo=TIME_ZONE)


def _site(demo):
    """The section on a fresh site (`demo.home`, `demo.section`)."""
    from plugins.roma_culture.models import RomaCultureSectionPage

    demo.home, _home_en = make_home_pages()
    demo.section = demo.page(
        demo.home,
        RomaCultureSectionPage,
        ro={"title": "Jivipen", "slug": "jivipen"},
        en={"title": "Jivipen", "slug": "jivipen"},
    )
    return demo


@pytest.fixture
def jivipen_site(db, time_machine):
    """The builder after the section is built (`demo.section`), on a fresh site."""
    from cms.demo import DemoBuilder

    time_machine.move_to(NOW, tick=False)
    cache.clear()  # Wagtail caches site root paths
    return _site(DemoBuilder(stdout=io.StringIO(), today=DEMO_TODAY))


@pytest.fixture(scope="module")
def jivipen_built(django_db_setup, django_db_blocker):
    """The festival and the artists, built once per test module (`built_once`)."""
    from cms.demo import DemoBuilder
    from cms.testing import built_once
    from plugins.roma_culture.demo_artists import build_artists, build_commissions
    from plugins.roma_culture.demo_festival import build_festival

    with built_once(django_db_blocker, NOW):
        demo = _site(DemoBuilder(stdout=io.StringIO(), today=DEMO_TODAY))
        demo.festival, demo.editions = build_festival(demo, demo.section)
        demo.artists = build_artists(demo, demo.section)
        build_commissions(demo, demo.editions, demo.artists)
        yield demo


@pytest.fixture
def jivipen_demo(jivipen_built, db, time_machine):
    """The builder after the section, the festival with its editions and the artists with their
    commissions are built (`demo.section`, `demo.festival`, `demo.editions`, `demo.artists`);
    each test in its own transaction, the clock at `NOW`."""
    time_machine.move_to(NOW, tick=False)
    cache.clear()
    return jivipen_built


@pytest.fixture(scope="module")
def exhibition_built(django_db_setup, django_db_blocker):
    """The artists and the exhibition "Cunoaște rOmul" with its works, built once per module
    (`demo.section`, `demo.artists`, `demo.exhibition`)."""
    from cms.demo import DemoBuilder
    from cms.testing import built_once
    from plugins.roma_culture.demo_artists import build_artists
    from plugins.roma_culture.demo_exhibition import build_exhibition

    with built_once(django_db_blocker, NOW):
        demo = _site(DemoBuilder(stdout=io.StringIO(), today=DEMO_TODAY))
        demo.artists = build_artists(demo, demo.section)
        demo.exhibition = build_exhibition(demo, demo.section, demo.artists)
        yield demo


@pytest.fixture
def exhibition_demo(exhibition_built, db, time_machine):
    """`exhibition_built`, each test in its own transaction, the clock at `NOW`."""
    time_machine.move_to(NOW, tick=False)
    cache.clear()
    return exhibition_built

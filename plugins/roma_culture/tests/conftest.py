"""Jivipen built by its own demo builders on a fresh site, at a frozen instant: the section, the
festival with the artists, the exhibition, each built once per test process and copied in per
module (`cms.testing.built_once`), each test in its own transaction inside it."""

from __future__ import annotations

import copy
import datetime
import io

import pytest

from django.core.cache import cache

from cms.testing import make_home_pages
from cms.translations import TIME_ZONE

DEMO_TODAY = datetime.date(2026, 3, 2)
# A spring morning: the coming edition (May 2026) and the monthly meetings are ahead.
NOW = datetime.datetime(2026, 3, 2, 10, 0, tzinfo=TIME_ZONE)


def build_site():
    """The builder after the section is built on a fresh site (`demo.home`, `demo.section`)."""
    from cms.demo import DemoBuilder
    from plugins.roma_culture.models import RomaCultureSectionPage

    demo = DemoBuilder(stdout=io.StringIO(), today=DEMO_TODAY)
    demo.home, _home_en = make_home_pages()
    demo.section = demo.page(
        demo.home,
        RomaCultureSectionPage,
        ro={"title": "Jivipen", "slug": "jivipen"},
        en={"title": "Jivipen", "slug": "jivipen"},
    )
    return demo


@pytest.fixture(scope="module")
def site_built(request, django_db_setup, django_db_blocker):
    """`build_site()`, built once per test process and copied in per module (`built_once`)."""
    from cms.testing import built_once

    with built_once(request, django_db_blocker, NOW, build_site) as demo:
        yield demo


@pytest.fixture
def jivipen_site(site_built, db, time_machine):
    """The builder after the section is built (`demo.section`), on a fresh site: a copy per
    test, because a test builds under the section and the section's count of children in
    memory must not outlive the test's transaction."""
    time_machine.move_to(NOW, tick=False)
    cache.clear()  # Wagtail caches site root paths
    return copy.deepcopy(site_built)


def build_festival_and_artists():
    """The festival and the artists with their commissions."""
    from plugins.roma_culture.demo_artists import build_artists, build_commissions
    from plugins.roma_culture.demo_festival import build_festival

    demo = build_site()
    demo.festival, demo.editions = build_festival(demo, demo.section)
    demo.artists = build_artists(demo, demo.section)
    build_commissions(demo, demo.editions, demo.artists)
    return demo


@pytest.fixture(scope="module")
def jivipen_built(request, django_db_setup, django_db_blocker):
    """`build_festival_and_artists()`, built once per test process (`built_once`)."""
    from cms.testing import built_once

    with built_once(request, django_db_blocker, NOW, build_festival_and_artists) as demo:
        yield demo


@pytest.fixture
def jivipen_demo(jivipen_built, db, time_machine):
    """The builder after the section, the festival with its editions and the artists with their
    commissions are built (`demo.section`, `demo.festival`, `demo.editions`, `demo.artists`);
    each test in its own transaction, the clock at `NOW`."""
    time_machine.move_to(NOW, tick=False)
    cache.clear()
    return jivipen_built


def build_artists_and_exhibition():
    """The artists and the exhibition "Cunoaște rOmul" with its works (`demo.section`,
    `demo.artists`, `demo.exhibition`)."""
    from plugins.roma_culture.demo_artists import build_artists
    from plugins.roma_culture.demo_exhibition import build_exhibition

    demo = build_site()
    demo.artists = build_artists(demo, demo.section)
    demo.exhibition = build_exhibition(demo, demo.section, demo.artists)
    return demo


@pytest.fixture(scope="module")
def exhibition_built(request, django_db_setup, django_db_blocker):
    """`build_artists_and_exhibition()`, built once per test process (`built_once`)."""
    from cms.testing import built_once

    with built_once(request, django_db_blocker, NOW, build_artists_and_exhibition) as demo:
        yield demo


@pytest.fixture
def exhibition_demo(exhibition_built, db, time_machine):
    """`exhibition_built`, each test in its own transaction, the clock at `NOW`."""
    time_machine.move_to(NOW, tick=False)
    cache.clear()
    return exhibition_built

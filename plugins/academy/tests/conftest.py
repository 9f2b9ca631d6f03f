"""Academia Schimbării built from its own demo tables on a fresh site, at a frozen instant: a
spring morning, with the training call open, Business to Culture starting in May and the
Training & Mentoring sessions in the autumn.

Built once per test process and copied in for each module (`cms.testing.built_once`); each
test runs in its own transaction inside it, with the clock standing still at `DEMO_NOW`.
"""

from __future__ import annotations

import datetime
import io

import pytest

from django.core.cache import cache

from cms.translations import TIME_ZONE

DEMO_TODAY = datetime.date(2026, 4, 15)
DEMO_NOW = datetime.datetime(2026, 4, 15, 10, 0, tzinfo=TIME_ZONE)


def build_academy():
    """The Academy's whole demo (section, Forum, calls, mentors, editions) on an empty site."""
    from cms.demo import DemoBuilder
    from cms.testing import make_home_pages
    from plugins.academy.demo import build
    from plugins.academy.models import AcademySectionPage

    demo = DemoBuilder(stdout=io.StringIO(), today=DEMO_TODAY)
    demo.home, _home_en = make_home_pages()
    build(demo)
    demo.section = AcademySectionPage.objects.get(locale=demo.ro)
    return demo


@pytest.fixture(scope="module")
def academy_site(request, django_db_setup, django_db_blocker):
    from cms.testing import built_once

    with built_once(request, django_db_blocker, DEMO_NOW, build_academy) as demo:
        yield demo


@pytest.fixture
def academy_demo(academy_site, db, time_machine):
    """The module's Academy demo, with the clock at `DEMO_NOW` for the test."""
    time_machine.move_to(DEMO_NOW, tick=False)
    cache.clear()
    return academy_site

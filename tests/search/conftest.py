"""Search tests run on the demo content plus a few pages the demo lacks (built the same way).

The demo has no page titled "Școala…" or "Țara…", no open call and no event yet; these pages,
with texts from the centre's current websites, are added through the demo builder (so through publishing and
the index's signals) once per module, inside the demo's rolled-back transaction.
"""

from __future__ import annotations

import datetime
import io
import re
from dataclasses import dataclass

import pytest

from django.db import transaction
from django.utils import timezone


@dataclass
class SearchPages:
    school: object
    land: object
    open_call: object
    closed_call: object
    upcoming_event: object
    past_event: object


def english(page):
    """The English translation of a Romanian test page."""
    from wagtail.models import Locale

    return page.get_translation(Locale.objects.get(language_code="en")).specific


@pytest.fixture(autouse=True)
def fresh_cache():
    """Suggestions and promotions are cached; each test starts without what another cached."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def _p(text: str) -> list[tuple[str, str]]:
    return [("paragraph", f"<p>{text}</p>")]


@pytest.fixture(scope="module")
def search_pages(demo_site, django_db_blocker) -> SearchPages:
    from cms.demo import DemoBuilder
    from cms.events.models import EventPage
    from cms.models import ContentPage, ProgrammeSectionPage
    from cms.opencalls.models import OpenCallPage

    with django_db_blocker.unblock(), transaction.atomic():
        demo = DemoBuilder(stdout=io.StringIO())
        sections = {
            section.programme: section
            for section in ProgrammeSectionPage.objects.filter(locale=demo.ro)
        }
        now = timezone.now()
        today = timezone.localdate()
        school = demo.page(
            sections["schools"],
            ContentPage,
            ro={
                "title": "Școala „Traian Dârjan”",
                "slug": "scoala-traian-darjan",
                "intro": "Școală gimnazială din Cluj-Napoca, în rețeaua Arta în Joacă din 2020.",
                "body": _p("Elevii lucrează cu artiști în rezidență și cu metoda Pre-Texts."),
            },
            en={
                "title": "Traian Dârjan School",
                "slug": "traian-darjan-school",
                "intro": "A middle school in Cluj-Napoca, in the Art at Play network since 2020.",
                "body": _p("Pupils work with artists in residence and with the Pre-Texts method."),
            },
        )
        land = demo.page(
            sections["heritage"],
            ContentPage,
            ro={
                "title": "Țara Moților: comuna Bucium",
                "slug": "bucium",
                "intro": "Bucium, în Munții Apuseni, este una dintre comunele rețelei.",
                "body": _p("Sate componente, meșteșugari locali și obiective de patrimoniu."),
            },
            en={
                "title": "The Land of the Moți: Bucium commune",
                "slug": "bucium",
                "intro": "Bucium, in the Apuseni Mountains, is one of the network's communes.",
                "body": _p("Its villages, local craftspeople and heritage sites."),
            },
        )
        open_call = demo.page(
            sections["academy"],
            OpenCallPage,
            ro={
                "title": "Cluj în Rezidență",
                "slug": "cluj-in-rezidenta",
                "intro": "Până la 15 granturi de cel mult 10.000 de lei pentru proiecte în Cluj.",
            },
            en={
                "title": "Cluj in Residence",
                "slug": "cluj-in-residence",
                "intro": "Up to 15 grants of at most 10,000 lei for projects in Cluj.",
            },
            opens_at=now - datetime.timedelta(days=5),
            closes_at=now + datetime.timedelta(days=20),
        )
        closed_call = demo.page(
            sections["heritage"],
            OpenCallPage,
            ro={
                "title": "Rezidențe artistice în șase comune",
                "slug": "rezidente-artistice",
                "intro": "Rezidențe în august, cu curiozitate antropologică și lucru cu comunitatea.",
            },
            en={
                "title": "Artist residencies in six communes",
                "slug": "artist-residencies",
                "intro": "Residencies in August, with anthropological curiosity and community work.",
            },
            opens_at=now - datetime.timedelta(days=60),
            closes_at=now - datetime.timedelta(days=30),
        )
        upcoming_event = demo.page(
            sections["roma_culture"],
            EventPage,
            ro={
                "title": "Zilele Culturii Rome: ateliere pentru tineri",
                "slug": "zilele-culturii-rome-ateliere",
                "summary": "Ateliere gratuite pentru tineri între 16 și 25 de ani.",
            },
            en={
                "title": "Roma Culture Days: workshops for young people",
                "slug": "roma-culture-days-workshops",
                "summary": "Free workshops for people aged 16 to 25.",
            },
            start_date=today + datetime.timedelta(days=30),
            start_time=datetime.time(17, 0),
            end_time=datetime.time(19, 0),
        )
        past_event = demo.page(
            sections["roma_culture"],
            EventPage,
            ro={
                "title": "Zilele Culturii Rome: spectacol, film și concert",
                "slug": "zilele-culturii-rome-spectacol",
                "summary": "Un spectacol de teatru, un documentar și un concert într-o singură zi.",
            },
            en={
                "title": "Roma Culture Days: theatre, film and concert",
                "slug": "roma-culture-days-theatre",
                "summary": "A theatre show, a documentary screening and a concert in one day.",
            },
            start_date=today - datetime.timedelta(days=40),
            start_time=datetime.time(18, 0),
            end_time=datetime.time(22, 0),
        )
        yield SearchPages(school, land, open_call, closed_call, upcoming_event, past_event)
        transaction.set_rollback(True)


RESULT = re.compile(r'class="search-result__title"><a href="([^"]*)">([^<]*)</a>')


def result_links(response) -> list[tuple[str, str]]:
    """(url, title) of every result on a results page, promoted ones first, in order."""
    import html

    return [(url, html.unescape(title)) for url, title in RESULT.findall(response.content.decode())]

"""Naming people on other pages (an edition, an event, a module) with the kit's PeopleBlock,
and the http(s)-only links a person carries."""

from __future__ import annotations

import itertools

import pytest

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .conftest import make_mentor, make_mentor_index, make_person, publish

_editions = itertools.count()


def make_edition(section, people):
    from tests.kit_apps.kit_people.models import KitEditionPage

    page = KitEditionPage(
        title="Zilele Culturii Rome 2026",
        slug=f"zilele-culturii-rome-2026-{next(_editions)}",
        people=[
            (
                "people",
                {
                    "heading": "Curatori",
                    "people": [{"person": person, "role": "Curator"} for person in people],
                },
            )
        ],
    )
    section.add_child(instance=page)
    return publish(page)


def test_the_people_block_shows_public_people_linked_to_their_profiles(client, sections):
    shown = make_person("Ana Lungu (demo)")
    hidden = make_person("Sorin Rădulescu (demo)", consent=False)
    profile = make_mentor(make_mentor_index(sections[0]), shown)
    edition = make_edition(sections[1], [shown, hidden])

    html = client.get(edition.url).content.decode()
    assert f'<a href="{profile.url}">Ana Lungu (demo)</a> — Curator' in html
    assert "Sorin Rădulescu" not in html


def test_the_people_block_costs_the_same_queries_for_few_and_many(client, sections):
    index = make_mentor_index(sections[0])
    people = [make_person(f"Persoana {n} (demo)") for n in range(12)]
    for person in people:
        make_mentor(index, person)
    few = make_edition(sections[1], people[:2])
    many = make_edition(sections[1], people)

    def queries(page):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(page.url).status_code == 200
        return len(captured)

    queries(few), queries(many)  # caches of the site (root paths, settings) filled once
    assert queries(many) == queries(few)
    # The page's own queries, then two per profile type installed (`profiles_by_person`: the
    # type's view restrictions and its pages): a programme adding a profile type adds two.
    from cms.people.models import profile_page_models

    assert queries(many) <= 17 + 2 * len(profile_page_models())


@pytest.mark.parametrize(
    "address", ["javascript:alert(1)", "ftp://example.org/cv.pdf", "data:text/html,x", "example"]
)
def test_a_link_that_is_not_http_or_https_is_refused(address):
    from cms.links import ExternalLinkBlock

    with pytest.raises(ValidationError):
        ExternalLinkBlock().clean({"url": address, "label": ""})


def test_an_https_link_is_kept():
    from cms.links import ExternalLinkBlock

    value = ExternalLinkBlock().clean({"url": "https://cccluj.ro/", "label": "CCC"})
    assert value["url"] == "https://cccluj.ro/"


def test_an_event_names_who_leads_it_with_the_people_block(client, sections):
    import datetime

    from cms.events.models import EventPage

    facilitator = make_person("Ilinca Mureșan (demo)")
    without_consent = make_person("Sorin Rădulescu (demo)", consent=False)
    profile = make_mentor(make_mentor_index(sections[0]), facilitator)
    event = EventPage(
        title="Atelier de leadership cultural",
        slug="atelier-leadership",
        start_date=datetime.date(2026, 12, 10),
        start_time=datetime.time(17, 0),
        end_time=datetime.time(19, 0),
        body=[
            (
                "people",
                {
                    "heading": "Facilitatori",
                    "people": [
                        {"person": facilitator, "role": "Facilitatoare"},
                        {"person": without_consent, "role": "Facilitator"},
                    ],
                },
            )
        ],
    )
    sections[1].add_child(instance=event)
    publish(event)

    html = client.get(event.url).content.decode()
    assert f'<a href="{profile.url}">Ilinca Mureșan (demo)</a> — Facilitatoare' in html
    assert "Sorin Rădulescu" not in html

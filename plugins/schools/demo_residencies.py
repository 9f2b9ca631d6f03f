"""Demo of the artists in residence in the network's schools: three invented artists (marked
"demo"), each in one real school of the network, as the 2021 plan describes the residencies
(artists working with pupils, teachers and the wider school community)."""

from __future__ import annotations

import datetime
from typing import NamedTuple

from cms.demo import DemoBuilder

ARTISTS = [
    {
        "name": "Ana Bogdan (demo)",
        "languages_spoken": ["ro", "en"],
        "ro": "Artistă vizuală; lucrează cu copiii cu materiale găsite în școală și în cartier.",
        "en": "Visual artist; she works with children using materials found in the school and its neighbourhood.",
        "role_ro": "Artistă în rezidență, arte vizuale",
        "role_en": "Artist in residence, visual arts",
        "slug": "ana-bogdan",
    },
    {
        "name": "Mihai Szabó (demo)",
        "languages_spoken": ["ro", "hu", "en"],
        "ro": "Actor și pedagog de teatru; conduce ateliere de teatru-forum pentru adolescenți.",
        "en": "Actor and drama teacher; he runs forum-theatre workshops for teenagers.",
        "role_ro": "Artist în rezidență, teatru",
        "role_en": "Artist in residence, theatre",
        "slug": "mihai-szabo",
    },
    {
        "name": "Raluca Pop (demo)",
        "languages_spoken": ["ro", "en", "fr"],
        "ro": "Compozitoare; face muzică împreună cu elevii din sunetele școlii.",
        "en": "Composer; she makes music with pupils out of the sounds of their school.",
        "role_ro": "Artistă în rezidență, muzică",
        "role_en": "Artist in residence, music",
        "slug": "raluca-pop",
    },
]  # fmt: skip


class DemoResidency(NamedTuple):
    slug: str
    artist: str  # slug of the artist's profile
    school: str  # slug of the school's page
    start: tuple[int, int]  # (years before demo.today's year, month)
    end: tuple[int, int]
    ro_title: str
    en_title: str
    ro_project: str
    en_project: str
    ro_outcomes: str
    en_outcomes: str


# The first three schools of the network's table: the ones the test suite's sampled demo builds.
RESIDENCIES = [
    DemoResidency("harta-curtii-scolii", "ana-bogdan", "iuliu-hatieganu", (1, 10), (0, 2),
        "Rezidență de arte vizuale la Școala „Iuliu Hațieganu”", "A visual arts residency at the Iuliu Hațieganu school",
        "Harta curții școlii", "The map of the schoolyard",
        "<p>Elevii claselor a V-a și a VI-a au desenat o hartă mare a curții școlii, expusă acum pe holul de la intrare.</p>",
        "<p>Pupils of the fifth and sixth grades drew a large map of the schoolyard, now shown in the entrance hall.</p>"),
    DemoResidency("teatru-forum-transilvania", "mihai-szabo", "colegiul-transilvania", (1, 11), (0, 3),
        "Rezidență de teatru la Colegiul Transilvania", "A theatre residency at Colegiul Transilvania",
        "Teatru-forum despre pauza mare", "Forum theatre about the long break",
        "<p>Trei spectacole de teatru-forum jucate de elevi pentru colegii lor și un ghid pentru profesori.</p>",
        "<p>Three forum-theatre shows played by pupils for their schoolmates, and a guide for teachers.</p>"),
    DemoResidency("sunetele-scolii-eugen-pora", "raluca-pop", "eugen-pora", (0, 2), (0, 6),
        "Rezidență de muzică la Liceul „Eugen Pora”", "A music residency at the Eugen Pora high school",
        "Sunetele școlii", "The sounds of the school",
        "<p>O compoziție colectivă din sunete înregistrate de elevi în școală, cântată la serbarea de final de an.</p>",
        "<p>A piece composed together from sounds the pupils recorded in their school, played at the end-of-year celebration.</p>"),
]  # fmt: skip


def build_residencies(demo: DemoBuilder, section, network) -> None:
    from cms.people.demo import build_people
    from cms.people.models import Person
    from cms.translations import copy_in
    from plugins.schools.models import (
        ArtistsInResidencePage,
        ResidencyPage,
        SchoolArtistPage,
    )

    index = demo.page(
        section,
        ArtistsInResidencePage,
        ro={
            "title": "Artiști în rezidență în școli",
            "slug": "artisti-in-rezidenta",
            "intro": "Școlile Arta în Joacă găzduiesc artiști în rezidență care lucrează cu elevi, profesori și comunitatea extinsă a școlii.",
        },
        en={
            "title": "Artists in residence in schools",
            "slug": "artists-in-residence",
            "intro": "Arta în Joacă schools host artists in residence who work with pupils, teachers and the wider school community.",
        },
    )
    artists = {}
    for entry, person in zip(ARTISTS, build_people(demo, ARTISTS), strict=True):
        artists[entry["slug"]] = demo.page(
            index,
            SchoolArtistPage,
            ro={
                "title": entry["name"],
                "slug": entry["slug"],
                "person": person,
                "role": entry["role_ro"],
            },
            en={
                "title": entry["name"],
                "slug": entry["slug"],
                "person": copy_in(
                    Person.objects.all(), person.translation_key, demo.en, live=False
                ),
                "role": entry["role_en"],
            },
        )
    schools = {page.slug: page for page in network.get_children().specific()}
    for row in RESIDENCIES:
        school = schools.get(row.school)
        if school is None:  # a sampled demo (tests) builds the first schools only
            continue
        artist = artists[row.artist]
        demo.page(
            index,
            ResidencyPage,
            ro={
                "title": row.ro_title,
                "slug": row.slug,
                "project": row.ro_project,
                "outcomes": row.ro_outcomes,
                "artist": artist,
                "school": school,
            },
            en={
                "title": row.en_title,
                "slug": row.slug,
                "project": row.en_project,
                "outcomes": row.en_outcomes,
                "artist": demo.translation_of(artist),
                "school": demo.translation_of(school),
            },
            starts_on=datetime.date(demo.today.year - row.start[0], row.start[1], 1),
            ends_on=datetime.date(demo.today.year - row.end[0], row.end[1], 28),
        )

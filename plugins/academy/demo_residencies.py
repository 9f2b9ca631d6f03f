"""Demo of the Academy's residency rounds, from the centre's calls and plan: Cluj în Rezidență
(up to 15 grants of at most 10,000 lei, work from 20 September to 20 November, a public
showing, free with online registration; REAL-SITES.md) and Studiotopia (residencies of artists
and researchers, two public events in August and September; the 2021 plan). Residents are
invented people, marked "demo"; each round's showings are Academy events under it.
"""

from __future__ import annotations

import datetime
from typing import NamedTuple

from cms.demo import DemoBuilder

RESIDENTS = [
    {
        "name": "Irina Pop (demo)",
        "slug": "irina-pop",
        "languages_spoken": ["ro", "en"],
        "ro": "Coregrafă; lucrează cu amatori din cartierele Clujului.",
        "en": "Choreographer; she works with amateur dancers from Cluj's neighbourhoods.",
        "project_ro": "Dansuri de bloc: o coregrafie cu vecinii din Mănăștur",
        "project_en": "Block dances: a choreography with the neighbours of Mănăștur",
        "round": "runda-cluj-in-rezidenta",
    },
    {
        "name": "Bogdan Szabó (demo)",
        "slug": "bogdan-szabo",
        "languages_spoken": ["ro", "hu", "en"],
        "ro": "Fotograf documentarist, interesat de memoria fabricilor din oraș.",
        "en": "Documentary photographer, interested in the memory of the city's factories.",
        "project_ro": "Arhiva Fabricii: portrete ale foștilor muncitori",
        "project_en": "The Factory Archive: portraits of former workers",
        "round": "runda-cluj-in-rezidenta",
    },
    {
        "name": "Smaranda Rus (demo)",
        "slug": "smaranda-rus",
        "languages_spoken": ["ro", "en", "fr"],
        "ro": "Scriitoare și autoare de teatru radiofonic.",
        "en": "Writer and radio playwright.",
        "project_ro": "Vocile pieței: o piesă radiofonică înregistrată în Piața Mihai Viteazu",
        "project_en": "Voices of the market: a radio play recorded in Mihai Viteazu market",
        "round": "runda-cluj-in-rezidenta",
    },
    {
        "name": "Mihnea Câmpeanu (demo)",
        "slug": "mihnea-campeanu",
        "languages_spoken": ["ro", "en"],
        "ro": "Artist vizual care lucrează cu date științifice și lumină.",
        "en": "Visual artist working with scientific data and light.",
        "project_ro": "Cerul de deasupra orașului: o instalație cu datele unui observator",
        "project_en": "The sky above the city: an installation with an observatory's data",
        "round": "studiotopia",
    },
    {
        "name": "Oana Bălan (demo)",
        "slug": "oana-balan",
        "languages_spoken": ["ro", "en", "de"],
        "ro": "Cercetătoare în biologie, colaborează cu artiști de zece ani.",
        "en": "Biology researcher who has worked with artists for ten years.",
        "project_ro": "Grădina invizibilă: microorganismele solului, văzute de aproape",
        "project_en": "The invisible garden: soil microorganisms, seen up close",
        "round": "studiotopia",
    },
]


class DemoShowing(NamedTuple):
    slug: str
    en_slug: str
    ro_title: str
    en_title: str
    month: int
    day: int
    start: tuple[int, int]
    end: tuple[int, int]
    venue: str
    ro_summary: str
    en_summary: str


class DemoRound(NamedTuple):
    slug: str
    en_slug: str
    ro_title: str  # the round's year follows
    en_title: str
    ro_intro: str
    en_intro: str
    starts: tuple[int, int]  # (month, day), in the coming season
    ends: tuple[int, int]
    ro_hosts: str
    en_hosts: str
    grants: int
    grant_amount: int  # lei
    call_slug: str  # Romanian slug of its call, or ""
    ro_outcomes: str
    en_outcomes: str
    showings: tuple[DemoShowing, ...]


ROUNDS = [
    DemoRound(
        "runda-cluj-in-rezidenta", "cluj-in-residence-round",
        "Cluj în Rezidență", "Cluj in Residence",
        "Burse pentru rezidențe de creație în Cluj: două luni de lucru, încheiate cu o prezentare publică.",
        "Grants for creative residencies in Cluj: two months of work, ending with a public showing.",
        (9, 20), (11, 20),
        "Centrul Cultural Clujean, la Pavilionul ECCA și în spațiile partenerilor", "Cluj Cultural Centre, at the ECCA Pavilion and at its partners' spaces",
        15, 10000, "apel-cluj-in-rezidenta",
        "<ul><li>o coregrafie cu vecinii unui cartier;</li><li>o arhivă de portrete a unei fabrici;</li><li>o piesă radiofonică înregistrată într-o piață.</li></ul>",
        "<ul><li>a choreography with the neighbours of one district;</li><li>an archive of a factory's portraits;</li><li>a radio play recorded in a market.</li></ul>",
        (
            DemoShowing(
                "prezentare-cluj-in-rezidenta", "cluj-in-residence-showing",
                "Cluj în Rezidență: prezentarea publică", "Cluj in Residence: the public showing",
                11, 27, (18, 0), (21, 0), "Pavilionul ECCA",
                "Rezidenții își arată lucrările. Intrarea este gratuită, cu înscriere online.",
                "The residents show their work. Free, with online registration.",
            ),
        ),
    ),
    DemoRound(
        "studiotopia", "studiotopia",
        "Studiotopia: rezidențe de artă și știință,", "Studiotopia: art and science residencies,",
        "Artiști și cercetători lucrează împreună, apoi își arată lucrul în două evenimente publice.",
        "Artists and researchers work together, then show their work at two public events.",
        (6, 1), (9, 30),
        "Centrul Cultural Clujean și laboratoarele partenere din Cluj", "Cluj Cultural Centre and partner laboratories in Cluj",
        4, 12000, "",
        "<p>O instalație cu date astronomice și o expoziție despre viața solului, prezentate la Festivalul Științei.</p>",
        "<p>An installation with astronomical data and an exhibition on life in the soil, shown at the Science Festival.</p>",
        (
            DemoShowing(
                "studiotopia-seara-deschisa", "studiotopia-open-evening",
                "Studiotopia: seară deschisă în atelier", "Studiotopia: an open evening in the studio",
                8, 28, (18, 0), (21, 0), "Garnizoana Culturală",
                "Rezidenții își deschid atelierul și vorbesc despre lucrul lor.",
                "The residents open their studio and talk about their work.",
            ),
            DemoShowing(
                "studiotopia-prezentare", "studiotopia-showing",
                "Studiotopia: prezentarea lucrărilor", "Studiotopia: the works, shown",
                9, 18, (17, 0), (20, 0), "Pavilionul ECCA",
                "Lucrările rezidențelor de artă și știință, prezentate publicului.",
                "The works of the art and science residencies, shown to the public.",
            ),
        ),
    ),
]  # fmt: skip


def build_residencies(demo: DemoBuilder, section, calls: dict) -> list:
    """Both rounds with their residents and showings; the Romanian round pages."""
    from cms.events.demo import next_date, where_and_who
    from cms.people.demo import build_people
    from cms.people.models import Person
    from cms.translations import copy_in
    from plugins.academy.models import AcademyEventPage, ResidencyRoundPage, ResidentPage

    people = dict(zip((r["slug"] for r in RESIDENTS), build_people(demo, RESIDENTS), strict=True))
    built = []
    for row in ROUNDS:
        year = next_date(demo, *row.starts).year
        call = calls.get(row.call_slug)
        round_page = demo.page(
            section,
            ResidencyRoundPage,
            ro={
                "title": f"{row.ro_title} {year}",
                "slug": row.slug,
                "intro": row.ro_intro,
                "hosts": row.ro_hosts,
                "outcomes": row.ro_outcomes,
                "call": call,
            },
            en={
                "title": f"{row.en_title} {year}",
                "slug": row.en_slug,
                "intro": row.en_intro,
                "hosts": row.en_hosts,
                "outcomes": row.en_outcomes,
                "call": demo.translation_of(call) if call else None,
            },
            starts_on=datetime.date(year, *row.starts),
            ends_on=datetime.date(year, *row.ends),
            grants=row.grants,
            grant_amount=row.grant_amount,
        )
        for resident in RESIDENTS:
            if resident["round"] != row.slug:
                continue
            person = people[resident["slug"]]
            demo.page(
                round_page,
                ResidentPage,
                ro={
                    "title": resident["name"],
                    "slug": resident["slug"],
                    "person": person,
                    "project": resident["project_ro"],
                },
                en={
                    "title": resident["name"],
                    "slug": resident["slug"],
                    "person": copy_in(
                        Person.objects.all(), person.translation_key, demo.en, live=False
                    ),
                    "project": resident["project_en"],
                },
            )
        for showing in row.showings:
            ro, en = where_and_who(demo, showing.venue, "Publicul larg")
            demo.page(
                round_page,
                AcademyEventPage,
                ro={
                    **ro,
                    "title": showing.ro_title,
                    "slug": showing.slug,
                    "summary": showing.ro_summary,
                },
                en={
                    **en,
                    "title": showing.en_title,
                    "slug": showing.en_slug,
                    "summary": showing.en_summary,
                },
                start_date=datetime.date(year, showing.month, showing.day),
                start_time=datetime.time(*showing.start),
                end_time=datetime.time(*showing.end),
                registration_required=True,
                capacity=80,
            )
        built.append(round_page)
    return built

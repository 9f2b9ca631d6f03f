"""Demo of the Roma Culture Days (Zilele Culturii Rome), held each year within the Cluj Days: the
festival, this year's (or the coming) edition and last year's, each with six events over three
days (from the 2021 plan and the centre's pages: a theatre show, a documentary screening and a
concert in one day; workshops for young people aged 16–25). Curators' names are invented and
marked demo."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from cms.demo import DemoBuilder

COLOUR = "#c1121f"


@dataclass(frozen=True)
class FestivalEvent:
    day: int  # 0, 1, 2: the edition's first, second, third day
    starts: datetime.time
    ends: datetime.time  # before `starts`: the event ends after midnight, the next day
    venue: str
    slug: str
    ro: str
    en: str
    ro_summary: str
    en_summary: str


@dataclass(frozen=True)
class Edition:
    year_offset: int  # 0: the coming edition; -1: the one before
    ro_theme: str
    en_theme: str
    curators: str
    events: tuple[FestivalEvent, ...]


T = datetime.time

COMING = Edition(
    0,
    "Jivipen — viața în oraș",
    "Jivipen — life in the city",
    "Ramona Dinu (demo), Florin Covaci (demo)",
    (
        FestivalEvent(
            0,
            T(18),
            T(19, 30),
            "Garnizoana Culturală",
            "deschidere",
            "Deschiderea Zilelor Culturii Rome",
            "Opening of the Roma Culture Days",
            "Cuvânt de deschidere, muzică și prezentarea lucrărilor comisionate în acest an.",
            "Opening words, music and the works commissioned this year.",
        ),
        FestivalEvent(
            0,
            T(20),
            T(21, 30),
            "Garnizoana Culturală",
            "spectacol-drumul",
            "Spectacol de teatru: „Drumul”",
            "Theatre: “The Road”",
            "Un spectacol nou, comisionat de Jivipen, despre drumurile unei familii rome din Cluj.",
            "A new show commissioned by Jivipen about the journeys of a Roma family from Cluj.",
        ),
        FestivalEvent(
            1,
            T(17),
            T(19),
            "Pavilionul ECCA",
            "documentar-pata-rat",
            "Film documentar: „Vecinii de la Pata Rât”",
            "Documentary: “The Neighbours of Pata Rât”",
            "Proiecție urmată de o discuție cu echipa filmului.",
            "A screening followed by a conversation with the film's team.",
        ),
        FestivalEvent(
            1,
            T(21),
            T(1),
            "Garnizoana Culturală",
            "concert-de-noapte",
            "Concert de noapte",
            "Night concert",
            "Muzicieni romi emergenți, de la lăutărie la hip-hop, până după miezul nopții.",
            "Emerging Roma musicians, from lăutari to hip-hop, until after midnight.",
        ),
        FestivalEvent(
            2,
            T(11),
            T(13),
            "CLTP Hub",
            "atelier-tineri",
            "Atelier de fotografie pentru tineri",
            "Photography workshop for young people",
            "Atelier gratuit pentru tineri de 16–25 de ani, cu un artist comisionat.",
            "A free workshop for young people aged 16–25, with a commissioned artist.",
        ),
        FestivalEvent(
            2,
            T(18),
            T(20),
            "Pavilionul ECCA",
            "dialog-final",
            "Dialog: cultura romă în colecțiile publice",
            "Conversation: Roma culture in public collections",
            "Artiști, curatori și Muzeul Etnografic al Transilvaniei despre colecții și programe.",
            "Artists, curators and the Ethnographic Museum of Transylvania on collections and programmes.",
        ),
    ),
)

LAST = Edition(
    -1,
    "Memorie și prezent",
    "Memory and the present",
    "Elena Gabor (demo)",
    (
        FestivalEvent(
            0,
            T(18),
            T(19),
            "Garnizoana Culturală",
            "deschidere",
            "Deschiderea ediției „Memorie și prezent”",
            "Opening of the “Memory and the present” edition",
            "Prezentarea artiștilor comisionați și a programului.",
            "The commissioned artists and the programme.",
        ),
        FestivalEvent(
            0,
            T(19, 30),
            T(21),
            "Garnizoana Culturală",
            "spectacol-povesti",
            "Spectacol de teatru: „Povești din mahala”",
            "Theatre: “Stories from the Outskirts”",
            "Teatru documentar din amintirile vecinilor.",
            "Documentary theatre from the memories of neighbours.",
        ),
        FestivalEvent(
            1,
            T(16),
            T(18),
            "CLTP Hub",
            "atelier-scriere",
            "Atelier de scriere creativă",
            "Creative writing workshop",
            "Scriere creativă pentru tineri de 16–25 de ani, în spiritul atelierului Roma Sheroes.",
            "Creative writing for young people aged 16–25, in the spirit of the Roma Sheroes workshop.",
        ),
        FestivalEvent(
            1,
            T(19),
            T(21),
            "Pavilionul ECCA",
            "documentar-amintiri",
            "Film documentar: „Amintiri de pe Someș”",
            "Documentary: “Memories from the Someș”",
            "Proiecție și discuție despre istoria romilor din Cluj.",
            "A screening and a conversation on the history of the Roma of Cluj.",
        ),
        FestivalEvent(
            1,
            T(22),
            T(0, 30),
            "Garnizoana Culturală",
            "concert",
            "Concert",
            "Concert",
            "Muzică a artiștilor romi emergenți.",
            "Music by emerging Roma artists.",
        ),
        FestivalEvent(
            2,
            T(17),
            T(19),
            "Pavilionul ECCA",
            "dialog-final",
            "Dialog de închidere",
            "Closing conversation",
            "Ce am învățat din această ediție.",
            "What this edition taught us.",
        ),
    ),
)

EDITIONS = (COMING, LAST)

# The festival's first paragraph: the programme's name marked as Romani (the "Romani" mark of
# rich text, `<span lang="rom">`), so a screen reader pronounces it in Romani in both languages.
ROMANI_PARAGRAPH = {
    "ro": '<p><span lang="rom">Jivipen</span> înseamnă „viață” în limba romani. În fiecare mai, '
    "Zilele Culturii Rome aduc în oraș teatru, film, muzică și ateliere ale artiștilor romi.</p>",
    "en": '<p><span lang="rom">Jivipen</span> means “life” in Romani. Every May, the Roma Culture '
    "Days bring theatre, film, music and workshops by Roma artists to the city.</p>",
}


def build_festival(demo: DemoBuilder, section):
    """The festival index and its two editions; returns the index and {year offset: edition}."""
    from plugins.roma_culture.models import FestivalIndexPage

    festival = demo.page(
        section,
        FestivalIndexPage,
        ro={
            "title": "Zilele Culturii Rome",
            "slug": "zilele-culturii-rome",
            "intro": "Eveniment anual în cadrul Zilelor Clujului, care susține artiștii romi "
            "emergenți prin comisionarea lucrărilor lor.",
            "body": [("paragraph", ROMANI_PARAGRAPH["ro"])],
        },
        en={
            "title": "Roma Culture Days",
            "slug": "roma-culture-days",
            "intro": "An annual event within the Cluj Days that supports emerging Roma artists "
            "by commissioning their work.",
            "body": [("paragraph", ROMANI_PARAGRAPH["en"])],
        },
    )
    editions = {edition.year_offset: build_edition(demo, festival, edition) for edition in EDITIONS}
    return festival, editions


def _first_day(demo: DemoBuilder, edition: Edition) -> datetime.date:
    from cms.events.demo import next_date

    coming = next_date(demo, 5, 22)  # within the Cluj Days, in May
    return coming.replace(year=coming.year + edition.year_offset)


def build_edition(demo: DemoBuilder, festival, edition: Edition):
    from cms.demo_images import poster
    from plugins.roma_culture.models import FestivalEditionPage

    first_day = _first_day(demo, edition)
    year = first_day.year
    photos = [
        poster(f"Zilele Culturii Rome {year} — {n}", COLOUR, f"jivipen-edition-{year}-{n}")
        for n in (1, 2)
    ]
    partners = [
        ("partner", {"name": "Zilele Clujului", "url": "https://www.primariaclujnapoca.ro/"}),
        (
            "partner",
            {
                "name": "Muzeul Etnografic al Transilvaniei",
                "url": "https://www.muzeul-etnografic.ro/",
            },
        ),
    ]
    en_partners = [
        ("partner", {"name": "Cluj Days", "url": "https://www.primariaclujnapoca.ro/"}),
        (
            "partner",
            {
                "name": "Ethnographic Museum of Transylvania",
                "url": "https://www.muzeul-etnografic.ro/",
            },
        ),
    ]

    def gallery(language: str) -> list:
        described = {
            "ro": (
                "Afișul ediției {year}: benzi și cercuri în roșu.",
                "Public în curtea Garnizoanei.",
                "Fotografie de demonstrație",
            ),
            "en": (
                "The {year} edition's poster: red bands and circles.",
                "The audience in the Garrison's courtyard.",
                "Demo photo",
            ),
        }[language]
        return [
            (
                "photo",
                {
                    "image": photos[0],
                    "alt_text": described[0].format(year=year),
                    "caption": "",
                    "credit": described[2],
                },
            ),
            (
                "photo",
                {
                    "image": photos[1],
                    "alt_text": described[1],
                    "caption": "",
                    "credit": described[2],
                },
            ),
        ]

    page = demo.page(
        festival,
        FestivalEditionPage,
        ro={
            "title": f"Zilele Culturii Rome {year}",
            "slug": f"editia-{year}",
            "theme": edition.ro_theme,
            "intro": f"Ediția {year} a Zilelor Culturii Rome: teatru, film documentar, concerte "
            "și ateliere ale artiștilor romi comisionați de Jivipen.",
            "partners": partners,
            "photos": gallery("ro"),
        },
        en={
            "title": f"Roma Culture Days {year}",
            "slug": f"edition-{year}",
            "theme": edition.en_theme,
            "intro": f"The {year} Roma Culture Days: theatre, documentary film, concerts and "
            "workshops by Roma artists commissioned by Jivipen.",
            "partners": en_partners,
            "photos": gallery("en"),
        },
        year=year,
        curators=edition.curators,
    )
    for event in edition.events:
        build_festival_event(demo, page, first_day, event)
    return page


def build_festival_event(
    demo: DemoBuilder, edition, first_day: datetime.date, event: FestivalEvent
):
    from cms.events.demo import where_and_who
    from plugins.roma_culture.models import JivipenEventPage

    ro, en = where_and_who(demo, event.venue, "Publicul larg")
    day = first_day + datetime.timedelta(days=event.day)
    overnight = event.ends <= event.starts
    return demo.page(
        edition,
        JivipenEventPage,
        ro={**ro, "title": event.ro, "slug": event.slug, "summary": event.ro_summary},
        en={**en, "title": event.en, "slug": event.slug, "summary": event.en_summary},
        start_date=day,
        start_time=event.starts,
        end_date=day + datetime.timedelta(days=1) if overnight else None,
        end_time=event.ends,
    )

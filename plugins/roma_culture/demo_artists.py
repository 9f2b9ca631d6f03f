"""Demo Roma artists of Jivipen: invented names, marked "(demo)", with recorded consent (a demo
note), their disciplines and works, and the works the two demo editions commissioned."""

from __future__ import annotations

from dataclasses import dataclass

from cms.demo import DemoBuilder


@dataclass(frozen=True)
class DemoArtist:
    name: str
    slug: str
    ro_discipline: str
    en_discipline: str
    ro_bio: str
    en_bio: str
    works: tuple[tuple[str, int, str], ...]  # (title, year, medium), in Romanian
    # (edition year offset: 0 the coming, -1 the last; ro work, en work, ro medium, en medium)
    commissions: tuple[tuple[int, str, str, str, str], ...]


ARTISTS = (
    DemoArtist(
        "Mirela Căldărar (demo)",
        "mirela-caldarar",
        "teatru",
        "theatre",
        "Actriță și regizoare; scrie teatru documentar din poveștile familiilor rome din Cluj.",
        "Actress and director; she writes documentary theatre from the stories of Roma families in Cluj.",
        (("Povești din mahala", 2024, "teatru documentar"),),
        (
            (0, "Drumul", "The Road", "spectacol de teatru", "theatre show"),
            (
                -1,
                "Povești din mahala",
                "Stories from the Outskirts",
                "teatru documentar",
                "documentary theatre",
            ),
        ),
    ),
    DemoArtist(
        "Dorin Lăcătuș (demo)",
        "dorin-lacatus",
        "muzică",
        "music",
        "Violonist și compozitor; aduce lăutăria în dialog cu muzica electronică.",
        "Violinist and composer; he brings lăutari music into dialogue with electronic music.",
        (("Jivipen, suită pentru vioară", 2023, "muzică"),),
        ((0, "Concert de noapte", "Night concert", "concert", "concert"),),
    ),
    DemoArtist(
        "Ana Rostaș (demo)",
        "ana-rostas",
        "fotografie",
        "photography",
        "Fotografă; documentează viața cartierelor de la marginea orașului.",
        "Photographer; she documents life in the neighbourhoods at the city's edge.",
        (("Vecini", 2022, "fotografie"),),
        (
            (
                0,
                "Vecinii de la Pata Rât",
                "The Neighbours of Pata Rât",
                "film documentar",
                "documentary film",
            ),
        ),
    ),
    DemoArtist(
        "Ionuț Boldea (demo)",
        "ionut-boldea",
        "film",
        "film",
        "Regizor de film documentar și formator pentru tineri.",
        "Documentary film-maker and trainer of young people.",
        (("Amintiri de pe Someș", 2025, "film documentar"),),
        (
            (
                -1,
                "Amintiri de pe Someș",
                "Memories from the Someș",
                "film documentar",
                "documentary film",
            ),
        ),
    ),
    DemoArtist(
        "Loredana Varga (demo)",
        "loredana-varga",
        "arte vizuale",
        "visual arts",
        "Artistă vizuală; pictează portrete ale femeilor rome din Transilvania.",
        "Visual artist; she paints portraits of Roma women in Transylvania.",
        (("Sheroes", 2021, "pictură"),),
        (),
    ),
    DemoArtist(
        "Marian Ciurar (demo)",
        "marian-ciurar",
        "literatură",
        "literature",
        "Poet; scrie în română și în romani.",
        "Poet; he writes in Romanian and in Romani.",
        (("Jivipen", 2024, "poezie"),),
        ((-1, "Atelier de scriere creativă", "Creative writing workshop", "atelier", "workshop"),),
    ),
)


def build_artists(demo: DemoBuilder, section) -> dict[str, object]:
    """The artists' index and profiles; returns {slug: Romanian profile page}."""
    from cms.people.demo import build_people
    from plugins.roma_culture.models import JivipenArtistPage, JivipenArtistsPage

    index = demo.page(
        section,
        JivipenArtistsPage,
        ro={
            "title": "Artiști romi",
            "slug": "artisti",
            "intro": "Artiștii romi cu care lucrează Jivipen și lucrările comisionate de Zilele Culturii Rome.",
        },
        en={
            "title": "Roma artists",
            "slug": "artists",
            "intro": "The Roma artists Jivipen works with, and the works the Roma Culture Days commissioned.",
        },
    )
    table = [
        {
            "name": artist.name,
            "languages_spoken": ["ro", "rom"],
            "ro": artist.ro_bio,
            "en": artist.en_bio,
        }
        for artist in ARTISTS
    ]
    people = build_people(demo, table)
    pages = {}
    for artist, person in zip(ARTISTS, people, strict=True):
        works = [
            ("work", {"title": title, "year": year, "medium": medium})
            for title, year, medium in artist.works
        ]
        pages[artist.slug] = demo.page(
            index,
            JivipenArtistPage,
            ro={
                "title": artist.name,
                "slug": artist.slug,
                "role": "Artist(ă) Jivipen",
                "discipline": artist.ro_discipline,
                "works": works,
            },
            en={
                "title": artist.name,
                "slug": artist.slug,
                "role": "Jivipen artist",
                "discipline": artist.en_discipline,
                "works": works,
            },
            person=person,
        )
    return pages


def build_commissions(
    demo: DemoBuilder, editions: dict[int, object], artists: dict[str, object]
) -> None:
    """Each edition's commissions (`editions`: {year offset: Romanian edition page}), once."""
    import uuid

    from plugins.roma_culture.models import EditionCommission

    for offset, edition in editions.items():
        if EditionCommission.objects.filter(page=edition).exists():
            continue
        english = demo.translation_of(edition)
        order = 0
        for artist in ARTISTS:
            for year_offset, ro_work, en_work, ro_medium, en_medium in artist.commissions:
                if year_offset != offset:
                    continue
                key = uuid.uuid4()
                for page, work, medium in (
                    (edition, ro_work, ro_medium),
                    (english, en_work, en_medium),
                ):
                    commission = EditionCommission(
                        page=page,
                        sort_order=order,
                        artist=artists[artist.slug],
                        work=work,
                        medium=medium,
                    )
                    # The English row is the Romanian one's translation: one key, two locales.
                    commission.locale_id = page.locale_id
                    commission.translation_key = key
                    commission.save()
                order += 1
        for page in (edition, english):
            page.refresh_from_db()
            page.save_revision().publish()

"""Demo of the exhibition "Cunoaște rOmul" ("Meet the rOma"), on show 1–30 April around
International Roma Day (8 April), as in the centre's 2021 plan. Its eight works are invented
(titles, years, media) and signed by the demo's invented artists (marked demo); their images
are drawn with Pillow from a seed, the same on every run."""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass

from cms.demo import DemoBuilder
from plugins.roma_culture.demo_festival import COLOUR


@dataclass(frozen=True)
class DemoWork:
    artist: str  # the slug of a demo artist, or "" for a name typed on the work
    artist_name: str
    ro_title: str
    en_title: str
    year: int
    ro_medium: str
    en_medium: str


WORKS = (
    DemoWork(
        "loredana-varga", "", "Sheroes I", "Sheroes I", 2021, "ulei pe pânză", "oil on canvas"
    ),
    DemoWork(
        "loredana-varga",
        "",
        "Bunica mea, Ruja",
        "My grandmother, Ruja",
        2023,
        "ulei pe pânză",
        "oil on canvas",
    ),
    DemoWork("ana-rostas", "", "Vecini", "Neighbours", 2022, "fotografie", "photography"),
    DemoWork(
        "ana-rostas",
        "",
        "Drumul spre școală",
        "The way to school",
        2024,
        "fotografie",
        "photography",
    ),
    DemoWork(
        "marian-ciurar",
        "",
        "Jivipen",
        "Jivipen",
        2024,
        "poem, tipar pe hârtie",
        "poem, printed on paper",
    ),
    DemoWork(
        "ionut-boldea",
        "",
        "Amintiri de pe Someș (cadre)",
        "Memories from the Someș (stills)",
        2025,
        "film documentar, fotograme",
        "documentary film, stills",
    ),
    DemoWork(
        "mirela-caldarar",
        "",
        "Povești din mahala (afiș)",
        "Stories from the Outskirts (poster)",
        2024,
        "afiș de teatru",
        "theatre poster",
    ),
    DemoWork(
        "",
        "Atelierul de fotografie Jivipen (demo)",
        "Orașul nostru",
        "Our city",
        2025,
        "fotografie, lucrare colectivă",
        "photography, a collective work",
    ),
)


def exhibition_period(demo: DemoBuilder) -> tuple[datetime.date, datetime.date]:
    """1–30 April of the year of the coming International Roma Day (8 April)."""
    from cms.events.demo import next_date

    roma_day = next_date(demo, 4, 8)
    return roma_day.replace(day=1), roma_day.replace(day=30)


def build_exhibition(demo: DemoBuilder, section, artists: dict[str, object]):
    """The exhibition page in both languages with its eight works, once."""
    from cms.demo_images import poster
    from cms.events.demo import where_and_who
    from plugins.roma_culture.models import JivipenExhibitionPage

    first, last = exhibition_period(demo)
    ro, en = where_and_who(demo, "Pavilionul ECCA", "Publicul larg")

    def add_works(ro_page, en_page) -> None:
        from plugins.roma_culture.models import ExhibitionWork

        for order, work in enumerate(WORKS):
            image = poster(
                f"Cunoaște rOmul — {order + 1}", COLOUR, f"jivipen-exhibition-{order + 1}"
            )
            key = uuid.uuid4()
            for page, title, medium, alt, credit in (
                (
                    ro_page,
                    work.ro_title,
                    work.ro_medium,
                    f"Imagine de demonstrație pentru „{work.ro_title}”: cercuri și benzi roșii.",
                    "Fotografie de demonstrație",
                ),
                (
                    en_page,
                    work.en_title,
                    work.en_medium,
                    f"Demo image for “{work.en_title}”: red circles and bands.",
                    "Demo photo",
                ),
            ):
                row = ExhibitionWork(
                    page=page,
                    sort_order=order,
                    title=title,
                    artist=artists.get(work.artist),
                    artist_name=work.artist_name,
                    year=work.year,
                    medium=medium,
                    image=image,
                    alt_text=alt,
                    credit=credit,
                )
                # The English row is the Romanian one's translation: one key, two locales.
                row.locale_id = page.locale_id
                row.translation_key = key
                row.save()
        for page in (ro_page, en_page):
            page.refresh_from_db()
            page.save_revision().publish()

    return demo.page(
        section,
        JivipenExhibitionPage,
        ro={
            **ro,
            "title": "Cunoaște rOmul",
            "slug": "cunoaste-romul",
            "summary": "Expoziție de Ziua Internațională a Romilor: pictură, fotografie, poezie și "
            "film ale artiștilor romi din Cluj, deschisă toată luna aprilie.",
            "intro": "<p>„Cunoaște rOmul” arată viața romă de azi prin ochii artiștilor romi. "
            'Titlul programului, <span lang="rom">Jivipen</span>, înseamnă „viață” în limba '
            "romani. Vernisajul are loc pe 8 aprilie, de Ziua Internațională a Romilor.</p>",
        },
        en={
            **en,
            "title": "Meet the rOma",
            "slug": "meet-the-roma",
            "summary": "An exhibition for International Roma Day: painting, photography, poetry "
            "and film by Roma artists from Cluj, open throughout April.",
            "intro": "<p>“Meet the rOma” shows Roma life today through the eyes of Roma artists. "
            'The programme\'s name, <span lang="rom">Jivipen</span>, means “life” in Romani. '
            "The opening is on 8 April, International Roma Day.</p>",
        },
        start_date=first,
        end_date=last,
        all_day=True,
        curators="Ramona Dinu (demo)",
        after_create=add_works,
    )

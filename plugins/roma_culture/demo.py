"""Demo content of Jivipen, from the centre's 2021 plan and partner texts (shared/seeds)."""

from __future__ import annotations

from cms.demo import DemoBuilder


def build(demo: DemoBuilder) -> None:
    from plugins.roma_culture.models import RomaCultureSectionPage

    demo.page(
        demo.home,
        RomaCultureSectionPage,
        ro={
            "title": "Jivipen",
            "slug": "jivipen",
            "intro": "Jivipen, care înseamnă „viață” în limba romani, promovează cultura romă și formele contemporane de expresie a vieții rome.",
            "body": [
                (
                    "paragraph",
                    "<p>Proiectul se folosește de cultură pentru a aborda istoria romă și inegalitățile care încă persistă în societatea noastră, facilitând noi conexiuni între comunitățile rome și non-rome ale orașului.</p>",
                ),
                (
                    "paragraph",
                    "<p>Jivipen organizează Zilele Culturii Rome, eveniment anual sub egida Zilelor Clujului, care susține artiștii romi emergenți prin comisionarea lucrărilor lor. Școli de vară pentru copii romi, Întâlnirile Jivipen și un grup de lucru internațional completează agenda.</p>",
                ),
            ],
        },
        en={
            "title": "Jivipen",
            "slug": "jivipen",
            "intro": "Jivipen, which means “life” in Romani, celebrates Roma culture and the contemporary forms in which Roma life expresses itself.",
            "body": [
                (
                    "paragraph",
                    "<p>The project uses culture to address Roma history and the inequalities that still persist in our society, building new connections between the city's Roma and non-Roma communities.</p>",
                ),
                (
                    "paragraph",
                    "<p>Jivipen runs the Roma Culture Days, held every year as part of the Cluj Days, which support emerging Roma artists by commissioning their work. Summer schools for Roma children, the Jivipen Meetings and an international working group complete the agenda.</p>",
                ),
            ],
        },
    )

"""Demo content of Huburi creative, from the centre's 2021 plan and partner texts (shared/seeds)."""

from __future__ import annotations

from cms.demo import DemoBuilder


def build(demo: DemoBuilder) -> None:
    from plugins.hubs.models import HubsSectionPage

    demo.page(
        demo.home,
        HubsSectionPage,
        ro={
            "title": "Huburi creative",
            "slug": "huburi-creative",
            "intro": "Huburile creative sunt platforme sau locuri de lucru pentru artiști, muzicieni, designeri, realizatori de film, dezvoltatori de aplicații sau antreprenori la început de drum.",
            "body": [
                (
                    "paragraph",
                    "<p>Prin CLTP Hub și programul Culturepreneurs susținem crearea și dezvoltarea de afaceri în design, film, muzică, meșteșuguri, edituri și alte sectoare creative, cu acces la spații de coworking, laboratoare, instruire și consultanță.</p>",
                ),
                (
                    "paragraph",
                    "<p>Ne propunem să ajutăm huburile să se conecteze și să colaboreze: o hartă a huburilor în care fiecare hub se poate adăuga, instrumente și resurse, forumuri ale huburilor, ateliere de competențe și un program de schimb între huburi.</p>",
                ),
            ],
        },
        en={
            "title": "Creative hubs",
            "slug": "creative-hubs",
            "intro": "Creative hubs are platforms or workplaces for artists, musicians, designers, filmmakers, app developers and start-up entrepreneurs.",
            "body": [
                (
                    "paragraph",
                    "<p>Through the CLTP Hub and the Culturepreneurs programme we support new businesses in design, film, music, crafts, publishing and other creative sectors, with coworking space, labs, training and advice.</p>",
                ),
                (
                    "paragraph",
                    "<p>We help hubs connect and collaborate: a map of hubs where any hub can add itself, tools and resources, hub fora, skills workshops and a peer-to-peer exchange scheme.</p>",
                ),
            ],
        },
    )

"""Demo content of România Remarcabilă, from the centre's 2021 plan and partner texts (kept with the project brief, not in this repository)."""

from __future__ import annotations

from cms.demo import DemoBuilder


def build(demo: DemoBuilder) -> None:
    from plugins.heritage.demo_network import (
        build_communes,
        build_network_map,
        build_producer_directory,
        build_proposals,
    )

    section = build_section(demo)
    communes = build_communes(demo, section)
    build_producer_directory(demo, section)
    build_network_map(demo, section)
    build_proposals(demo, communes)
    build_events(demo, section, communes)
    build_calls(demo, section)


def build_section(demo: DemoBuilder):
    from plugins.heritage.models import HeritageSectionPage

    return demo.page(
        demo.home,
        HeritageSectionPage,
        ro={
            "title": "România Remarcabilă",
            "slug": "romania-remarcabila",
            "intro": "Programul România Remarcabilă dezvoltă o rețea de localități care atribuie patrimoniului și culturii rolul de motoare ale dezvoltării rurale și regionale.",
            "body": [
                (
                    "paragraph",
                    "<p>Inspirată din modelul Sites et Cités Remarquables de France, rețeaua susține localitățile membre să aducă plus-valoare inițiativelor legate de cultura, specificul și patrimoniul local.</p>",
                ),
                (
                    "paragraph",
                    "<p>Rețeaua cuprinde 11 comune din Transilvania, care au acces la instruire, schimburi de experiență și parteneriate, târguri și programe naționale și un plan de lucru pe tema cultură și patrimoniu. Programul este realizat în parteneriat cu Sites et Cités Remarquables de France și Consiliul Județean Cluj.</p>",
                ),
            ],
        },
        en={
            "title": "Remarkable Romania",
            "slug": "remarkable-romania",
            "intro": "Remarkable Romania builds a network of places that make heritage and culture the drivers of rural and regional development.",
            "body": [
                (
                    "paragraph",
                    "<p>Inspired by Sites et Cités Remarquables de France, the network helps its member communes add value to initiatives built on local culture, character and heritage.</p>",
                ),
                (
                    "paragraph",
                    "<p>The network counts 11 Transylvanian communes, which get training, exchanges of experience and partnerships, fairs and national programmes, and a work plan on culture and heritage. The programme is run with Sites et Cités Remarquables de France and Cluj County Council.</p>",
                ),
            ],
        },
    )


def build_events(demo: DemoBuilder, section, communes: dict) -> None:
    """In-situ events in the network's communes, July to September."""
    import datetime

    from cms.events.demo import next_date, where_and_who
    from plugins.heritage.models import InSituEventPage

    visits = [
        ("Castelul Bánffy", (7, 4), "bontida", "Bonțida"),
        ("Centrul de interpretare Vad", (8, 8), "vad", "Vad"),
        (None, (9, 5), "barsana", "Bârsana"),
    ]
    for venue_name, (month, day), slug, place in visits:
        ro, en = where_and_who(demo, venue_name, "Familii", "Publicul larg")
        commune = communes.get(slug)  # the test suite builds only the first communes
        if commune is not None:
            ro["commune"], en["commune"] = commune, demo.translation_of(commune)
        demo.page(
            section,
            InSituEventPage,
            ro={
                **ro,
                "title": f"România Remarcabilă la {place}",
                "slug": f"in-situ-{slug}",
                "summary": f"O zi în {place}: meșteșugari și producători locali, obiectivele remarcabile și poveștile satelor.",
            },
            en={
                **en,
                "title": f"Remarkable Romania in {place}",
                "slug": f"in-situ-{slug}",
                "summary": f"A day in {place}: local craftspeople and producers, the remarkable landmarks and the villages' stories.",
            },
            start_date=next_date(demo, month, day),
            start_time=datetime.time(11, 0),
            end_time=datetime.time(18, 0),
        )


def build_calls(demo: DemoBuilder, section) -> None:
    """Artist residencies in six communes of the network."""
    from cms.opencalls.demo import CV, DemoQuestion, demo_call
    from plugins.heritage.models import CommuneResidencyCallPage

    commune = DemoQuestion(
        "commune",
        "dropdown",
        "Comuna preferată",
        "Preferred commune",
        ro_choices="Suatu\nMoldovenești\nVad\nPoieni\nBonțida\nBeliș",
        en_choices="Suatu\nMoldovenești\nVad\nPoieni\nBonțida\nBeliș",
    )
    idea = DemoQuestion(
        "idea",
        "multiline",
        "Cum ați lucra cu comunitatea?",
        "How would you work with the community?",
    )
    portfolio = DemoQuestion("portfolio", "file", "Portofoliu", "Portfolio")
    demo_call(
        demo,
        section,
        CommuneResidencyCallPage,
        opens_days_from_today=-20,
        closes_days_from_today=15,
        questions=[commune, idea, CV, portfolio],
        ro={
            "title": "Apel: rezidențe artistice în șase comune",
            "slug": "apel-rezidente-in-comune",
            "intro": "Rezidențe artistice în august în Suatu, Moldovenești, Vad, Poieni, Bonțida și Beliș.",
            "eligibility": "<p>Artiști din orice domeniu, cu curiozitate antropologică și dorința de a lucra împreună cu comunitatea locală.</p>",
            "selection": "<p>Alegem câte un artist pentru fiecare comună, împreună cu facilitatorii comunitari.</p>",
        },
        en={
            "title": "Call: artist residencies in six communes",
            "slug": "call-residencies-in-communes",
            "intro": "Artist residencies in August in Suatu, Moldovenești, Vad, Poieni, Bonțida and Beliș.",
            "eligibility": "<p>Artists of any discipline, with anthropological curiosity and the wish to work together with the local community.</p>",
            "selection": "<p>We choose one artist per commune, together with the community facilitators.</p>",
        },
    )

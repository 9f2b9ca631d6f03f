"""Culturepreneurs 4.0 in the demo: the cohort with its rules and call, four modules (three of
them the 2020/21 modules of the centre's 2021 plan), monthly coaching, a masterclass in the
gamification module and the pitching session (15–20 May in the plan)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from cms.demo import DemoBuilder


@dataclass(frozen=True)
class DemoModule:
    slug_ro: str
    slug_en: str
    title_ro: str
    title_en: str
    intro_ro: str
    intro_en: str
    format: str


MODULES = [
    DemoModule(
        "design-de-produs",
        "product-design",
        "Design de produs",
        "Product design",
        "De la idee la prototip: cercetarea utilizatorilor, schițe, prototipare în laborator.",
        "From idea to prototype: user research, sketches, prototyping in the lab.",
        "both",
    ),
    DemoModule(
        "continut-audiovizual-inovator",
        "innovative-audiovisual-content",
        "Conținut audiovizual inovator",
        "Innovative audiovisual content",
        "Povești pentru ecrane noi: video interactiv, sunet spațial, realitate extinsă.",
        "Stories for new screens: interactive video, spatial sound, extended reality.",
        "lab",
    ),
    DemoModule(
        "gamification",
        "gamification",
        "Gamification",
        "Gamification",
        "Mecanici de joc pentru produse culturale, educație și comunități.",
        "Game mechanics for cultural products, education and communities.",
        "both",
    ),
    DemoModule(
        "marketing-international",
        "international-marketing",
        "Marketing internațional",
        "International marketing",
        "Cum duci un produs creativ pe piețe din afara țării: prețuri, canale, parteneri.",
        "Taking a creative product to markets abroad: pricing, channels, partners.",
        "online",
    ),
]


def build_cohort(demo: DemoBuilder, section, calls: dict):
    from cms.events.demo import next_date, where_and_who
    from plugins.hubs.models import (
        CulturepreneursCohortPage,
        CulturepreneursModulePage,
        HubWorkshopPage,
    )

    selection = calls["selection"]
    cohort = demo.page(
        section,
        CulturepreneursCohortPage,
        ro={
            "title": "Culturepreneurs 4.0",
            "slug": "culturepreneurs-4-0",
            "intro": "Culturepreneurs este programul de educație antreprenorială al Centrului pentru profesioniștii din sectoarele culturale și creative.",
            "body": [
                (
                    "paragraph",
                    "<p>Susținem crearea și dezvoltarea de afaceri în design, film, muzică, meșteșuguri, edituri și alte sectoare creative, cu acces la coworking și laboratoare la CLTP Hub, cursuri, coaching lunar și masterclass-uri.</p>",
                ),
            ],
            "idea_requirement": "o idee de produs sau serviciu cu o componentă tehnologică",
            "rules": "<p>Preselecția are loc la sfârșitul lui octombrie. Juriul sesiunii de pitching punctează fezabilitatea, potențialul de creștere, potrivirea cu programul și pitch-ul.</p>",
        },
        en={
            "title": "Culturepreneurs 4.0",
            "slug": "culturepreneurs-4-0",
            "intro": "Culturepreneurs is the centre's entrepreneurship programme for professionals of the cultural and creative sectors.",
            "body": [
                (
                    "paragraph",
                    "<p>We support new businesses in design, film, music, crafts, publishing and other creative sectors, with coworking and labs at the CLTP Hub, courses, monthly coaching and masterclasses.</p>",
                ),
            ],
            "idea_requirement": "an idea for a product or service with a technology component",
            "rules": "<p>Pre-selection takes place at the end of October. The pitching session's jury scores feasibility, growth potential, fit with the programme and the pitch.</p>",
        },
        minimum_age=18,
        workshops_required=4,
        mentor_meetings=True,
        application_call=selection,
    )
    modules = {}
    for module in MODULES:
        modules[module.slug_ro] = demo.page(
            cohort,
            CulturepreneursModulePage,
            ro={"title": module.title_ro, "slug": module.slug_ro, "intro": module.intro_ro},
            en={"title": module.title_en, "slug": module.slug_en, "intro": module.intro_en},
            format=module.format,
        )

    ro, en = where_and_who(demo, "CLTP Hub", "Antreprenori culturali")
    import recurrence

    first = demo.today.replace(day=1) + datetime.timedelta(days=32)
    first = first.replace(day=5)
    demo.page(
        cohort,
        HubWorkshopPage,
        ro={
            **ro,
            "title": "Coaching lunar Culturepreneurs",
            "slug": "coaching-lunar",
            "summary": "În fiecare lună, fiecare echipă își discută pașii cu coach-ul ei.",
        },
        en={
            **en,
            "title": "Culturepreneurs monthly coaching",
            "slug": "monthly-coaching",
            "summary": "Every month, each team talks its next steps through with its coach.",
        },
        kind="coaching",
        start_date=first,
        start_time=datetime.time(17, 0),
        duration=datetime.timedelta(hours=2),
        recurrence=recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.MONTHLY, count=4)]),
    )
    gamification = modules.get("gamification")
    if gamification is not None:
        demo.page(
            gamification,
            HubWorkshopPage,
            ro={
                **ro,
                "title": "Masterclass: mecanici de joc pentru muzee",
                "slug": "masterclass-mecanici-de-joc",
                "summary": "Un designer de jocuri arată cum o expoziție devine o aventură (invitat demo).",
            },
            en={
                **en,
                "title": "Masterclass: game mechanics for museums",
                "slug": "masterclass-game-mechanics",
                "summary": "A game designer shows how an exhibition becomes an adventure (demo guest).",
            },
            kind="masterclass",
            start_date=demo.today + datetime.timedelta(days=20),
            start_time=datetime.time(18, 0),
            end_time=datetime.time(20, 0),
            registration_required=True,
            capacity=30,
        )
    demo.page(
        cohort,
        HubWorkshopPage,
        ro={
            **ro,
            "title": "Sesiunea de pitching Culturepreneurs",
            "slug": "pitching-culturepreneurs",
            "summary": "Participanții își prezintă ideile în fața juriului de mentori și investitori.",
        },
        en={
            **en,
            "title": "Culturepreneurs pitching session",
            "slug": "culturepreneurs-pitching",
            "summary": "Participants pitch their ideas to a jury of mentors and investors.",
        },
        kind="pitching",
        application_call=selection,
        start_date=next_date(demo, 5, 18),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(16, 0),
        registration_required=True,
        capacity=40,
    )
    return cohort

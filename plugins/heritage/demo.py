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


# The 2021 plan's calendar (seed "ROMÂNIA REMARCABILĂ"): Roots from 19 March, the meeting with
# local authorities on 9 April, in-situ days from 3 July to 11 September, the heritage fair in
# Paris in November. Days the plan leaves open are demo dates.
# (type, commune slug, venue, (month, day), slug, ro title, en title, ro summary, en summary, audience)
EVENTS = [
    ("roots", None, None, (3, 19), "roots-lansare",
     "Roots: întâlnirea grupului de tineri", "Roots: the youth group meets",
     "Prima întâlnire de lucru a grupului Roots, tinerii-resursă ai rețelei.",
     "The first working meeting of Roots, the network's young resource group.", "Tineri 16–25 de ani"),
    ("meeting", None, None, (4, 9), "intalnire-autoritati-locale",
     "Întâlnire de lucru cu autoritățile locale", "Working meeting with the local authorities",
     "Primarii comunelor membre și echipa rețelei pun la punct planul de lucru al anului.",
     "The mayors of the member communes and the network's team settle the year's work plan.",
     "Profesioniști din cultură"),
    ("roots", "bucium", None, (5, 21), "roots-interpretare-bucium",
     "Roots: interpretarea patrimoniului la Bucium", "Roots: interpreting heritage in Bucium",
     "Un atelier de formare în interpretarea și valorificarea patrimoniului (dată demo).",
     "A training workshop in interpreting and promoting heritage (demo date).", "Tineri 16–25 de ani"),
    ("in-situ", "bontida", "Castelul Bánffy", (7, 4), "in-situ-bontida",
     "România Remarcabilă la Bonțida", "Remarkable Romania in Bonțida",
     "O zi în Bonțida: meșteșugari și producători locali, obiectivele remarcabile și poveștile satelor.",
     "A day in Bonțida: local craftspeople and producers, the remarkable landmarks and the villages' stories.",
     "Familii"),
    ("in-situ", "vad", "Centrul de interpretare Vad", (8, 8), "in-situ-vad",
     "România Remarcabilă la Vad", "Remarkable Romania in Vad",
     "O zi în Vad: meșteșugari și producători locali, obiectivele remarcabile și poveștile satelor.",
     "A day in Vad: local craftspeople and producers, the remarkable landmarks and the villages' stories.",
     "Familii"),
    ("in-situ", "barsana", None, (9, 5), "in-situ-barsana",
     "România Remarcabilă la Bârsana", "Remarkable Romania in Bârsana",
     "O zi în Bârsana: meșteșugari și producători locali, obiectivele remarcabile și poveștile satelor.",
     "A day in Bârsana: local craftspeople and producers, the remarkable landmarks and the villages' stories.",
     "Familii"),
    ("in-situ", "suatu", None, (9, 11), "in-situ-suatu",
     "România Remarcabilă la Suatu", "Remarkable Romania in Suatu",
     "Ultima zi in situ a verii: o plimbare prin rezervația botanică și un târg al producătorilor.",
     "The summer's last in-situ day: a walk in the botanical reserve and a producers' fair.",
     "Publicul larg"),
    ("meeting", None, None, (11, 6), "targul-de-patrimoniu-paris",
     "Rețeaua la Târgul de Patrimoniu de la Paris", "The network at the Heritage Fair in Paris",
     "Comunele rețelei, prezentate alături de Sites et Cités Remarquables de France (dată demo).",
     "The network's communes, shown with Sites et Cités Remarquables de France (demo date).",
     "Profesioniști din cultură"),
]  # fmt: skip


def build_events(demo: DemoBuilder, section, communes: dict) -> None:
    """The network's events: in-situ days, network meetings and Roots sessions."""
    import datetime

    from cms.events.demo import next_date, where_and_who
    from plugins.heritage.models import InSituEventPage, NetworkMeetingPage, RootsSessionPage

    models = {"in-situ": InSituEventPage, "meeting": NetworkMeetingPage, "roots": RootsSessionPage}
    for kind, commune_slug, venue_name, (month, day), slug, title_ro, title_en, summary_ro, summary_en, audience in EVENTS:  # fmt: skip
        ro, en = where_and_who(demo, venue_name, audience)
        commune = communes.get(commune_slug)  # the test suite builds only the first communes
        if commune is not None:
            ro["commune"], en["commune"] = commune, demo.translation_of(commune)
        all_day = kind == "in-situ"
        demo.page(
            section,
            models[kind],
            ro={**ro, "title": title_ro, "slug": slug, "summary": summary_ro},
            en={**en, "title": title_en, "slug": slug, "summary": summary_en},
            start_date=next_date(demo, month, day),
            start_time=None if all_day else datetime.time(10, 0),
            end_time=None if all_day else datetime.time(16, 0),
            all_day=all_day,
        )


def build_calls(demo: DemoBuilder, section) -> None:
    """Artist residencies in six communes (deadline 30 June, residencies in August), a commune
    applies to join, volunteers for the summer's in-situ days."""
    from cms.events.demo import next_date
    from cms.opencalls.demo import CV, DemoQuestion, demo_call
    from plugins.heritage.models import CommuneResidencyCallPage, NetworkCallPage

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
        # REAL-SITES.md: applications until 30 June, residencies in August.
        closes_days_from_today=(next_date(demo, 6, 30) - demo.today).days,
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
    join_commune = DemoQuestion("commune", "singleline", "Comuna și județul", "Commune and county")
    plan = DemoQuestion(
        "heritage",
        "multiline",
        "Ce patrimoniu, ce meșteri și ce producători are comuna?",
        "What heritage, craftspeople and producers does the commune have?",
    )
    demo_call(
        demo,
        section,
        NetworkCallPage,
        opens_days_from_today=-10,
        closes_days_from_today=60,
        questions=[
            join_commune,
            plan,
            DemoQuestion("work_plan", "file", "Planul de lucru (PDF)", "Work plan (PDF)"),
        ],
        ro={
            "title": "Apel: comune care vor să intre în rețea",
            "slug": "apel-comune-noi",
            "intro": "Primăriile comunelor care fac din patrimoniu și cultură motoare ale dezvoltării locale pot cere să intre în rețea.",
            "eligibility": "<p>Comune din România, prin primărie, cu un plan de lucru pe tema cultură și patrimoniu.</p>",
            "selection": "<p>Echipa rețelei vizitează comuna și discută planul cu autoritățile locale.</p>",
        },
        en={
            "title": "Call: communes that want to join the network",
            "slug": "call-new-communes",
            "intro": "Town halls of communes that make heritage and culture drivers of local development may ask to join the network.",
            "eligibility": "<p>Romanian communes, through their town hall, with a work plan on culture and heritage.</p>",
            "selection": "<p>The network's team visits the commune and discusses the plan with the local authorities.</p>",
        },
    )
    days = DemoQuestion(
        "days",
        "dropdown",
        "Ziua în care puteți veni",
        "The day you can come",
        ro_choices="Bonțida, 4 iulie\nVad, 8 august\nBârsana, 5 septembrie\nSuatu, 11 septembrie",
        en_choices="Bonțida, 4 July\nVad, 8 August\nBârsana, 5 September\nSuatu, 11 September",
    )
    why = DemoQuestion(
        "why", "multiline", "De ce vreți să fiți voluntar?", "Why do you want to volunteer?"
    )
    demo_call(
        demo,
        section,
        NetworkCallPage,
        opens_days_from_today=-5,
        closes_days_from_today=90,
        questions=[days, why, CV],
        ro={
            "title": "Apel: voluntari pentru zilele in situ",
            "slug": "apel-voluntari-in-situ",
            "intro": "Căutăm voluntari pentru zilele in situ din comunele rețelei, din iulie până în septembrie.",
            "eligibility": "<p>Oricine are peste 16 ani și vrea să petreacă o zi cu meșterii și producătorii unei comune.</p>",
            "selection": "<p>Vă scriem cu o lună înainte de ziua aleasă.</p>",
        },
        en={
            "title": "Call: volunteers for the in-situ days",
            "slug": "call-volunteers-in-situ",
            "intro": "We look for volunteers for the in-situ days in the network's communes, from July to September.",
            "eligibility": "<p>Anyone over 16 who wants to spend a day with a commune's craftspeople and producers.</p>",
            "selection": "<p>We write to you a month before the day you chose.</p>",
        },
    )

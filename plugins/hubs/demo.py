"""Demo content of Huburi creative, from the centre's 2021 plan and partner texts (kept with the project brief, not in this repository)."""

from __future__ import annotations

from cms.demo import DemoBuilder


def build(demo: DemoBuilder) -> None:
    section = build_section(demo)
    calls = build_calls(demo, section)
    build_events(demo, section, calls)

    from plugins.hubs.demo_culturepreneurs import build_cohort

    build_cohort(demo, section, calls)

    from plugins.hubs.demo_hubs import build_directory, build_tools

    build_directory(demo, section)
    build_tools(demo, section)


def build_section(demo: DemoBuilder):
    from plugins.hubs.models import HubsSectionPage

    return demo.page(
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


def build_calls(demo: DemoBuilder, section) -> dict:
    """The three calls: the peer-to-peer exchange scheme (eligibility, an exchange plan to
    upload), a skills workshop's places, the selection of Culturepreneurs 4.0."""
    from cms.opencalls.demo import DemoQuestion, demo_call
    from plugins.hubs.models import PeerExchangeCallPage

    hub = DemoQuestion("hub", "singleline", "Hubul dumneavoastră", "Your hub")
    host = DemoQuestion(
        "host",
        "singleline",
        "Hubul pe care vreți să îl vizitați",
        "The hub you would like to visit",
        required=False,
    )
    plan = DemoQuestion(
        "plan", "file", "Planul schimbului (PDF sau DOCX)", "Exchange plan (PDF or DOCX)"
    )
    exchange = demo_call(
        demo,
        section,
        PeerExchangeCallPage,
        opens_days_from_today=-30,
        closes_days_from_today=10,
        questions=[hub, host, plan],
        ro={
            "title": "Apel: schimb între huburi creative",
            "slug": "apel-schimb-intre-huburi",
            "intro": "Schema de schimb între egali trimite echipe de huburi creative în vizită la alte huburi, pentru câteva zile de lucru împreună.",
            "eligibility": "<p>Membri ai huburilor creative din rețea, inclusiv echipa CLTP Hub și absolvenți Culturepreneurs.</p>",
            "selection": "<p>Alegem perechi de huburi după potrivirea planurilor și fezabilitate.</p>",
        },
        en={
            "title": "Call: peer-to-peer exchange between creative hubs",
            "slug": "call-peer-to-peer-exchange",
            "intro": "The peer-to-peer exchange scheme sends teams of creative hubs to visit other hubs, for a few days of working together.",
            "eligibility": "<p>Members of the network's creative hubs, including the CLTP Hub team and Culturepreneurs alumni.</p>",
            "selection": "<p>We pair hubs by how well their plans fit and how feasible they are.</p>",
        },
        allowed_file_kinds=["pdf", "docx"],
    )
    role = DemoQuestion("role", "singleline", "Rolul dumneavoastră în hub", "Your role in the hub")
    challenge = DemoQuestion(
        "challenge",
        "multiline",
        "Ce vreți să rezolvați la atelier?",
        "What do you want to solve at the workshop?",
    )
    cv = DemoQuestion("cv", "file", "CV (PDF)", "CV (PDF)")
    workshop = demo_call(
        demo,
        section,
        PeerExchangeCallPage,
        opens_days_from_today=-10,
        closes_days_from_today=14,
        questions=[hub, role, challenge, cv],
        ro={
            "title": "Apel: atelierul „Cum pornești un hub creativ”",
            "slug": "apel-atelier-cum-pornesti-un-hub",
            "intro": "Douăzeci de locuri la atelierul de competențe pentru cei care conduc sau pornesc un hub creativ.",
            "eligibility": "<p>Fondatori și manageri de huburi creative, în funcțiune sau în pregătire.</p>",
            "selection": "<p>Alegem participanți din huburi diferite, ca să învețe unii de la alții.</p>",
        },
        en={
            "title": "Call: the “How to start me up” workshop",
            "slug": "call-how-to-start-me-up-workshop",
            "intro": "Twenty places at the skills workshop for people who run or are starting a creative hub.",
            "eligibility": "<p>Founders and managers of creative hubs, running or in preparation.</p>",
            "selection": "<p>We choose participants from different hubs, so they learn from each other.</p>",
        },
        allowed_file_kinds=["pdf"],
    )
    adult = DemoQuestion("adult", "checkbox", "Am împlinit 18 ani.", "I am 18 or older.")
    idea = DemoQuestion(
        "idea",
        "multiline",
        "Ideea dumneavoastră și componenta ei tehnologică",
        "Your idea and its technology component",
    )
    deck = DemoQuestion("deck", "file", "Prezentarea ideii (PDF)", "The pitch of your idea (PDF)")
    from cms.opencalls.models import ScoringCriterion

    def criteria(*names: str) -> list[ScoringCriterion]:
        return [
            ScoringCriterion(name=name, max_score=10, sort_order=n) for n, name in enumerate(names)
        ]

    selection = demo_call(
        demo,
        section,
        PeerExchangeCallPage,
        opens_days_from_today=-20,
        closes_days_from_today=25,
        questions=[adult, idea, deck],
        ro={
            "title": "Apel: selecția Culturepreneurs 4.0",
            "slug": "apel-culturepreneurs-4-0",
            "intro": "Căutăm profesioniști din sectoarele culturale și creative cu o idee de afacere care are o componentă tehnologică.",
            "eligibility": "<p>Persoane de cel puțin 18 ani, cu o idee care are o componentă tehnologică, care se angajează la 4 ateliere și la întâlnirile cu mentorii.</p>",
            "selection": "<p>Juriul punctează fiecare aplicație preselectată după fezabilitate, potențial de creștere, potrivire cu programul și pitch.</p>",
            "scoring_criteria": criteria(
                "Fezabilitate", "Potențial de creștere", "Potrivire cu programul", "Pitch"
            ),
        },
        en={
            "title": "Call: Culturepreneurs 4.0 selection",
            "slug": "call-culturepreneurs-4-0",
            "intro": "We are looking for professionals of the cultural and creative sectors with a business idea that has a technology component.",
            "eligibility": "<p>People aged 18 or over, with an idea that has a technology component, who commit to 4 workshops and the meetings with their mentors.</p>",
            "selection": "<p>The jury scores each shortlisted application on feasibility, growth potential, fit with the programme and the pitch.</p>",
            "scoring_criteria": criteria("Feasibility", "Growth potential", "Fit", "The pitch"),
        },
        allowed_file_kinds=["pdf"],
    )
    return {"exchange": exchange, "workshop": workshop, "selection": selection}


def build_events(demo: DemoBuilder, section, calls: dict) -> None:
    """A hub forum, a skills workshop with its call, a coworking open day."""
    import datetime

    from cms.events.demo import where_and_who
    from plugins.hubs.models import HubWorkshopPage

    ro, en = where_and_who(demo, "CLTP Hub", "Antreprenori culturali")
    demo.page(
        section,
        HubWorkshopPage,
        ro={
            **ro,
            "title": "Forumul huburilor creative: cum funcționează munca?",
            "slug": "forumul-huburilor-creative",
            "summary": "Manageri de huburi din Europa discută spațiile și organizațiile colaborative: provocări comune și idei.",
        },
        en={
            **en,
            "title": "Creative hubs forum: how does work work?",
            "slug": "creative-hubs-forum",
            "summary": "Hub managers from across Europe discuss collaborative spaces and organisations: shared challenges and ideas.",
        },
        kind="forum",
        start_date=demo.today + datetime.timedelta(days=45),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(18, 0),
        registration_required=True,
        capacity=100,
    )
    demo.page(
        section,
        HubWorkshopPage,
        ro={
            **ro,
            "title": "Atelier de competențe: cum pornești un hub creativ",
            "slug": "atelier-cum-pornesti-un-hub",
            "summary": "Două zile despre modelul de afaceri, comunitatea și spațiul unui hub creativ; locuri prin aplicare.",
        },
        en={
            **en,
            "title": "Skills workshop: how to start me up",
            "slug": "skills-workshop-how-to-start-me-up",
            "summary": "Two days on the business model, the community and the space of a creative hub; places by application.",
        },
        kind="workshop",
        application_call=calls["workshop"],
        start_date=demo.today + datetime.timedelta(days=30),
        end_date=demo.today + datetime.timedelta(days=31),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(17, 0),
    )
    demo.page(
        section,
        HubWorkshopPage,
        ro={
            **ro,
            "title": "Ziua porților deschise la Cowork Culturepreneurs",
            "slug": "porti-deschise-cowork",
            "summary": "Vizitați spațiul de coworking și laboratoarele CLTP Hub, cunoașteți comunitatea și aflați cum vă puteți alătura.",
        },
        en={
            **en,
            "title": "Open day at the Culturepreneurs cowork",
            "slug": "cowork-open-day",
            "summary": "Visit the coworking space and the labs of the CLTP Hub, meet the community and find out how to join.",
        },
        kind="open-day",
        start_date=demo.today + datetime.timedelta(days=12),
        start_time=datetime.time(11, 0),
        end_time=datetime.time(19, 0),
    )

"""Demo content of Huburi creative, from the centre's 2021 plan and partner texts (kept with the project brief, not in this repository)."""

from __future__ import annotations

from cms.demo import DemoBuilder


def build(demo: DemoBuilder) -> None:
    from plugins.hubs.models import HubsSectionPage

    section = demo.page(
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
    build_events(demo, section)
    build_calls(demo, section)

    from plugins.hubs.demo_hubs import build_directory, build_tools

    build_directory(demo, section)
    build_tools(demo, section)


def build_events(demo: DemoBuilder, section) -> None:
    """The Culturepreneurs pitching session (May) and weekly skills workshops at CLTP Hub."""
    import datetime

    import recurrence

    from cms.events.demo import next_date, where_and_who
    from plugins.hubs.models import HubWorkshopPage

    ro, en = where_and_who(demo, "CLTP Hub", "Antreprenori culturali")
    demo.page(
        section,
        HubWorkshopPage,
        ro={
            **ro,
            "title": "Sesiunea de pitching Culturepreneurs",
            "slug": "pitching-culturepreneurs",
            "summary": "Participanții la Culturepreneurs își prezintă ideile în fața unui juriu de mentori și investitori.",
        },
        en={
            **en,
            "title": "Culturepreneurs pitching session",
            "slug": "culturepreneurs-pitching",
            "summary": "Culturepreneurs participants pitch their ideas to a jury of mentors and investors.",
        },
        start_date=next_date(demo, 5, 18),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(16, 0),
        registration_required=True,
        capacity=12,
    )

    # Every Wednesday for six months from the start of this month; one Wednesday off.
    first = demo.today.replace(day=1)
    first += datetime.timedelta(days=(2 - first.weekday()) % 7)
    day_off = first + datetime.timedelta(weeks=3)
    demo.page(
        section,
        HubWorkshopPage,
        ro={
            **ro,
            "title": "Ateliere de competențe în hub",
            "slug": "ateliere-de-competente",
            "summary": "În fiecare miercuri: bugetare, comunicare, prototipare; locuri limitate, cu aplicare.",
        },
        en={
            **en,
            "title": "Hub skills workshops",
            "slug": "hub-skills-workshops",
            "summary": "Every Wednesday: budgeting, communication, prototyping; limited places, apply first.",
        },
        start_date=first,
        start_time=datetime.time(17, 0),
        duration=datetime.timedelta(hours=2, minutes=30),
        recurrence=recurrence.Recurrence(
            rrules=[recurrence.Rule(recurrence.WEEKLY, count=26)],
            exdates=[datetime.datetime.combine(day_off, datetime.time(12, 0), tzinfo=datetime.UTC)],
        ),
        application_deadline=first - datetime.timedelta(days=7),
    )


def build_calls(demo: DemoBuilder, section) -> None:
    """The hubs' peer-to-peer exchange scheme ("apply before 26 February")."""
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
    demo_call(
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

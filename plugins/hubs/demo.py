"""Demo content of Huburi creative, from the centre's 2021 plan and partner texts (shared/seeds)."""

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

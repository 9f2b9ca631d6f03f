"""Demo content of Academia Schimbării, from the centre's 2021 plan (shared/seeds)."""

from __future__ import annotations

from cms.demo import DemoBuilder


def build(demo: DemoBuilder) -> None:
    from cms.models import ContentPage
    from plugins.academy.models import AcademySectionPage

    section = demo.page(
        demo.home,
        AcademySectionPage,
        ro={
            "title": "Academia Schimbării",
            "slug": "academia-schimbarii",
            "intro": "Academia Schimbării este platforma noastră pentru creșterea capacității "
            "sectorului cultural.",
            "body": [
                (
                    "paragraph",
                    "<p>Agenda Academiei include activități de formare și mentorat pentru artiști "
                    "și lucrători culturali, un program de profesionalizare în mediere culturală, "
                    "un program experimental pentru colaborări între sectorul business și cel "
                    "cultural, rezidențe artistice și voucherul cultural – o inițiativă menită să "
                    "crească accesul la cultură.</p>",
                ),
                (
                    "paragraph",
                    "<p>Academia facilitează conectarea și împărtășirea de cunoștințe între "
                    "profesioniști din domeniul cultural prin ateliere, conferințe, programe de "
                    "schimb, întâlniri precum Concentric, Forumul Academiei Schimbării sau "
                    "Cultura 2030 – un eveniment internațional dedicat politicilor culturale.</p>",
                ),
                ("heading", "Obiective"),
                (
                    "paragraph",
                    "<ol><li>Consolidarea modulelor principale ale Academiei: Programul de formare "
                    "și mentorat, Rezidențe, Apeluri deschise, Metodologia de mediere culturală"
                    "</li><li>Consolidarea relației cu sectorul cultural</li><li>Parteneriate "
                    "strategice</li></ol>",
                ),
            ],
        },
        en={
            "title": "The Change Academy",
            "slug": "change-academy",
            "intro": "The Change Academy is our platform for building the capacity of the "
            "cultural sector.",
            "body": [
                (
                    "paragraph",
                    "<p>The Academy's agenda includes training and mentoring for artists and "
                    "cultural workers, a professional programme in cultural mediation, an "
                    "experimental programme for collaborations between business and culture, "
                    "artist residencies and the cultural voucher – an initiative to widen access "
                    "to culture.</p>",
                ),
                (
                    "paragraph",
                    "<p>The Academy connects cultural professionals and helps them share knowledge "
                    "through workshops, conferences, exchange programmes and meetings such as "
                    "Concentric, the Change Academy Forum or Culture 2030 – an international "
                    "event on cultural policy.</p>",
                ),
                ("heading", "Objectives"),
                (
                    "paragraph",
                    "<ol><li>Consolidating the Academy's main modules: the Training & Mentoring "
                    "Programme, Residencies, Open Calls, the cultural mediation methodology</li>"
                    "<li>A closer relationship with the cultural sector</li><li>Strategic "
                    "partnerships</li></ol>",
                ),
            ],
        },
    )
    demo.page(
        section,
        ContentPage,
        ro={
            "title": "Programul de formare și mentorat",
            "slug": "formare-si-mentorat",
            "intro": "25 de profesioniști din cultură, cu cel puțin 2 ani de experiență, în patru "
            "module: ateliere, masterclass, mentorat și întâlniri.",
            "body": [
                (
                    "paragraph",
                    "<p>Programul se desfășoară din septembrie până în decembrie, online, și are "
                    "un director de curs. Modulele de dezvoltare a capacității: Startup Support, "
                    "Leadership, Dezvoltare organizațională, Dezvoltarea modelului de afaceri și "
                    "Educație artistică.</p>",
                ),
            ],
        },
        en={
            "title": "Training & Mentoring Programme",
            "slug": "training-and-mentoring",
            "intro": "25 cultural professionals with at least 2 years' experience, in four "
            "modules: workshops, masterclass, mentoring and meetings.",
            "body": [
                (
                    "paragraph",
                    "<p>The programme runs from September to December, online, led by a course "
                    "director. Capacity-building modules: Startup Support, Leadership, "
                    "Organisational Development, Business Model Development and Arts "
                    "Education.</p>",
                ),
            ],
        },
    )
    build_events(demo, section)


def build_events(demo: DemoBuilder, section) -> None:
    """The Academy Forum, in October (the plan's "Forumul Academiei Schimbării")."""
    import datetime

    from cms.events.demo import next_date, where_and_who
    from plugins.academy.models import AcademyEventPage

    ro, en = where_and_who(demo, "Pavilionul ECCA", "Profesioniști din cultură")
    start = next_date(demo, 10, 26)
    demo.page(
        section,
        AcademyEventPage,
        ro={
            **ro,
            "title": "Forumul Academiei Schimbării",
            "slug": "forumul-academiei-schimbarii",
            "summary": "Trei zile de dezbateri și ateliere despre medierea culturală și cultura ca serviciu public.",
            "body": [
                (
                    "paragraph",
                    "<p>Forumul reunește profesioniști din cultură, administrație și educație. Participarea este gratuită, cu înscriere.</p>",
                )
            ],
        },
        en={
            **en,
            "title": "Academy of Change Forum",
            "slug": "academy-of-change-forum",
            "summary": "Three days of debates and workshops on cultural mediation and culture as a public service.",
            "body": [
                (
                    "paragraph",
                    "<p>The Forum brings together professionals from culture, public administration and education. Free, registration required.</p>",
                )
            ],
        },
        start_date=start,
        start_time=datetime.time(10, 0),
        end_date=start + datetime.timedelta(days=2),
        end_time=datetime.time(17, 0),
    )

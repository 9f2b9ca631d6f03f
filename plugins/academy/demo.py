"""Demo content of Academia Schimbării, from the centre's 2021 plan (kept with the project brief, not in this repository)."""

from __future__ import annotations

from cms.demo import DemoBuilder


def build(demo: DemoBuilder) -> None:
    from plugins.academy.demo_editions import build_editions, build_mentors
    from plugins.academy.demo_library import build_library
    from plugins.academy.demo_meetings import build_meetings
    from plugins.academy.demo_residencies import build_residencies
    from plugins.academy.demo_vouchers import build_voucher_partners
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
    build_events(demo, section)
    build_meetings(demo, section)
    calls = build_calls(demo, section)
    mentors = build_mentors(demo, section)
    build_editions(demo, section, mentors, calls)
    build_library(demo, section)
    build_residencies(demo, section, calls)
    build_voucher_partners(demo)


def build_events(demo: DemoBuilder, section) -> None:
    """The Academy Forum, in October (the plan's "Forumul Academiei Schimbării"), with its
    sessions over three days."""
    import datetime

    from cms.events.demo import next_date, where_and_who
    from plugins.academy.demo_forum import build_forum_sessions
    from plugins.academy.models import AcademyEventPage

    ro, en = where_and_who(demo, "Pavilionul ECCA", "Profesioniști din cultură")
    start = next_date(demo, 10, 26)
    forum = demo.page(
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
    build_forum_sessions(demo, forum)


def build_calls(demo: DemoBuilder, section) -> dict:
    """Training & Mentoring (open), Cluj în Rezidență (closed) and the call for experts
    (upcoming), from the centre's calls and the capacity-building programme."""
    from cms.opencalls.demo import CV, DemoQuestion, demo_call
    from plugins.academy.models import AcademyCallPage

    experience = DemoQuestion(
        "experience",
        "number",
        "Ani de experiență în sectorul cultural",
        "Years of experience in the cultural sector",
        ro_help="Cel puțin 2 ani.",
        en_help="At least 2 years.",
    )
    motivation = DemoQuestion(
        "motivation",
        "multiline",
        "De ce vreți să participați?",
        "Why do you want to take part?",
    )
    calls = {}
    calls["apel-formare-si-mentorat"] = demo_call(
        demo,
        section,
        AcademyCallPage,
        opens_days_from_today=-10,
        closes_days_from_today=20,
        questions=[experience, motivation, CV],
        ro={
            "title": "Apel: Programul de formare și mentorat",
            "slug": "apel-formare-si-mentorat",
            "intro": "Căutăm 25 de profesioniști din cultură pentru programul de formare și mentorat, din septembrie până în decembrie, online.",
            "eligibility": "<ul><li>cel puțin 2 ani de experiență în sectorul cultural;</li><li>disponibilitate pentru cele patru module: ateliere, masterclass, mentorat și întâlniri.</li></ul>",
            "selection": "<p>Directorul de curs și echipa Academiei citesc toate candidaturile și aleg 25 de participanți după experiență și motivație.</p>",
            "confirmation_message": "Vă anunțăm rezultatul selecției prin e-mail.",
        },
        en={
            "title": "Call: Training & Mentoring Programme",
            "slug": "call-training-and-mentoring",
            "intro": "We are looking for 25 cultural professionals for the training & mentoring programme, September to December, online.",
            "eligibility": "<ul><li>at least 2 years' experience in the cultural sector;</li><li>time for all four modules: workshops, masterclass, mentoring and meetings.</li></ul>",
            "selection": "<p>The course director and the Academy team read every application and choose 25 participants by experience and motivation.</p>",
            "confirmation_message": "We will email you the result of the selection.",
        },
    )
    project = DemoQuestion(
        "project",
        "multiline",
        "Descrierea proiectului (cel mult 3000 de caractere)",
        "Project description (at most 3,000 characters)",
    )
    budget = DemoQuestion(
        "budget",
        "number",
        "Buget solicitat (lei)",
        "Grant requested (lei)",
        ro_help="Cel mult 10.000 de lei.",
        en_help="At most 10,000 lei.",
    )
    portfolio = DemoQuestion("portfolio", "file", "Portofoliu", "Portfolio", required=False)
    calls["apel-cluj-in-rezidenta"] = demo_call(
        demo,
        section,
        AcademyCallPage,
        opens_days_from_today=-60,
        closes_days_from_today=-40,
        questions=[project, budget, CV, portfolio],
        ro={
            "title": "Apel: Cluj în Rezidență",
            "slug": "apel-cluj-in-rezidenta",
            "intro": "Până la 15 burse de cel mult 10.000 de lei pentru rezidențe de creație în Cluj; lucrul are loc timp de două luni și se încheie cu o prezentare publică, gratuită, cu înscriere online.",
            "eligibility": "<p>Artiști și lucrători culturali care locuiesc sau lucrează în județul Cluj.</p>",
            "selection": "<p>Rezultatele se anunță la 11 zile după închiderea apelului.</p>",
        },
        en={
            "title": "Call: Cluj in Residence",
            "slug": "call-cluj-in-residence",
            "intro": "Up to 15 grants of at most 10,000 lei for creative residencies in Cluj; the work lasts two months and ends with a public showing, free with online registration.",
            "eligibility": "<p>Artists and cultural workers who live or work in Cluj county.</p>",
            "selection": "<p>Results are announced 11 days after the call closes.</p>",
        },
    )
    expertise = DemoQuestion(
        "expertise",
        "multiline",
        "Domeniile dumneavoastră de expertiză",
        "Your fields of expertise",
        ro_help="De exemplu: dezvoltarea publicului, finanțare, evaluare, comunicare digitală.",
        en_help="For example: audience development, funding, evaluation, digital communication.",
    )
    calls["apel-pentru-experti"] = demo_call(
        demo,
        section,
        AcademyCallPage,
        opens_days_from_today=14,
        closes_days_from_today=45,
        questions=[expertise, CV],
        feeds_mentor_profiles=True,  # an accepted expert's mentor profile starts as a draft
        ro={
            "title": "Apel pentru experți",
            "slug": "apel-pentru-experti",
            "intro": "Academia Schimbării caută experți care să susțină ateliere, mentorat și tabere ale Academiei pentru organizații culturale și echipe ale Capitalelor Europene ale Culturii.",
            "eligibility": "<p>Practicieni și formatori cu cel puțin 5 ani de experiență într-unul dintre modulele Academiei: sprijin pentru start-up, leadership, dezvoltare organizațională, modele de afaceri, educație artistică.</p>",
            "selection": "<p>Echipa Academiei alcătuiește o listă de experți, pe care îi invită în funcție de nevoile fiecărui program.</p>",
        },
        en={
            "title": "Call for experts",
            "slug": "call-for-experts",
            "intro": "The Change Academy is looking for experts to lead workshops, mentoring and Academy Camps for cultural organisations and European Capital of Culture teams.",
            "eligibility": "<p>Practitioners and trainers with at least 5 years' experience in one of the Academy's modules: start-up support, leadership, organisational development, business models, arts education.</p>",
            "selection": "<p>The Academy team keeps a pool of experts and invites them as each programme needs.</p>",
        },
    )
    return calls

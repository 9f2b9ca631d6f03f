"""Demo content of Arta în Joacă, from the centre's 2021 plan and partner texts (kept with the project brief, not in this repository)."""

from __future__ import annotations

from cms.demo import DemoBuilder
from plugins.schools.demo_events import build_more_events
from plugins.schools.demo_network import build_network, build_teacher_resources
from plugins.schools.demo_residencies import build_residencies


def build(demo: DemoBuilder) -> None:
    from plugins.schools.models import SchoolsSectionPage

    section = demo.page(
        demo.home,
        SchoolsSectionPage,
        ro={
            "title": "Arta în Joacă",
            "slug": "arta-in-joaca",
            "intro": "Arta în Joacă este programul nostru de educație culturală în școli, care își propune să ofere tinerilor competențe culturale și să încurajeze creativitatea, gândirea creativă și abilități de viață necesare.",
            "body": [
                (
                    "paragraph",
                    "<p>Cu 10 școli din Cluj-Napoca deja active în program și alte 5 din zona metropolitană care se alătură, Arta în Joacă a creat o rețea de școli în care arta și creativitatea sunt resurse pentru dezvoltarea socială și cognitivă a copiilor.</p>",
                ),
                (
                    "paragraph",
                    "<p>Școlile Arta în Joacă găzduiesc artiști în rezidență care lucrează cu elevi, profesori și comunitatea extinsă a școlii. Profesorii și directorii beneficiază de training în metodologia Pre-Texts, premiată de UNESCO, ca să integreze arta și cultura în curricula generală.</p>",
                ),
            ],
        },
        en={
            "title": "Art at Play",
            "slug": "art-at-play",
            "intro": "Art at Play is our cultural education programme in schools: it gives young people cultural skills and encourages creativity, creative thinking and the life skills they need.",
            "body": [
                (
                    "paragraph",
                    "<p>With 10 schools in Cluj-Napoca already in the programme and 5 more from the metropolitan area joining, Art at Play has built a network of schools where art and creativity are resources for children's social and cognitive development.</p>",
                ),
                (
                    "paragraph",
                    "<p>Art at Play schools host artists in residence who work with pupils, teachers and the wider school community. Teachers and head teachers are trained in the UNESCO-awarded Pre-Texts method, so they can bring arts and culture into the whole curriculum.</p>",
                ),
            ],
        },
    )
    build_events(demo, section)
    build_calls(demo, section)
    network = build_network(demo, section)
    build_residencies(demo, section, network)
    build_more_events(demo, section, network)
    build_teacher_resources(demo, section)


def build_events(demo: DemoBuilder, section) -> None:
    """Pre-Texts teacher trainings: two sessions, in May and September (one page, two dates)."""
    import datetime

    import recurrence

    from cms.events.demo import next_date, where_and_who
    from plugins.schools.models import PreTextsSessionPage

    ro, en = where_and_who(demo, "Qub", "Profesori")
    may = next_date(demo, 5, 16)
    september = datetime.date(may.year, 9, 19)
    common = {
        "institution": "Liceul Teoretic „Onisifor Ghibu”",
        "facilitator": "Ioana Mureșan (demo)",
    }
    demo.page(
        section,
        PreTextsSessionPage,
        ro={
            **ro,
            "title": "Formare Pre-Texts pentru profesori",
            "slug": "formare-pre-texts",
            "summary": "Metoda Pre-Texts, premiată de UNESCO: citim un text literar împreună cu profesori și elevi și îl transformăm în artă.",
            "registration_questions": [
                ("text", {"label": "Școala la care predați", "help_text": "", "required": True}),
            ],
        },
        en={
            **en,
            "title": "Pre-Texts training for teachers",
            "slug": "pre-texts-training",
            "summary": "The UNESCO-awarded Pre-Texts method: teachers and pupils read a literary text together and turn it into art.",
            "registration_questions": [
                (
                    "text",
                    {"label": "The school where you teach", "help_text": "", "required": True},
                ),
            ],
        },
        start_date=may,
        start_time=datetime.time(10, 0),
        duration=datetime.timedelta(hours=4),
        recurrence=recurrence.Recurrence(
            rdates=[datetime.datetime.combine(september, datetime.time(12, 0), tzinfo=datetime.UTC)]
        ),
        registration_required=True,
        capacity=25,
        **common,
    )


def build_calls(demo: DemoBuilder, section) -> None:
    """The programme's three calls: schools joining the network, artists for a residency in a
    school (with a portfolio), teachers for a Pre-Texts training cohort."""
    from cms.opencalls.demo import CV, DemoQuestion, demo_call
    from plugins.schools.models import SchoolNetworkCallPage

    school = DemoQuestion("school", "singleline", "Numele școlii", "Name of the school")
    area = DemoQuestion(
        "area",
        "radio",
        "Unde se află școala?",
        "Where is the school?",
        ro_choices="Cluj-Napoca\nZona metropolitană",
        en_choices="Cluj-Napoca\nThe metropolitan area",
    )
    plan = DemoQuestion(
        "plan",
        "file",
        "Scrisoare de intenție semnată de director",
        "Letter of intent signed by the head teacher",
    )
    demo_call(
        demo,
        section,
        SchoolNetworkCallPage,
        opens_days_from_today=-5,
        closes_days_from_today=30,
        questions=[school, area, plan],
        ro={
            "title": "Apel: școli care intră în Rețeaua Școlilor din Cluj",
            "slug": "apel-reteaua-scolilor",
            "intro": "Rețeaua are 10 școli din oraș; în acest an primim încă 5 școli, din Cluj-Napoca și din zona metropolitană.",
            "eligibility": "<p>Școli gimnaziale și licee care pot găzdui artiști în rezidență și ateliere gratuite.</p>",
            "selection": "<p>Echipa Arta în Joacă vizitează școlile candidate și alege cinci.</p>",
        },
        en={
            "title": "Call: schools joining the Cluj School Network",
            "slug": "call-cluj-school-network",
            "intro": "The network has 10 schools in the city; this year we welcome 5 more, from Cluj-Napoca and the metropolitan area.",
            "eligibility": "<p>Middle and secondary schools that can host artists in residence and free workshops.</p>",
            "selection": "<p>The Arta în Joacă team visits the schools that apply and chooses five.</p>",
        },
        allowed_file_kinds=["pdf", "jpeg", "png"],
    )

    portfolio = DemoQuestion(
        "portfolio",
        "file",
        "Portofoliu (PDF sau imagini)",
        "Portfolio (PDF or images)",
        ro_help="Lucrări recente, mai ales cele făcute cu copii sau în comunitate.",
        en_help="Recent work, especially work made with children or in a community.",
    )
    idea = DemoQuestion(
        "idea",
        "multiline",
        "Ce ați face un semestru într-o școală?",
        "What would you do for a term in a school?",
    )
    demo_call(
        demo,
        section,
        SchoolNetworkCallPage,
        opens_days_from_today=-2,
        closes_days_from_today=40,
        questions=[portfolio, idea, CV],
        ro={
            "title": "Apel: artiști în rezidență în școlile rețelei",
            "slug": "apel-artisti-in-rezidenta",
            "intro": "Căutăm artiști care să lucreze un semestru cu elevii, profesorii și comunitatea unei școli din Rețeaua Școlilor din Cluj.",
            "eligibility": "<p>Artiști din orice domeniu (arte vizuale, teatru, muzică, dans, literatură) care au mai lucrat cu copii sau tineri.</p>",
            "selection": "<p>Echipa Arta în Joacă și profesorii școlilor gazdă citesc portofoliile și invită la interviu.</p>",
        },
        en={
            "title": "Call: artists in residence in the network's schools",
            "slug": "call-artists-in-residence",
            "intro": "We are looking for artists to work for a term with the pupils, teachers and community of a school in the Cluj School Network.",
            "eligibility": "<p>Artists of any field (visual arts, theatre, music, dance, literature) who have worked with children or young people.</p>",
            "selection": "<p>The Arta în Joacă team and the host schools' teachers read the portfolios and invite applicants to an interview.</p>",
        },
        allowed_file_kinds=["pdf", "jpeg", "png"],
    )
    subject = DemoQuestion(
        "subject", "singleline", "Disciplina pe care o predați", "The subject you teach"
    )
    teacher_school = DemoQuestion(
        "school", "singleline", "Școala la care predați", "The school where you teach"
    )
    why = DemoQuestion(
        "why",
        "multiline",
        "De ce vreți să vă formați în metoda Pre-Texts?",
        "Why do you want to train in the Pre-Texts method?",
    )
    demo_call(
        demo,
        section,
        SchoolNetworkCallPage,
        opens_days_from_today=0,
        closes_days_from_today=25,
        questions=[teacher_school, subject, why],
        ro={
            "title": "Apel: profesori pentru grupa de formare Pre-Texts",
            "slug": "apel-profesori-pre-texts",
            "intro": "Formarea Pre-Texts are loc de două ori pe an; alegem o grupă de 25 de profesori din școlile rețelei și din afara ei.",
            "eligibility": "<p>Profesori și directori din școli gimnaziale și licee din județul Cluj.</p>",
            "selection": "<p>Întâi profesorii din școlile rețelei, apoi în ordinea înscrierii.</p>",
        },
        en={
            "title": "Call: teachers for the Pre-Texts training cohort",
            "slug": "call-pre-texts-teachers",
            "intro": "The Pre-Texts training takes place twice a year; we choose a cohort of 25 teachers from the network's schools and beyond.",
            "eligibility": "<p>Teachers and head teachers of middle and high schools in Cluj county.</p>",
            "selection": "<p>Teachers of the network's schools first, then in the order they applied.</p>",
        },
    )

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
    """Schools joining the Cluj School Network."""
    from cms.opencalls.demo import DemoQuestion, demo_call
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

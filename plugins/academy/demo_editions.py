"""Demo of the Academy's learning programmes: six mentors (invented names, marked "demo") and
two editions with four modules each, from the centre's pages (REAL-SITES.md: Training &
Mentoring "Culture as a Public Service", 25 professionals, September–December, online, a course
director; Business to Culture, 5 companies and 5 cultural organisations, three phases).

Each module's sessions are Academy events under it; each edition's own events (a launch, a
showcase) are under the edition. Dates are the seeds' months, in the coming season.
"""

from __future__ import annotations

import datetime
from typing import NamedTuple

from django.utils.text import slugify

from cms.demo import DemoBuilder

MENTORS = [
    {
        # Also in the people kit's shared demo table: one person, one record.
        "name": "Ilinca Mureșan (demo)",
        "slug": "ilinca-muresan",
        "languages_spoken": ["ro", "hu", "en"],
        "ro": "Formatoare în leadership cultural; a coordonat module de mentorat pentru "
        "organizații independente din Cluj.",
        "en": "Trainer in cultural leadership; she has run mentoring modules for independent "
        "organisations in Cluj.",
        "role_ro": "Directoare de curs, Formare și mentorat",
        "role_en": "Course director, Training & Mentoring",
        "expertise_ro": "Leadership, dezvoltare organizațională",
        "expertise_en": "Leadership, organisational development",
    },
    {
        "name": "Tudor Vlad (demo)",
        "slug": "tudor-vlad",
        "languages_spoken": ["ro", "en"],
        "ro": "Consultant în modele de afaceri pentru organizații culturale; a lucrat zece ani în "
        "finanțarea start-up-urilor.",
        "en": "Business model consultant for cultural organisations; he spent ten years funding "
        "start-ups.",
        "role_ro": "Mentor, modele de afaceri",
        "role_en": "Mentor, business models",
        "expertise_ro": "Sprijin pentru start-up, dezvoltarea modelului de afaceri, finanțare",
        "expertise_en": "Start-up support, business model development, funding",
    },
    {
        "name": "Ecaterina Lazăr (demo)",
        "slug": "ecaterina-lazar",
        "languages_spoken": ["ro", "en", "fr"],
        "ro": "Cercetătoare a publicului; a condus studii de public pentru teatre și festivaluri "
        "din Transilvania.",
        "en": "Audience researcher; she has led audience studies for theatres and festivals in "
        "Transylvania.",
        "role_ro": "Formatoare, dezvoltarea publicului",
        "role_en": "Trainer, audience development",
        "expertise_ro": "Dezvoltarea publicului, evaluare",
        "expertise_en": "Audience development, evaluation",
    },
    {
        "name": "Andrei Kovács (demo)",
        "slug": "andrei-kovacs",
        "languages_spoken": ["ro", "hu", "en", "de"],
        "ro": "Manager cultural; a construit parteneriate între companii și organizații "
        "culturale din Cluj.",
        "en": "Cultural manager; he has built partnerships between companies and cultural "
        "organisations in Cluj.",
        "role_ro": "Mentor, parteneriate",
        "role_en": "Mentor, partnerships",
        "expertise_ro": "Parteneriate, responsabilitate socială, comunicare",
        "expertise_en": "Partnerships, corporate social responsibility, communication",
    },
    {
        "name": "Maria Ionescu (demo)",
        "slug": "maria-ionescu",
        "languages_spoken": ["ro", "en", "es"],
        "ro": "Mediatoare culturală și formatoare în educație artistică; lucrează cu școli și "
        "biblioteci publice.",
        "en": "Cultural mediator and arts education trainer; she works with schools and public "
        "libraries.",
        "role_ro": "Mentoră, mediere culturală",
        "role_en": "Mentor, cultural mediation",
        "expertise_ro": "Mediere culturală, educație artistică",
        "expertise_en": "Cultural mediation, arts education",
    },
    {
        "name": "Dan Moldovan (demo)",
        "slug": "dan-moldovan",
        "languages_spoken": ["ro", "en"],
        "ro": "Specialist în politici culturale și comunicare digitală pentru instituții publice.",
        "en": "Specialist in cultural policy and digital communication for public institutions.",
        "role_ro": "Mentor, politici culturale",
        "role_en": "Mentor, cultural policy",
        "expertise_ro": "Politici culturale, comunicare digitală",
        "expertise_en": "Cultural policy, digital communication",
    },
]


class DemoSession(NamedTuple):
    slug: str
    ro_title: str
    en_title: str
    month: int  # in the edition's season
    day: int
    start: tuple[int, int]
    end: tuple[int, int]
    ro_summary: str
    en_summary: str


class DemoModule(NamedTuple):
    slug: str
    kind: str
    ro_title: str
    en_title: str
    ro_intro: str
    en_intro: str
    mentors: tuple[str, ...]  # mentor slugs
    sessions: tuple[DemoSession, ...]


class DemoEdition(NamedTuple):
    ro_slug: str
    en_slug: str
    ro_title: str
    en_title: str
    ro_intro: str
    en_intro: str
    ro_theme: str
    en_theme: str
    ro_audience: str
    en_audience: str
    ro_eligibility: str
    en_eligibility: str
    participants: int
    format: str
    director: str  # mentor slug
    call_slug: str  # Romanian slug of its call, or ""
    online: bool
    season: tuple[int, int]  # (month, day) its first date falls after
    modules: tuple[DemoModule, ...]
    own_events: tuple[DemoSession, ...]  # a launch, a showcase


S = DemoSession
TRAINING = DemoEdition(
    "formare-si-mentorat", "training-and-mentoring",
    "Formare și mentorat: Cultura ca serviciu public", "Training & Mentoring: Culture as a Public Service",
    "25 de profesioniști din cultură, din septembrie până în decembrie, online, în patru module: ateliere, masterclass, mentorat și întâlniri.",
    "25 cultural professionals, September to December, online, in four modules: workshops, masterclass, mentoring and meetings.",
    "Cultura ca serviciu public", "Culture as a Public Service",
    "25 de profesioniști din cultură cu cel puțin 2 ani de experiență: angajați ai instituțiilor publice, ai organizațiilor independente și freelanceri.",
    "25 cultural professionals with at least 2 years' experience: staff of public institutions, of independent organisations, and freelancers.",
    "<ul><li>cel puțin 2 ani de experiență în sectorul cultural;</li><li>disponibilitate pentru toate cele patru module.</li></ul>",
    "<ul><li>at least 2 years' experience in the cultural sector;</li><li>time for all four modules.</li></ul>",
    25, "online", "ilinca-muresan", "apel-formare-si-mentorat", True, (9, 1),
    (
        DemoModule("ateliere-leadership", "workshop",
            "Ateliere: leadership și dezvoltare organizațională", "Workshops: leadership and organisational development",
            "Două ateliere despre cum conduci o echipă culturală și cum îți organizezi instituția ca să servească publicul.",
            "Two workshops on leading a cultural team and organising an institution to serve its public.",
            ("ilinca-muresan", "andrei-kovacs"),
            (S("atelier-leadership-1", "Atelier: a conduce o echipă culturală", "Workshop: leading a cultural team", 9, 22, (17, 0), (19, 30),
               "Primul atelier al programului: roluri, decizii și feedback într-o echipă mică.", "The programme's first workshop: roles, decisions and feedback in a small team."),
             S("atelier-leadership-2", "Atelier: instituția în slujba publicului", "Workshop: an institution that serves its public", 10, 6, (17, 0), (19, 30),
               "Al doilea atelier: procese, bugete și parteneriate gândite pornind de la public.", "The second workshop: processes, budgets and partnerships designed from the public's side."))),
        DemoModule("masterclass-dezvoltarea-publicului", "masterclass",
            "Masterclass: dezvoltarea publicului", "Masterclass: audience development",
            "Cum afli cine este publicul tău, cine lipsește și ce poți schimba ca să vină.",
            "How to find out who your public is, who is missing, and what you can change so that they come.",
            ("ecaterina-lazar",),
            (S("masterclass-public", "Masterclass deschis: publicul de mâine", "Open masterclass: tomorrow's audience", 10, 13, (16, 0), (19, 0),
               "Studii de public, date deschise și experimente mici, cu exemple din Cluj.", "Audience studies, open data and small experiments, with examples from Cluj."),)),
        DemoModule("mentorat-pe-proiecte", "mentoring",
            "Mentorat pe proiecte", "Project mentoring",
            "Fiecare participant lucrează cu un mentor la un proiect al organizației sale.",
            "Each participant works with a mentor on a project of their organisation.",
            ("tudor-vlad", "maria-ionescu"),
            (S("sesiune-mentorat", "Sesiune comună de mentorat", "Joint mentoring session", 11, 3, (17, 0), (19, 0),
               "Participanții își prezintă proiectele și primesc sfaturi de la mentori și colegi.", "Participants present their projects and get advice from the mentors and their peers."),)),
        DemoModule("intalniri-cultura-serviciu-public", "meeting",
            "Întâlniri: cultura ca serviciu public", "Meetings: culture as a public service",
            "Dezbateri deschise cu profesioniști din administrație și din cultură.",
            "Open debates with professionals from public administration and culture.",
            ("dan-moldovan",),
            (S("dezbatere-serviciu-public", "Dezbatere: cultura ca serviciu public", "Debate: culture as a public service", 10, 18, (18, 0), (20, 0),
               "Ce înseamnă un serviciu cultural public și cine răspunde de el.", "What a public cultural service is, and who answers for it."),)),
    ),
    (S("prezentarea-proiectelor", "Prezentarea proiectelor participanților", "The participants' projects, presented", 12, 8, (17, 0), (20, 0),
       "Cei 25 de participanți își prezintă proiectele dezvoltate în program.", "The 25 participants present the projects they developed in the programme."),),
)  # fmt: skip

BUSINESS = DemoEdition(
    "business-to-culture", "business-to-culture-programme",
    "Business to Culture", "Business to Culture",
    "Cinci companii și cinci organizații culturale lucrează împreună trei luni, în trei etape: formare reciprocă, rezidențe încrucișate și colaborare.",
    "Five companies and five cultural organisations work together for three months, in three phases: mutual training, cross-residencies and collaboration.",
    "Colaborări între sectorul business și cel cultural", "Collaborations between business and culture",
    "5 companii și 5 organizații culturale din Cluj, fiecare cu o persoană care participă la toate etapele.",
    "5 companies and 5 cultural organisations from Cluj, each with one person taking part in every phase.",
    "<p>Companii și organizații culturale cu sediul în județul Cluj.</p>",
    "<p>Companies and cultural organisations based in Cluj county.</p>",
    10, "hybrid", "tudor-vlad", "", False, (5, 1),
    (
        DemoModule("formare-reciproca", "workshop",
            "Formare reciprocă", "Mutual training",
            "Prima etapă: companiile și organizațiile culturale își prezintă una alteia felul de a lucra.",
            "The first phase: companies and cultural organisations show each other how they work.",
            ("tudor-vlad", "ecaterina-lazar"),
            (S("atelier-formare-reciproca", "Atelier de formare reciprocă", "Mutual training workshop", 5, 14, (10, 0), (16, 0),
               "O zi de lucru în perechi: o companie și o organizație culturală.", "A working day in pairs: one company, one cultural organisation."),)),
        DemoModule("masterclass-parteneriate", "masterclass",
            "Masterclass: parteneriate între companii și cultură", "Masterclass: partnerships between companies and culture",
            "Ce face un parteneriat să dureze mai mult decât o sponsorizare.",
            "What makes a partnership last longer than a sponsorship.",
            ("andrei-kovacs",),
            (S("masterclass-parteneriate-b2c", "Masterclass: parteneriate care durează", "Masterclass: partnerships that last", 5, 28, (16, 0), (19, 0),
               "Exemple de parteneriate de lungă durată și greșelile care le încheie devreme.", "Examples of long partnerships, and the mistakes that end them early."),)),
        DemoModule("rezidente-incrucisate", "mentoring",
            "Rezidențe încrucișate", "Cross-residencies",
            "A doua etapă: oameni din companii petrec o săptămână într-o organizație culturală și invers, cu un mentor.",
            "The second phase: people from companies spend a week in a cultural organisation and the other way round, with a mentor.",
            ("maria-ionescu", "dan-moldovan"),
            (S("intalnire-rezidente-incrucisate", "Bilanțul rezidențelor încrucișate", "Cross-residencies: what we learnt", 6, 18, (17, 0), (19, 0),
               "Participanții povestesc ce au învățat în săptămâna petrecută la partener.", "Participants tell what they learnt during their week with their partner."),)),
        DemoModule("intalniri-colaborare", "meeting",
            "Întâlniri de colaborare", "Collaboration meetings",
            "A treia etapă: fiecare pereche pregătește un proiect comun.",
            "The third phase: each pair prepares a joint project.",
            ("ilinca-muresan",),
            (S("intalnire-colaborare", "Întâlnire de colaborare", "Collaboration meeting", 7, 9, (17, 0), (19, 30),
               "Perechile își lucrează proiectele comune cu sprijinul mentorilor.", "The pairs work on their joint projects with the mentors' support."),)),
    ),
    (S("lansare-business-to-culture", "Lansarea Business to Culture", "Business to Culture: the launch", 5, 5, (18, 0), (20, 0),
       "Cele zece organizații se întâlnesc pentru prima dată.", "The ten organisations meet for the first time."),
     S("prezentare-business-to-culture", "Business to Culture: prezentarea proiectelor comune", "Business to Culture: the joint projects", 7, 23, (18, 0), (20, 30),
       "Perechile își prezintă proiectele comune publicului.", "The pairs present their joint projects to the public.")),
)  # fmt: skip

EDITIONS = [TRAINING, BUSINESS]


def build_mentors(demo: DemoBuilder, section) -> dict:
    """The mentors' index and the six profiles; {slug: Romanian MentorPage}."""
    from cms.people.demo import build_people
    from cms.people.models import Person
    from cms.translations import copy_in
    from plugins.academy.models import MentorPage, MentorsIndexPage

    index = demo.page(
        section,
        MentorsIndexPage,
        ro={
            "title": "Mentori și experți",
            "slug": "mentori",
            "intro": "Formatorii, mentorii și directorii de curs ai programelor Academiei.",
        },
        en={
            "title": "Mentors and experts",
            "slug": "mentors",
            "intro": "The trainers, mentors and course directors of the Academy's programmes.",
        },
    )
    mentors = {}
    for entry, person in zip(MENTORS, build_people(demo, MENTORS), strict=True):
        mentors[entry["slug"]] = demo.page(
            index,
            MentorPage,
            ro={
                "title": entry["name"],
                "slug": entry["slug"],
                "person": person,
                "role": entry["role_ro"],
                "expertise": entry["expertise_ro"],
            },
            en={
                "title": entry["name"],
                "slug": entry["slug"],
                "person": copy_in(
                    Person.objects.all(), person.translation_key, demo.en, live=False
                ),
                "role": entry["role_en"],
                "expertise": entry["expertise_en"],
            },
        )
    return mentors


def _season_date(demo: DemoBuilder, edition: DemoEdition, month: int, day: int) -> datetime.date:
    """The date in the edition's coming season: the year its season next starts in."""
    from cms.events.demo import next_date

    first = next_date(demo, *edition.season)
    return datetime.date(first.year, month, day)


def _session(demo, parent, edition: DemoEdition, row: DemoSession, *, public: bool):
    from cms.events.demo import where_and_who
    from plugins.academy.models import AcademyEventPage

    venue = None if edition.online else "Pavilionul ECCA"
    ro, en = where_and_who(demo, venue, "Profesioniști din cultură")
    date = _season_date(demo, edition, row.month, row.day)
    return demo.page(
        parent,
        AcademyEventPage,
        ro={**ro, "title": row.ro_title, "slug": row.slug, "summary": row.ro_summary},
        en={**en, "title": row.en_title, "slug": slugify(row.en_title), "summary": row.en_summary},
        online=edition.online,
        start_date=date,
        start_time=datetime.time(*row.start),
        end_time=datetime.time(*row.end),
        # Sessions are for the selected participants; debates, launches and showcases are
        # open to the public, with registration.
        registration_required=public,
        capacity=60 if public else None,
    )


def build_editions(demo: DemoBuilder, section, mentors: dict, calls: dict) -> list:
    """Both editions with their modules, sessions and own events; the Romanian editions."""
    from plugins.academy.models import ModulePage, ProgrammeEditionPage

    built = []
    for edition in EDITIONS:
        call = calls.get(edition.call_slug)
        director = mentors[edition.director]
        page = demo.page(
            section,
            ProgrammeEditionPage,
            ro={
                "title": edition.ro_title,
                "slug": edition.ro_slug,
                "intro": edition.ro_intro,
                "theme": edition.ro_theme,
                "audience": edition.ro_audience,
                "eligibility": edition.ro_eligibility,
                "course_director": director,
                "call": call,
            },
            en={
                "title": edition.en_title,
                "slug": edition.en_slug,
                "intro": edition.en_intro,
                "theme": edition.en_theme,
                "audience": edition.en_audience,
                "eligibility": edition.en_eligibility,
                "course_director": demo.translation_of(director),
                "call": demo.translation_of(call) if call else None,
            },
            participants=edition.participants,
            format=edition.format,
        )
        for module in edition.modules:
            taught_by = [mentors[slug] for slug in module.mentors]
            module_page = demo.page(
                page,
                ModulePage,
                ro={
                    "title": module.ro_title,
                    "slug": module.slug,
                    "intro": module.ro_intro,
                    "mentors": taught_by,
                },
                en={
                    "title": module.en_title,
                    "slug": slugify(module.en_title),
                    "intro": module.en_intro,
                    "mentors": [demo.translation_of(mentor) for mentor in taught_by],
                },
                kind=module.kind,
            )
            for session in module.sessions:
                _session(demo, module_page, edition, session, public=module.kind == "meeting")
        for own in edition.own_events:
            _session(demo, page, edition, own, public=True)
        built.append(page)
    return built

"""Demo of the Cluj School Network and the teachers' library.

The schools named in REAL-SITES.md keep their real names; their coordinates are rough (the
neighbourhood, a street where it is known), so each intro says the details are demo content.
The metropolitan and rural schools are invented ("demo" in their names).
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from cms.demo import DemoBuilder


class DemoSchool(NamedTuple):
    slug: str
    name: str
    kind: str
    setting: str
    status: str
    year: int
    locality: str
    address: str
    latitude: str
    longitude: str


CLUJ = "Cluj-Napoca"
# Real schools of the network (REAL-SITES.md); the invented ones are marked "(demo)".
SCHOOLS = [
    DemoSchool("iuliu-hatieganu", "Școala Gimnazială „Iuliu Hațieganu”", "gimnaziala", "urban", "member", 2019, CLUJ, "", "46.7655", "23.6040"),
    DemoSchool("colegiul-transilvania", "Colegiul Transilvania", "colegiu", "urban", "member", 2019, CLUJ, "", "46.7720", "23.5990"),
    DemoSchool("eugen-pora", "Liceul Teoretic „Eugen Pora”", "liceu", "urban", "member", 2019, CLUJ, "", "46.7560", "23.5600"),
    DemoSchool("onisifor-ghibu", "Liceul Teoretic „Onisifor Ghibu”", "liceu", "urban", "member", 2019, CLUJ, "cartierul Grigorescu", "46.7665", "23.5530"),
    DemoSchool("anghel-saligny", "Colegiul Tehnic „Anghel Saligny”", "colegiu", "urban", "member", 2020, CLUJ, "Str. Maramureșului 165A", "46.7935", "23.5775"),
    DemoSchool("kozmutza-flora", "Școala Specială pentru Deficienți de Auz „Kozmutza Flora”", "speciala", "urban", "member", 2020, CLUJ, "", "46.7745", "23.6010"),
    DemoSchool("traian-darjan", "Școala Gimnazială „Traian Dârjan”", "gimnaziala", "urban", "member", 2020, CLUJ, "", "46.7580", "23.5580"),
    DemoSchool("gheorghe-sincai", "Colegiul Național „Gheorghe Șincai”", "colegiu", "urban", "joining", 2021, CLUJ, "Str. Gheorghe Șincai 25", "46.7685", "23.5935"),
    DemoSchool("bathory-istvan", "Liceul Teoretic „Báthory István”", "liceu", "urban", "joining", 2021, CLUJ, "Str. Mihail Kogălniceanu 12", "46.7677", "23.5905"),
    DemoSchool("floresti-demo", "Școala Gimnazială Florești (demo)", "gimnaziala", "metropolitan", "joining", 2021, "Florești", "", "46.7465", "23.4905"),
    DemoSchool("apahida-demo", "Școala Gimnazială Apahida (demo)", "gimnaziala", "metropolitan", "joining", 2021, "Apahida", "", "46.8090", "23.7420"),
    DemoSchool("baciu-demo", "Școala Gimnazială Baciu (demo)", "gimnaziala", "metropolitan", "joining", 2021, "Baciu", "", "46.7920", "23.5240"),
    DemoSchool("gilau-demo", "Liceul Gilău (demo)", "liceu", "metropolitan", "member", 2022, "Gilău", "", "46.7560", "23.3820"),
    DemoSchool("marisel-demo", "Școala Gimnazială Mărișel (demo)", "gimnaziala", "rural", "member", 2022, "Mărișel", "", "46.6590", "23.1200"),
    DemoSchool("sacuieu-demo", "Școala Gimnazială Săcuieu (demo)", "gimnaziala", "rural", "alumni", 2020, "Săcuieu", "", "46.8240", "22.9350"),
]  # fmt: skip


# The rural school that hosts the demo's summer camp: built even in a sampled demo (tests), since
# a camp needs its school.
CAMP_SCHOOL = "marisel-demo"


def schools_to_build(demo: DemoBuilder) -> list[DemoSchool]:
    rows = list(demo.rows(SCHOOLS))
    return rows + [row for row in SCHOOLS if row.slug == CAMP_SCHOOL and row not in rows]


def build_network(demo: DemoBuilder, section):
    from plugins.schools.models import SchoolNetworkPage, SchoolPage

    network = demo.page(
        section,
        SchoolNetworkPage,
        ro={
            "title": "Rețeaua Școlilor din Cluj",
            "slug": "reteaua-scolilor",
            "intro": "Școlile Arta în Joacă găzduiesc artiști în rezidență care lucrează cu elevi, profesori și comunitatea extinsă a școlii.",
        },
        en={
            "title": "Cluj School Network",
            "slug": "cluj-school-network",
            "intro": "Arta în Joacă schools host artists in residence who work with pupils, teachers and the wider school community.",
        },
    )
    for school in schools_to_build(demo):
        where = school.locality if school.setting != "urban" else "Cluj-Napoca"
        demo.page(
            network,
            SchoolPage,
            ro={
                "title": school.name,
                "slug": school.slug,
                "intro": f"O școală din rețeaua Arta în Joacă, în {where}. Anul, statutul și coordonatele sunt conținut demonstrativ (demo).",
                "address": school.address,
                "locality": school.locality,
            },
            en={
                "title": school.name,
                "slug": school.slug,
                "intro": f"A school of the Arta în Joacă network, in {where}. Its year, status and coordinates are demo content.",
                "address": school.address,
                "locality": school.locality,
            },
            kind=school.kind,
            setting=school.setting,
            status=school.status,
            year_joined=school.year,
            county="Cluj",
            latitude=Decimal(school.latitude),
            longitude=Decimal(school.longitude),
        )
    return network


# Titles after the 2021 plan's Arta în Joacă and Art & Well-being lines (Pre-Texts trainings,
# the intervention model, cultural and STEAM education, the Ghibu well-being space).
RESOURCES = [
    ("ghid-pre-texts", "guide", "Ghidul metodei Pre-Texts pentru profesori", "A guide to the Pre-Texts method for teachers",
     "Cum citim un text literar împreună cu elevii și îl transformăm în artă, pas cu pas.",
     "How to read a literary text with pupils and turn it into art, step by step."),
    ("modelul-arta-in-joaca", "document", "Modelul de intervenție culturală Arta în Joacă", "The Arta în Joacă model of cultural intervention",
     "Cum lucrează împreună școala, artistul în rezidență și comunitatea școlii.",
     "How the school, the artist in residence and the school community work together."),
    ("idei-lectie-steam", "toolkit", "Idei de lecție: educație culturală și STEAM", "Lesson ideas: cultural education and STEAM",
     "Activități care aduc arta în orele de științe, pentru gimnaziu și liceu.",
     "Activities that bring art into science lessons, for middle and high schools."),
    ("spatiu-art-well-being-ghibu", "case_study", "Spațiul de Artă și Well-being de la Liceul „Onisifor Ghibu”", "The Art & Well-being space at the Onisifor Ghibu high school",
     "Un spațiu al școlii construit împreună cu elevii și profesorii: ce am învățat din proiectul pilot.",
     "A school space built with its pupils and teachers: what the pilot taught us."),
    ("fise-ateliere-online", "toolkit", "Fișe pentru atelierele online Arta în Joacă", "Worksheets for the Arta în Joacă online workshops",
     "Fișe de lucru pentru clasă, gândite pentru atelierele online cu artiști.",
     "Classroom worksheets made for the online workshops with artists."),
    ("bunastare-prin-arte", "guide", "Bunăstarea elevilor și a profesorilor prin arte", "Pupils' and teachers' well-being through the arts",
     "Formare și consiliere pentru profesori: cum sprijină arta bunăstarea fizică și emoțională.",
     "Training and advice for teachers: how the arts support physical and emotional well-being."),
]  # fmt: skip


def build_teacher_resources(demo: DemoBuilder, section) -> None:
    from cms.libraries.demo import build_topics
    from plugins.schools.models import TeacherResourcePage, TeacherResourcesPage

    topics = {topic.slug: topic for topic in build_topics(demo)}
    library = demo.page(
        section,
        TeacherResourcesPage,
        ro={
            "title": "Resurse pentru profesori",
            "slug": "resurse-pentru-profesori",
            "intro": "Idei de lecție și documente de metodologie din formările Pre-Texts și din școlile rețelei.",
        },
        en={
            "title": "Resources for teachers",
            "slug": "resources-for-teachers",
            "intro": "Lesson ideas and methodology documents from the Pre-Texts trainings and the network's schools.",
        },
    )
    for slug, kind, ro_title, en_title, ro_intro, en_intro in demo.rows(RESOURCES):
        demo.page(
            library,
            TeacherResourcePage,
            ro={"title": ro_title, "slug": slug, "intro": ro_intro},
            en={"title": en_title, "slug": slug, "intro": en_intro},
            kind=kind,
            topics=[topics["educatie-prin-arte"]],
        )

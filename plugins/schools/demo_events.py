"""Demo events of Arta în Joacă besides the first Pre-Texts training (demo.py): a second
training in a school, online and in-school workshops (the 2021 plan's "Ateliere online Learning
Qub") and a summer camp in a rural school ("Tabere de vară în școli rurale", August).
Facilitators are invented and marked "demo"; dates follow the plan's months, from the demo's
today."""

from __future__ import annotations

import datetime
from typing import NamedTuple

from cms.demo import DemoBuilder


class DemoWorkshop(NamedTuple):
    slug: str
    mode: str
    school: str  # slug of the school's page, "" online
    month: int
    day: int
    facilitator: str
    ro_title: str
    en_title: str
    ro_summary: str
    en_summary: str


WORKSHOPS = [
    DemoWorkshop("atelier-online-povesti-desenate", "online", "", 3, 12, "Ana Bogdan (demo)",
        "Atelier online Learning Qub: povești desenate", "Learning Qub online workshop: drawn stories",
        "Elevii desenează împreună, de acasă, o poveste citită la începutul atelierului.",
        "Pupils draw together, from home, a story read at the start of the workshop."),
    DemoWorkshop("atelier-online-sunete-de-acasa", "online", "", 4, 23, "Raluca Pop (demo)",
        "Atelier online Learning Qub: sunete de acasă", "Learning Qub online workshop: sounds from home",
        "Înregistrăm sunetele casei și facem din ele o piesă a clasei.",
        "We record the sounds of home and make a piece of the class out of them."),
    DemoWorkshop("atelier-harta-curtii", "in_school", "iuliu-hatieganu", 10, 8, "Ana Bogdan (demo)",
        "Atelier de desen: harta curții școlii", "Drawing workshop: the map of the schoolyard",
        "Un atelier deschis pentru părinți, cu elevii care au desenat harta curții.",
        "An open workshop for parents, with the pupils who drew the map of the schoolyard."),
    DemoWorkshop("atelier-teatru-forum", "in_school", "colegiul-transilvania", 11, 5, "Mihai Szabó (demo)",
        "Atelier de teatru-forum pentru profesori", "Forum-theatre workshop for teachers",
        "Profesorii joacă scenele pe care elevii le-au scris despre pauza mare.",
        "Teachers play the scenes the pupils wrote about the long break."),
    DemoWorkshop("atelier-sunetele-scolii", "in_school", "eugen-pora", 5, 21, "Raluca Pop (demo)",
        "Atelier de muzică: sunetele școlii", "Music workshop: the sounds of the school",
        "O repetiție deschisă a compoziției făcute din sunetele școlii.",
        "An open rehearsal of the piece made from the sounds of the school."),
]  # fmt: skip


def build_more_events(demo: DemoBuilder, section, network) -> None:
    from cms.events.demo import next_date, where_and_who
    from plugins.schools.demo_network import CAMP_SCHOOL
    from plugins.schools.models import PreTextsSessionPage, SchoolWorkshopPage, SummerCampPage

    schools = {page.slug: page for page in network.get_children().specific()}

    def school_fields(slug: str) -> dict:
        school = schools.get(slug)
        if school is None:  # a sampled demo (tests) builds the first schools only
            return {"ro": {}, "en": {}}
        return {"ro": {"school": school}, "en": {"school": demo.translation_of(school)}}

    transilvania = school_fields("colegiul-transilvania")
    ro, en = where_and_who(demo, None, "Profesori")
    demo.page(
        section,
        PreTextsSessionPage,
        ro={
            **ro,
            **transilvania["ro"],
            "title": "Formare Pre-Texts de toamnă la Colegiul Transilvania",
            "slug": "formare-pre-texts-toamna",
            "summary": "A doua formare Pre-Texts a anului, pentru profesorii școlilor din rețea, găzduită de Colegiul Transilvania.",
        },
        en={
            **en,
            **transilvania["en"],
            "title": "Autumn Pre-Texts training at Colegiul Transilvania",
            "slug": "autumn-pre-texts-training",
            "summary": "The year's second Pre-Texts training, for teachers of the network's schools, hosted by Colegiul Transilvania.",
        },
        start_date=next_date(demo, 11, 14),
        start_time=datetime.time(9, 30),
        end_time=datetime.time(15, 30),
        institution="Colegiul Transilvania",
        facilitator="Ioana Mureșan (demo)",
        registration_required=True,
        capacity=20,
    )

    for row in WORKSHOPS:
        where = school_fields(row.school) if row.school else {"ro": {}, "en": {}}
        if row.school and not where["ro"]:
            continue
        ro, en = where_and_who(demo, None, "Tineri 16–25 de ani" if row.school else "Familii")
        demo.page(
            section,
            SchoolWorkshopPage,
            ro={
                **ro,
                **where["ro"],
                "title": row.ro_title,
                "slug": row.slug,
                "summary": row.ro_summary,
            },
            en={
                **en,
                **where["en"],
                "title": row.en_title,
                "slug": row.slug,
                "summary": row.en_summary,
            },
            online=row.mode == "online",
            facilitator=row.facilitator,
            start_date=next_date(demo, row.month, row.day),
            start_time=datetime.time(16, 0),
            end_time=datetime.time(18, 0),
        )

    camp_start = next_date(demo, 8, 3)
    camp_school = school_fields(CAMP_SCHOOL)
    ro, en = where_and_who(demo, None, "Familii")
    demo.page(
        section,
        SummerCampPage,
        ro={
            **ro,
            **camp_school["ro"],
            "title": "Tabăra de vară Arta în Joacă la Mărișel",
            "slug": "tabara-de-vara-marisel",
            "summary": "Cinci zile de ateliere de teatru, muzică și arte vizuale pentru copiii de 8–14 ani, într-o școală din Munții Apuseni.",
        },
        en={
            **en,
            **camp_school["en"],
            "title": "Arta în Joacă summer camp at Mărișel",
            "slug": "summer-camp-marisel",
            "summary": "Five days of theatre, music and visual arts workshops for children aged 8–14, in a school in the Apuseni Mountains.",
        },
        start_date=camp_start,
        end_date=camp_start + datetime.timedelta(days=4),
        all_day=True,
        min_age=8,
        max_age=14,
        registration_required=True,
        capacity=30,
    )

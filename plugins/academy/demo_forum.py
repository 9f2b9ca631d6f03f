"""Demo of the Forum's programme: three days of sessions (debates, workshops, an online
session) on cultural mediation and culture as a public service, after the plan's "Forumul
Academiei Schimbării" and the Cultural Mediation Forum (REAL-SITES.md). Each session is an
Academy event under the Forum's event, so the Forum's page prints them by local day."""

from __future__ import annotations

import datetime
from typing import NamedTuple

from cms.demo import DemoBuilder


class ForumSession(NamedTuple):
    slug: str
    en_slug: str
    day: int  # 0, 1, 2: the Forum's first, second and third day
    start: tuple[int, int]
    end: tuple[int, int]
    venue: str | None  # None: online
    ro_title: str
    en_title: str
    ro_summary: str
    en_summary: str


SESSIONS = [
    ForumSession(
        "deschidere-forum", "forum-opening", 0, (10, 0), (11, 30), "Pavilionul ECCA",
        "Deschidere: medierea culturală astăzi", "Opening: cultural mediation today",
        "Ce face un mediator cultural și de ce are nevoie orașul de el.",
        "What a cultural mediator does, and why the city needs one.",
    ),
    ForumSession(
        "masa-rotunda-mediatori", "round-table-mediators", 0, (12, 0), (13, 30), "Pavilionul ECCA",
        "Masă rotundă: mediatorii din instituțiile publice", "Round table: mediators in public institutions",
        "Mediatori din muzee, biblioteci și teatre povestesc cum lucrează.",
        "Mediators from museums, libraries and theatres on how they work.",
    ),
    ForumSession(
        "atelier-harta-publicului", "workshop-audience-map", 0, (15, 0), (17, 0), "Garnizoana Culturală",
        "Atelier: harta publicului unui cartier", "Workshop: mapping a district's audiences",
        "Cine locuiește lângă instituția ta și ce îl aduce la un eveniment.",
        "Who lives near your institution, and what brings them to an event.",
    ),
    ForumSession(
        "atelier-biblioteci-muzee", "workshop-libraries-museums", 1, (10, 0), (12, 0), "Pavilionul ECCA",
        "Atelier: medierea în biblioteci și muzee", "Workshop: mediation in libraries and museums",
        "Exerciții practice pentru echipele care primesc grupuri și școli.",
        "Hands-on exercises for teams who welcome groups and schools.",
    ),
    ForumSession(
        "sesiune-online-accesibilitate", "online-session-accessibility", 1, (14, 0), (16, 0), None,
        "Sesiune online: cultura accesibilă persoanelor cu dizabilități", "Online session: culture that disabled people can reach",
        "Organizații pentru persoane cu dizabilități și instituții culturale, despre acces.",
        "Disability organisations and cultural institutions on access.",
    ),
    ForumSession(
        "voucherul-cultural", "the-cultural-voucher", 2, (10, 0), (12, 0), "Pavilionul ECCA",
        "Voucherul cultural: ce am învățat", "The cultural voucher: what we learnt",
        "Partenerii voucherului cultural despre accesul gratuit la evenimente cu bilet.",
        "The cultural voucher's partners on free access to ticketed events.",
    ),
    ForumSession(
        "concluziile-forumului", "forum-conclusions", 2, (14, 0), (17, 0), "Pavilionul ECCA",
        "Concluziile Forumului și metodologia de mediere culturală", "The Forum's conclusions and the cultural mediation methodology",
        "Ce duce fiecare participant acasă și cum continuă metodologia Academiei.",
        "What each participant takes home, and how the Academy's methodology goes on.",
    ),
]  # fmt: skip


def build_forum_sessions(demo: DemoBuilder, forum) -> None:
    """The sessions under the Forum's event, over its three days."""
    from cms.events.demo import where_and_who
    from plugins.academy.models import AcademyEventPage

    for row in SESSIONS:
        ro, en = where_and_who(demo, row.venue, "Profesioniști din cultură")
        demo.page(
            forum,
            AcademyEventPage,
            ro={**ro, "title": row.ro_title, "slug": row.slug, "summary": row.ro_summary},
            en={**en, "title": row.en_title, "slug": row.en_slug, "summary": row.en_summary},
            online=row.venue is None,
            start_date=forum.start_date + datetime.timedelta(days=row.day),
            start_time=datetime.time(*row.start),
            end_time=datetime.time(*row.end),
        )

"""Demo content of Jivipen, from the centre's 2021 plan and partner texts (kept with the project brief, not in this repository)."""

from __future__ import annotations

import datetime

from cms.demo import DemoBuilder
from plugins.roma_culture.demo_artists import build_artists, build_commissions
from plugins.roma_culture.demo_exhibition import build_exhibition
from plugins.roma_culture.demo_festival import build_festival


def build(demo: DemoBuilder) -> None:
    from plugins.roma_culture.models import RomaCultureSectionPage

    section = demo.page(
        demo.home,
        RomaCultureSectionPage,
        ro={
            "title": "Jivipen",
            "slug": "jivipen",
            "intro": "Jivipen, care înseamnă „viață” în limba romani, promovează cultura romă și formele contemporane de expresie a vieții rome.",
            "body": [
                (
                    "paragraph",
                    "<p>Proiectul se folosește de cultură pentru a aborda istoria romă și inegalitățile care încă persistă în societatea noastră, facilitând noi conexiuni între comunitățile rome și non-rome ale orașului.</p>",
                ),
                (
                    "paragraph",
                    "<p>Jivipen organizează Zilele Culturii Rome, eveniment anual sub egida Zilelor Clujului, care susține artiștii romi emergenți prin comisionarea lucrărilor lor. Școli de vară pentru copii romi, Întâlnirile Jivipen și un grup de lucru internațional completează agenda.</p>",
                ),
            ],
        },
        en={
            "title": "Jivipen",
            "slug": "jivipen",
            "intro": "Jivipen, which means “life” in Romani, celebrates Roma culture and the contemporary forms in which Roma life expresses itself.",
            "body": [
                (
                    "paragraph",
                    "<p>The project uses culture to address Roma history and the inequalities that still persist in our society, building new connections between the city's Roma and non-Roma communities.</p>",
                ),
                (
                    "paragraph",
                    "<p>Jivipen runs the Roma Culture Days, held every year as part of the Cluj Days, which support emerging Roma artists by commissioning their work. Summer schools for Roma children, the Jivipen Meetings and an international working group complete the agenda.</p>",
                ),
            ],
        },
    )
    _festival, editions = build_festival(demo, section)
    artists = build_artists(demo, section)
    build_commissions(demo, editions, artists)
    build_events(demo, section)
    build_exhibition(demo, section, artists)
    build_summer_school(demo, section)
    build_calls(demo, section)


def build_events(demo: DemoBuilder, section) -> None:
    """Jivipen's calendar from the 2021 plan: monthly meetings March–December, the exhibition
    on International Roma Day (8 April). The Roma Culture Days are in `demo_festival`."""
    import datetime

    from cms.events.demo import next_date, where_and_who
    from plugins.roma_culture.models import JivipenEventPage

    build_meetings(demo, section)

    ro, en = where_and_who(demo, "Pavilionul ECCA", "Publicul larg")
    demo.page(
        section,
        JivipenEventPage,
        ro={
            **ro,
            "title": "Expoziția „Cunoaște rOmul”",
            "slug": "expozitia-cunoaste-romul",
            "summary": "Vernisajul expoziției de Ziua Internațională a Romilor.",
        },
        en={
            **en,
            "title": "“Meet the rOma” exhibition",
            "slug": "meet-the-roma-exhibition",
            "summary": "The exhibition opening on International Roma Day.",
        },
        start_date=next_date(demo, 4, 8),
        start_time=datetime.time(17, 0),
        end_time=datetime.time(20, 0),
    )


def build_summer_school(demo: DemoBuilder, section):
    """The intercultural summer school at Telciu (August, five days, 20 places) for young
    people aged 16 to 25, who register themselves; those under 18 with a guardian's consent."""
    from cms.events.demo import next_date, venue, where_and_who
    from plugins.roma_culture.models import JivipenEventPage

    ro, en = where_and_who(demo, None, "Tineri 16–25 de ani")
    ro["venue"], en["venue"] = venue(
        demo,
        "Căminul Cultural Telciu",
        en_name="Telciu Cultural Centre",
        address="Telciu, județul Bistrița-Năsăud",
        latitude="47.4330",
        longitude="24.4010",
    )
    first_day = next_date(demo, 8, 10)
    return demo.page(
        section,
        JivipenEventPage,
        ro={
            **ro,
            "title": "Școala de vară Jivipen de la Telciu",
            "slug": "scoala-de-vara-telciu",
            "summary": "Cinci zile de ateliere interculturale de teatru, fotografie și muzică "
            "pentru tineri romi și ne-romi de 16–25 de ani. Participarea este gratuită.",
        },
        en={
            **en,
            "title": "Jivipen summer school in Telciu",
            "slug": "summer-school-telciu",
            "summary": "Five days of intercultural theatre, photography and music workshops for "
            "Roma and non-Roma young people aged 16–25. Taking part is free.",
        },
        start_date=first_day,
        end_date=first_day + datetime.timedelta(days=4),
        all_day=True,
        registration_required=True,
        capacity=20,
        participant_min_age=16,
        participant_max_age=25,
    )


def build_calls(demo: DemoBuilder, section) -> None:
    """Commissions for Roma artists, from Jivipen's open fund."""
    from cms.opencalls.demo import CV, DemoQuestion, demo_call
    from plugins.roma_culture.models import RomaArtistsCallPage

    proposal = DemoQuestion(
        "proposal",
        "multiline",
        "Propunerea artistică",
        "Artistic proposal",
        ro_help="Ce ați crea pentru Zilele Culturii Rome și cu cine.",
        en_help="What you would create for the Roma Culture Days, and with whom.",
    )
    images = DemoQuestion(
        "images", "file", "Imagini cu lucrări anterioare", "Images of earlier work", required=False
    )
    demo_call(
        demo,
        section,
        RomaArtistsCallPage,
        opens_days_from_today=-3,
        closes_days_from_today=25,
        questions=[proposal, CV, images],
        ro={
            "title": "Apel: comisioane pentru artiști romi",
            "slug": "apel-comisioane-artisti-romi",
            "intro": "Fondul deschis Jivipen comandă lucrări noi artiștilor romi, prezentate la Zilele Culturii Rome, în cadrul Zilelor Clujului.",
            "eligibility": "<p>Artiști romi, de la 18 ani, din orice domeniu: teatru, film, muzică, arte vizuale.</p>",
            "selection": "<p>Un juriu format din artiști și membri ai comunității alege propunerile.</p>",
        },
        en={
            "title": "Call: commissions for Roma artists",
            "slug": "call-commissions-roma-artists",
            "intro": "The Jivipen open fund commissions new work from Roma artists, shown at the Roma Culture Days during Cluj Days.",
            "eligibility": "<p>Roma artists aged 18 or over, in any discipline: theatre, film, music, visual arts.</p>",
            "selection": "<p>A jury of artists and members of the community chooses the proposals.</p>",
        },
    )
    workshop = DemoQuestion(
        "workshop",
        "multiline",
        "Atelierul propus",
        "The workshop you propose",
        ro_help="Ce ar face tinerii cinci zile la Telciu, cu ce materiale, în ce limbi.",
        en_help="What the young people would do over five days in Telciu, with what materials, in which languages.",
    )
    demo_call(
        demo,
        section,
        RomaArtistsCallPage,
        opens_days_from_today=-1,
        closes_days_from_today=45,
        questions=[workshop, CV],
        ro={
            "title": "Apel: artiști formatori pentru școala de vară de la Telciu",
            "slug": "apel-formatori-scoala-de-vara-telciu",
            "intro": "Jivipen caută artiști romi care să conducă ateliere de teatru, fotografie sau muzică la școala de vară interculturală de la Telciu, în august.",
            "eligibility": "<p>Artiști romi, de la 18 ani, cu experiență de lucru cu tineri de 16–25 de ani.</p>",
            "selection": "<p>Echipa Jivipen și un tânăr participant la ediția trecută aleg trei ateliere.</p>",
        },
        en={
            "title": "Call: artists to lead workshops at the Telciu summer school",
            "slug": "call-artists-telciu-summer-school",
            "intro": "Jivipen is looking for Roma artists to lead theatre, photography or music workshops at the intercultural summer school in Telciu, in August.",
            "eligibility": "<p>Roma artists aged 18 or over who have worked with young people aged 16–25.</p>",
            "selection": "<p>The Jivipen team and a young participant of last year's school choose three workshops.</p>",
        },
    )


# The topics of the next four meetings: (Romanian topic, English topic, guests, Romanian and
# English description, where: "online", "on_site" or "" as the series says). Guests invented.
MEETING_TOPICS = (
    (
        "Artiști romi în muzeele Clujului",
        "Roma artists in the museums of Cluj",
        "Loredana Varga (demo)",
        "Cum intră cultura romă în colecțiile publice.",
        "How Roma culture enters public collections.",
        "on_site",
    ),
    (
        "Roma Sheroes: scrierea ca reprezentare",
        "Roma Sheroes: writing as representation",
        "Marian Ciurar (demo)",
        "Despre atelierul de scriere creativă și vocile femeilor rome.",
        "On the creative writing workshop and the voices of Roma women.",
        "online",
    ),
    (
        "Pata Rât: acces la cultură",
        "Pata Rât: access to culture",
        "Ana Rostaș (demo)",
        "Voucherul cultural și drumul spre evenimentele orașului.",
        "The cultural voucher and the way to the city's events.",
        "on_site",
    ),
    (
        "Jivipen la Telciu: școala de vară",
        "Jivipen in Telciu: the summer school",
        "Ionuț Boldea (demo)",
        "Ce au făcut elevii la școala de vară.",
        "What the pupils made at the summer school.",
        "online",
    ),
)


def meeting_dates(today: datetime.date, count: int) -> list[datetime.date]:
    """The next `count` third Thursdays of March–December from `today`."""
    found = []
    for year in (today.year, today.year + 1):
        for month in range(3, 13):
            first = datetime.date(year, month, 1)
            day = first + datetime.timedelta(days=(3 - first.weekday()) % 7 + 14)
            if day >= today and len(found) < count:
                found.append(day)
    return found


def build_meetings(demo: DemoBuilder, section):
    """Întâlnirile Jivipen: one monthly series (March–December) whose next four dates each
    have their own topic and guests, online or on site."""
    import recurrence

    from cms.events.demo import where_and_who
    from plugins.roma_culture.models import JivipenEventPage

    dates = meeting_dates(demo.today, len(MEETING_TOPICS))

    def date_topics(language: str) -> list:
        return [
            (
                "date",
                {
                    "date": day,
                    "topic": ro_topic if language == "ro" else en_topic,
                    "guests": guests,
                    "description": ro_text if language == "ro" else en_text,
                    "attendance": where,
                },
            )
            for day, (ro_topic, en_topic, guests, ro_text, en_text, where) in zip(
                dates, MEETING_TOPICS, strict=True
            )
        ]

    ro, en = where_and_who(demo, "CLTP Hub", "Publicul larg", "Tineri 16–25 de ani")
    # Third Thursday of each month from March to December, this year and next.
    meetings = recurrence.Recurrence(
        rrules=[
            recurrence.Rule(
                recurrence.MONTHLY,
                bymonth=list(range(3, 13)),
                byday=[recurrence.TH(3)],
                until=datetime.datetime(demo.today.year + 1, 12, 31, 12, 0, tzinfo=datetime.UTC),
            )
        ]
    )
    march = datetime.date(demo.today.year, 3, 1)
    first_meeting = march + datetime.timedelta(days=(3 - march.weekday()) % 7 + 14)
    return demo.page(
        section,
        JivipenEventPage,
        ro={
            **ro,
            "title": "Întâlnirile Jivipen",
            "slug": "intalnirile-jivipen",
            "summary": "Un dialog lunar cu artiști și activiști romi despre inițiativele lor și despre excluziunea socială cu care se confruntă.",
            "date_topics": date_topics("ro"),
            "body": [
                (
                    "paragraph",
                    "<p>Fiecare întâlnire aduce în discuție un proiect artistic sau civic al comunității rome. Intrarea este liberă.</p>",
                )
            ],
        },
        en={
            **en,
            "title": "Jivipen Meetings",
            "slug": "jivipen-meetings",
            "summary": "A monthly conversation with Roma artists and activists about their initiatives and the social exclusion they face.",
            "date_topics": date_topics("en"),
            "body": [
                (
                    "paragraph",
                    "<p>Each meeting discusses an artistic or civic project of the Roma community. Free entry.</p>",
                )
            ],
        },
        start_date=first_meeting,
        start_time=datetime.time(18, 0),
        recurrence=meetings,
        duration=datetime.timedelta(hours=2),
        registration_required=True,
        capacity=40,
    )

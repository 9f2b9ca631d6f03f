"""The Academy's meetings beside the Forum, from the centre's 2021 plan: Concentric, where the
centre's members and the local cultural sector follow up their themes with the city, and
Cultura 2030, the national platform's international meeting on cultural policy. Both are
Academy events, so they are in the unified calendar, the Academy's calendar and its feed."""

from __future__ import annotations

import datetime

from cms.demo import DemoBuilder


def build_meetings(demo: DemoBuilder, section) -> tuple:
    """(the Concentric series, the Cultura 2030 meeting)."""
    return build_concentric(demo, section), build_culture_2030(demo, section)


def last_wednesday_of_february(year: int) -> datetime.date:
    last_day = datetime.date(year, 3, 1) - datetime.timedelta(days=1)
    return last_day - datetime.timedelta(days=(last_day.weekday() - 2) % 7)


def build_concentric(demo: DemoBuilder, section):
    """A quarterly series: the last Wednesday of February, May, September and November, from
    this year to the end of next, each evening at the CLTP Hub."""
    import recurrence

    from cms.events.demo import where_and_who
    from plugins.academy.models import AcademyEventPage

    ro, en = where_and_who(demo, "CLTP Hub", "Profesioniști din cultură", "Publicul larg")
    quarterly = recurrence.Recurrence(
        rrules=[
            recurrence.Rule(
                recurrence.MONTHLY,
                bymonth=[2, 5, 9, 11],
                byday=[recurrence.WE(-1)],
                until=datetime.datetime(demo.today.year + 1, 12, 31, 12, 0, tzinfo=datetime.UTC),
            )
        ]
    )
    # The series starts on its first date of the year.
    first = last_wednesday_of_february(demo.today.year)
    return demo.page(
        section,
        AcademyEventPage,
        ro={
            **ro,
            "title": "Întâlnirile Concentric",
            "slug": "intalnirile-concentric",
            "summary": "Membrii Centrului și sectorul cultural clujean se întâlnesc o dată pe "
            "trimestru ca să urmărească împreună temele Concentric și propunerile de măsuri "
            "pentru cultură.",
            "body": [
                (
                    "paragraph",
                    "<p>Concentric a pornit ca întâlnire a membrilor Centrului. Din grupurile de "
                    "lucru formate aici au plecat spre Primărie propuneri concrete de măsuri "
                    "pentru cultură. Fiecare întâlnire face bilanțul lor și alege următoarele "
                    "teme. Intrarea este liberă, cu înscriere.</p>",
                )
            ],
        },
        en={
            **en,
            "title": "Concentric meetings",
            "slug": "concentric-meetings",
            "summary": "The centre's members and Cluj's cultural sector meet once a quarter to "
            "follow up the Concentric themes and the proposals for culture.",
            "body": [
                (
                    "paragraph",
                    "<p>Concentric began as a meeting of the centre's members. Its working groups "
                    "sent concrete proposals for culture to the City Hall. Each meeting takes "
                    "stock of them and chooses the next themes. Free entry, registration "
                    "required.</p>",
                )
            ],
        },
        start_date=first,
        start_time=datetime.time(17, 30),
        recurrence=quarterly,
        duration=datetime.timedelta(hours=2, minutes=30),
        registration_required=True,
        capacity=60,
    )


def build_culture_2030(demo: DemoBuilder, section):
    """Two days in June at the Cultural Garrison, streamed online."""
    from cms.events.demo import next_date, where_and_who
    from plugins.academy.models import AcademyEventPage

    ro, en = where_and_who(demo, "Garnizoana Culturală", "Profesioniști din cultură")
    start = next_date(demo, 6, 10)
    return demo.page(
        section,
        AcademyEventPage,
        ro={
            **ro,
            "title": "Cultura 2030",
            "slug": "cultura-2030",
            "summary": "Întâlnirea internațională a platformei naționale Cultura 2030, dedicată "
            "politicilor culturale.",
            "body": [
                (
                    "paragraph",
                    "<p>Reprezentanți ai sectorului cultural, ai administrației și invitați din "
                    "rețelele europene discută statutul și condițiile de lucru ale artiștilor și "
                    "rolul culturii în dezvoltarea durabilă. Sesiunile sunt transmise și online."
                    "</p>",
                )
            ],
        },
        en={
            **en,
            "title": "Culture 2030",
            "slug": "culture-2030",
            "summary": "The international meeting of the national Culture 2030 platform, on "
            "cultural policy.",
            "body": [
                (
                    "paragraph",
                    "<p>People from the cultural sector, public administration and European "
                    "networks discuss the status and working conditions of artists and the role "
                    "of culture in sustainable development. The sessions are also streamed "
                    "online.</p>",
                )
            ],
        },
        start_date=start,
        start_time=datetime.time(10, 0),
        end_date=start + datetime.timedelta(days=1),
        end_time=datetime.time(17, 0),
        online=True,
    )

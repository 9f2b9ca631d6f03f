"""Hook implementations of Academia Schimbării. Imports nothing from Django at module level."""

from __future__ import annotations

from cms import hookimpl
from cms.programme import ProgrammeInfo, TeamInfo


@hookimpl
def programme_info() -> ProgrammeInfo:
    return ProgrammeInfo(
        slug="academy",
        name={"ro": "Academia Schimbării", "en": "The Change Academy"},
        summary={
            "ro": "Platforma Centrului pentru creșterea capacității sectorului cultural.",
            "en": "The centre's platform for building the capacity of the cultural sector.",
        },
        colour="#8a2b0f",
        order=10,
    )


@hookimpl
def installed_apps() -> list[str]:
    return ["plugins.academy"]


@hookimpl
def programme_team() -> TeamInfo:
    return TeamInfo(name={"ro": "Echipa Academia Schimbării", "en": "Change Academy team"})


@hookimpl
def section_page_model():
    from plugins.academy.models import AcademySectionPage

    return AcademySectionPage


@hookimpl
def load_demo_content(demo) -> None:
    from plugins.academy.demo import build

    build(demo)

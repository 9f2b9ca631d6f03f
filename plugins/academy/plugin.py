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
        section_model="academy.AcademySectionPage",
    )


@hookimpl
def programme_team() -> TeamInfo:
    return TeamInfo(name={"ro": "Echipa Academia Schimbării", "en": "Change Academy team"})

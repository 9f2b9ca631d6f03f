"""Hook implementations of Arta în Joacă. Imports nothing from Django at module level."""

from __future__ import annotations

from cms import hookimpl
from cms.programme import ProgrammeInfo, TeamInfo


@hookimpl
def programme_info() -> ProgrammeInfo:
    return ProgrammeInfo(
        slug="schools",
        name={"ro": "Arta în Joacă", "en": "Art at Play"},
        summary={
            "ro": "Programul nostru de educație culturală în școli: artiști în rezidență, formări Pre-Texts și o rețea de școli din Cluj.",
            "en": "Our cultural education programme in schools: artists in residence, Pre-Texts trainings and a network of Cluj schools.",
        },
        colour="#b5179e",
        order=20,
        section_model="schools.SchoolsSectionPage",
    )


@hookimpl
def programme_team() -> TeamInfo:
    return TeamInfo(name={"ro": "Echipa Arta în Joacă", "en": "Art at Play team"})

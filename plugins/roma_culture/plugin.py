"""Hook implementations of Jivipen. Imports nothing from Django at module level."""

from __future__ import annotations

from cms import hookimpl
from cms.programme import ProgrammeInfo, TeamInfo


@hookimpl
def programme_info() -> ProgrammeInfo:
    return ProgrammeInfo(
        slug="roma_culture",
        name={"ro": "Jivipen", "en": "Jivipen"},
        summary={
            "ro": "Jivipen, „viață” în limba romani, promovează cultura romă și formele ei contemporane de expresie.",
            "en": "Jivipen, “life” in Romani, celebrates Roma culture and its contemporary forms of expression.",
        },
        colour="#c1121f",
        order=40,
        section_model="roma_culture.RomaCultureSectionPage",
    )


@hookimpl
def programme_team() -> TeamInfo:
    return TeamInfo(name={"ro": "Echipa Jivipen", "en": "Jivipen team"})

"""Hook implementations of România Remarcabilă. Imports nothing from Django at module level."""

from __future__ import annotations

from cms import hookimpl
from cms.programme import ProgrammeInfo, TeamInfo


@hookimpl
def programme_info() -> ProgrammeInfo:
    return ProgrammeInfo(
        slug="heritage",
        name={"ro": "România Remarcabilă", "en": "Remarkable Romania"},
        summary={
            "ro": "O rețea de comune din Transilvania care fac din patrimoniu și cultură motoare ale dezvoltării rurale.",
            "en": "A network of Transylvanian communes that make heritage and culture drivers of rural development.",
        },
        colour="#2d6a4f",
        order=30,
        section_model="heritage.HeritageSectionPage",
    )


@hookimpl
def programme_team() -> TeamInfo:
    return TeamInfo(name={"ro": "Echipa România Remarcabilă", "en": "Remarkable Romania team"})

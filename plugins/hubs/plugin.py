"""Hook implementations of Huburi creative. Imports nothing from Django at module level."""

from __future__ import annotations

from cms import hookimpl
from cms.programme import ProgrammeInfo, TeamInfo


@hookimpl
def programme_info() -> ProgrammeInfo:
    return ProgrammeInfo(
        slug="hubs",
        name={"ro": "Huburi creative", "en": "Creative hubs"},
        summary={
            "ro": "Huburi creative: harta huburilor, instrumente, forumuri, ateliere de competențe și schimburi între huburi.",
            "en": "Creative hubs: a map of hubs, tools, fora, skills workshops and peer-to-peer exchanges.",
        },
        colour="#3a0ca3",
        order=50,
        section_model="hubs.HubsSectionPage",
    )


@hookimpl
def programme_team() -> TeamInfo:
    return TeamInfo(name={"ro": "Echipa Huburi creative", "en": "Creative hubs team"})

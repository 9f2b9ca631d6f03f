"""Pages of Academia Schimbării: the section, its events and calls, the programme editions
with their modules, and the mentors."""

from plugins.academy.models.editions import (
    EditionFormat,
    ModuleKind,
    ModulePage,
    ProgrammeEditionPage,
)
from plugins.academy.models.mentors import MentorPage, MentorsIndexPage
from plugins.academy.models.programme import (
    AcademyCallPage,
    AcademyEventPage,
    AcademySectionPage,
)

__all__ = [
    "AcademyCallPage",
    "AcademyEventPage",
    "AcademySectionPage",
    "EditionFormat",
    "MentorPage",
    "MentorsIndexPage",
    "ModuleKind",
    "ModulePage",
    "ProgrammeEditionPage",
]

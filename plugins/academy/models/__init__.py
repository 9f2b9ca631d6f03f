"""Pages of Academia Schimbării: the section, its events and calls, the programme editions
with their modules, the mentors, the resource library and the residency rounds."""

from plugins.academy.models.editions import (
    EditionFormat,
    ModuleKind,
    ModulePage,
    ProgrammeEditionPage,
)
from plugins.academy.models.library import AcademyLibraryPage, AcademyResourcePage
from plugins.academy.models.mentors import MentorPage, MentorsIndexPage
from plugins.academy.models.programme import (
    AcademyCallPage,
    AcademyEventPage,
    AcademySectionPage,
)
from plugins.academy.models.residencies import ResidencyRoundPage, ResidentPage

__all__ = [
    "AcademyCallPage",
    "AcademyEventPage",
    "AcademyLibraryPage",
    "AcademyResourcePage",
    "AcademySectionPage",
    "EditionFormat",
    "MentorPage",
    "MentorsIndexPage",
    "ModuleKind",
    "ModulePage",
    "ProgrammeEditionPage",
    "ResidencyRoundPage",
    "ResidentPage",
]

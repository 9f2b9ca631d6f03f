"""Pages of Arta în Joacă: the section, its events and calls, the Cluj School Network and the
teachers' library."""

from plugins.schools.models.events import SchoolWorkshopPage, SummerCampPage
from plugins.schools.models.network import SchoolNetworkPage, SchoolPage
from plugins.schools.models.programme import (
    PreTextsSessionPage,
    SchoolNetworkCallPage,
    SchoolsSectionPage,
)
from plugins.schools.models.residencies import (
    ArtistsInResidencePage,
    ResidencyPage,
    SchoolArtistPage,
)
from plugins.schools.models.resources import TeacherResourcePage, TeacherResourcesPage

__all__ = [
    "ArtistsInResidencePage",
    "ResidencyPage",
    "SchoolArtistPage",
    "PreTextsSessionPage",
    "SchoolNetworkCallPage",
    "SchoolNetworkPage",
    "SchoolPage",
    "SchoolWorkshopPage",
    "SchoolsSectionPage",
    "SummerCampPage",
    "TeacherResourcePage",
    "TeacherResourcesPage",
]

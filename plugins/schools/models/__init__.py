"""Pages of Arta în Joacă: the section, its events and calls, the Cluj School Network and the
teachers' library."""

from plugins.schools.models.network import SchoolNetworkPage, SchoolPage
from plugins.schools.models.programme import (
    PreTextsSessionPage,
    SchoolNetworkCallPage,
    SchoolsSectionPage,
)
from plugins.schools.models.resources import TeacherResourcePage, TeacherResourcesPage

__all__ = [
    "PreTextsSessionPage",
    "SchoolNetworkCallPage",
    "SchoolNetworkPage",
    "SchoolPage",
    "SchoolsSectionPage",
    "TeacherResourcePage",
    "TeacherResourcesPage",
]

"""Models of open calls: the call page (pages.py) and what applicants send (applications.py)."""

from cms.opencalls.models.applications import (
    Application,
    ApplicationFile,
    ApplicationStatus,
    ReferenceSequence,
)
from cms.opencalls.models.pages import (
    FILE_FIELD_TYPE,
    CallStatus,
    OpenCallFormField,
    OpenCallPage,
)
from cms.opencalls.models.scoring import CallJuror, JuryScore, ScoringCriterion

__all__ = [
    "FILE_FIELD_TYPE",
    "Application",
    "ApplicationFile",
    "ApplicationStatus",
    "CallJuror",
    "CallStatus",
    "JuryScore",
    "OpenCallFormField",
    "OpenCallPage",
    "ReferenceSequence",
    "ScoringCriterion",
]

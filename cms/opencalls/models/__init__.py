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

__all__ = [
    "FILE_FIELD_TYPE",
    "Application",
    "ApplicationFile",
    "ApplicationStatus",
    "CallStatus",
    "OpenCallFormField",
    "OpenCallPage",
    "ReferenceSequence",
]

"""A person's data on request: export it, or erase it (anonymise, keeping the seat counts)."""

from __future__ import annotations

from django.dispatch import Signal
from django.utils import timezone

from cms.registrations.models import Registration

# Sent with `email=` when an editor erases a person: other apps holding data about the same
# address (the newsletter) erase theirs.
person_erased = Signal()


def export_person(registrations) -> list[dict]:
    return [
        {
            "occurrence": registration.occurrence_id,
            "start": registration.occurrence.start.isoformat(),
            "name": registration.name,
            "email": registration.email,
            "status": registration.status,
            "language": registration.language,
            "answers": registration.answers,
            "registered": registration.created_at.isoformat(),
            "consent": registration.consent_at.isoformat(),
            "child_first_name": registration.child_first_name,
            "child_age": registration.child_age,
            "participant_age": registration.participant_age,
            "guardian_name": registration.guardian_name,
            "guardian_email": registration.guardian_email,
            "guardian_consent": registration.guardian_consent_at.isoformat()
            if registration.guardian_consent_at
            else None,
        }
        for registration in registrations.select_related("occurrence")
    ]


def anonymise(queryset) -> int:
    """Blank every personal field; status and dates stay, so attendance figures survive."""
    return queryset.filter(anonymised_at__isnull=True).update(
        name="",
        email="",
        email_key="",
        answers=[],
        child_first_name="",
        child_key="",
        child_age=None,
        participant_age=None,
        guardian_name="",
        guardian_email="",
        anonymised_at=timezone.now(),
    )


def erase_person(registrations) -> int:
    """Erase a person: their seats at dates still to come go to the waiting list first (an
    anonymous row would hold a seat nobody can use), then every registration is anonymised."""
    from cms.registrations import allocation
    from cms.registrations.models import RegistrationStatus

    still_to_come = registrations.filter(
        occurrence__start__gt=timezone.now(),
        status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED],
    )
    for registration_id in list(still_to_come.values_list("pk", flat=True)):
        allocation.cancel(registration_id, notify=False)
    return anonymise(Registration.objects.filter(pk__in=registrations.values("pk")))

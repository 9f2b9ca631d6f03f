"""A person's data on request: export it, or erase it (anonymise, keeping the seat counts)."""

from __future__ import annotations

from django.utils import timezone

from cms.registrations.models import Registration


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
        anonymised_at=timezone.now(),
    )


def erase_person(registrations) -> int:
    return anonymise(Registration.objects.filter(pk__in=registrations.values("pk")))

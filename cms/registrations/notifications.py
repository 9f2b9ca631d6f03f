"""Telling registrants when an editor cancels or moves their date.

The events engine sends `occurrence_changed`; everyone holding a seat or waiting for one gets an
email in their language (the date's new time, or that it is cancelled, with the updated .ics).
"""

from __future__ import annotations

from django.db import transaction

from cms.events.occurrences import occurrence_changed

EMAIL_KIND = {"cancelled": "date_cancelled", "moved": "date_moved"}


def tell_registrants(sender, occurrence, change: str, **kwargs) -> None:
    from cms.registrations.models import Registration, RegistrationStatus
    from cms.registrations.tasks import send_registration_email

    kind = EMAIL_KIND[change]
    people = Registration.objects.filter(
        occurrence=occurrence,
        status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED],
        anonymised_at__isnull=True,
    ).values_list("pk", flat=True)
    for registration_id in people:
        transaction.on_commit(
            lambda pk=registration_id: send_registration_email.enqueue(
                registration_id=pk, kind=kind
            )
        )


def connect() -> None:
    occurrence_changed.connect(tell_registrants, dispatch_uid="registrations.tell_registrants")

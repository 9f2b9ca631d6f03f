"""What registrations do when an event changes.

* An editor cancels or moves a date (`occurrence_changed` from the events engine): everyone
  holding a seat or waiting for one gets an email in their language (the new time, or that it
  is cancelled, with the updated .ics).
* An event is published with more seats: people waiting for its coming dates get the seats now
  free, in the order they registered, and are told (`allocation.fill_free_seats`).
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from wagtail.signals import page_published

from cms.events.changes import occurrence_changed

EMAIL_KIND = {"cancelled": "date_cancelled", "moved": "date_moved"}


def people_to_tell(occurrence):
    """Who is emailed when `occurrence` is cancelled or moved: everyone holding or awaiting a
    seat who has not been erased. The admin's confirmation counts the very same people."""
    from cms.registrations.models import Registration, RegistrationStatus

    return Registration.objects.filter(
        occurrence=occurrence,
        status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED],
        anonymised_at__isnull=True,
    )


def tell_registrants(sender, occurrence, change: str, **kwargs) -> None:
    from cms.registrations.tasks import send_registration_email

    kind = EMAIL_KIND[change]
    people = people_to_tell(occurrence).values_list("pk", flat=True)
    for registration_id in people:
        transaction.on_commit(
            lambda pk=registration_id: send_registration_email.enqueue(
                registration_id=pk, kind=kind
            )
        )


def seat_the_waiting_list(sender, instance, **kwargs) -> None:
    from cms.events.models import EventPage
    from cms.registrations import allocation
    from cms.registrations.models import Registration, RegistrationStatus

    if not isinstance(instance, EventPage):
        return
    dates_with_a_queue = (
        Registration.objects.filter(
            occurrence__series_id=instance.translation_key,
            occurrence__start__gt=timezone.now(),
            status=RegistrationStatus.WAITLISTED,
        )
        .order_by()  # the model's ordering would otherwise enter DISTINCT
        .values_list("occurrence_id", flat=True)
        .distinct()
    )
    for occurrence_id in list(dates_with_a_queue):
        allocation.fill_free_seats(occurrence_id)


def connect() -> None:
    occurrence_changed.connect(tell_registrants, dispatch_uid="registrations.tell_registrants")
    page_published.connect(seat_the_waiting_list, dispatch_uid="registrations.seat_waiting")

"""Seat allocation: the one place that decides who gets a seat, under a lock.

Every change of who holds a seat (register, cancel, promote) runs in one transaction that first
locks the occurrence row: `SELECT … FOR UPDATE` on PostgreSQL; on SQLite the project's
`transaction_mode="IMMEDIATE"` makes the transaction take the database's write lock at BEGIN.
Counting confirmed seats and inserting the new row therefore happen with no one else in between,
so an occurrence is never oversold, whatever the number of app processes.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from cms.events.changes import event_pages_changed
from cms.events.models import Occurrence, OccurrenceStatus
from cms.registrations.guardians import Child, Participant
from cms.registrations.models import Registration, RegistrationStatus, SeatReservation


class RegistrationRefused(Exception):
    """A registration the rules refuse; `message` is shown to the visitor in their language."""

    status_code = 409
    message = _("This registration could not be made.")

    def __init__(self, message=None):
        super().__init__(str(message or self.message))
        if message:
            self.message = message


class RegistrationNotRequired(RegistrationRefused):
    status_code = 404
    message = _("This event does not take registrations on the site.")


class RegistrationNotOpenYet(RegistrationRefused):
    status_code = 403
    message = _("Registration for this date has not opened yet.")


class RegistrationClosed(RegistrationRefused):
    status_code = 403
    message = _("Registration for this date is closed.")


class OccurrenceCancelled(RegistrationRefused):
    status_code = 410
    message = _("This date has been cancelled.")


class OccurrencePast(RegistrationRefused):
    status_code = 410
    message = _("This date has already taken place.")


class AlreadyRegistered(RegistrationRefused):
    status_code = 409
    message = _(
        "This email address is already registered for this date. Check your inbox for the "
        "confirmation, which has a link to view or cancel the registration."
    )


class ChildAlreadyRegistered(RegistrationRefused):
    status_code = 409
    message = _(
        "This child is already registered for this date. Check your inbox for the "
        "confirmation, which has a link to view or cancel the registration."
    )


class ReservedSeatsTaken(RegistrationRefused):
    status_code = 409
    message = _(
        "All the seats reserved for your organisation on this date are taken. Ask the "
        "programme's team whether more can be reserved."
    )


class ReservationRefused(RegistrationRefused):
    """Seats a team may not reserve: more than the date has free, or fewer than are taken."""

    status_code = 409


@dataclass(frozen=True)
class Seats:
    """Seats of one occurrence, as the public sees them. `capacity` None means unlimited.

    `confirmed` and `waitlisted` count the public's registrations; `reserved` the seats kept for
    partner organisations (`SeatReservation`), taken or not: those are never the public's.
    """

    capacity: int | None
    confirmed: int
    waitlisted: int
    reserved: int = 0

    @property
    def remaining(self) -> int | None:
        if self.capacity is None:
            return None
        return max(self.capacity - self.reserved - self.confirmed, 0)

    @property
    def is_full(self) -> bool:
        return self.capacity is not None and self.confirmed + self.reserved >= self.capacity


def settings_page(occurrence: Occurrence):
    """The page whose registration settings govern the occurrence (the series' schedule page).

    None when the event's programme is switched off: nothing can be registered for it.
    """
    from cms.events.models import EventPage
    from cms.ownership import records_of_enabled_programmes
    from cms.translations import governing_copy

    pages = records_of_enabled_programmes(EventPage.objects.select_related("venue"))
    return governing_copy(pages, occurrence.series_id)


def seats_of(occurrences: list[Occurrence], capacities: dict) -> dict[int, Seats]:
    """Seats of many occurrences in one query. `capacities` maps series_id → capacity."""
    ids = [o.pk for o in occurrences]
    counts = (
        Registration.objects.filter(occurrence__in=ids, reservation__isnull=True)
        .values("occurrence_id")
        .annotate(
            confirmed=Count("id", filter=Q(status=RegistrationStatus.CONFIRMED)),
            waitlisted=Count("id", filter=Q(status=RegistrationStatus.WAITLISTED)),
        )
    )
    by_id = {row["occurrence_id"]: row for row in counts}
    reserved = dict(
        SeatReservation.objects.filter(occurrence__in=ids)
        .values("occurrence_id")
        .annotate(seats=Sum("seats"))
        .values_list("occurrence_id", "seats")
    )
    return {
        o.pk: Seats(
            capacity=capacities.get(o.series_id),
            confirmed=by_id.get(o.pk, {}).get("confirmed", 0),
            waitlisted=by_id.get(o.pk, {}).get("waitlisted", 0),
            reserved=reserved.get(o.pk, 0),
        )
        for o in occurrences
    }


def seats_of_one(occurrence: Occurrence, capacity: int | None) -> Seats:
    return seats_of([occurrence], {occurrence.series_id: capacity})[occurrence.pk]


def registration_window(
    occurrence: Occurrence, page
) -> tuple[datetime.datetime | None, datetime.datetime]:
    """When registration for this date opens (None: already) and closes (default: its start)."""
    return page.registration_opens_at, page.registration_closes_at or occurrence.start


def check_open(occurrence: Occurrence, page, now: datetime.datetime) -> None:
    """Raise the refusal that applies to registering for `occurrence` at `now`, if any."""
    if page is None or not page.registration_required:
        raise RegistrationNotRequired
    if occurrence.status == OccurrenceStatus.CANCELLED:
        raise OccurrenceCancelled
    if now >= occurrence.start:
        raise OccurrencePast
    opens, closes = registration_window(occurrence, page)
    if now >= closes:
        raise RegistrationClosed
    if opens is not None and now < opens:
        raise RegistrationNotOpenYet


def _locked_occurrence(occurrence_id: int, lock: bool) -> Occurrence:
    queryset = Occurrence.objects.all()
    if lock:
        queryset = queryset.select_for_update()
    return queryset.get(pk=occurrence_id)


def register(
    occurrence_id: int,
    *,
    name: str,
    email: str,
    language: str,
    answers: list[dict] | None = None,
    child: Child | None = None,
    participant: Participant | None = None,
    reservation_id: int | None = None,
    now: datetime.datetime | None = None,
    lock: bool = True,
) -> Registration:
    """Register a person (or, with `child`, a guardian's child) for one occurrence: a seat if
    one is left, else the waiting list. `participant`: the age a person registering themselves
    gave, and for a minor the guardian who consented (recorded as consenting `now`).
    `reservation_id`: a partner organisation's coordinator registering someone on the seats
    reserved for it on this date; never the waiting list, never a public seat.

    `lock=False` exists for the concurrency tests' negative control only (it shows the lock is
    what prevents overselling); nothing else passes it.
    """
    now = now or timezone.now()
    with transaction.atomic():
        occurrence = _locked_occurrence(occurrence_id, lock)
        page = settings_page(occurrence)
        check_open(occurrence, page, now)
        email_key = email.strip().lower()
        active = Registration.objects.filter(occurrence=occurrence).exclude(
            status=RegistrationStatus.CANCELLED
        )
        child_key = child.first_name.strip().casefold() if child else ""
        if active.filter(email_key=email_key, child_key=child_key).exists():
            raise ChildAlreadyRegistered if child else AlreadyRegistered
        if reservation_id is None:
            reservation = None
            full = seats_of_one(occurrence, page.capacity).is_full
        else:
            reservation = _reservation_with_a_free_seat(occurrence, reservation_id)
            full = False
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    occurrence=occurrence,
                    programme=occurrence.programme,
                    reservation=reservation,
                    status=RegistrationStatus.WAITLISTED if full else RegistrationStatus.CONFIRMED,
                    name=name.strip(),
                    email=email.strip(),
                    language=language,
                    answers=answers or [],
                    consent_at=now,
                    child_first_name=child.first_name.strip() if child else "",
                    child_age=child.age if child else None,
                    participant_age=participant.age if participant else None,
                    guardian_name=participant.guardian_name.strip() if participant else "",
                    guardian_email=participant.guardian_email.strip() if participant else "",
                    guardian_consent_at=now if participant and participant.is_minor else None,
                )
        except IntegrityError as error:  # the same email, at the same instant, elsewhere
            raise (ChildAlreadyRegistered if child else AlreadyRegistered) from error
        event_pages_changed(occurrence.series_id)  # the seats left it shows
    _send_after_commit(registration, "confirmation")
    return registration


def _reservation_with_a_free_seat(occurrence: Occurrence, reservation_id: int):
    """The reservation, read under the date's lock, if it is this date's and has a seat left."""
    reservation = SeatReservation.objects.filter(pk=reservation_id, occurrence=occurrence).first()
    if reservation is None:
        raise RegistrationNotRequired
    taken = reservation.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    if taken >= reservation.seats:
        raise ReservedSeatsTaken
    return reservation


def reserve(
    occurrence_id: int, partner, seats: int, *, now: datetime.datetime | None = None
) -> SeatReservation | None:
    """Keep `seats` seats of a date for a partner organisation (0 gives them all back).

    Under the date's lock, as registrations are: the seats reserved for every partner and the
    public's confirmed seats together never exceed the capacity, and a reservation never drops
    below the seats its people already hold. People already confirmed keep their seats; the
    public's free seats shrink by what is reserved.
    """
    now = now or timezone.now()
    with transaction.atomic():
        occurrence = _locked_occurrence(occurrence_id, lock=True)
        page = settings_page(occurrence)
        if page is None or not page.registration_required:
            raise RegistrationNotRequired
        if occurrence.status == OccurrenceStatus.CANCELLED:
            raise OccurrenceCancelled
        if occurrence.start <= now:
            raise OccurrencePast
        if partner.programme != occurrence.programme:
            raise ReservationRefused(_("This organisation is a partner of another programme."))
        current = SeatReservation.objects.filter(occurrence=occurrence, partner=partner).first()
        taken = (
            current.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
            if current
            else 0
        )
        if seats < taken:
            raise ReservationRefused(
                ngettext(
                    "%(taken)d person is already registered on these seats: keep at least "
                    "%(taken)d seat.",
                    "%(taken)d people are already registered on these seats: keep at least "
                    "%(taken)d seats.",
                    taken,
                )
                % {"taken": taken}
            )
        if page.capacity is not None:
            public = seats_of_one(occurrence, page.capacity)
            others = public.reserved - (current.seats if current else 0)
            free = max(page.capacity - public.confirmed - others, 0)
            if seats > free:
                raise ReservationRefused(
                    ngettext(
                        "Only %(free)d seat of this date can be reserved.",
                        "Only %(free)d seats of this date can be reserved.",
                        free,
                    )
                    % {"free": free}
                )
        if current is None:
            current = (
                SeatReservation.objects.create(occurrence=occurrence, partner=partner, seats=seats)
                if seats
                else None
            )
        elif seats == 0 and not current.registrations.exists():
            current.delete()  # nobody was ever seated on it: nothing to keep a record of
            current = None
        else:
            current.seats = seats
            current.save(update_fields=["seats"])
        promoted = _fill_free_seats(occurrence, now)  # seats given back go to the waiting list
        event_pages_changed(occurrence.series_id)
    for person in promoted:
        _send_after_commit(person, "promotion")
    return current


def cancel(
    registration_id: int, *, now: datetime.datetime | None = None, notify: bool = True
) -> Registration:
    """Cancel a registration; a freed seat goes to the first person on the waiting list.

    `notify=False` sends the cancelled person nothing (an erasure: they asked to be forgotten);
    whoever is promoted is still told.
    """
    now = now or timezone.now()
    with transaction.atomic():
        # The date's row first, then the registration, in the order every other change takes
        # them (register, promote, filling seats): two cancellations at once would otherwise
        # each hold one lock and wait for the other's (a deadlock).
        occurrence_id = Registration.objects.values_list("occurrence_id", flat=True).get(
            pk=registration_id
        )
        occurrence = _locked_occurrence(occurrence_id, lock=True)
        registration = Registration.objects.get(pk=registration_id)  # read under the lock
        if registration.status == RegistrationStatus.CANCELLED:
            return registration
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        promoted = _fill_free_seats(occurrence, now)
        event_pages_changed(occurrence.series_id)
    if notify:
        _send_after_commit(registration, "cancellation")
    for person in promoted:
        _send_after_commit(person, "promotion")
    return registration


def fill_free_seats(
    occurrence_id: int, *, now: datetime.datetime | None = None
) -> list[Registration]:
    """Promote people from the waiting list while seats are free (e.g. after capacity grew)."""
    now = now or timezone.now()
    with transaction.atomic():
        occurrence = _locked_occurrence(occurrence_id, lock=True)
        promoted = _fill_free_seats(occurrence, now)
    for person in promoted:
        _send_after_commit(person, "promotion")
    return promoted


def promote(registration_id: int, *, now: datetime.datetime | None = None) -> bool:
    """Give one waiting person a seat if one is free; False if the occurrence is full."""
    now = now or timezone.now()
    with transaction.atomic():
        registration = Registration.objects.get(pk=registration_id)
        occurrence = _locked_occurrence(registration.occurrence_id, lock=True)
        registration.refresh_from_db()
        if registration.status != RegistrationStatus.WAITLISTED:
            return False
        page = settings_page(occurrence)
        if occurrence.start <= now:
            return False  # the date has happened: a seat can no longer be given
        if page is None or seats_of_one(occurrence, page.capacity).is_full:
            return False
        registration.status = RegistrationStatus.CONFIRMED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at"])
        event_pages_changed(occurrence.series_id)
    _send_after_commit(registration, "promotion")
    return True


def _fill_free_seats(occurrence: Occurrence, now: datetime.datetime) -> list[Registration]:
    page = settings_page(occurrence)
    if page is None or occurrence.status == OccurrenceStatus.CANCELLED:
        return []
    if occurrence.start <= now:
        return []  # a no-show cancelled afterwards frees no seat: nobody is told to come
    seats = seats_of_one(occurrence, page.capacity)
    waiting = Registration.objects.filter(
        occurrence=occurrence, status=RegistrationStatus.WAITLISTED
    ).order_by("created_at", "id")
    if seats.remaining is not None:
        waiting = waiting[: seats.remaining]
    promoted = list(waiting)
    for person in promoted:
        person.status = RegistrationStatus.CONFIRMED
        person.promoted_at = now
    Registration.objects.bulk_update(promoted, ["status", "promoted_at"])
    if promoted:
        event_pages_changed(occurrence.series_id)
    return promoted


def _send_after_commit(registration: Registration, kind: str) -> None:
    from cms.registrations.tasks import send_registration_email

    transaction.on_commit(
        lambda: send_registration_email.enqueue(registration_id=registration.pk, kind=kind)
    )

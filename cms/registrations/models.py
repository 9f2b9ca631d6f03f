"""A person's registration for one occurrence of an event.

A registration may be made by a parent or guardian for a child (an event type that says so, see
`cms.registrations.guardians`): `name` and `email` are then the guardian's, and the child's first
name and age are kept beside them, under the strictest retention and never exported in clear to
a team without the personal-data permission.

Registrations hang off `events.Occurrence` (shared by the event's translations), never off one
language's page. `on_delete=PROTECT`: an occurrence with registrations is never deleted by
re-publishing; the events engine cancels it instead, so nobody's registration is lost.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class RegistrationStatus(models.TextChoices):
    # Said of a registration ("înscriere", feminine); the context keeps "cancelled" apart from
    # the events' own, which would win in the merged catalogue and read "anulat".
    CONFIRMED = "confirmed", _("confirmed")
    WAITLISTED = "waitlisted", _("on the waiting list")
    CANCELLED = "cancelled", pgettext_lazy("status of a registration", "cancelled")


class Registration(models.Model):
    occurrence = models.ForeignKey(
        "events.Occurrence",
        verbose_name=_("date"),
        on_delete=models.PROTECT,
        related_name="registrations",
    )
    programme = models.CharField(_("programme"), max_length=50, db_index=True)
    status = models.CharField(
        _("status"), max_length=10, choices=RegistrationStatus.choices, db_index=True
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"), max_length=254)
    # Lower-cased email: the same person registering twice is recognised whatever the case.
    email_key = models.CharField(max_length=254, editable=False)
    language = models.CharField(_("language"), max_length=8)
    answers = models.JSONField(_("answers"), default=list, blank=True)
    consent_at = models.DateTimeField(_("consent given"))
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    promoted_at = models.DateTimeField(_("moved from the waiting list"), null=True, blank=True)
    cancelled_at = models.DateTimeField(
        pgettext_lazy("status of a registration", "cancelled"), null=True, blank=True
    )
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)
    # Registrations by a guardian for a child only; blank otherwise.
    child_first_name = models.CharField(_("child's first name"), max_length=100, blank=True)
    child_age = models.PositiveSmallIntegerField(_("child's age"), null=True, blank=True)
    # The child's first name, case-folded: one guardian may register two children for one date,
    # never the same child twice.
    child_key = models.CharField(max_length=100, editable=False, blank=True, default="")
    # Participants who register themselves with their age (`participant_age_range()`); for a
    # minor, the parent or guardian who consented, and when. Blank otherwise.
    participant_age = models.PositiveSmallIntegerField(
        _("participant's age"), null=True, blank=True
    )
    guardian_name = models.CharField(_("parent or guardian"), max_length=200, blank=True)
    guardian_email = models.EmailField(
        _("parent's or guardian's email"), max_length=254, blank=True
    )
    guardian_consent_at = models.DateTimeField(
        _("parent's or guardian's consent given"), null=True, blank=True
    )
    # Set when a partner organisation's coordinator registered the person on seats reserved
    # for it (`SeatReservation`); such a seat is never one of the public's.
    reservation = models.ForeignKey(
        "registrations.SeatReservation",
        verbose_name=_("reserved seats"),
        on_delete=models.PROTECT,
        related_name="registrations",
        null=True,
        blank=True,
    )

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "id"]
        permissions = [
            (
                "view_personal_data",
                _("Can export registrants' and children's personal data in clear"),
            )
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["occurrence", "email_key", "child_key"],
                condition=~Q(status="cancelled") & ~Q(email_key=""),
                name="registrations_one_active_per_email_and_child",
            )
        ]
        indexes = [
            models.Index(fields=["occurrence", "status", "created_at"], name="registrations_queue"),
            models.Index(fields=["email_key"], name="registrations_email"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_status_display()})"

    def save(self, *args, **kwargs):
        self.email_key = self.email.strip().lower()
        self.child_key = self.child_first_name.strip().casefold()
        return super().save(*args, **kwargs)

    @property
    def is_for_a_child(self) -> bool:
        return bool(self.child_key) or self.child_age is not None

    @property
    def is_minor_participant(self) -> bool:
        """A participant under 18 who registered themselves with a guardian's consent."""
        return self.guardian_consent_at is not None

    @property
    def is_active(self) -> bool:
        return self.status != RegistrationStatus.CANCELLED


class Partner(models.Model):
    """An organisation whose people a programme seats free of charge on seats reserved for it:
    the cultural voucher's partners, social and disability organisations. A programme's record,
    seen and managed by its team only."""

    programme = models.CharField(_("programme"), max_length=50, db_index=True)
    name = models.CharField(_("name"), max_length=200)
    coordinator_name = models.CharField(_("coordinator"), max_length=200)
    coordinator_email = models.EmailField(_("coordinator's email"), max_length=254)

    class Meta:
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class SeatReservation(models.Model):
    """Seats of one date kept for one partner organisation. They are taken out of the seats the
    public can register for; the partner's coordinator fills them through a signed link
    (`cms.registrations.tokens.make_partner_token`). Made and changed only by
    `allocation.reserve`, under the date's lock, so reserved and public seats together never
    exceed the date's capacity."""

    occurrence = models.ForeignKey(
        "events.Occurrence",
        verbose_name=_("date"),
        on_delete=models.PROTECT,
        related_name="reservations",
    )
    partner = models.ForeignKey(
        Partner,
        verbose_name=_("partner organisation"),
        on_delete=models.PROTECT,
        related_name="reservations",
    )
    seats = models.PositiveSmallIntegerField(_("seats"))
    created_at = models.DateTimeField(_("reserved"), auto_now_add=True)

    class Meta:
        verbose_name = _("reserved seats")
        verbose_name_plural = _("reserved seats")
        ordering = ["partner__name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["occurrence", "partner"], name="registrations_one_reservation_per_partner"
            )
        ]

    def __str__(self) -> str:
        return f"{self.partner} · {self.seats}"

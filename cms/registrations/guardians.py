"""Registrations that involve a parent or guardian, for any programme's event type.

Two hooks an event type may define (a method each; neither: the plain form):

- `child_age_range()` → (youngest, oldest): a parent or guardian registers a CHILD (below).
- `participant_age_range()` → (youngest, oldest), both inclusive, or None: young people
  REGISTER THEMSELVES and give their age (a summer school for ages 16 to 25). Those under
  `ADULT_AGE` also give a parent's or guardian's name and email and tick that this person
  agrees (`ParticipantRegistrationForm`); adults see those fields as "only if you are under
  18" and may leave them empty. The age and the guardian's consent (name, email, when) are
  kept with the registration, exported in clear only with the personal-data permission, and a
  minor's registration is anonymised as soon as a child's (`cms.registrations.purging`).

An event type takes them by defining `child_age_range()` → (youngest, oldest), both inclusive
(e.g. a summer camp for children aged 8 to 14). Its registration form then asks for the child's
first name and age and the guardian's name, email and consent (`GuardianRegistrationForm`); the
seat is allocated by the same locked `allocation.register` as every other registration.

The child's data is personal data of the most protected kind:
- it is anonymised soonest: `REGISTRATION_CHILD_RETENTION_DAYS` after the date, never later than
  adults' registrations (`cms.registrations.purging`);
- a team exports it only with the `registrations.view_personal_data` permission; without it,
  the guardian's email and the child's name are left out of every export (`in_clear`).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _

HIDDEN = _("(hidden: personal-data permission needed)")

# Below this age a participant who registers themselves needs a guardian's consent.
ADULT_AGE = 18


@dataclass(frozen=True)
class Child:
    """The child a guardian registers: a first name and an age, nothing more."""

    first_name: str
    age: int


def child_age_range(page) -> tuple[int, int] | None:
    """(youngest, oldest) if the event type of `page` registers children through a guardian."""
    specific = getattr(page, "specific_deferred", page)
    ages = getattr(specific, "child_age_range", None)
    return ages() if callable(ages) else None


@dataclass(frozen=True)
class Participant:
    """A participant registering themselves: their age, and for a minor the parent or guardian
    who consents (empty for an adult)."""

    age: int
    guardian_name: str = ""
    guardian_email: str = ""

    @property
    def is_minor(self) -> bool:
        return self.age < ADULT_AGE


def participant_age_range(page) -> tuple[int, int] | None:
    """(youngest, oldest) if the event type of `page` takes participants who register
    themselves with their age (minors with a guardian's consent), else None."""
    specific = getattr(page, "specific_deferred", page)
    ages = getattr(specific, "participant_age_range", None)
    return ages() if callable(ages) else None


def child_retention_days() -> int:
    """Days after a date that its children's data is kept: the strictest retention, never
    longer than adults' registrations."""
    return min(settings.REGISTRATION_CHILD_RETENTION_DAYS, settings.REGISTRATION_RETENTION_DAYS)


def may_export_in_clear(user) -> bool:
    """Whether `user` may export guardians' emails and children's names in clear."""
    return user.is_active and user.has_perm("registrations.view_personal_data")

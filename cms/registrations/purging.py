"""Retention: registrations are anonymised a set number of days after their occurrence; those
made by a guardian for a child, or by a minor with a guardian's consent, sooner (`cms.registrations.guardians.child_retention_days`)."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db.models import Q

from cms.registrations.guardians import child_retention_days
from cms.registrations.models import Registration
from cms.registrations.privacy import anonymise


def retention_days() -> int:
    return settings.REGISTRATION_RETENTION_DAYS


def anonymise_past_registrations(*, now: datetime.datetime, dry_run: bool, log) -> int:
    cutoff = now - datetime.timedelta(days=retention_days())
    child_cutoff = now - datetime.timedelta(days=child_retention_days())
    # A child registered by a guardian, or a minor who registered with a guardian's consent.
    for_a_child = (
        ~Q(child_key="") | Q(child_age__isnull=False) | Q(guardian_consent_at__isnull=False)
    )
    due = Registration.objects.filter(
        Q(occurrence__end__lt=cutoff) | (for_a_child & Q(occurrence__end__lt=child_cutoff)),
        anonymised_at__isnull=True,
    )
    count = due.count()
    log(
        f"  registrations of dates that ended before {cutoff:%Y-%m-%d} "
        f"(children's: before {child_cutoff:%Y-%m-%d}): {count}"
    )
    if dry_run:
        return count
    return anonymise(due)

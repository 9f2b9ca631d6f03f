"""Retention: registrations are anonymised a set number of days after their occurrence."""

from __future__ import annotations

import datetime

from django.conf import settings

from cms.registrations.models import Registration
from cms.registrations.privacy import anonymise


def retention_days() -> int:
    return settings.REGISTRATION_RETENTION_DAYS


def anonymise_past_registrations(*, now: datetime.datetime, dry_run: bool, log) -> int:
    cutoff = now - datetime.timedelta(days=retention_days())
    due = Registration.objects.filter(occurrence__end__lt=cutoff, anonymised_at__isnull=True)
    count = due.count()
    log(f"  registrations of dates that ended before {cutoff:%Y-%m-%d}: {count}")
    if dry_run:
        return count
    return anonymise(due)

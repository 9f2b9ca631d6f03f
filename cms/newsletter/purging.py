"""Retention: an address never confirmed is deleted `NEWSLETTER_UNCONFIRMED_DAYS` after signup.

Listed on the app's config, so `manage.py purge_personal_data` (run daily) runs it with every
other purger; `manage.py purge_unconfirmed_subscribers` runs it alone.
"""

from __future__ import annotations

import datetime

from cms.newsletter.models import Subscriber, unconfirmed_cutoff, unconfirmed_days


def purge_unconfirmed_subscribers(*, now: datetime.datetime, dry_run: bool, log) -> int:
    due = Subscriber.objects.filter(
        confirmed_at__isnull=True, created_at__lt=unconfirmed_cutoff(now)
    )
    count = due.count()
    log(f"  newsletter addresses unconfirmed for {unconfirmed_days()} days: {count}")
    if dry_run or not count:
        return count
    due.delete()
    return count

"""Erasing open-call applications whose retention has run out.

`manage.py purge_personal_data` runs every purger that an installed app lists on its AppConfig
(`personal_data_purgers`, dotted paths); this module is the one open calls list. A purger is a
callable `purger(*, now, dry_run, log) -> int` that returns how many records it erased (or
would erase, on a dry run) and reports progress through `log(message)`.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from django.db import transaction

from cms.opencalls.models import Application, ApplicationFile
from cms.opencalls.uploads import private_storage

ERASED_FORM_DATA: dict = {}


def erase_application(application: Application, *, now: datetime.datetime) -> int:
    """Delete an application's files and blank its answers, name, email and notes.

    The row stays with its reference, call, programme, language, status and dates, so the
    centre can still count applications per call after the people in them are forgotten.
    Returns the number of files deleted.
    """
    storage = private_storage()
    with transaction.atomic():
        files = list(application.files.all())
        ApplicationFile.objects.filter(pk__in=[f.pk for f in files]).delete()
        Application.objects.filter(pk=application.pk).update(
            form_data=ERASED_FORM_DATA,
            applicant_name="",
            applicant_email="",
            reviewer_notes="",
            personal_data_erased_at=now,
        )
    # post_delete also removes them on commit; deleting here makes the purge's effect
    # immediate and independent of the caller's transaction.
    for stored in files:
        storage.delete(stored.stored_name)
    return len(files)


def purge_expired_applications(
    *, now: datetime.datetime, dry_run: bool, log: Callable[[str], None]
) -> int:
    """Erase every application whose call closed longer ago than the call's retention."""
    expired = Application.objects.filter(
        retain_until__lte=now, personal_data_erased_at__isnull=True
    ).order_by("pk")
    count = 0
    for application in expired.iterator():
        count += 1
        if dry_run:
            log(f"  would erase application {application.reference}")
            continue
        deleted_files = erase_application(application, now=now)
        log(f"  erased application {application.reference} ({deleted_files} file(s))")
    return count

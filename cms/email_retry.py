"""Retrying emails sent from django-tasks tasks, the one way every engine app does it.

A failed send is logged by the task and, on a backend that can defer (the database worker in
production), enqueued again later with a growing delay; the attempt number travels as an
argument because each retry is a new task result. The record the email is about (a
registration, an application) is already committed, so a mail server outage loses nothing.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Iterator
from contextlib import contextmanager

from django.utils import timezone

logger = logging.getLogger(__name__)

MAX_EMAIL_ATTEMPTS = 5
RETRY_DELAYS = [
    datetime.timedelta(minutes=1),
    datetime.timedelta(minutes=10),
    datetime.timedelta(hours=1),
    datetime.timedelta(hours=6),
]


def schedule_retry(email_task, attempt: int, *args, **kwargs) -> bool:
    """Enqueue attempt `attempt + 1` later, where the backend can defer. True if scheduled."""
    if attempt >= MAX_EMAIL_ATTEMPTS or not email_task.get_backend().supports_defer:
        return False
    delay = RETRY_DELAYS[min(attempt, len(RETRY_DELAYS)) - 1]
    try:
        email_task.using(run_after=timezone.now() + delay).enqueue(
            *args, attempt=attempt + 1, **kwargs
        )
    except Exception:
        logger.exception("Could not schedule another attempt")
        return False
    return True


@contextmanager
def retried_on_failure(email_task, attempt: int, *args, description: str) -> Iterator[None]:
    """Run a send; if it fails, log it, schedule the next attempt and re-raise.

    Re-raising marks this task result failed (visible in the task results) while the next
    attempt, if any, is already queued: `description` names the email in the log.
    """
    try:
        yield
    except Exception:
        logger.exception("%s failed", description)
        schedule_retry(email_task, attempt, *args)
        raise

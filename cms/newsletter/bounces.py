"""Bounces and complaints reported by the SMTP provider: who must stop receiving letters.

A hard bounce (the address does not exist) or a complaint (marked as spam) stops the address at
once; soft bounces (a full mailbox, a server down) stop it after `SOFT_BOUNCE_LIMIT` in a row.
A stopped address keeps its row, so signing it up again does not restart the letters; it can
still unsubscribe (then the row goes).
"""

from __future__ import annotations

import enum

from django.db.models import F
from django.utils import timezone

from cms.newsletter.models import Subscriber

SOFT_BOUNCE_LIMIT = 3


class Report(enum.StrEnum):
    HARD = "hard"
    SOFT = "soft"
    COMPLAINT = "complaint"


def record(report: Report, email: str) -> str:
    """Apply one report; what happened, in a word the command prints."""
    subscribers = Subscriber.objects.filter(email=email.strip().lower())
    if not subscribers.exists():
        return "unknown"
    if report == Report.SOFT:
        subscribers.update(soft_bounces=F("soft_bounces") + 1)
        subscribers = subscribers.filter(soft_bounces__gte=SOFT_BOUNCE_LIMIT)
    stopped = subscribers.filter(stopped_at__isnull=True).update(
        stopped_at=timezone.now(), stop_reason=str(report)
    )
    return "stopped" if stopped else "counted"

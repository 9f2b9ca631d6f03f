"""Sending a letter: one send record per recipient, a bounded rate, resumable after a crash.

`start_sending` writes a pending `Delivery` for every subscriber who receives letters, then
queues `send_letter` on the task worker. Each delivery is sent inside a transaction that locks
its row and marks it sent: a worker killed before the commit leaves it pending (sent again by
the next run), one killed after leaves it sent (never sent again). The one window left — the
SMTP server accepted the message and the process died before the commit — cannot be closed
from this side; the message's `Message-ID` is the same on a second attempt, so receiving
servers that de-duplicate on it drop the copy.

The rate (`NEWSLETTER_MESSAGES_PER_MINUTE`) is kept per batch: a batch is one minute's worth,
and the next batch is queued a minute after the previous one started (with the database
worker), or waited for in the same process (the immediate backend of development).
"""

from __future__ import annotations

import datetime
import logging
import time

from django_tasks import task

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from cms.newsletter.models import Delivery, DeliveryStatus, Letter, LetterStatus, Subscriber

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
pause = time.sleep  # tests replace it: they never wait for the wall clock


def per_minute() -> int:
    return max(1, settings.NEWSLETTER_MESSAGES_PER_MINUTE)


def start_sending(letter: Letter) -> bool:
    """Freeze the recipients and queue the sending. False if it was not a draft."""
    with transaction.atomic():
        letter = Letter.objects.select_for_update().get(pk=letter.pk)
        if letter.status != LetterStatus.DRAFT:
            return False
        letter.status = LetterStatus.SENDING
        letter.send_started_at = timezone.now()
        letter.save(update_fields=["status", "send_started_at"])
        Delivery.objects.bulk_create(
            [
                Delivery(letter=letter, subscriber_id=pk, language=language)
                for pk, language in Subscriber.objects.receiving()
                .order_by("pk")
                .values_list("pk", "language")
            ],
            ignore_conflicts=True,
        )
        transaction.on_commit(lambda: send_letter.enqueue(letter.pk))
    return True


def _message_id(delivery: Delivery) -> str:
    from cms.site_urls import base_host_and_port

    host, _port = base_host_and_port()
    return f"<newsletter-{delivery.letter_id}-{delivery.pk}@{host}>"


class DigestCache:
    """Readers of one language and one set of programmes share one digest (and its queries)."""

    def __init__(self, letter: Letter):
        self.letter = letter
        self.digests: dict = {}

    def for_reader(self, subscriber: Subscriber):
        from cms.newsletter.digest import build_digest

        key = (subscriber.language, tuple(subscriber.programme_slugs))
        if key not in self.digests:
            self.digests[key] = build_digest(self.letter.month, *key)
        return self.digests[key]


def _send_one(delivery_id: int, digests: DigestCache) -> str | None:
    """Send one pending delivery; its new status, or None if another worker has it."""
    from cms.newsletter.letters import build_digest_letter

    with transaction.atomic():
        delivery = (
            Delivery.objects.select_for_update()
            .filter(pk=delivery_id, status=DeliveryStatus.PENDING)
            .first()
        )
        if delivery is None:
            return None
        subscriber = (
            Subscriber.objects.receiving()
            .prefetch_related("programme_choices")
            .filter(pk=delivery.subscriber_id)
            .first()
        )
        if subscriber is None:  # left, or bounced, since sending started
            delivery.status = DeliveryStatus.SKIPPED
        else:
            message = build_digest_letter(
                digests.letter, subscriber, digest=digests.for_reader(subscriber)
            )
            message.extra_headers["Message-ID"] = _message_id(delivery)
            try:
                message.send()
            except Exception:
                logger.exception("Newsletter delivery %s failed", delivery.pk)
                delivery.attempts += 1
                if delivery.attempts >= MAX_ATTEMPTS:
                    delivery.status = DeliveryStatus.FAILED
                delivery.save(update_fields=["attempts", "status"])
                return delivery.status
            delivery.status = DeliveryStatus.SENT
            delivery.sent_at = timezone.now()
        delivery.save(update_fields=["status", "sent_at"])
        return delivery.status


def send_batch(letter_id: int, limit: int) -> int:
    """Send up to `limit` pending deliveries of the letter; how many were attempted."""
    letter = Letter.objects.get(pk=letter_id)
    digests = DigestCache(letter)
    pending = list(
        Delivery.objects.filter(letter_id=letter_id, status=DeliveryStatus.PENDING)
        .order_by("pk")
        .values_list("pk", flat=True)[:limit]
    )
    for delivery_id in pending:
        _send_one(delivery_id, digests)
    return len(pending)


def finish_if_done(letter_id: int) -> bool:
    if Delivery.objects.filter(letter_id=letter_id, status=DeliveryStatus.PENDING).exists():
        return False
    Letter.objects.filter(pk=letter_id, status=LetterStatus.SENDING).update(
        status=LetterStatus.SENT, sent_at=timezone.now()
    )
    return True


def run(letter_id: int, *, can_defer: bool) -> None:
    """Send a minute's batch; then queue the next (deferring backend) or wait and go on."""
    while True:
        started = time.monotonic()
        send_batch(letter_id, per_minute())
        if finish_if_done(letter_id):
            return
        if can_defer:
            send_letter.using(run_after=timezone.now() + datetime.timedelta(seconds=60)).enqueue(
                letter_id
            )
            return
        pause(max(0.0, 60 - (time.monotonic() - started)))


def resume_unfinished() -> list[int]:
    """Queue again every letter left half-sent (a worker died): the command and admin use it."""
    letters = list(Letter.objects.filter(status=LetterStatus.SENDING).values_list("pk", flat=True))
    for letter_id in letters:
        send_letter.enqueue(letter_id)
    return letters


@task()
def send_letter(letter_id: int) -> None:
    """The task worker's job: send the letter at the configured rate (see `run`)."""
    run(letter_id, can_defer=send_letter.get_backend().supports_defer)

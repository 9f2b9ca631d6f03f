"""Signing up, confirming, changing and leaving: the one place a subscription changes.

Every email goes out through the task worker after the change is committed (`tasks`).
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone

from cms.newsletter.models import Subscriber


def _send_after_commit(subscriber_id: int, kind: str) -> None:
    from cms.newsletter.tasks import send_subscriber_email

    transaction.on_commit(lambda: send_subscriber_email.enqueue(subscriber_id, kind))


def subscribe(email: str, language: str, programmes: list[str]) -> Subscriber:
    """Ask `email` to confirm; nothing is sent to it but that until it does.

    An address that is already confirmed keeps its settings (anyone can type anyone's address
    into the box) and gets its manage link instead, so the page's answer is the same either way
    and tells a stranger nothing about who subscribes.
    """
    email = email.strip().lower()
    try:
        with transaction.atomic():
            subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
            if subscriber is None:
                subscriber = Subscriber.objects.create(email=email, language=language)
            elif subscriber.confirmed_at is not None:
                if subscriber.stopped_at is None:  # a bounced address is not written to again
                    _send_after_commit(subscriber.pk, "already_subscribed")
                return subscriber
            else:
                # Unconfirmed: the newest signup wins, and the purge clock starts again.
                subscriber.language = language
                subscriber.created_at = timezone.now()
                subscriber.save(update_fields=["language", "created_at"])
            subscriber.set_programmes(programmes)
            _send_after_commit(subscriber.pk, "confirm")
            return subscriber
    except IntegrityError:  # the same address signed up twice at the same instant: one wins
        return Subscriber.objects.get(email=email)


def confirm(subscriber: Subscriber) -> bool:
    """Confirm the address (this is the moment of consent). False if it already was."""
    updated = Subscriber.objects.filter(pk=subscriber.pk, confirmed_at__isnull=True).update(
        confirmed_at=timezone.now()
    )
    subscriber.refresh_from_db()
    return bool(updated)


def change(subscriber: Subscriber, *, language: str, programmes: list[str]) -> None:
    with transaction.atomic():
        Subscriber.objects.filter(pk=subscriber.pk).update(language=language)
        subscriber.language = language
        subscriber.set_programmes(programmes)


def unsubscribe(subscriber: Subscriber) -> None:
    """Forget the address: the row goes (its send records keep the letters' counts)."""
    subscriber.delete()


def forget_email(email: str) -> int:
    """Erasure of a person: their subscription, whatever its state. Returns rows deleted."""
    deleted, _per_model = Subscriber.objects.filter(email=email.strip().lower()).delete()
    return 1 if deleted else 0

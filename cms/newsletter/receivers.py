"""Erasing a person with the registrations' personal-data tool also ends their subscription."""

from __future__ import annotations


def forget_the_subscription(sender, email: str, **kwargs) -> None:
    from cms.newsletter.subscribing import forget_email

    forget_email(email)


def connect() -> None:
    from cms.registrations.privacy import person_erased

    person_erased.connect(forget_the_subscription, dispatch_uid="newsletter.forget_subscription")

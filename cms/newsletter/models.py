"""Newsletter subscribers, the monthly letters and one send record per letter and subscriber.

A subscriber exists from the signup; only a confirmed one (double opt-in) receives letters.
Unsubscribing, erasure and the purge of unconfirmed addresses delete the row: nothing personal is
kept about someone who left. A letter's send records keep the counts (their subscriber becomes
NULL), so "sent to 412" stays true after people leave.
"""

from __future__ import annotations

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


def new_secret() -> str:
    return secrets.token_urlsafe(18)


class SubscriberQuerySet(models.QuerySet):
    def receiving(self):
        """Confirmed addresses that have not bounced hard or complained: who gets letters."""
        return self.filter(confirmed_at__isnull=False, stopped_at__isnull=True)


class Subscriber(models.Model):
    email = models.EmailField(_("email"), max_length=254, unique=True)  # stored lower-cased
    language = models.CharField(_("language of the letters"), max_length=8)
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True, db_index=True)
    # Hard bounce or complaint: the address stays known (so it is not mailed again by accident)
    # but receives nothing more.
    stopped_at = models.DateTimeField(_("stopped receiving"), null=True, blank=True)
    stop_reason = models.CharField(_("why"), max_length=20, blank=True)
    soft_bounces = models.PositiveSmallIntegerField(default=0)
    # Part of every signed link: a new secret (after unsubscribing and signing up again) makes
    # every older link of that address worthless.
    secret = models.CharField(max_length=32, default=new_secret, editable=False)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        permissions = [
            ("export_subscribers", _("Can export the newsletter's subscribers (personal data)")),
        ]

    def __str__(self) -> str:
        return self.email

    @property
    def programme_slugs(self) -> list[str]:
        return sorted(choice.programme for choice in self.programme_choices.all())

    def set_programmes(self, slugs) -> None:
        self.programme_choices.exclude(programme__in=list(slugs)).delete()
        have = set(self.programme_choices.values_list("programme", flat=True))
        SubscriberProgramme.objects.bulk_create(
            SubscriberProgramme(subscriber=self, programme=slug)
            for slug in slugs
            if slug not in have
        )


class SubscriberProgramme(models.Model):
    """A programme a subscriber wants dates of. A row, not a JSON list: teams count their
    programme's subscribers with one indexed query, on SQLite and PostgreSQL alike."""

    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="programme_choices"
    )
    programme = models.CharField(_("programme"), max_length=50, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "programme"], name="newsletter_one_row_per_programme"
            )
        ]

    def __str__(self) -> str:
        return self.programme


def unconfirmed_days() -> int:
    return settings.NEWSLETTER_UNCONFIRMED_DAYS


def unconfirmed_cutoff(now: datetime.datetime) -> datetime.datetime:
    return now - datetime.timedelta(days=unconfirmed_days())


class LetterStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("status of a letter", "draft")
    SENDING = "sending", pgettext_lazy("status of a letter", "sending")
    SENT = "sent", pgettext_lazy("status of a letter", "sent")


class Letter(models.Model):
    """One month's digest. Its content (dates, calls, news) is built when it is sent, per
    subscriber; the editor writes only the introduction, in each language."""

    month = models.DateField(
        _("month"), unique=True, help_text=_("The month whose events the letter announces.")
    )
    intro_ro = models.TextField(_("introduction (Romanian)"), blank=True)
    intro_en = models.TextField(_("introduction (English)"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=LetterStatus.choices, default=LetterStatus.DRAFT
    )
    created_at = models.DateTimeField(auto_now_add=True)
    send_started_at = models.DateTimeField(_("sending started"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("letter")
        verbose_name_plural = _("letters")
        ordering = ["-month"]

    def __str__(self) -> str:
        return f"{self.month:%Y-%m}"

    def intro_in(self, language: str) -> str:
        return self.intro_en if language == "en" else self.intro_ro


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", pgettext_lazy("status of a sent letter", "waiting")
    SENT = "sent", pgettext_lazy("status of a sent letter", "sent")
    SKIPPED = "skipped", pgettext_lazy("status of a sent letter", "not sent (left or bounced)")
    FAILED = "failed", pgettext_lazy("status of a sent letter", "failed")


class Delivery(models.Model):
    """The send record of one letter to one subscriber: written for every recipient when
    sending starts, marked sent in the same transaction as the send. A worker that dies
    mid-send leaves the rest pending; the next run sends those and no other (unique per letter
    and subscriber, so nobody gets the letter twice)."""

    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(
        Subscriber, null=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    language = models.CharField(max_length=8)
    status = models.CharField(
        max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["letter", "subscriber"], name="newsletter_one_delivery_per_subscriber"
            )
        ]
        indexes = [models.Index(fields=["letter", "status"], name="newsletter_delivery_status")]

    def __str__(self) -> str:
        return f"{self.letter} → {self.subscriber_id}: {self.status}"

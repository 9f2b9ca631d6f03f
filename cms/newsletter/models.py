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

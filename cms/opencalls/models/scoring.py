"""Jury scoring of a call's shortlisted applications, on criteria the call publishes.

A call lists its criteria (`ScoringCriterion`: a name and a highest score) and its jurors
(`CallJuror`: admin users). Both are read from the call's governing (Romanian) page, as its
deadline is. Each juror gives each application on the jury's list one score per criterion
(`JuryScore`). The rules of who sees what live in `cms.opencalls.jury`.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class ScoringCriterion(Orderable):
    """One published criterion of a call ("feasibility"), scored from 0 to `max_score`."""

    page = ParentalKey(
        "opencalls.OpenCallPage", on_delete=models.CASCADE, related_name="scoring_criteria"
    )
    name = models.CharField(_("criterion"), max_length=100)
    max_score = models.PositiveSmallIntegerField(
        _("highest score"), default=10, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )

    panels = [FieldPanel("name"), FieldPanel("max_score")]

    class Meta(Orderable.Meta):
        verbose_name = _("scoring criterion")
        verbose_name_plural = _("scoring criteria")

    def __str__(self) -> str:
        return self.name


class CallJuror(Orderable):
    """A member of a call's jury: an admin user who scores its shortlisted applications."""

    page = ParentalKey("opencalls.OpenCallPage", on_delete=models.CASCADE, related_name="jurors")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("juror"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("user")]

    class Meta(Orderable.Meta):
        verbose_name = _("juror")
        verbose_name_plural = _("jurors")

    def __str__(self) -> str:
        return self.user.get_full_name() or self.user.get_username()


class JuryScore(models.Model):
    """One juror's score of one application on one criterion."""

    application = models.ForeignKey(
        "opencalls.Application", on_delete=models.CASCADE, related_name="jury_scores"
    )
    juror = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    criterion = models.ForeignKey(ScoringCriterion, on_delete=models.CASCADE, related_name="+")
    score = models.PositiveSmallIntegerField(_("score"))
    scored_at = models.DateTimeField(_("scored at"), auto_now=True)

    class Meta:
        verbose_name = _("jury score")
        verbose_name_plural = _("jury scores")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "juror", "criterion"], name="opencalls_one_score_each"
            )
        ]

    def __str__(self) -> str:
        return f"{self.application_id}/{self.criterion_id}: {self.score}"

"""Who sees what of a call's jury scores, and the ranking.

- The jury's list: the call's shortlisted applications, and any already scored (deciding on
  one after the jury keeps it in the ranking).
- A juror scores every application on the list on every criterion, and sees only their own
  scores until the jury is complete: every juror has scored every application on every
  criterion. Then jurors and the call's reviewers see the ranking (mean total over jurors,
  highest first) and export it.
- Criteria and jurors are the governing (Romanian) page's, as the call's deadline is.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Avg, Q, QuerySet

from cms.opencalls.models import (
    Application,
    ApplicationStatus,
    JuryScore,
    OpenCallPage,
    ScoringCriterion,
)
from cms.translations import governing_copy


def governing_call(call_key) -> OpenCallPage | None:
    return governing_copy(OpenCallPage, call_key, live=False)


def criteria_of(call: OpenCallPage) -> list[ScoringCriterion]:
    return list(ScoringCriterion.objects.filter(page=call).order_by("sort_order", "pk"))


def juror_ids(call: OpenCallPage) -> set[int]:
    return set(call.jurors.values_list("user_id", flat=True))


def is_juror(user, call: OpenCallPage) -> bool:
    return call.jurors.filter(user_id=user.pk).exists()


def jury_applications(call: OpenCallPage) -> QuerySet:
    scored = Q(pk__in=JuryScore.objects.values("application_id"))
    return (
        Application.objects.filter(call_key=call.translation_key)
        .filter(Q(status=ApplicationStatus.SHORTLISTED) | scored)
        .order_by("reference")
    )


def is_complete(call: OpenCallPage) -> bool:
    """Every juror has scored every application on the list on every criterion."""
    jurors = juror_ids(call)
    criteria = criteria_of(call)
    applications = jury_applications(call)
    expected = len(jurors) * len(criteria) * applications.count()
    if not expected:
        return False
    given = JuryScore.objects.filter(
        application__in=applications, juror_id__in=jurors, criterion__in=criteria
    ).count()
    return given == expected


def own_scores(call: OpenCallPage, user) -> dict[int, dict[int, int]]:
    """{application id: {criterion id: score}} of one juror."""
    scores: dict[int, dict[int, int]] = {}
    rows = JuryScore.objects.filter(
        juror=user, application__in=jury_applications(call), criterion__page=call
    ).values_list("application_id", "criterion_id", "score")
    for application_id, criterion_id, score in rows:
        scores.setdefault(application_id, {})[criterion_id] = score
    return scores


def progress(call: OpenCallPage) -> list[tuple[object, int, int]]:
    """(juror, applications fully scored, applications on the list): no score is shown."""
    criteria = criteria_of(call)
    applications = list(jury_applications(call).values_list("pk", flat=True))
    counts: dict[int, dict[int, int]] = {}
    for juror_id, application_id in JuryScore.objects.filter(
        application_id__in=applications, criterion__in=criteria
    ).values_list("juror_id", "application_id"):
        counts.setdefault(juror_id, {}).setdefault(application_id, 0)
        counts[juror_id][application_id] += 1
    rows = []
    for juror in call.jurors.select_related("user"):
        done = sum(1 for n in counts.get(juror.user_id, {}).values() if n == len(criteria))
        rows.append((juror, done, len(applications)))
    return rows


@dataclass
class Ranked:
    rank: int
    application: Application
    means: list[Decimal]  # per criterion, in the criteria's order
    total: Decimal


def _two_places(value) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def ranking(call: OpenCallPage) -> list[Ranked]:
    """The applications by their jurors' mean total, highest first (ties: by reference).

    Only meaningful once `is_complete(call)`; the views never show it before."""
    criteria = criteria_of(call)
    applications = list(jury_applications(call))
    means = {
        (row["application_id"], row["criterion_id"]): row["mean"]
        for row in JuryScore.objects.filter(
            application__in=applications,
            juror_id__in=juror_ids(call),
            criterion__in=criteria,
        )
        .values("application_id", "criterion_id")
        .annotate(mean=Avg("score"))
    }
    rows = []
    for application in applications:
        per_criterion = [_two_places(means.get((application.pk, c.pk), 0)) for c in criteria]
        rows.append((application, per_criterion, sum(per_criterion, Decimal(0))))
    rows.sort(key=lambda row: (-row[2], row[0].reference))
    return [
        Ranked(rank=position, application=application, means=per, total=total)
        for position, (application, per, total) in enumerate(rows, start=1)
    ]

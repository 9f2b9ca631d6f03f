"""The cultural voucher in the demo: two partner organisations of the Academy (invented, marked
demo), each with seats kept on the next public showing of a residency round."""

from __future__ import annotations

from cms.demo import DemoBuilder

PARTNERS = [
    # name, coordinator, email, seats
    ("Asociația Incluziune Cluj (demo)", "Maria Pop", "maria.pop@example.org", 6),
    ("Fundația Pași Împreună (demo)", "Ioan Rus", "ioan.rus@example.org", 4),
]


def build_voucher_partners(demo: DemoBuilder) -> None:
    from django.utils import timezone

    from cms.events.models import Occurrence, OccurrenceStatus
    from cms.registrations import allocation
    from cms.registrations.models import Partner
    from plugins.academy.models import AcademyEventPage

    showings = AcademyEventPage.objects.filter(
        locale=demo.ro, registration_required=True, capacity__isnull=False
    ).values("translation_key")
    occurrence = (
        Occurrence.objects.filter(
            series_id__in=showings, start__gt=timezone.now(), status=OccurrenceStatus.SCHEDULED
        )
        .order_by("start")
        .first()
    )
    if occurrence is None:
        demo.log("  (no upcoming Academy date takes registrations: no seats reserved)")
        return
    for name, coordinator, email, seats in PARTNERS:
        partner, _created = Partner.objects.get_or_create(
            programme="academy",
            name=name,
            defaults={"coordinator_name": coordinator, "coordinator_email": email},
        )
        allocation.reserve(occurrence.pk, partner, seats)
    demo.log(f"  cultural voucher: {len(PARTNERS)} partners with seats kept on {occurrence}")

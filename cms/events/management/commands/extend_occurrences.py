"""`manage.py extend_occurrences`: roll the occurrence horizon forward (run it daily).

The scheduled task `cms.events.tasks.extend_occurrences_task` does the same through django-tasks.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from cms.events.materialise import extend_occurrences
from cms.events.schedule import horizon_days


class Command(BaseCommand):
    help = "Materialise occurrences of open-ended event series up to the rolling horizon."

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            help="Re-materialise every live event (e.g. after changing EVENTS_HORIZON_DAYS).",
        )

    def handle(self, *args, **options):
        count = extend_occurrences(everything=options["all"])
        self.stdout.write(f"Occurrences: {count} event(s) materialised to {horizon_days()} days.")

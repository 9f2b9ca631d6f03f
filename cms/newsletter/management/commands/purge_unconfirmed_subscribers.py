"""`manage.py purge_unconfirmed_subscribers`: delete newsletter signups never confirmed in time.

`purge_personal_data` runs the same purge among all the others; this runs it alone.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django.utils import timezone

from cms.newsletter.purging import purge_unconfirmed_subscribers


class Command(BaseCommand):
    help = "Delete newsletter addresses that were not confirmed within NEWSLETTER_UNCONFIRMED_DAYS."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only say what would go.")

    def handle(self, *args, dry_run: bool = False, **options):
        count = purge_unconfirmed_subscribers(
            now=timezone.now(), dry_run=dry_run, log=self.stdout.write
        )
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(self.style.SUCCESS(f"{verb} {count} unconfirmed address(es)."))

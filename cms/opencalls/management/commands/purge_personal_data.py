"""`manage.py purge_personal_data`: erase personal data kept longer than its retention.

The command owns no data itself. Every installed app that keeps personal data lists its purgers
on its AppConfig:

    class RegistrationsConfig(AppConfig):
        personal_data_purgers = ["cms.registrations.purging.purge_old_registrations"]

and each purger is called as `purger(now=..., dry_run=..., log=...)`, returning how many
records it erased. Run it daily (cron or a scheduled task).
"""

from __future__ import annotations

from django.apps import apps
from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.module_loading import import_string


def registered_purgers() -> list[tuple[str, object]]:
    """(dotted path, callable) of every purger of every installed app, in INSTALLED_APPS order."""
    purgers = []
    for app_config in apps.get_app_configs():
        for dotted_path in getattr(app_config, "personal_data_purgers", ()):
            purgers.append((dotted_path, import_string(dotted_path)))
    return purgers


class Command(BaseCommand):
    help = "Erase personal data (applications, registrations…) past its retention period."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only say what would be erased.",
        )

    def handle(self, *args, dry_run: bool = False, **options):
        now = timezone.now()
        total = 0
        for dotted_path, purger in registered_purgers():
            self.stdout.write(f"{dotted_path}:")
            count = purger(now=now, dry_run=dry_run, log=self.stdout.write)
            verb = "would erase" if dry_run else "erased"
            self.stdout.write(f"  {verb} {count} record(s)")
            total += count
        verb = "Would erase" if dry_run else "Erased"
        self.stdout.write(self.style.SUCCESS(f"{verb} {total} record(s) in total."))

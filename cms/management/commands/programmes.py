"""`manage.py programmes`: which programme plugins are enabled, and what they implement."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand
from django.db import DatabaseError

from cms.plugin_manager import enabled_programmes


class Command(BaseCommand):
    help = "List the enabled programme plugins: slug, names, version and implemented hooks."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="Print a JSON list.")

    def handle(self, *args, **options):
        from cms.programmes import section_urls

        rows = []
        for programme in enabled_programmes():
            try:
                sections = section_urls(programme)
            except DatabaseError:  # not migrated yet: the list is still useful
                sections = {}
            rows.append(
                {
                    "slug": programme.slug,
                    "name": {"ro": programme.info.name["ro"], "en": programme.info.name["en"]},
                    "version": programme.version,
                    "hooks": list(programme.hooks),
                    "sections": sections,
                }
            )
        if options["json"]:
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        if not rows:
            self.stdout.write("No programme is enabled.")
        for row in rows:
            self.stdout.write(self.style.MIGRATE_HEADING(f"{row['slug']} {row['version']}"))
            self.stdout.write(f"  ro: {row['name']['ro']}")
            self.stdout.write(f"  en: {row['name']['en']}")
            self.stdout.write(f"  hooks: {', '.join(row['hooks'])}")
            for language, url in row["sections"].items():
                self.stdout.write(f"  section ({language}): {url}")

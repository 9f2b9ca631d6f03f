"""`manage.py record_newsletter_bounces`: tell the newsletter which addresses bounced or
complained, from the SMTP provider's report.

    manage.py record_newsletter_bounces --hard ana@example.org --complaint ion@example.org
    manage.py record_newsletter_bounces --file bounces.csv     # lines of "kind,email"

Kinds: hard, soft, complaint (see `cms.newsletter.bounces`).
"""

from __future__ import annotations

import csv

from django.core.management.base import BaseCommand, CommandError

from cms.newsletter.bounces import Report, record


class Command(BaseCommand):
    help = "Record bounces and complaints; hard bounces and complaints stop the letters."

    def add_arguments(self, parser):
        for kind in Report:
            parser.add_argument(
                f"--{kind.value}", action="append", default=[], metavar="EMAIL", dest=kind.value
            )
        parser.add_argument("--file", help='A CSV file of "kind,email" lines.')

    def handle(self, *args, file: str | None = None, **options):
        reports = [(Report(kind), email) for kind in Report for email in options[kind.value]]
        if file:
            with open(file, newline="", encoding="utf-8") as handle:
                for line_number, row in enumerate(csv.reader(handle), start=1):
                    if not row or not "".join(row).strip():
                        continue
                    try:
                        reports.append((Report(row[0].strip().lower()), row[1]))
                    except (ValueError, IndexError) as error:
                        raise CommandError(
                            f"{file}, line {line_number}: expected 'hard|soft|complaint,email'"
                        ) from error
        stopped = 0
        for index, (report, email) in enumerate(reports, start=1):
            outcome = record(report, email)
            stopped += outcome == "stopped"
            self.stdout.write(f"[{index}/{len(reports)}] {report} {email}: {outcome}")
        self.stdout.write(self.style.SUCCESS(f"{stopped} address(es) stop receiving letters."))

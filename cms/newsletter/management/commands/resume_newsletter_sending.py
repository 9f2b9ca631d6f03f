"""`manage.py resume_newsletter_sending`: queue again every letter a dead worker left half-sent.

Safe to run at any time (e.g. after restarting the worker): each recipient's send record says
whether they already have the letter, so nobody gets it twice and nobody is skipped.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from cms.newsletter.sending import resume_unfinished


class Command(BaseCommand):
    help = "Resume sending newsletter letters left unfinished."

    def handle(self, *args, **options):
        letters = resume_unfinished()
        self.stdout.write(f"Resumed {len(letters)} letter(s).")

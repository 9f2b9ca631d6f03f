"""`manage.py setup_teams`: create or update the programme teams, editors and translators."""

from django.core.management.base import BaseCommand

from cms.teams import setup_teams


class Command(BaseCommand):
    help = "Create or update each programme's team group, plus the Editori and Traducători groups."

    def handle(self, *args, **options):
        self.stdout.write("Teams:")
        setup_teams(log=self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Teams are up to date."))

"""`manage.py setup_teams`: create or update the programme teams, editors and translators."""

from django.core.management.base import BaseCommand, CommandError

from cms.teams import TeamNameClash, setup_teams


class Command(BaseCommand):
    help = "Create or update each programme's team group, plus the Editori and Traducători groups."

    def handle(self, *args, **options):
        self.stdout.write("Teams:")
        try:
            setup_teams(log=self.stdout.write)
        except TeamNameClash as clash:
            raise CommandError(str(clash)) from clash
        self.stdout.write(self.style.SUCCESS("Teams are up to date."))

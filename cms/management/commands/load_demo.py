"""`manage.py load_demo`: the demo site in Romanian and English, from the centre's real texts."""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Page, Site

from cms.demo import DemoBuilder
from cms.engine_demo import build_engine_pages, ensure_home
from cms.plugin_manager import call_for_programme, enabled_programmes
from cms.teams import create_demo_team_members, setup_teams


class Command(BaseCommand):
    help = "Build the demo content (idempotent): home, about, contact and every programme."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has a home page (used by `make run`).",
        )

    def handle(self, *args, if_empty: bool = False, **options):
        from cms.models import HomePage

        if if_empty and HomePage.objects.exists():
            self.stdout.write("Demo content: the site already has content, nothing to do.")
            return
        demo = DemoBuilder(stdout=self.stdout)
        self.stdout.write("Demo content: home page and centre pages…")
        with transaction.atomic():
            demo.home = ensure_home(demo, Site, Page)
            build_engine_pages(demo)
        for programme in enabled_programmes():
            self.stdout.write(f"Demo content: {programme.info.name_in('ro')}…")
            with transaction.atomic():
                call_for_programme(programme, "load_demo_content", demo=demo)
        self.stdout.write("Teams and their demo members…")
        with transaction.atomic():
            setup_teams(log=self.stdout.write)
            create_demo_team_members(log=self.stdout.write)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {demo.created} page(s) created, {demo.kept} already there."
            )
        )

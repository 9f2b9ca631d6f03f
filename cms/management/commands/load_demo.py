"""`manage.py load_demo`: the demo site in Romanian and English, from the centre's real texts."""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Page, Site

from cms.demo import DemoBuilder
from cms.demo_images import illustrate_next_events, illustrate_sections
from cms.engine_demo import build_engine_pages, ensure_home, pin_featured
from cms.plugin_manager import enabled_programmes
from cms.programmes import build_demo_content, section_page_model_for
from cms.site_urls import base_host_and_port
from cms.teams import create_demo_team_members, setup_teams
from cms.translations import default_language


def use_configured_address(Site) -> None:  # noqa: N803 (the model class)
    """The default Site record takes the address of WAGTAILADMIN_BASE_URL (`cms.site_urls`), so
    Wagtail's own full URLs agree with every other absolute URL of the site."""
    hostname, port = base_host_and_port()
    Site.objects.filter(is_default_site=True).update(hostname=hostname, port=port)


class Command(BaseCommand):
    help = "Build the demo content (idempotent): home, about, contact and every programme."

    def add_arguments(self, parser):
        parser.add_argument(
            "--only-missing",
            action="store_true",
            help=(
                "Build only what is missing: the whole demo on an empty site, else only the "
                "programmes that have no section yet, e.g. one installed since (`make run`)."
            ),
        )

    def handle(self, *args, only_missing: bool = False, **options):
        from cms.models import HomePage

        programmes = list(enabled_programmes())
        adding = only_missing and HomePage.objects.exists()
        if adding:
            # An editor's changes to the demo stay as they are; a newly installed programme
            # still gets its section and demo pages.
            programmes = [p for p in programmes if not section_page_model_for(p).objects.exists()]
            if not programmes:
                self.stdout.write("Demo content: every programme has its section, nothing to do.")
                return
        demo = DemoBuilder(stdout=self.stdout)
        if not adding:
            self.stdout.write("Demo content: home page and centre pages…")
        with transaction.atomic():
            demo.home = ensure_home(demo, Site, Page)
            use_configured_address(Site)
            if not adding:
                build_engine_pages(demo)
        for programme in programmes:
            self.stdout.write(f"Demo content: {programme.info.name_in(default_language())}…")
            with transaction.atomic():
                build_demo_content(programme, demo)
        self.stdout.write("Pictures of the sections and of each programme's next event…")
        with transaction.atomic():
            illustrate_sections(demo)
            next_events = illustrate_next_events(demo)
            if next_events:
                pin_featured(demo, next_events[0])
        self.stdout.write("Teams and their demo members…")
        with transaction.atomic():
            setup_teams(log=self.stdout.write)
            create_demo_team_members(log=self.stdout.write)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {demo.created} page(s) created, {demo.kept} already there."
            )
        )

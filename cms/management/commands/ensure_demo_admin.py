"""`manage.py ensure_demo_admin`: the development administrator, and the demo logins printed."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from cms.teams import DEMO_PASSWORD, demo_username

DEMO_USERNAME = "admin"


class Command(BaseCommand):
    help = "Create the demo administrator (development only) and print the demo logins."

    def handle(self, *args, **options):
        from cms.models import ProgrammeTeam

        if not settings.DEBUG:
            raise CommandError("The demo administrator is for development only (DJANGO_DEBUG=1).")
        user, created = get_user_model().objects.get_or_create(
            username=DEMO_USERNAME,
            defaults={"email": "admin@example.org", "is_staff": True, "is_superuser": True},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        changed = "" if user.check_password(DEMO_PASSWORD) else " (password was changed since)"
        self.stdout.write(
            f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/  "
            f"user {DEMO_USERNAME!r}, password {DEMO_PASSWORD!r}{changed}"
        )
        for team in ProgrammeTeam.objects.select_related("group").order_by("id"):
            self.stdout.write(
                f"Team member: user {demo_username(team.programme)!r}, password "
                f"{DEMO_PASSWORD!r} ({team.group.name})"
            )

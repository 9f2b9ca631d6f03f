"""`manage.py ensure_demo_admin`: the development administrator that `make run` prints."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "cccluj-demo"  # noqa: S105  (development only; refused when DEBUG is off)


class Command(BaseCommand):
    help = "Create the demo administrator (development only) and print its login."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("The demo administrator is for development only (DJANGO_DEBUG=1).")
        user, created = get_user_model().objects.get_or_create(
            username=DEMO_USERNAME,
            defaults={"email": "admin@example.org", "is_staff": True, "is_superuser": True},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        self.stdout.write(
            f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/  "
            f"user {DEMO_USERNAME!r}, password {DEMO_PASSWORD!r}"
            + ("" if created or user.check_password(DEMO_PASSWORD) else " (password was changed)")
        )

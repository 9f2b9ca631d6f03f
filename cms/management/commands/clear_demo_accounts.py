"""`manage.py clear_demo_accounts`: close the demo logins before a server goes live."""

from django.core.management.base import BaseCommand

from cms.security.demo_accounts import clear_demo_accounts


class Command(BaseCommand):
    help = (
        "Deactivate the demo-only accounts (the demo administrator and team members) and set "
        "an unusable password on every account that still has the demo password."
    )

    def handle(self, *args, **options):
        cleared = clear_demo_accounts()
        for username in cleared.demo_only:
            self.stdout.write(f"Deactivated the demo account {username!r}.")
        for username in sorted(set(cleared.demo_password) - set(cleared.demo_only)):
            self.stdout.write(
                f"Removed the demo password of {username!r}: its owner sets a new one with "
                "“Forgot password?” on the login page."
            )
        if not (cleared.demo_only or cleared.demo_password):
            self.stdout.write("No demo account or demo password is left.")

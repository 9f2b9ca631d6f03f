"""Registration emails are signed with the centre's name and address from its settings."""

from __future__ import annotations

from wagtail.models import Site

from cms.models import SiteSettings
from cms.registrations import allocation
from cms.registrations.tasks import build_email


def test_the_signature_follows_the_site_settings_in_the_registrants_language(occurrence):
    identity = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    identity.name = "Centrul Cultural Nou"
    identity.name_en = "New Cultural Centre"
    identity.email = "salut@example.org"
    identity.save()
    ana = allocation.register(occurrence.pk, name="Ana", email="ana@example.org", language="ro")
    tom = allocation.register(occurrence.pk, name="Tom", email="tom@example.org", language="en")

    assert (
        build_email(ana, "confirmation")
        .body.rstrip()
        .endswith("Centrul Cultural Nou\nsalut@example.org")
    )
    assert (
        build_email(tom, "confirmation")
        .body.rstrip()
        .endswith("New Cultural Centre\nsalut@example.org")
    )

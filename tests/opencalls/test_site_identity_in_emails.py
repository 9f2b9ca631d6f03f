"""Applicants' emails are signed with the centre's name and address from its settings."""

from __future__ import annotations

from django.core import mail

from wagtail.models import Site

from cms.models import SiteSettings
from cms.opencalls.models import Application, ApplicationStatus
from cms.opencalls.tasks import send_status_change

from .conftest import pdf_file, valid_answers


def test_applicants_emails_are_signed_as_the_settings_say(
    client, call_pages, private_root, django_capture_on_commit_callbacks
):
    identity = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    identity.name_en = "New Cultural Centre"
    identity.email = "salut@example.org"
    identity.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(call_pages[1].url, {**valid_answers(), "cv": pdf_file()})  # in English
    send_status_change.call(Application.objects.get().pk, ApplicationStatus.ACCEPTED)

    confirmation, status = mail.outbox
    for email in (confirmation, status):
        assert email.body.rstrip().endswith("New Cultural Centre\nsalut@example.org")

"""Applications exports and emails (issue 22, items 6 and 10): Cluj time, clean file names,
links on the host actually serving the request."""

from __future__ import annotations

import csv
import datetime
import io

import pytest
from openpyxl import load_workbook

from django.urls import reverse

from cms.opencalls.models import Application

from .conftest import make_call, pdf_file, valid_answers

# 22:30 UTC on 31 March is 01:30 on 1 April in Cluj (summer time, UTC+3): the dates differ.
SENT_AT = datetime.datetime(2026, 3, 31, 22, 30, tzinfo=datetime.UTC)
PUBLIC_HOST = "www.cccluj.example"
ADMIN_HOST = "admin.cccluj.example"


@pytest.fixture
def hosts(settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, PUBLIC_HOST, ADMIN_HOST]


@pytest.fixture
def povesti_call(homes, private_root, freeze_now, hosts):
    """A call titled with Romanian letters, open at `SENT_AT`, with one application then."""
    freeze_now(SENT_AT)
    ro, en = make_call(
        homes[0],
        opens_at=SENT_AT - datetime.timedelta(days=1),
        closes_at=SENT_AT + datetime.timedelta(days=3),
        slug="seri-de-povesti-rome",
    )
    ro.title = "Seri de povești rome"
    ro.save_revision().publish()
    return ro, en


@pytest.fixture
def admin_client(client, admin_user):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin_user)
    return client


def apply(client, page):
    response = client.post(page.url, {**valid_answers(), "cv": pdf_file()}, HTTP_HOST=PUBLIC_HOST)
    assert response.status_code == 303
    return Application.objects.get()


def export(client, page, kind: str):
    return client.get(
        reverse("wagtailforms:list_submissions", args=[page.pk]),
        {"export": kind},
        HTTP_HOST=ADMIN_HOST,
    )


def test_the_csv_export_gives_submission_times_in_cluj_time(client, povesti_call, admin_client):
    ro, _en = povesti_call
    apply(client, ro)
    response = export(admin_client, ro, "csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0]["Submission date"].startswith("2026-04-01 01:30")


def test_the_xlsx_export_gives_submission_times_in_cluj_time(client, povesti_call, admin_client):
    ro, _en = povesti_call
    apply(client, ro)
    response = export(admin_client, ro, "xlsx")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    header, row = list(workbook.active.iter_rows(values_only=True))
    assert row[header.index("Submission date")] == datetime.datetime(2026, 4, 1, 1, 30)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_an_export_of_a_call_titled_in_romanian_has_a_clean_ascii_file_name(
    client, povesti_call, admin_client, kind
):
    ro, _en = povesti_call
    apply(client, ro)
    response = export(admin_client, ro, kind)
    assert response["Content-Disposition"] == (
        f'attachment; filename="applications-seri-de-povesti-rome-2026-04-01.{kind}"'
    )


def test_the_confirmation_email_links_to_the_call_on_the_configured_address(
    client, povesti_call, mailoutbox, django_capture_on_commit_callbacks, settings
):
    """Not on the host the applicant's request named: emails use one configured address."""
    settings.WAGTAILADMIN_BASE_URL = "https://www.cccluj.ro"
    ro, _en = povesti_call
    with django_capture_on_commit_callbacks(execute=True):
        apply(client, ro)
    [email] = mailoutbox
    assert f"https://www.cccluj.ro{ro.url}" in email.body
    assert PUBLIC_HOST not in email.body


def test_the_status_email_links_to_the_call_on_the_configured_address(
    client, povesti_call, admin_client, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.WAGTAILADMIN_BASE_URL = "https://www.cccluj.ro"
    ro, _en = povesti_call
    application = apply(client, ro)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            reverse("opencalls_admin:review", args=[application.pk]),
            {"status": "accepted", "reviewer_notes": "", "notify_applicant": "on"},
            HTTP_HOST=ADMIN_HOST,
        )
    [email] = mailoutbox
    assert f"https://www.cccluj.ro{ro.url}" in email.body
    assert ADMIN_HOST not in email.body

"""Personal-data purge, and the editor's form: moments typed in Cluj time."""

from __future__ import annotations

import datetime
import io

import pytest
from dateutil.relativedelta import relativedelta

from django.core.management import call_command
from django.utils import timezone

from cms.opencalls.forms import SiteLocalDateTimeField
from cms.opencalls.models import Application, ApplicationFile

from .conftest import BUCHAREST, make_call, pdf_file, stored_files, valid_answers

# --- purge ------------------------------------------------------------------------------------


@pytest.fixture
def old_and_recent_applications(client, homes, private_root):
    """An application to a call that closed 25 months ago (24-month retention) and one to an
    open call."""
    now = timezone.now()
    old_call, _ = make_call(homes[0])
    client.post(old_call.url, {**valid_answers(), "cv": pdf_file("old-cv.pdf")})
    old_call.opens_at = now - datetime.timedelta(days=800)
    old_call.closes_at = now - datetime.timedelta(days=25 * 31)
    old_call.save()  # moving the deadline moves the retention of its applications

    recent_call, _ = make_call(homes[0], slug="apel-nou")
    client.post(recent_call.url, {**valid_answers(), "cv": pdf_file("new-cv.pdf")})
    old = Application.objects.get(page=old_call)
    recent = Application.objects.get(page=recent_call)
    return old, recent


def test_the_purge_erases_files_and_personal_fields_past_retention_only(
    old_and_recent_applications, private_root
):
    old, recent = old_and_recent_applications
    old_file = private_root / old.files.get().stored_name
    recent_file = private_root / recent.files.get().stored_name
    assert old.retain_until < timezone.now() < recent.retain_until

    output = io.StringIO()
    call_command("purge_personal_data", stdout=output)

    old.refresh_from_db()
    assert old.form_data == {} and old.applicant_email == "" and old.reviewer_notes == ""
    assert old.applicant_name == ""
    assert old.personal_data_erased_at is not None
    assert old.reference and old.language == "ro"  # what remains is anonymous statistics
    assert not ApplicationFile.objects.filter(application=old).exists()
    assert not old_file.exists()

    recent.refresh_from_db()
    assert recent.applicant_name == "Ana Pop (demo)"
    assert recent.form_data["motivation"] == valid_answers()["motivation"]
    assert recent_file.exists()
    assert stored_files(private_root) == [recent_file]

    text = output.getvalue()
    assert f"erased application {old.reference} (1 file(s))" in text
    assert "Erased 1 record(s) in total." in text

    # A second run finds nothing more to do.
    output = io.StringIO()
    call_command("purge_personal_data", stdout=output)
    assert "Erased 0 record(s) in total." in output.getvalue()


def test_a_dry_run_only_reports(old_and_recent_applications, private_root):
    old, _recent = old_and_recent_applications
    output = io.StringIO()
    call_command("purge_personal_data", "--dry-run", stdout=output)
    assert f"would erase application {old.reference}" in output.getvalue()
    old.refresh_from_db()
    assert old.personal_data_erased_at is None and old.files.count() == 1


def test_the_default_retention_is_two_years_after_closing(call):
    assert call.retention_months == 24
    closes = call.closes_at
    assert call.personal_data_kept_until.date() == closes.replace(year=closes.year + 2).date()


def test_retention_follows_the_published_romanian_page_only(client, call_pages, private_root):
    ro, en = call_pages
    client.post(en.url, {**valid_answers(), "cv": pdf_file()})
    application = Application.objects.get()
    kept_until = ro.personal_data_kept_until
    assert application.retain_until == kept_until

    def retain_until() -> datetime.datetime:
        application.refresh_from_db()
        return application.retain_until

    # The English page's own copy does not count, even edited and published.
    en.closes_at += datetime.timedelta(days=400)
    en.retention_months = 120
    en.save_revision().publish()
    assert retain_until() == kept_until

    # Nor does a Romanian draft: saving a revision saves the page row too.
    ro.closes_at += datetime.timedelta(days=30)
    ro.retention_months = 6
    ro.save_revision()
    assert retain_until() == kept_until

    # Publishing it does.
    ro.get_latest_revision().publish()
    ro.refresh_from_db()
    assert ro.retention_months == 6
    assert retain_until() == ro.closes_at + relativedelta(months=6) != kept_until


def test_purgers_are_collected_from_app_configs():
    from cms.opencalls.management.commands.purge_personal_data import registered_purgers
    from cms.opencalls.purging import purge_expired_applications

    assert ("cms.opencalls.purging.purge_expired_applications", purge_expired_applications) in (
        registered_purgers()
    )


# --- the editor's moments ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "utc"),
    [
        ("2026-06-30 23:59", datetime.datetime(2026, 6, 30, 20, 59, tzinfo=datetime.UTC)),
        ("2026-02-26 23:59", datetime.datetime(2026, 2, 26, 21, 59, tzinfo=datetime.UTC)),
    ],
)
def test_moments_are_typed_in_cluj_time_whatever_the_editors_own_time_zone(typed, utc):
    field = SiteLocalDateTimeField()
    # An editor whose admin profile says UTC (Wagtail activates it in the admin).
    with timezone.override(datetime.UTC):
        value = field.clean(typed)
        assert value == utc
        shown = field.prepare_value(value)
    assert shown == datetime.datetime.fromisoformat(typed)


def test_the_edit_view_of_a_call_opens_with_cluj_times(admin_client, homes, private_root):
    deadline = datetime.datetime(2026, 6, 30, 23, 59, tzinfo=BUCHAREST)
    ro, _en = make_call(homes[0], closes_at=deadline)
    response = admin_client.get(f"/admin/pages/{ro.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "2026-06-30 23:59" in html
    assert 'value="file"' in html  # the file upload type is offered by the form builder

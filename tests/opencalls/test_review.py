"""Reviewers: private files, permission-checked downloads, the listing, exports, status emails."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail import hooks
from wagtail.models import GroupPagePermission

from cms.models import ContentPage
from cms.opencalls.checks import private_media_is_outside_public_folders
from cms.opencalls.models import Application, ApplicationFile, ApplicationStatus

from .conftest import PDF_HTML_POLYGLOT, make_call, pdf_bytes, pdf_file, valid_answers


@pytest.fixture
def applications(client, call_pages, private_root):
    """One application through the Romanian page and one through the English page."""
    ro, en = call_pages
    client.post(ro.url, {**valid_answers(), "cv": pdf_file("cv-ana.pdf")})
    client.post(
        en.url,
        {
            **valid_answers(),
            "applicant-name": '=HYPERLINK("http://evil.example")',
            "applicant-email": "john@example.org",
            "cv": pdf_file("cv-john.pdf"),
        },
    )
    return list(Application.objects.order_by("reference"))


@pytest.fixture
def call_pages(homes, private_root):
    """The call inside the Academy's section (in both languages), where its team reviews it."""
    from cms.plugin_manager import get_programme
    from cms.programmes import section_page_model_for

    programme = get_programme("academy")
    if programme is None:
        pytest.skip("the academy programme is not enabled")
    section = homes[0].add_child(
        instance=section_page_model_for(programme)(title="Academia", slug="academia")
    )
    section.copy_for_translation(homes[1].locale).save_revision().publish()
    return make_call(section)


def team_member(django_user_model, username: str, programme: str, page) -> object:
    """A member of `programme`'s team, with edit rights on `page` (as `setup_teams` gives)."""
    from cms.models import ProgrammeTeam

    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    group = Group.objects.create(name=f"Team {programme}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(group=group, page=page, permission_type="change")
    ProgrammeTeam.objects.create(programme=programme, group=group)
    user.groups.add(group)
    return user


@pytest.fixture
def reviewer(django_user_model, call_pages):
    """The Academy team, which may edit the Romanian call's section (and so review the call)."""
    return team_member(django_user_model, "reviewer", "academy", call_pages[0].get_parent())


@pytest.fixture
def other_editor(django_user_model, homes):
    """Another programme's team member, with rights on a page outside the Academy."""
    other_page = homes[0].add_child(instance=ContentPage(title="Despre", slug="despre"))
    return team_member(django_user_model, "other", "schools", other_page)


@pytest.fixture
def english_admin(admin_user):
    """A superuser whose admin speaks English (the admin follows the site's Romanian otherwise)."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_user


def download_url(application: Application) -> str:
    return application.files.get().get_download_url()


def assert_refused(response) -> None:
    """Wagtail's admin answers a permission refusal with a redirect to the dashboard and a
    message (403 for requests that want no redirect); either way, no file and no data."""
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home")
    assert "Content-Disposition" not in response


# --- private storage -------------------------------------------------------------------------


def test_stored_files_live_outside_media_and_media_urls_do_not_serve_them(
    client, applications, private_root, settings
):
    for application in applications:
        stored = application.files.get()
        on_disk = private_root / stored.stored_name
        assert on_disk.is_file()
        assert not on_disk.resolve().is_relative_to(settings.MEDIA_ROOT.resolve())
        for path in (stored.stored_name, f"../private/{stored.stored_name}"):
            assert client.get(f"/media/{path}").status_code == 404


def test_a_private_root_inside_media_fails_the_system_check(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    assert private_media_is_outside_public_folders() == []
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "media" / "private"
    assert [error.id for error in private_media_is_outside_public_folders()] == ["opencalls.E001"]


# --- downloads --------------------------------------------------------------------------------


def test_anonymous_visitors_cannot_download(client, applications):
    response = client.get(download_url(applications[0]))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_an_editor_of_another_page_cannot_download(client, applications, other_editor):
    client.force_login(other_editor)
    assert_refused(client.get(download_url(applications[0])))


def test_a_reviewer_downloads_files_of_both_languages_as_inert_attachments(
    client, applications, reviewer
):
    client.force_login(reviewer)
    for application in applications:
        response = client.get(download_url(application))
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == pdf_bytes()
        assert response["Content-Disposition"].startswith("attachment;")
        assert application.files.get().original_name in response["Content-Disposition"]
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
        assert "no-store" in response["Cache-Control"]


def test_a_pdf_html_polyglot_sent_as_cv_html_downloads_as_cv_pdf(
    client, call_pages, private_root, reviewer
):
    polyglot = SimpleUploadedFile("cv.html", PDF_HTML_POLYGLOT, content_type="text/html")
    response = client.post(call_pages[1].url, {**valid_answers(), "cv": polyglot})
    assert response.status_code == 303  # its content starts as a PDF: accepted as one
    stored = ApplicationFile.objects.get()
    assert (stored.kind, stored.original_name) == ("pdf", "cv.html")

    client.force_login(reviewer)
    response = client.get(stored.get_download_url())
    assert response["Content-Disposition"] == 'attachment; filename="cv.pdf"'
    assert response["Content-Type"] == "application/pdf"


@pytest.mark.parametrize(
    ("original_name", "disposition"),
    [
        ('C:\\Users\\ana\\my "cv".html', 'attachment; filename="my \\"cv\\".pdf"'),
        ("../../Scrisoare Ștefan.htm", "attachment; filename*=utf-8''Scrisoare%20%C8%98tefan.pdf"),
        ("..", 'attachment; filename="file.pdf"'),
    ],
)
def test_download_names_keep_no_path_and_cannot_break_the_header(
    client, applications, reviewer, original_name, disposition
):
    stored = applications[0].files.get()
    ApplicationFile.objects.filter(pk=stored.pk).update(original_name=original_name)
    client.force_login(reviewer)
    assert client.get(stored.get_download_url())["Content-Disposition"] == disposition


def test_the_filter_form_submissions_hook_also_restricts_downloads(
    client, applications, admin_user
):
    client.force_login(admin_user)
    url = download_url(applications[0])
    assert client.get(url).status_code == 200

    def no_forms(user, editable_forms):
        return editable_forms.none()

    with hooks.register_temporarily("filter_form_submissions_for_user", no_forms):
        assert_refused(client.get(url))
        listing = reverse("wagtailforms:list_submissions", args=[applications[0].page_id])
        assert_refused(client.get(listing))


# --- listing, filters, exports ------------------------------------------------------------------


def test_the_listing_of_either_page_shows_both_languages_with_file_links(
    client, applications, reviewer, call_pages
):
    client.force_login(reviewer)
    html = client.get(
        reverse("wagtailforms:list_submissions", args=[call_pages[0].pk])
    ).content.decode()
    for application in applications:
        assert application.reference in html
        assert download_url(application) in html
        assert reverse("opencalls_admin:review", args=[application.pk]) in html
    assert "cv-ana.pdf" in html and "cv-john.pdf" in html


def test_the_listing_filters_by_language_and_status(client, applications, admin_user, call_pages):
    client.force_login(admin_user)
    ro_application, en_application = applications
    Application.objects.filter(pk=en_application.pk).update(status=ApplicationStatus.SHORTLISTED)
    url = reverse("wagtailforms:list_submissions", args=[call_pages[1].pk])

    html = client.get(url, {"language": "en"}).content.decode()
    assert en_application.reference in html and ro_application.reference not in html
    html = client.get(url, {"status": "received"}).content.decode()
    assert ro_application.reference in html and en_application.reference not in html


ADMIN_HOST = "admin.cccluj.example"  # not the configured WAGTAILADMIN_BASE_URL's host


def test_csv_export_has_applicant_and_review_columns_file_links_on_the_admin_host_and_no_formulas(
    client, applications, english_admin, call_pages, settings
):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, ADMIN_HOST]
    client.force_login(english_admin)
    response = client.get(
        reverse("wagtailforms:list_submissions", args=[call_pages[0].pk]),
        {"export": "csv"},
        HTTP_HOST=ADMIN_HOST,
    )
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    header, *body = rows
    assert header[:6] == ["Reference", "Submission date", "Status", "Language", "Name", "Email"]
    assert "CV" in header
    by_reference = {row[0]: dict(zip(header, row, strict=True)) for row in body}
    ro_application, en_application = applications
    assert by_reference[ro_application.reference]["Language"] == "Română"
    assert by_reference[en_application.reference]["Language"] == "English"
    assert by_reference[ro_application.reference]["Email"] == "ana.pop@example.org"
    # Links on the host the reviewer exported from, where their session works.
    assert by_reference[en_application.reference]["CV"] == (
        f"http://{ADMIN_HOST}" + download_url(en_application)
    )
    # A cell that a spreadsheet would run as a formula is neutralised.
    assert by_reference[en_application.reference]["Name"].startswith("'=")


def test_xlsx_export_has_one_row_per_application_with_file_links_on_the_admin_host(
    client, applications, english_admin, call_pages, settings
):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, ADMIN_HOST]
    client.force_login(english_admin)
    response = client.get(
        reverse("wagtailforms:list_submissions", args=[call_pages[1].pk]),
        {"export": "xlsx"},
        HTTP_HOST=ADMIN_HOST,
    )
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    header, *body = list(workbook.active.iter_rows(values_only=True))
    assert header[0] == "Reference"
    cv_column = header.index("CV")
    assert sorted(row[0] for row in body) == [a.reference for a in applications]
    assert {row[cv_column] for row in body} == {
        f"http://{ADMIN_HOST}" + download_url(a) for a in applications
    }


# --- review: status, notes, email in the applicant's language ------------------------------


@pytest.mark.parametrize(
    ("index", "subject", "phrase"),
    [
        (0, "Noutăți despre candidatura dumneavoastră", "este acum: Acceptată"),
        (1, "News about your application", "is now: Accepted"),
    ],
)
def test_a_status_change_can_email_the_applicant_in_their_language(
    client,
    applications,
    reviewer,
    mailoutbox,
    django_capture_on_commit_callbacks,
    index,
    subject,
    phrase,
):
    application = applications[index]
    mailoutbox.clear()
    client.force_login(reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("opencalls_admin:review", args=[application.pk]),
            {"status": "accepted", "reviewer_notes": "Portofoliu solid.", "notify_applicant": "on"},
        )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.ACCEPTED
    assert application.reviewer_notes == "Portofoliu solid."
    assert application.status_changed_at is not None
    [email] = mailoutbox
    assert email.to == [application.applicant_email]
    assert email.subject.startswith(subject) and application.reference in email.subject
    assert phrase in email.body


def test_an_applicant_whose_language_copy_is_a_draft_gets_the_live_pages_link(
    client, applications, call_pages, reviewer, mailoutbox, django_capture_on_commit_callbacks
):
    """The English call page was unpublished after John applied through it: his status email
    links the live Romanian page, never the draft's address (a 404 for him)."""
    ro, en = call_pages
    en.unpublish()
    application = applications[1]
    assert application.language == "en"
    mailoutbox.clear()
    client.force_login(reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("opencalls_admin:review", args=[application.pk]),
            {"status": "accepted", "reviewer_notes": "", "notify_applicant": "on"},
        )
    [email] = mailoutbox
    assert ro.url in email.body
    assert en.url not in email.body
    assert application.call_page_in("en") == ro
    # The reviewer still reads the call in the applicant's language, draft or not.
    assert application.call_page_in("en", live=False) == en


def test_saving_notes_without_notifying_sends_nothing(
    client, applications, reviewer, mailoutbox, django_capture_on_commit_callbacks
):
    mailoutbox.clear()
    client.force_login(reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("opencalls_admin:review", args=[applications[0].pk]),
            {"status": "shortlisted", "reviewer_notes": ""},
        )
    assert Application.objects.get(pk=applications[0].pk).status == "shortlisted"
    assert mailoutbox == []


def test_the_review_page_is_refused_to_other_editors(client, applications, other_editor, reviewer):
    url = reverse("opencalls_admin:review", args=[applications[0].pk])
    client.force_login(other_editor)
    assert_refused(client.get(url))
    client.force_login(reviewer)
    html = client.get(url).content.decode()
    assert applications[0].reference in html and "cv-ana.pdf" in html


def test_deleting_an_application_deletes_its_file(
    client, applications, admin_user, call_pages, private_root, django_capture_on_commit_callbacks
):
    client.force_login(admin_user)
    target = applications[0]
    on_disk = private_root / target.files.get().stored_name
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtailforms:delete_submissions", args=[call_pages[0].pk])
            + f"?selected-submissions={target.pk}"
        )
    assert not Application.objects.filter(pk=target.pk).exists()
    assert not on_disk.exists()

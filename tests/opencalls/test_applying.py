"""Applying to a call from the public site: status, deadline, bad input, one store, emails."""

from __future__ import annotations

import datetime
import logging
import re
from pathlib import Path

import pytest

from django.core import signing
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import timezone

from cms.opencalls.applying import CONFIRMATION_SALT, store_application
from cms.opencalls.models import Application, ApplicationFile

from .conftest import (
    BUCHAREST,
    HTML_DOCUMENT,
    SVG_WITH_SCRIPT,
    hostile_odt_bytes,
    make_call,
    pdf_bytes,
    pdf_file,
    plain_zip_bytes,
    png_file,
    png_header_claiming,
    stored_files,
    valid_answers,
)

LANGUAGES = ["ro", "en"]

FILES_NOT_KEPT = {
    "en": "files are not kept when a form has a problem",
    "ro": "fișierele nu se păstrează când formularul are o problemă",
}


def page_in(call_pages, language: str):
    return call_pages[0] if language == "ro" else call_pages[1]


def assert_answers_kept(html: str) -> None:
    answers = valid_answers()
    assert f'value="{answers["applicant-email"]}"' in html
    assert answers["motivation"] in html


def assert_nothing_stored(private_root: Path) -> None:
    assert Application.objects.count() == 0
    assert ApplicationFile.objects.count() == 0
    assert stored_files(private_root) == []


# --- what the public sees ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "countdown"),
    [("en", "closes in 3\xa0days, 4\xa0hours"), ("ro", "se închide în 3\xa0zile, 4\xa0ore")],
)
def test_an_open_call_shows_a_countdown_in_the_visitors_language(
    client, call_pages, freeze_now, language, countdown
):
    page = page_in(call_pages, language)
    freeze_now(page.closes_at - datetime.timedelta(days=3, hours=4, minutes=10))
    html = client.get(page.url).content.decode()
    assert countdown in html
    assert 'enctype="multipart/form-data"' in html
    assert 'name="cv"' in html
    assert re.search(r'<input[^>]*type="email"[^>]*autocomplete="email"', html)  # WCAG 1.3.5


def test_an_upcoming_call_shows_when_it_opens_and_no_form(client, call_pages, freeze_now):
    ro, en = call_pages
    freeze_now(ro.opens_at - datetime.timedelta(hours=5))
    html = client.get(en.url).content.decode()
    assert "Opening soon" in html and "opens in 5\xa0hours" in html
    assert '<form class="application-form"' not in html


def test_a_closed_call_says_so_and_shows_no_form(client, call_pages, freeze_now):
    ro, _en = call_pages
    freeze_now(ro.closes_at + datetime.timedelta(days=1))
    html = client.get(ro.url).content.decode()
    assert "Închis" in html
    assert "candidaturile nu mai sunt acceptate" in html
    assert '<form class="application-form"' not in html


def test_moments_are_shown_in_cluj_time(client, homes, private_root):
    deadline = datetime.datetime(2026, 6, 30, 23, 59, tzinfo=BUCHAREST)
    ro, en = make_call(homes[0], closes_at=deadline)
    html = client.get(en.url).content.decode()
    assert "30 June 2026, 23:59" in html
    assert 'datetime="2026-06-30T23:59:00+03:00"' in html


# --- success ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "subject"),
    [
        ("en", "Your application CC-{year}-0001 was received"),
        ("ro", "Candidatura dumneavoastră CC-{year}-0001 a fost primită"),
    ],
)
def test_an_application_gets_a_reference_on_screen_and_an_email_in_its_language(
    client,
    call_pages,
    private_root,
    mailoutbox,
    django_capture_on_commit_callbacks,
    language,
    subject,
):
    page = page_in(call_pages, language)
    year = timezone.localtime().year
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page.url, {**valid_answers(), "cv": pdf_file()}, follow=True)

    assert response.redirect_chain[0][1] == 303  # POST/redirect/GET
    assert response.status_code == 200
    assert f"CC-{year}-0001" in response.content.decode()
    application = Application.objects.get()
    assert application.language == language
    assert application.applicant_email == "ana.pop@example.org"
    assert application.form_data["cv"] == "cv.pdf"
    assert application.confirmation_sent_at is not None
    [email] = mailoutbox
    assert email.to == ["ana.pop@example.org"]
    assert email.subject == subject.format(year=year)
    assert page.title in email.body
    stored = application.files.get()
    assert (private_root / stored.stored_name).read_bytes() == pdf_bytes()


def test_romanian_and_english_pages_write_into_one_list(client, call_pages, private_root):
    ro, en = call_pages
    assert ro.translation_key == en.translation_key and ro.pk != en.pk
    client.post(ro.url, {**valid_answers(), "cv": pdf_file()})
    client.post(en.url, {**valid_answers(), "cv": pdf_file()})

    for page in (ro, en):
        applications = page.get_submissions().order_by("reference")
        assert [a.language for a in applications] == ["ro", "en"]
        assert [a.reference[-4:] for a in applications] == ["0001", "0002"]
    assert {a.page_id for a in Application.objects.all()} == {ro.pk, en.pk}


def test_a_failing_mail_server_keeps_the_application_and_logs(
    client, call_pages, private_root, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    from smtplib import SMTPException

    def refuse(*args, **kwargs):
        raise SMTPException("mail server down")

    monkeypatch.setattr("cms.opencalls.tasks.send_mail", refuse)
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            call_pages[0].url, {**valid_answers(), "cv": pdf_file()}, follow=True
        )

    assert response.status_code == 200
    application = Application.objects.get()
    assert application.reference in response.content.decode()
    assert application.confirmation_sent_at is None
    assert application.files.count() == 1
    assert f"Confirmation email for application {application.reference} failed" in caplog.text


# --- the confirmation: POST, then redirect, then GET -------------------------------------------

APPLICATION_SENT = {"en": "Application sent", "ro": "Candidatura a fost trimisă"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_successful_post_answers_303_and_refreshing_the_confirmation_sends_nothing_again(
    client, call_pages, private_root, language
):
    page = page_in(call_pages, language)
    response = client.post(page.url, {**valid_answers(), "cv": pdf_file()})

    assert response.status_code == 303
    assert response["Location"].startswith(f"{page.url}?sent=")
    [application] = Application.objects.all()
    for _refresh in range(2):
        confirmation = client.get(response["Location"])
        assert confirmation.status_code == 200
        html = confirmation.content.decode()
        assert APPLICATION_SENT[language] in html  # in the language the person applied in
        assert application.reference in html
        assert confirmation["Cache-Control"] == "private, no-store"
    assert Application.objects.count() == 1
    assert ApplicationFile.objects.count() == 1


def signed_token(application_id: int, call_key_hex: str) -> str:
    return signing.dumps([application_id, call_key_hex], salt=CONFIRMATION_SALT)


def test_a_forged_expired_or_foreign_confirmation_token_shows_the_plain_call_page(
    client, call_pages, homes, private_root, monkeypatch
):
    ro, _en = call_pages
    location = client.post(ro.url, {**valid_answers(), "cv": pdf_file()})["Location"]
    application = Application.objects.get()
    token = location.split("?sent=")[1]
    other_call, _ = make_call(homes[0], slug="alt-apel")
    with monkeypatch.context() as yesterday:  # signed a day and a minute ago
        real_time = signing.time.time
        yesterday.setattr(signing.time, "time", lambda: real_time() - 24 * 3600 - 60)
        expired = signed_token(application.pk, ro.translation_key.hex)
    unsalted = signing.dumps([application.pk, ro.translation_key.hex])

    for url in (
        f"{ro.url}?sent={token[:-3]}abc",  # altered signature
        f"{ro.url}?sent={expired}",
        f"{ro.url}?sent={unsalted}",  # signed for another purpose
        f"{other_call.url}?sent={token}",  # genuine, but of another call
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert application.reference not in html, url
        assert '<form class="application-form"' in html, url
    assert client.get(location).status_code == 200  # the genuine one still works


# --- bad input: each refused in the visitor's language, answers kept, nothing stored ------------

BAD_FILES = {
    "png_of_20000_by_20000_pixels": (
        lambda: SimpleUploadedFile("poster.png", png_header_claiming(20_000, 20_000), "image/png"),
        {"en": "Images can have at most 40 megapixels", "ro": "cel mult 40 de megapixeli"},
    ),
    "svg_with_a_script": (
        lambda: SimpleUploadedFile("cv.svg", SVG_WITH_SCRIPT, "image/svg+xml"),
        {
            "en": "SVG and HTML files are not accepted",
            "ro": "Fișierele SVG și HTML nu sunt acceptate",
        },
    ),
    "html_file_named_cv_pdf": (
        lambda: SimpleUploadedFile("cv.pdf", HTML_DOCUMENT, "application/pdf"),
        {
            "en": "SVG and HTML files are not accepted",
            "ro": "Fișierele SVG și HTML nu sunt acceptate",
        },
    ),
    "zip_renamed_docx": (
        lambda: SimpleUploadedFile("cv.docx", plain_zip_bytes(), "application/octet-stream"),
        {
            "en": "This file is not one of the accepted kinds",
            "ro": "Acest fișier nu este de niciunul dintre tipurile acceptate",
        },
    ),
    **{
        f"zip_{how}": (
            lambda how=how: SimpleUploadedFile("cv.odt", hostile_odt_bytes(how), "text/plain"),
            {
                "en": "This file is not one of the accepted kinds",
                "ro": "Acest fișier nu este de niciunul dintre tipurile acceptate",
            },
        )
        for how in ("encrypted", "unknown_method", "broken_stream")
    },
    "file_over_the_size_limit": (
        lambda: pdf_file(padding=3 * 1024 * 1024),  # the test call allows 2 MB
        {"en": "The limit for this call is 2 MB", "ro": "Limita pentru acest apel este 2 MB"},
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_bad_file_is_refused_with_a_message_by_the_field_and_answers_kept(
    client, call_pages, private_root, language, case
):
    make_file, messages = BAD_FILES[case]
    page = page_in(call_pages, language)
    response = client.post(page.url, {**valid_answers(), "cv": make_file()})

    assert response.status_code == 400
    html = response.content.decode()
    assert messages[language] in html
    assert 'href="#id_cv"' in html  # the error summary links to the field
    assert 'id="id_cv_error"' in html  # and the message sits by the field
    assert 'aria-describedby="id_cv_helptext id_cv_error"' in html
    assert FILES_NOT_KEPT[language] in html
    assert_answers_kept(html)
    assert_nothing_stored(private_root)


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "This file is not one of the accepted kinds (PDF)."),
        ("ro", "Acest fișier nu este de niciunul dintre tipurile acceptate (PDF)."),
    ],
)
def test_a_valid_png_is_refused_by_a_call_that_accepts_only_pdf(
    client, homes, private_root, language, message
):
    ro, en = make_call(homes[0], allowed_file_kinds=["pdf"])
    page = ro if language == "ro" else en
    response = client.post(page.url, {**valid_answers(), "cv": png_file()})

    assert response.status_code == 400
    html = response.content.decode()
    assert message in html  # and it names what the call accepts
    assert 'id="id_cv_error"' in html
    assert_answers_kept(html)
    assert_nothing_stored(private_root)


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "An application can include at most 10 files"),
        ("ro", "O candidatură poate include cel mult 10 fișiere"),
    ],
)
def test_fifty_files_in_one_post_are_refused(client, call_pages, private_root, language, message):
    page = page_in(call_pages, language)
    files = [pdf_file(f"cv-{number}.pdf") for number in range(50)]
    response = client.post(page.url, {**valid_answers(), "cv": files[0], "extra": files[1:]})

    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert_answers_kept(html)
    assert_nothing_stored(private_root)


def test_files_adding_up_beyond_the_total_limit_are_refused(
    client, call_pages, private_root, monkeypatch
):
    monkeypatch.setattr("cms.opencalls.forms.MAX_TOTAL_UPLOAD_BYTES", 1000)
    response = client.post(
        call_pages[1].url,
        {
            **valid_answers(),
            "cv": pdf_file(padding=600),
            "portfolio": pdf_file("p.pdf", padding=600),
        },
    )
    assert response.status_code == 413
    assert "Your files add up to" in response.content.decode()
    assert_nothing_stored(private_root)


@pytest.mark.parametrize(
    ("language", "message"),
    [("en", "This field is required."), ("ro", "Acest câmp este obligatoriu.")],
)
def test_a_missing_required_answer_is_refused_and_the_rest_kept(
    client, call_pages, private_root, language, message
):
    page = page_in(call_pages, language)
    answers = {**valid_answers(), "cv": pdf_file()}
    del answers["motivation"]
    response = client.post(page.url, answers)

    assert response.status_code == 400
    html = response.content.decode()
    assert f'<a href="#id_motivation">Motivation: {message}</a>' in html
    assert 'id="id_motivation_error"' in html
    assert 'aria-invalid="true"' in html
    assert html.count("<title>") == 1 and ("<title>Error:" in html or "<title>Eroare:" in html)
    assert f'value="{answers["applicant-email"]}"' in html
    assert_nothing_stored(private_root)


def multipart_with_raw_file_name(file_name: str, content: bytes, fields: dict) -> tuple[bytes, str]:
    """A multipart body built by hand: Django's test client would strip the path itself."""
    boundary = "----open-call-test-boundary"
    parts = []
    for name, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        )
    parts.append(
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="cv"; filename="{file_name}"\r\n'
            "Content-Type: application/pdf\r\n\r\n"
        ).encode()
        + content
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def test_a_path_in_the_file_name_is_never_used_as_a_path(client, call_pages, private_root):
    body, content_type = multipart_with_raw_file_name("../../x.pdf", pdf_bytes(), valid_answers())
    response = client.post(call_pages[0].url, body, content_type=content_type)

    # The upload itself is a valid PDF, so the application is accepted; the name is only text.
    assert response.status_code == 303
    stored = ApplicationFile.objects.get()
    assert stored.original_name == "x.pdf"
    assert "x.pdf" not in stored.stored_name and ".." not in stored.stored_name
    [on_disk] = stored_files(private_root)
    assert on_disk.resolve().is_relative_to(private_root.resolve())
    assert not (private_root / "../../x.pdf").resolve().exists()
    assert not (private_root.parent / "x.pdf").exists()


def test_a_filled_in_honeypot_is_refused(client, call_pages, private_root):
    response = client.post(
        call_pages[1].url,
        {**valid_answers(), "cv": pdf_file(), "contact-homepage": "http://spam.example"},
    )
    assert response.status_code == 400
    assert "looks automatic" in response.content.decode()
    assert_nothing_stored(private_root)


def test_the_honeypot_is_hidden_from_people_and_screen_readers(client, call_pages):
    html = client.get(call_pages[1].url).content.decode()
    assert '<div class="honeypot" aria-hidden="true">' in html
    assert 'name="contact-homepage"' in html and 'tabindex="-1"' in html


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "This call closed on"),
        ("ro", "Acest apel s-a închis pe"),
    ],
)
def test_a_post_after_the_deadline_is_refused_even_if_the_form_was_opened_before(
    client, call_pages, private_root, freeze_now, language, message
):
    page = page_in(call_pages, language)
    freeze_now(page.closes_at - datetime.timedelta(minutes=5))
    assert 'name="cv"' in client.get(page.url).content.decode()

    freeze_now(page.closes_at + datetime.timedelta(seconds=30))
    response = client.post(page.url, {**valid_answers(), "cv": pdf_file()})

    assert response.status_code == 403
    assert message in response.content.decode()
    assert_nothing_stored(private_root)


def test_the_deadline_holds_to_the_minute_in_bucharest(client, homes, private_root, freeze_now):
    opens = datetime.datetime(2026, 6, 1, 10, 0, tzinfo=BUCHAREST)
    deadline = datetime.datetime(2026, 6, 30, 23, 59, tzinfo=BUCHAREST)
    ro, _en = make_call(homes[0], opens_at=opens, closes_at=deadline)
    ro.refresh_from_db()
    # Stored aware: 23:59 in Cluj in summer (EEST, UTC+3) is 20:59 UTC.
    assert ro.closes_at == datetime.datetime(2026, 6, 30, 20, 59, tzinfo=datetime.UTC)

    def post_at(moment):
        freeze_now(moment)
        return client.post(ro.url, {**valid_answers(), "cv": pdf_file()}).status_code

    minute = datetime.timedelta(minutes=1)
    accepted = 303  # and redirected to the confirmation
    assert post_at(opens - minute) == 403
    assert post_at(opens) == accepted
    assert post_at(deadline - minute) == accepted
    assert post_at(deadline - datetime.timedelta(microseconds=1)) == accepted
    assert post_at(deadline) == 403
    assert Application.objects.count() == 3


@pytest.mark.parametrize(
    ("language", "message"), [("en", "Too many attempts"), ("ro", "Prea multe încercări")]
)
def test_too_many_posts_from_one_client_get_a_429_in_their_language(
    client, call_pages, private_root, settings, language, message
):
    settings.RATELIMIT_ENABLE = True
    page = page_in(call_pages, language)
    statuses = [client.post(page.url, valid_answers()).status_code for _ in range(10)]
    assert statuses == [400] * 10  # the CV is missing: refused, but counted
    response = client.post(page.url, {**valid_answers(), "cv": pdf_file()})
    assert response.status_code == 429
    assert message in response.content.decode()
    assert_nothing_stored(private_root)


# Typed by a person, with what must never run or break the page when it is shown back.
MOTIVATION_WITH_MARKUP = (
    'Lucrez de cinci ani în Cluj <script>alert("x")</script> & altele.\nA doua linie.'
)
MOTIVATION_ESCAPED = (
    "Lucrez de cinci ani în Cluj &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; altele."
    "<br>A doua linie."
)
WHAT_YOU_WROTE = {"en": "What you wrote", "ro": "Ce ați scris"}


def assert_answers_shown_back_read_only(html: str, language: str) -> None:
    assert WHAT_YOU_WROTE[language] in html
    assert MOTIVATION_ESCAPED in html
    assert '<script>alert("x")' not in html
    assert valid_answers()["applicant-email"] in html
    assert "cv.pdf" not in html  # files are never shown back
    assert '<form class="application-form"' not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_late_post_shows_what_the_person_wrote_and_stores_nothing(
    client, call_pages, private_root, freeze_now, language
):
    page = page_in(call_pages, language)
    freeze_now(page.closes_at + datetime.timedelta(minutes=2))
    response = client.post(
        page.url, {**valid_answers(), "motivation": MOTIVATION_WITH_MARKUP, "cv": pdf_file()}
    )

    assert response.status_code == 403
    assert_answers_shown_back_read_only(response.content.decode(), language)
    assert_nothing_stored(private_root)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_rate_limited_post_shows_what_the_person_wrote_and_stores_nothing(
    client, call_pages, private_root, settings, language
):
    settings.RATELIMIT_ENABLE = True
    page = page_in(call_pages, language)
    for _attempt in range(10):
        client.post(page.url, valid_answers())  # the CV is missing: refused, but counted
    response = client.post(
        page.url, {**valid_answers(), "motivation": MOTIVATION_WITH_MARKUP, "cv": pdf_file()}
    )

    assert response.status_code == 429
    assert_answers_shown_back_read_only(response.content.decode(), language)
    assert_nothing_stored(private_root)


# --- one call, one deadline and one set of upload rules: the Romanian page's ---------------------


def publish_romanian_page_only(ro, **changes) -> None:
    """An editor's change, saved and published on the Romanian page; the English page is not
    synced, so it keeps its own copy of the old values."""
    for name, value in changes.items():
        setattr(ro, name, value)
    ro.save_revision().publish()


def test_an_earlier_romanian_deadline_closes_the_unsynced_english_page(
    client, call_pages, private_root
):
    ro, en = call_pages
    earlier = (timezone.now() - datetime.timedelta(hours=1)).replace(second=0, microsecond=0)
    publish_romanian_page_only(ro, closes_at=earlier)
    en.refresh_from_db()
    assert en.closes_at > timezone.now()  # the translation still says "open"

    html = client.get(en.url).content.decode()
    assert "Closed" in html and "applications are no longer accepted" in html
    assert f'datetime="{timezone.localtime(earlier).isoformat()}"' in html  # the real deadline
    assert '<form class="application-form"' not in html
    assert en.specific.status.value == "closed"

    response = client.post(en.url, {**valid_answers(), "cv": pdf_file()})
    assert response.status_code == 403
    assert "This call closed on" in response.content.decode()
    assert_nothing_stored(private_root)


def test_the_romanian_pages_upload_rules_apply_to_an_english_post(client, call_pages, private_root):
    ro, en = call_pages
    publish_romanian_page_only(ro, allowed_file_kinds=["pdf"], max_file_size_mb=1)
    en.refresh_from_db()
    assert "png" in en.allowed_file_kinds and en.max_file_size_mb == 2  # the stale copy

    assert "Accepted: PDF, up to 1 MB." in client.get(en.url).content.decode()
    response = client.post(en.url, {**valid_answers(), "cv": png_file()})
    assert response.status_code == 400
    assert "This file is not one of the accepted kinds (PDF)." in response.content.decode()
    response = client.post(
        en.url, {**valid_answers(), "cv": pdf_file(padding=1536 * 1024)}
    )  # 1.5 MB: within the English copy's 2 MB, over the call's 1 MB
    assert response.status_code == 400
    assert "The limit for this call is 1 MB" in response.content.decode()
    assert_nothing_stored(private_root)


def test_with_the_rate_limit_switched_off_posts_are_not_counted(client, call_pages, private_root):
    cache.clear()
    with override_settings(RATELIMIT_ENABLE=False):
        statuses = [client.post(call_pages[0].url, valid_answers()).status_code for _ in range(12)]
    assert 429 not in statuses


# --- nothing half-stored ------------------------------------------------------------------------


def test_when_the_row_fails_the_files_already_written_are_removed(
    call_pages, private_root, monkeypatch
):
    from django.db import IntegrityError

    ro, _en = call_pages
    form = ro.get_form(
        valid_answers(),
        {"cv": pdf_file(), "portfolio": pdf_file("portfolio.pdf")},
        page=ro,
        user=None,
    )
    assert form.is_valid(), form.errors
    real_create = ApplicationFile.objects.create
    calls = []

    def fail_on_second_file(**kwargs):
        calls.append(kwargs)
        if len(calls) == 2:
            assert len(stored_files(private_root)) == 2  # both files were on disk by now
            raise IntegrityError("simulated failure")
        return real_create(**kwargs)

    monkeypatch.setattr(ApplicationFile.objects, "create", fail_on_second_file)
    with pytest.raises(IntegrityError):
        store_application(ro, form, language="ro")

    assert_nothing_stored(private_root)

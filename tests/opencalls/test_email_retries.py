"""Applicants' emails follow the engine's one retry policy (`cms.email_retry`)."""

from __future__ import annotations

import datetime
from smtplib import SMTPException

import pytest

from django.utils import timezone

from cms import email_retry
from cms.opencalls.models import Application, ApplicationStatus
from cms.opencalls.tasks import send_application_confirmation, send_status_change

from .conftest import pdf_file, valid_answers

DEFERRING_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.fixture
def application(client, call_pages, private_root, settings, django_capture_on_commit_callbacks):
    """One stored application, its confirmation queued on a backend that can defer."""
    settings.TASKS = DEFERRING_TASKS
    with django_capture_on_commit_callbacks(execute=True):
        client.post(call_pages[0].url, {**valid_answers(), "cv": pdf_file()})
    send_application_confirmation.get_backend().clear()  # the first attempt, not run here
    return Application.objects.get()


@pytest.fixture
def mail_server_down(monkeypatch):
    def refuse(*args, **kwargs):
        raise SMTPException("mail server down")

    monkeypatch.setattr("cms.opencalls.tasks.send_mail", refuse)


def queued():
    return list(send_application_confirmation.get_backend().results)


def test_a_failing_confirmation_is_tried_again_later_by_the_shared_policy(
    application, mail_server_down
):
    before = timezone.now()
    with pytest.raises(SMTPException):
        send_application_confirmation.call(application.pk, "https://example.org/apel/")

    [retry] = queued()
    assert retry.task.name == send_application_confirmation.name
    assert retry.args == [application.pk, "https://example.org/apel/"]
    assert retry.kwargs == {"attempt": 2}
    first_delay = email_retry.RETRY_DELAYS[0]
    assert before + first_delay <= retry.task.run_after <= timezone.now() + first_delay
    application.refresh_from_db()
    assert application.confirmation_sent_at is None  # findable, to be resent


def test_a_failing_status_email_is_tried_again_with_a_growing_delay(application, mail_server_down):
    before = timezone.now()
    with pytest.raises(SMTPException):
        send_status_change.call(application.pk, ApplicationStatus.SHORTLISTED, "", attempt=2)

    [retry] = queued()
    assert retry.task.name == send_status_change.name
    assert retry.kwargs == {"attempt": 3}
    second_delay = email_retry.RETRY_DELAYS[1]
    assert retry.task.run_after - before >= second_delay > datetime.timedelta(minutes=1)


def test_open_call_emails_stop_where_the_shared_policy_says(
    application, mail_server_down, monkeypatch
):
    monkeypatch.setattr(email_retry, "MAX_EMAIL_ATTEMPTS", 1)
    with pytest.raises(SMTPException):
        send_application_confirmation.call(application.pk)
    assert queued() == []  # the one policy's limit, not a copy of it

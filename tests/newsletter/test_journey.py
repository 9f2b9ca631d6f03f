"""The whole journey with captured emails, in each language: signup in the box, confirmation,
the monthly letter, one-click unsubscribe from the letter itself."""

from __future__ import annotations

import datetime

import pytest

from django.contrib.auth import get_user_model
from django.core import mail

from cms.newsletter.models import Letter, Subscriber
from cms.translations import TIME_ZONE
from tests.events.factories import make_event, translate
from tests.newsletter.conftest import link_in

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "subject", "title", "gone"),
    [
        ("ro", "Ce se întâmplă în martie 2026", "Întâlnirea Jivipen de martie", "ștearsă"),
        ("en", "What's on in March 2026", "The March Jivipen meeting", "deleted your address"),
    ],
)
def test_signup_confirmation_letter_and_unsubscribe(
    client, homes, time_machine, django_capture_on_commit_callbacks, language, subject, title, gone
):
    time_machine.move_to(datetime.datetime(2026, 2, 20, 10, tzinfo=TIME_ZONE), tick=False)
    home_ro, _home_en = homes
    meeting = make_event(
        home_ro,
        "Întâlnirea Jivipen de martie",
        programme="roma_culture",
        start_date=datetime.date(2026, 3, 12),
        start_time=datetime.time(18, 0),
    )
    translate(meeting, title="The March Jivipen meeting")

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/{language}/newsletter/",
            {"email": "maria@example.org", "language": language, "programmes": ["roma_culture"]},
        )
    [confirmation] = mail.outbox
    client.post(link_in(confirmation.body, "confirm"))
    assert Subscriber.objects.get().confirmed_at is not None

    editor = get_user_model().objects.create_superuser("editor", "editor@cccluj.ro", "pw")
    client.force_login(editor)
    letter = Letter.objects.create(month=datetime.date(2026, 3, 1))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/newsletter/letters/{letter.pk}/send/")
    client.logout()
    [letter_mail] = mail.outbox
    assert letter_mail.subject == subject
    assert title in letter_mail.body
    assert ", 18:00" in letter_mail.body

    response = client.post(link_in(letter_mail.body, "unsubscribe"))
    assert gone in response.content.decode()
    assert not Subscriber.objects.exists()

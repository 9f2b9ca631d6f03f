"""Sending at a bounded rate through the task worker, resumable per recipient; bounces; the
admin's counts and export."""

from __future__ import annotations

import csv
import datetime
import io

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command

from cms.newsletter import sending
from cms.newsletter.models import Delivery, DeliveryStatus, Letter, LetterStatus, Subscriber
from cms.translations import TIME_ZONE
from tests.newsletter.killing_mail import WorkerKilled

pytestmark = pytest.mark.django_db

CONFIRMED = datetime.datetime(2026, 1, 5, tzinfo=datetime.UTC)


@pytest.fixture
def now(time_machine):
    time_machine.move_to(datetime.datetime(2026, 2, 20, 10, tzinfo=TIME_ZONE), tick=False)


@pytest.fixture
def letter(homes, now):
    return Letter.objects.create(month=datetime.date(2026, 3, 1), intro_ro="Martie.")


def subscribers(count: int, programmes=("schools",), language="ro") -> list[Subscriber]:
    made = []
    for index in range(count):
        subscriber = Subscriber.objects.create(
            email=f"cititor{index:02d}.{language}.{programmes[0]}@example.org",
            language=language,
            confirmed_at=CONFIRMED,
        )
        subscriber.set_programmes(programmes)
        made.append(subscriber)
    return made


def recipients() -> list[str]:
    return sorted(message.to[0] for message in mail.outbox)


def test_a_worker_killed_mid_send_resumes_with_no_duplicate_and_nobody_skipped(
    letter, settings, django_capture_on_commit_callbacks
):
    readers = subscribers(7)
    settings.EMAIL_BACKEND = "tests.newsletter.killing_mail.DyingBackend"
    with pytest.raises(WorkerKilled), django_capture_on_commit_callbacks(execute=True):
        sending.start_sending(letter)
    assert len(mail.outbox) == 3
    statuses = list(Delivery.objects.order_by("pk").values_list("status", flat=True))
    # The three delivered are recorded as sent; the one being sent when it died is not.
    assert statuses == [DeliveryStatus.SENT] * 3 + [DeliveryStatus.PENDING] * 4
    letter.refresh_from_db()
    assert letter.status == LetterStatus.SENDING

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    out = io.StringIO()
    call_command("resume_newsletter_sending", stdout=out)
    assert "Resumed 1 letter(s)." in out.getvalue()
    assert recipients() == sorted(reader.email for reader in readers)  # each exactly once
    letter.refresh_from_db()
    assert letter.status == LetterStatus.SENT
    assert set(Delivery.objects.values_list("status", flat=True)) == {DeliveryStatus.SENT}

    # Resuming a finished letter sends nothing more.
    call_command("resume_newsletter_sending", stdout=io.StringIO())
    assert len(mail.outbox) == 7


def test_the_negative_control_without_send_records_a_restart_sends_twice(letter, settings):
    """What the send records prevent: the same worker restarted from scratch, without them,
    mails the first readers again."""
    readers = subscribers(4)
    settings.EMAIL_BACKEND = "tests.newsletter.killing_mail.DyingBackend"
    from cms.newsletter.letters import build_digest_letter

    def send_all_without_records():
        for reader in readers:
            build_digest_letter(letter, reader).send()

    with pytest.raises(WorkerKilled):
        send_all_without_records()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    send_all_without_records()
    assert len(recipients()) > len(set(recipients()))


def test_sending_keeps_the_rate_a_batch_a_minute(
    letter, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.NEWSLETTER_MESSAGES_PER_MINUTE = 2
    subscribers(5)
    batches: list[int] = []
    monkeypatch.setattr(sending, "pause", lambda seconds: batches.append(len(mail.outbox)) or None)
    with django_capture_on_commit_callbacks(execute=True):
        sending.start_sending(letter)
    # After each minute's batch the sender waits: 2, then 4, then the last one.
    assert batches == [2, 4]
    assert len(mail.outbox) == 5


def test_with_the_database_worker_each_batch_queues_the_next_a_minute_later(
    letter, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.NEWSLETTER_MESSAGES_PER_MINUTE = 2
    subscribers(3)
    queued = []

    class Deferred:
        def __init__(self, run_after=None):
            self.run_after = run_after

        def using(self, run_after):
            return Deferred(run_after)

        def enqueue(self, letter_id):
            queued.append((letter_id, self.run_after))

    monkeypatch.setattr(sending, "send_letter", Deferred())  # the database worker's queue
    with django_capture_on_commit_callbacks(execute=True):
        sending.start_sending(letter)
    assert queued == [(letter.pk, None)]
    sending.run(letter.pk, can_defer=True)  # what the worker runs
    assert len(mail.outbox) == 2
    assert queued[1] == (letter.pk, datetime.datetime(2026, 2, 20, 8, 1, tzinfo=datetime.UTC))


def test_hard_bounces_and_complaints_stop_the_letters(
    letter, django_capture_on_commit_callbacks, tmp_path
):
    hard, complaint, soft, fine = subscribers(4)
    report = tmp_path / "bounces.csv"
    report.write_text(f"hard,{hard.email}\ncomplaint,{complaint.email}\nsoft,{soft.email}\n")
    out = io.StringIO()
    call_command("record_newsletter_bounces", "--file", str(report), stdout=out)
    assert f"[1/3] hard {hard.email}: stopped" in out.getvalue()
    assert f"[3/3] soft {soft.email}: counted" in out.getvalue()
    assert "2 address(es) stop receiving letters." in out.getvalue()

    with django_capture_on_commit_callbacks(execute=True):
        sending.start_sending(letter)
    assert recipients() == sorted([soft.email, fine.email])

    for _ in range(2):  # two more soft bounces in a row: the third stops it
        call_command("record_newsletter_bounces", "--soft", soft.email, stdout=io.StringIO())
    assert Subscriber.objects.get(pk=soft.pk).stopped_at is not None


def test_a_reader_who_bounces_while_sending_is_skipped_not_mailed(letter, monkeypatch):
    first, second = subscribers(2)

    class NotYetRun:
        def enqueue(self, letter_id):
            pass

    with monkeypatch.context() as patch:
        patch.setattr(sending, "send_letter", NotYetRun())  # queued, the worker not yet there
        sending.start_sending(letter)
    call_command("record_newsletter_bounces", "--hard", second.email, stdout=io.StringIO())
    sending.run(letter.pk, can_defer=False)
    assert recipients() == [first.email]
    assert Delivery.objects.get(subscriber=second).status == DeliveryStatus.SKIPPED


@pytest.fixture
def team_members(homes):
    from cms.models import ProgrammeTeam
    from cms.teams import setup_teams
    from plugins.hubs.models import HubsSectionPage
    from plugins.schools.models import SchoolsSectionPage

    home, _ = homes
    home.add_child(instance=SchoolsSectionPage(title="Arta în Joacă", slug="arta-in-joaca"))
    home.add_child(instance=HubsSectionPage(title="Huburi", slug="huburi"))
    setup_teams()
    members = {}
    for programme in ("schools", "hubs"):
        user = get_user_model().objects.create_user(f"membru-{programme}", password="x")
        user.groups.add(ProgrammeTeam.objects.get(programme=programme).group)
        members[programme] = user
    return members


def test_the_admin_counts_subscribers_per_language_and_programme_and_each_letters_sends(
    client, letter, team_members, django_capture_on_commit_callbacks
):
    subscribers(3, programmes=("schools",), language="ro")
    subscribers(2, programmes=("schools", "hubs"), language="en")
    subscribers(4, programmes=("hubs",), language="ro")
    Subscriber.objects.create(email="neconfirmat@example.org", language="ro")
    with django_capture_on_commit_callbacks(execute=True):
        sending.start_sending(letter)

    admin = get_user_model().objects.create_superuser("admin", "admin@cccluj.ro", "pw")
    client.force_login(admin)
    html = client.get("/admin/newsletter/").content.decode()
    assert '<th scope="row">Arta în Joacă</th><td>3</td><td>2</td>' in html
    assert '<th scope="row">Huburi creative</th><td>4</td><td>2</td>' in html
    assert '<th scope="row">Toți abonații</th><td>7</td><td>2</td>' in html
    assert "<td>trimisă</td>\n        <td>9</td>" in html

    client.force_login(team_members["schools"])
    html = client.get("/admin/newsletter/").content.decode()
    assert '<th scope="row">Arta în Joacă</th><td>3</td><td>2</td>' in html
    assert "Huburi creative" not in html and "Toți abonații" not in html
    assert "<td>trimisă</td>\n        <td>5</td>" in html  # the letters of its readers only
    # Wagtail answers a refusal with a redirect to the dashboard and a message.
    refused = client.post(f"/admin/newsletter/letters/{letter.pk}/send/")
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    refused = client.get("/admin/newsletter/letters/new/")
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")


def test_only_holders_of_the_personal_data_permission_export_the_addresses(
    client, letter, team_members
):
    subscribers(2, programmes=("schools",))
    editor = get_user_model().objects.create_user("editor", password="x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    # Wagtail answers a refusal with a redirect to the dashboard and a message.
    assert client.get("/admin/newsletter/subscribers.csv")["Location"] == "/admin/"
    assert "subscribers.csv" not in client.get("/admin/newsletter/").content.decode()
    client.force_login(team_members["schools"])
    assert client.get("/admin/newsletter/subscribers.csv")["Location"] == "/admin/"

    editor.user_permissions.add(Permission.objects.get(codename="export_subscribers"))
    editor = get_user_model().objects.get(pk=editor.pk)  # permissions are cached per instance
    client.force_login(editor)
    response = client.get("/admin/newsletter/subscribers.csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["email", "language", "programmes", "signed_up", "confirmed"]
    assert [row[0] for row in rows[1:]] == [
        "cititor00.ro.schools@example.org",
        "cititor01.ro.schools@example.org",
    ]


def test_signing_up_a_hard_bounced_address_again_mails_nothing(
    homes, client, django_capture_on_commit_callbacks
):
    [bounced] = subscribers(1)
    call_command("record_newsletter_bounces", "--hard", bounced.email, stdout=io.StringIO())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/ro/newsletter/", {"email": bounced.email, "language": "ro", "programmes": ["hubs"]}
        )
    assert response.status_code == 303  # the same answer as for anyone
    assert mail.outbox == []
    assert Subscriber.objects.get().stopped_at is not None

"""Registering for an occurrence as a visitor: seats, waiting list, emails, refusals."""

from __future__ import annotations

import datetime
import json
import re

import pytest

from django.core import mail
from django.utils import timezone

from cms.events.models import Occurrence, OccurrenceStatus
from cms.public_forms import HONEYPOT_FIELD
from cms.registrations import allocation
from cms.registrations.models import Registration, RegistrationStatus
from cms.registrations.tokens import make_token, read_token
from tests.registrations.conftest import form_data

pytestmark = pytest.mark.django_db


def register_url(occurrence, language="ro") -> str:
    return f"/{language}/register/{occurrence.pk}/"


def json_ld(response) -> dict:
    match = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    return json.loads(match.group(1))


def test_each_occurrence_has_a_registration_page_with_capacity_in_json_ld(client, occurrence):
    response = client.get(register_url(occurrence))
    assert response.status_code == 200
    html = response.content.decode()
    for name in ('name="name"', 'name="email"', 'name="consent"', 'name="question_0"'):
        assert name in html
    data = json_ld(response)
    assert data["@type"] == "Event"
    assert data["maximumAttendeeCapacity"] == 3
    assert data["remainingAttendeeCapacity"] == 3


def test_the_form_tells_browsers_which_fields_are_a_name_and_an_email(client, occurrence):
    """WCAG 1.3.5: a person's browser (or assistive software) can fill them in."""
    html = client.get(register_url(occurrence)).content.decode()
    assert re.search(r'<input[^>]*name="name"[^>]*autocomplete="name"', html)
    assert re.search(r'<input[^>]*name="email"[^>]*autocomplete="email"', html)


def test_a_visitor_registers_and_gets_a_confirmation_in_their_language_with_an_ics(
    client, occurrence, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(register_url(occurrence, "en"), form_data(question_0="20"))
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.language == "en"
    assert registration.answers == [
        {"id": registration.answers[0]["id"], "label": "Age", "value": 20}
    ]
    page = client.get(response["Location"])
    assert "You are registered" in page.content.decode()

    [email] = mail.outbox
    assert email.to == ["ana@example.org"]
    assert email.subject == "Your registration: Jivipen theatre workshop"
    token = re.search(r"/en/register/manage/([^/\s]+)/", email.body).group(1)
    assert read_token(token) == registration  # a private, signed link to view or cancel
    [(filename, ics, mimetype)] = email.attachments
    assert filename == "event.ics"
    assert mimetype == "text/calendar"
    from icalendar import Calendar

    [vevent] = Calendar.from_ical(ics).walk("VEVENT")
    assert vevent.decoded("dtstart") == occurrence.start.astimezone(
        vevent.decoded("dtstart").tzinfo
    )


def test_romanian_registrants_get_romanian_email(
    client, occurrence, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(register_url(occurrence, "ro"), form_data())
    [email] = mail.outbox
    assert email.subject == "Înscrierea dumneavoastră: Atelier de teatru Jivipen"
    assert "Bună ziua" in email.body
    assert [name for name, _ics, _type in email.attachments] == ["eveniment.ics"]


def test_beyond_capacity_people_join_the_waiting_list_and_are_told(client, occurrence):
    for index in range(3):
        client.post(register_url(occurrence), form_data(email=f"p{index}@example.org"))
    response = client.post(register_url(occurrence), form_data(email="late@example.org"))
    assert response.status_code == 302
    late = Registration.objects.get(email="late@example.org")
    assert late.status == RegistrationStatus.WAITLISTED
    assert (
        "waiting list" in client.get(response["Location"].replace("/ro/", "/en/")).content.decode()
    )
    assert Registration.objects.filter(status=RegistrationStatus.CONFIRMED).count() == 3


def test_ro_and_en_draw_from_the_same_seats(client, occurrence):
    # The English page says 10 seats: the event's capacity is the Romanian page's 3, whichever
    # language a person registers in.
    from cms.events.models import EventPage

    english = EventPage.objects.get(
        translation_key=occurrence.series_id, locale__language_code="en"
    )
    english.capacity = 10
    english.save_revision().publish()
    client.post(register_url(occurrence, "ro"), form_data(email="a@example.org"))
    client.post(register_url(occurrence, "en"), form_data(email="b@example.org"))
    client.post(register_url(occurrence, "ro"), form_data(email="c@example.org"))
    client.post(register_url(occurrence, "en"), form_data(email="d@example.org"))
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert list(statuses.values()).count("confirmed") == 3
    assert statuses["d@example.org"] == "waitlisted"
    data = json_ld(client.get(register_url(occurrence, "en")))
    assert data["remainingAttendeeCapacity"] == 0


def test_a_cancellation_promotes_exactly_one_person_and_emails_them(
    client, occurrence, django_capture_on_commit_callbacks
):
    people = []
    for index in range(5):
        people.append(
            allocation.register(
                occurrence.pk, name=f"P{index}", email=f"p{index}@example.org", language="ro"
            )
        )
    assert [p.status for p in people] == ["confirmed"] * 3 + ["waitlisted"] * 2
    mail.outbox.clear()
    token = make_token(people[0])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/en/register/manage/{token}/")
    assert response.status_code == 200
    assert "Your registration is cancelled" in response.content.decode()
    statuses = [Registration.objects.get(pk=p.pk).status for p in people]
    assert statuses == ["cancelled", "confirmed", "confirmed", "confirmed", "waitlisted"]
    subjects = sorted(email.subject for email in mail.outbox)
    assert subjects == [
        "Locul este al dumneavoastră: Atelier de teatru Jivipen",
        "Înscriere anulată: Atelier de teatru Jivipen",
    ]
    assert [e.to for e in mail.outbox if e.subject.startswith("Locul")] == [["p3@example.org"]]


def test_the_same_email_twice_is_refused_with_a_clear_message_and_no_second_row(client, occurrence):
    client.post(register_url(occurrence), form_data(email="Ana@Example.org"))
    response = client.post(register_url(occurrence), form_data(email="ana@example.ORG"))
    assert response.status_code == 409
    assert "deja înscrisă" in response.content.decode()
    assert Registration.objects.count() == 1
    assert 'value="Ana Lăcătuș"' in response.content.decode()  # what was typed is kept


@pytest.mark.parametrize(
    ("data", "field_message"),
    [
        (form_data(email=""), "Introduceți adresa de e-mail."),
        (
            form_data(email="not-an-email"),
            "Introduceți o adresă de e-mail de forma nume@exemplu.ro.",
        ),
        ({k: v for k, v in form_data().items() if k != "consent"}, "Pentru a vă înscrie"),
        (form_data(question_0="12"), "mai mare sau egală cu 16"),
    ],
)
def test_invalid_answers_are_a_400_with_an_error_summary_and_values_kept(
    client, occurrence, data, field_message
):
    response = client.post(register_url(occurrence), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "error-summary" in html and 'href="#id_' in html
    assert field_message in html
    assert 'value="Ana Lăcătuș"' in html
    assert Registration.objects.count() == 0


def test_a_filled_honeypot_is_refused_and_nothing_is_stored(client, occurrence):
    spam = form_data(**{HONEYPOT_FIELD: "http://spam.example"})
    response = client.post(register_url(occurrence), spam)
    assert response.status_code == 400
    assert Registration.objects.count() == 0


def test_the_registration_form_carries_the_shared_honeypot_hidden_from_people(client, occurrence):
    html = client.get(register_url(occurrence)).content.decode()
    honeypot = html[html.index('<div class="honeypot" aria-hidden="true">') :]
    assert f'name="{HONEYPOT_FIELD}"' in honeypot and 'tabindex="-1"' in honeypot
    assert "Lăsați acest câmp gol" in honeypot  # labelled in the visitor's language
    form = html[html.index('class="registration-form"') :]
    form = form[: form.index("</form>")]  # the newsletter box below the page has its own
    assert form.count(f'name="{HONEYPOT_FIELD}"') == 1  # not also among the visible fields


def test_registration_not_yet_open_or_closed_is_refused(client, workshop, occurrence):
    workshop.registration_opens_at = timezone.now() + datetime.timedelta(days=1)
    workshop.save_revision().publish()
    response = client.post(register_url(occurrence), form_data())
    assert response.status_code == 403
    assert "nu s-au deschis" in response.content.decode()

    workshop.registration_opens_at = None
    workshop.registration_closes_at = timezone.now() - datetime.timedelta(minutes=1)
    workshop.save_revision().publish()
    response = client.post(register_url(occurrence, "en"), form_data())
    assert response.status_code == 403
    assert "Registration for this date is closed." in response.content.decode()
    assert Registration.objects.count() == 0


def test_a_cancelled_or_past_occurrence_is_refused(client, occurrence):
    Occurrence.objects.filter(pk=occurrence.pk).update(status=OccurrenceStatus.CANCELLED)
    response = client.post(register_url(occurrence, "en"), form_data())
    assert response.status_code == 410
    assert "This date has been cancelled." in response.content.decode()

    Occurrence.objects.filter(pk=occurrence.pk).update(
        status=OccurrenceStatus.SCHEDULED,
        start=timezone.now() - datetime.timedelta(hours=3),
        end=timezone.now() - datetime.timedelta(hours=1),
    )
    response = client.post(register_url(occurrence, "en"), form_data())
    assert response.status_code == 410
    assert Registration.objects.count() == 0


def test_an_unknown_occurrence_is_a_404_page_not_a_500(client, homes):
    response = client.get("/ro/register/987654/")
    assert response.status_code == 404
    assert "Nu există înscriere" in response.content.decode()


def test_a_post_without_csrf_token_is_refused(occurrence):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(register_url(occurrence), form_data())
    assert response.status_code == 403
    assert "Formularul nu a putut fi trimis" in response.content.decode()
    assert Registration.objects.count() == 0


def test_a_forged_or_expired_token_is_refused(client, occurrence, settings):
    registration = allocation.register(
        occurrence.pk, name="Ana", email="ana@example.org", language="ro"
    )
    token = make_token(registration)
    forged = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    assert client.get(f"/ro/register/manage/{forged}/").status_code == 400
    assert client.post(f"/ro/register/manage/{forged}/").status_code == 400

    from unittest import mock

    with mock.patch("cms.registrations.tokens.MAX_AGE", -1):
        response = client.post(f"/en/register/manage/{token}/")
    assert response.status_code == 410
    assert "This link has expired." in response.content.decode()
    assert Registration.objects.get().status == RegistrationStatus.CONFIRMED


def test_rate_limit_refuses_a_flood_with_a_429(client, occurrence, settings):
    settings.RATELIMIT_ENABLE = True
    from django.core.cache import cache

    cache.clear()
    statuses = [
        client.post(register_url(occurrence), form_data(email=f"x{index}@example.org")).status_code
        for index in range(22)
    ]
    assert statuses[-1] == 429
    assert statuses.count(302) <= 20
    cache.clear()


def test_a_failing_mail_server_loses_no_registration(
    client, occurrence, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.registrations.failing_mail.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(register_url(occurrence), form_data())
    assert callbacks, "the confirmation email was queued (and its sending failed)"
    assert response.status_code == 302
    assert Registration.objects.get().status == RegistrationStatus.CONFIRMED
    assert mail.outbox == []


def test_when_an_editor_cancels_a_date_everyone_registered_is_told_in_their_language(
    admin_client, workshop, occurrence, django_capture_on_commit_callbacks
):
    from django.urls import reverse

    allocation.register(occurrence.pk, name="Ana", email="ana@example.org", language="ro")
    allocation.register(occurrence.pk, name="Tom", email="tom@example.org", language="en")
    gone = allocation.register(occurrence.pk, name="Ion", email="ion@example.org", language="ro")
    allocation.cancel(gone.pk)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            reverse("events_admin:cancel", args=[workshop.pk, occurrence.pk]), {"confirm": "1"}
        )
    by_address = {email.to[0]: email for email in mail.outbox}
    assert sorted(by_address) == ["ana@example.org", "tom@example.org"]  # not the cancelled one
    assert by_address["ana@example.org"].subject.startswith("Anulat: ")
    assert "nu va avea loc la această dată" in by_address["ana@example.org"].body
    assert by_address["tom@example.org"].subject.startswith("Cancelled: ")
    assert "will not take place on this date" in by_address["tom@example.org"].body
    (_name, ics, _type) = by_address["tom@example.org"].attachments[0]
    assert "STATUS:CANCELLED" in str(ics)  # the calendar entry is removed, not left behind


def test_the_private_link_says_when_the_date_itself_was_cancelled(client, occurrence):
    from cms.events.overrides import cancel_occurrence

    registration = allocation.register(
        occurrence.pk, name="Ana", email="ana@example.org", language="ro"
    )
    cancel_occurrence(occurrence)
    url = f"/ro/register/manage/{make_token(registration)}/"
    html = client.get(url).content.decode()
    assert "Această dată a fost anulată." in html
    assert "Anulați înscrierea" not in html and ".ics" not in html
    assert client.post(url).status_code == 409  # nothing left to cancel


def test_when_an_editor_moves_a_date_everyone_registered_gets_the_new_time(
    workshop, occurrence, django_capture_on_commit_callbacks
):
    from cms.events.overrides import move_occurrence

    allocation.register(occurrence.pk, name="Ana", email="ana@example.org", language="ro")
    mail.outbox.clear()
    new_start = occurrence.start + datetime.timedelta(days=1, hours=2)
    with django_capture_on_commit_callbacks(execute=True):
        move_occurrence(occurrence, new_start, new_start + datetime.timedelta(hours=2))
    (email,) = mail.outbox
    assert email.subject.startswith("Dată și oră noi: ")
    local = timezone.localtime(new_start)
    assert f"{local:%H:%M}" in email.body
    assert "/register/manage/" in email.body  # they can still cancel


def test_more_seats_published_go_to_the_waiting_list_in_order(
    workshop, occurrence, django_capture_on_commit_callbacks
):
    people = [
        allocation.register(occurrence.pk, name=f"P{i}", email=f"p{i}@example.org", language="ro")
        for i in range(5)
    ]
    assert [p.status for p in people] == ["confirmed"] * 3 + ["waitlisted"] * 2
    mail.outbox.clear()
    workshop.capacity = 4
    with django_capture_on_commit_callbacks(execute=True):
        workshop.save_revision().publish()
    statuses = [Registration.objects.get(pk=p.pk).status for p in people]
    assert statuses == ["confirmed"] * 4 + ["waitlisted"]  # the first in line, only
    assert [email.to for email in mail.outbox] == [["p3@example.org"]]


def test_erasing_a_person_gives_their_coming_seat_to_the_next_in_line(
    admin_client, occurrence, django_capture_on_commit_callbacks
):
    people = [
        allocation.register(occurrence.pk, name=f"P{i}", email=f"p{i}@example.org", language="ro")
        for i in range(4)
    ]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            "/admin/registrations/personal-data/", {"email": "p0@example.org", "action": "erase"}
        )
    erased, promoted = (Registration.objects.get(pk=people[i].pk) for i in (0, 3))
    assert (erased.status, erased.email, erased.name) == ("cancelled", "", "")
    assert promoted.status == "confirmed"
    assert [email.to for email in mail.outbox] == [["p3@example.org"]]  # nothing to the erased


def test_a_cancellation_after_the_date_promotes_nobody(occurrence):
    """Marking a no-show cancelled afterwards must not tell a waiting person to come."""
    people = [
        allocation.register(occurrence.pk, name=f"P{i}", email=f"p{i}@example.org", language="ro")
        for i in range(4)
    ]
    waiting = people[-1]
    assert waiting.status == RegistrationStatus.WAITLISTED
    after = occurrence.end + datetime.timedelta(hours=1)
    allocation.cancel(people[0].pk, now=after)
    assert not allocation.promote(waiting.pk, now=after)
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.WAITLISTED


def test_the_private_link_does_not_carry_the_email_address(occurrence):
    import base64

    registration = allocation.register(
        occurrence.pk, name="Ana", email="ana.pop@example.org", language="ro"
    )
    token = make_token(registration)
    payload = token.split(":")[0]
    decoded = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    assert b"ana.pop" not in decoded and b"example.org" not in decoded
    assert read_token(token) == registration


def test_a_signed_token_of_the_wrong_shape_is_refused_not_a_500(client, occurrence):
    from django.core import signing

    from cms.registrations.tokens import SALT

    odd = signing.dumps(["1", "x"], salt=SALT)
    assert client.get(f"/ro/register/manage/{odd}/").status_code == 400


def test_registration_pages_keep_a_constant_query_count(
    client, occurrence, django_assert_max_num_queries
):
    for index in range(2):
        allocation.register(occurrence.pk, name="X", email=f"q{index}@example.org", language="ro")
    client.get(register_url(occurrence))
    with django_assert_max_num_queries(20):
        client.get(register_url(occurrence))

"""Signing up through the box on every page, double opt-in, refusals and the purge."""

from __future__ import annotations

import datetime
import io
import re

import pytest

from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from cms.newsletter.models import Subscriber
from cms.newsletter.tokens import CONFIRM, make_token
from cms.public_forms import HONEYPOT_FIELD
from tests.newsletter.conftest import link_in, signup_data

pytestmark = pytest.mark.django_db

PROGRAMMES = ["academy", "schools", "heritage", "roma_culture", "hubs"]


@pytest.mark.parametrize(
    ("language", "heading", "button"),
    [("ro", "Newsletterul", "Abonează-mă"), ("en", "The newsletter", "Subscribe")],
)
def test_every_page_has_the_signup_box_in_its_language_with_every_programme_ticked(
    client, homes, language, heading, button
):
    html = client.get(f"/{language}/").content.decode()
    box = html[html.index('class="newsletter-signup"') :]
    assert f"<h2>{heading}</h2>" in box
    assert f'action="/{language}/newsletter/"' in box
    assert f">{button}</button>" in box
    # The page's language is the letters' language unless the visitor picks the other one.
    assert re.search(rf'<input[^>]*name="language"[^>]*value="{language}"[^>]*checked', box)
    ticked = re.findall(r'<input[^>]*name="programmes"[^>]*value="(\w+)"[^>]*checked', box)
    assert sorted(ticked) == sorted(PROGRAMMES)
    assert f'href="/{language}/newsletter/privacy/"' in box
    assert f'name="{HONEYPOT_FIELD}"' in box


@pytest.mark.parametrize(
    ("letters_language", "subject", "confirmed_text"),
    [
        ("ro", "Confirmați abonarea la newsletter", "abonarea este confirmată"),
        ("en", "Confirm your subscription to the newsletter", "your subscription is confirmed"),
    ],
)
def test_signup_sends_a_confirmation_in_the_chosen_language_and_only_a_post_confirms(
    client, sign_up, letters_language, subject, confirmed_text
):
    # Signed up on the other language's pages: the email follows the language chosen.
    other = "en" if letters_language == "ro" else "ro"
    response = sign_up(other, language=letters_language, email="Ana.Lacatus@Example.org")
    assert response["Location"] == f"/{other}/newsletter/thank-you/"
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "ana.lacatus@example.org"
    assert subscriber.language == letters_language
    assert subscriber.programme_slugs == ["roma_culture", "schools"]
    assert subscriber.confirmed_at is None

    [email] = mail.outbox
    assert email.to == ["ana.lacatus@example.org"]
    assert email.subject == subject
    confirm_path = link_in(email.body, "confirm")
    assert confirm_path.startswith(f"/{letters_language}/")

    # Opening the link (as a mail scanner prefetching it would) confirms nothing.
    page = client.get(confirm_path)
    assert page.status_code == 200
    assert 'method="post"' in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.confirmed_at is None

    page = client.post(confirm_path)
    assert confirmed_text in page.content.decode()
    subscriber.refresh_from_db()
    first_confirmation = subscriber.confirmed_at
    assert first_confirmation is not None

    # Confirming twice is harmless: same answer, same moment of consent.
    again = client.post(confirm_path)
    assert again.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.confirmed_at == first_confirmation
    assert len(mail.outbox) == 1


def test_signing_up_a_confirmed_address_again_changes_nothing_and_mails_its_link(
    client, confirmed, sign_up
):
    confirmed(email="ion@example.org", language="en", programmes=["academy"])
    sign_up("ro", email="ion@example.org", language="ro", programmes=["hubs"])
    subscriber = Subscriber.objects.get()
    assert (subscriber.language, subscriber.programme_slugs) == ("en", ["academy"])
    [email] = mail.outbox
    assert email.subject == "You already receive our newsletter"
    assert link_in(email.body, "settings").startswith("/en/")


@pytest.mark.parametrize(
    ("language", "data", "field", "message"),
    [
        ("ro", {"email": "nu-e-adresa"}, "email", "Introduceți o adresă de e-mail"),
        ("en", {"email": ""}, "email", "Enter your email address."),
        ("ro", {"programmes": []}, "programmes", "Alegeți cel puțin un program."),
        ("en", {"programmes": ["cinema"]}, "programmes", "Choose programmes from the list."),
        ("en", {"language": "de"}, "language", "Choose the language of the letters."),
    ],
)
def test_bad_input_is_a_400_with_the_message_by_the_field_and_the_values_kept(
    client, homes, language, data, field, message
):
    response = client.post(f"/{language}/newsletter/", signup_data(**data))
    assert response.status_code == 400
    html = response.content.decode()
    assert re.search(rf'id="newsletter-{field}_error">.*?{re.escape(message)}', html, re.S)
    assert 'class="error-summary"' in html
    assert 'value="roma_culture"' in html and html.count('class="newsletter-form"') == 1
    if field != "email":
        assert 'value="ana.lacatus@example.org"' in html
    assert not Subscriber.objects.exists()
    assert not mail.outbox


def test_a_filled_honeypot_is_refused_and_nothing_is_stored(client, homes):
    response = client.post("/en/newsletter/", signup_data(**{HONEYPOT_FIELD: "http://spam"}))
    assert response.status_code == 400
    assert "could not be sent" in response.content.decode()
    assert not Subscriber.objects.exists()


def test_a_flood_of_signups_is_refused_with_a_429(client, homes, settings):
    settings.RATELIMIT_ENABLE = True
    cache.clear()
    statuses = [
        client.post("/ro/newsletter/", signup_data(email=f"x{i}@example.org")).status_code
        for i in range(12)
    ]
    cache.clear()
    assert statuses[:10] == [303] * 10
    assert statuses[-1] == 429
    assert Subscriber.objects.count() == 10


@pytest.mark.parametrize(
    ("language", "message"), [("ro", "nu este valid"), ("en", "This link is not valid")]
)
def test_a_forged_confirmation_link_is_refused_with_a_clear_page(
    client, sign_up, language, message
):
    sign_up()
    subscriber = Subscriber.objects.get()
    token = make_token(subscriber, CONFIRM)
    forged = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    response = client.post(f"/{language}/newsletter/confirm/{forged}/")
    assert response.status_code == 400
    assert message in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.confirmed_at is None


@pytest.mark.parametrize(("language", "message"), [("ro", "a expirat"), ("en", "has expired")])
def test_an_expired_confirmation_link_is_refused_with_a_clear_page(
    client, sign_up, time_machine, language, message
):
    time_machine.move_to(datetime.datetime(2026, 3, 1, 10, tzinfo=datetime.UTC), tick=False)
    sign_up()
    path = link_in(mail.outbox[0].body, "confirm").replace("/ro/", f"/{language}/")
    time_machine.move_to(datetime.datetime(2026, 3, 8, 11, tzinfo=datetime.UTC), tick=False)
    response = client.post(path)
    assert response.status_code == 410
    assert message in response.content.decode()
    assert Subscriber.objects.get().confirmed_at is None


def test_unconfirmed_addresses_are_purged_after_the_set_days_with_progress(
    client, confirmed, sign_up, time_machine, settings
):
    settings.NEWSLETTER_UNCONFIRMED_DAYS = 7
    time_machine.move_to(datetime.datetime(2026, 3, 1, 10, tzinfo=datetime.UTC), tick=False)
    sign_up(email="old@example.org")
    confirmed(email="kept@example.org")
    time_machine.move_to(datetime.datetime(2026, 3, 7, 10, tzinfo=datetime.UTC), tick=False)
    sign_up(email="young@example.org")
    time_machine.move_to(datetime.datetime(2026, 3, 8, 11, tzinfo=datetime.UTC), tick=False)

    out = io.StringIO()
    call_command("purge_unconfirmed_subscribers", "--dry-run", stdout=out)
    assert "unconfirmed for 7 days: 1" in out.getvalue()
    assert Subscriber.objects.count() == 3

    out = io.StringIO()
    call_command("purge_unconfirmed_subscribers", stdout=out)
    assert "Deleted 1 unconfirmed address(es)." in out.getvalue()
    assert sorted(Subscriber.objects.values_list("email", flat=True)) == [
        "kept@example.org",
        "young@example.org",
    ]


def test_the_daily_personal_data_purge_includes_unconfirmed_addresses(sign_up, time_machine):
    time_machine.move_to(datetime.datetime(2026, 3, 1, 10, tzinfo=datetime.UTC), tick=False)
    sign_up()
    time_machine.move_to(timezone.now() + datetime.timedelta(days=30), tick=False)
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    assert "cms.newsletter.purging.purge_unconfirmed_subscribers:" in out.getvalue()
    assert not Subscriber.objects.exists()


def test_the_privacy_link_leads_to_the_privacy_page_in_the_visitors_language(client, homes):
    from wagtail.models import Site

    from cms.models import SiteSettings

    home_ro, home_en = homes
    privacy = home_ro.add_child(instance=type(home_ro)(title="Confidențialitate", slug="conf"))
    privacy_en = privacy.copy_for_translation(home_en.locale)
    privacy_en.title, privacy_en.slug = "Privacy", "privacy"
    privacy_en.save_revision().publish()
    SiteSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True), defaults={"privacy_page": privacy}
    )
    response = client.get("/en/newsletter/privacy/")
    assert response.status_code == 302
    assert response["Location"].endswith("/en/privacy/")


def test_the_box_costs_no_database_query(rf, homes, django_assert_num_queries):
    """It is on every page: the pages' query budgets must not grow with it."""
    from django.template.loader import render_to_string

    request = rf.get("/ro/")
    with django_assert_num_queries(0):
        html = render_to_string("newsletter/signup_box.html", request=request)
    assert 'class="newsletter-form"' in html

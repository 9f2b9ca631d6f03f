"""Leaving in one click (RFC 8058 and the visible link), changing settings, erasure."""

from __future__ import annotations

import email as email_parser
from email import policy

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from cms.newsletter.letters import build_letter
from cms.newsletter.models import Subscriber
from cms.newsletter.tokens import MANAGE, make_token
from tests.newsletter.conftest import link_in

pytestmark = pytest.mark.django_db


def a_letter(subscriber):
    return build_letter(
        subscriber,
        subject="Test",
        text_template="newsletter/email/footer.txt",
        html_template="newsletter/email/footer.html",
        context={},
    )


@pytest.mark.parametrize(("language", "word"), [("ro", "Dezabonare"), ("en", "Unsubscribe")])
def test_a_letter_carries_the_rfc_8058_headers_and_a_visible_link(confirmed, language, word):
    confirmed(language=language)
    subscriber = Subscriber.objects.get()
    message = a_letter(subscriber)
    message.send()
    [sent] = mail.outbox
    # As a mail client reads it: a long header is folded on the wire, and unfolded here.
    parsed = email_parser.message_from_bytes(sent.message().as_bytes(), policy=policy.default)
    unsubscribe_url = str(parsed["List-Unsubscribe"]).strip().strip("<>")
    assert unsubscribe_url.startswith(f"http://127.0.0.1:8000/{language}/newsletter/unsubscribe/")
    assert unsubscribe_url.startswith("http")  # RFC 8058: an HTTP(S) URI
    assert parsed["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe_url in sent.body
    [(html, mimetype)] = sent.alternatives
    assert mimetype == "text/html"
    assert f'<a href="{unsubscribe_url}">{word}</a>' in html


def test_the_one_click_post_unsubscribes_without_login_or_csrf_token(confirmed, homes):
    confirmed(language="en")
    subscriber = Subscriber.objects.get()
    path = link_in(a_letter(subscriber).body, "unsubscribe")
    mail_client = Client(enforce_csrf_checks=True)  # as a mail provider posts: no session
    response = mail_client.post(
        path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not Subscriber.objects.exists()
    # Posted again (the person also clicks the link): still a calm answer.
    again = mail_client.post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert again.status_code == 200
    assert "deleted your address" in again.content.decode()


@pytest.mark.parametrize(("language", "done"), [("ro", "adresa a fost ștearsă"), ("en", "deleted")])
def test_the_visible_link_opens_a_page_that_unsubscribes_in_one_click(
    client, confirmed, language, done
):
    confirmed(language=language)
    path = link_in(a_letter(Subscriber.objects.get()).body, "unsubscribe")
    page = client.get(path)  # a mail scanner opening the link unsubscribes nobody
    assert page.status_code == 200
    assert Subscriber.objects.exists()
    html = page.content.decode()
    article = html[html.index('<article class="newsletter-page">') : html.index("</article>")]
    assert article.count("<button") == 1  # one button, the one click
    response = client.post(path)
    assert response.status_code == 200
    assert done in response.content.decode()
    assert not Subscriber.objects.exists()


def test_a_forged_unsubscribe_link_is_refused_and_changes_nothing(client, confirmed):
    confirmed()
    subscriber = Subscriber.objects.get()
    other = Subscriber(pk=subscriber.pk + 1, secret="guessed")
    response = client.post(f"/en/newsletter/unsubscribe/{make_token(other, MANAGE)}x/")
    assert response.status_code == 400
    assert "This link is not valid" in response.content.decode()
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_after_leaving_and_signing_up_again_the_old_links_are_dead(client, confirmed, sign_up):
    confirmed(email="ion@example.org")
    old_path = link_in(a_letter(Subscriber.objects.get()).body, "settings")
    client.post(old_path.replace("/settings/", "/unsubscribe/"))
    confirmed(email="ion@example.org")
    assert client.get(old_path).status_code == 400


@pytest.mark.parametrize(
    ("language", "saved"), [("ro", "Setările sunt salvate."), ("en", "Your settings are saved.")]
)
def test_the_signed_manage_link_changes_language_and_programmes(client, confirmed, language, saved):
    confirmed(language=language, programmes=["academy", "hubs"])
    subscriber = Subscriber.objects.get()
    path = link_in(a_letter(subscriber).body, "settings")
    page = client.get(path).content.decode()
    assert 'value="academy" id="newsletter-programmes_0" checked' in page
    other = "en" if language == "ro" else "ro"
    response = client.post(path, {"language": other, "programmes": ["schools"]})
    assert response.status_code == 200
    assert saved in response.content.decode()
    subscriber.refresh_from_db()
    assert (subscriber.language, subscriber.programme_slugs) == (other, ["schools"])
    assert subscriber.confirmed_at is not None

    refused = client.post(path, {"language": other, "programmes": []})
    assert refused.status_code == 400
    assert 'id="newsletter-programmes_error"' in refused.content.decode()
    assert Subscriber.objects.get().programme_slugs == ["schools"]


def test_erasing_a_person_in_the_personal_data_tool_removes_the_subscription(client, confirmed):
    confirmed(email="ana@example.org")
    confirmed(email="ion@example.org")
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    page = client.get("/admin/registrations/personal-data/", {"email": "Ana@example.org"})
    assert 'value="erase"' in page.content.decode()  # offered though she never registered
    client.post(
        "/admin/registrations/personal-data/", {"email": "Ana@example.org", "action": "erase"}
    )
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["ion@example.org"]

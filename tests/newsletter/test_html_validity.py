"""The newsletter's own pages are valid HTML for the W3C Nu checker, in both languages (one
checker run). The signup box is on every page type, and checked with each of them in
tests/test_html_validity.py."""

from __future__ import annotations

import re

import pytest

from django.core import mail

from cms.newsletter.models import Subscriber
from tests.html_validation import assert_valid_html

pytestmark = [pytest.mark.html_validation, pytest.mark.django_db]


def test_the_newsletter_pages_are_valid_html(demo_site, client, django_capture_on_commit_callbacks):
    rendered = {}
    for language in ("ro", "en"):
        rendered[f"signup errors {language}"] = client.post(
            f"/{language}/newsletter/", {"email": "nu-e-adresa", "programmes": ["x"]}
        ).content
        rendered[f"forged link {language}"] = client.get(
            f"/{language}/newsletter/confirm/forged/"
        ).content
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                f"/{language}/newsletter/",
                {
                    "email": f"valid.{language}@example.org",
                    "language": language,
                    "programmes": ["academy"],
                },
            )
        rendered[f"thank you {language}"] = client.get(response["Location"]).content
        confirm = re.search(r"(/\w\w/newsletter/confirm/[^/\s]+/)", mail.outbox[0].body).group(1)
        rendered[f"confirm {language}"] = client.get(confirm).content
        rendered[f"confirmed {language}"] = client.post(confirm).content
        subscriber = Subscriber.objects.get(email=f"valid.{language}@example.org")
        from cms.newsletter.tokens import MANAGE, make_token

        token = make_token(subscriber, MANAGE)
        rendered[f"settings {language}"] = client.get(
            f"/{language}/newsletter/settings/{token}/"
        ).content
        rendered[f"settings errors {language}"] = client.post(
            f"/{language}/newsletter/settings/{token}/", {}
        ).content
        rendered[f"unsubscribe {language}"] = client.get(
            f"/{language}/newsletter/unsubscribe/{token}/"
        ).content
        rendered[f"unsubscribed {language}"] = client.post(
            f"/{language}/newsletter/unsubscribe/{token}/"
        ).content
    assert_valid_html(rendered)

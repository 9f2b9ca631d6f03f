"""The public forms' shared guards (`cms.public_forms`): one honeypot, one rate limit."""

from __future__ import annotations

import pytest

from django import forms
from django.core.cache import cache
from django.test import RequestFactory

from cms.public_forms import HONEYPOT_FIELD, HoneypotMixin, RateLimit


class GuestbookForm(HoneypotMixin, forms.Form):
    name = forms.CharField()


@pytest.fixture
def limits_on(settings):
    settings.RATELIMIT_ENABLE = True
    settings.TRUSTED_PROXY_COUNT = 0
    cache.clear()
    yield
    cache.clear()


def post_from(address: str):
    return RequestFactory().post("/", {}, REMOTE_ADDR=address)


def test_a_filled_honeypot_marks_the_form_and_stays_out_of_its_answers():
    form = GuestbookForm({"name": "Ana", HONEYPOT_FIELD: " http://spam.example "})
    assert form.honeypot_filled
    assert form.is_valid()
    assert form.cleaned_data == {"name": "Ana"}
    assert [field.name for field in form.visible_fields()] == ["name"]
    assert not GuestbookForm({"name": "Ana", HONEYPOT_FIELD: "  "}).honeypot_filled


def test_the_honeypot_is_out_of_reach_of_the_keyboard_and_autofill():
    html = str(GuestbookForm().honeypot)
    assert f'name="{HONEYPOT_FIELD}"' in html
    assert 'tabindex="-1"' in html and 'autocomplete="off"' in html


def test_a_prefixed_form_reads_its_own_honeypot():
    form = GuestbookForm({f"guest-{HONEYPOT_FIELD}": "x"}, prefix="guest")
    assert form.honeypot_filled
    assert f'name="guest-{HONEYPOT_FIELD}"' in str(form.honeypot)


def test_a_rate_limit_counts_posts_per_address_and_per_form(limits_on):
    registrations = RateLimit(group="test:registrations", rate="2/h")
    applications = RateLimit(group="test:applications", rate="2/h")
    assert [registrations.exceeded_by(post_from("192.0.2.1")) for _ in range(3)] == [
        False,
        False,
        True,
    ]
    assert not registrations.exceeded_by(post_from("192.0.2.2"))  # another visitor
    assert not applications.exceeded_by(post_from("192.0.2.1"))  # another form


def test_reading_a_page_is_never_counted(limits_on):
    limit = RateLimit(group="test:reading", rate="1/h")
    for _ in range(3):
        assert not limit.exceeded_by(RequestFactory().get("/", REMOTE_ADDR="192.0.2.1"))


def test_rate_limits_can_be_switched_off(settings):
    settings.RATELIMIT_ENABLE = False
    limit = RateLimit(group="test:off", rate="1/h")
    assert not any(limit.exceeded_by(post_from("192.0.2.1")) for _ in range(3))

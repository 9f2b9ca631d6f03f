"""Request bodies are bounded before they are read: size, rate and number of fields."""

from __future__ import annotations

import pytest

from django.core.cache import cache
from django.test import Client, RequestFactory

from cms.opencalls.applying import APPLICATION_LIMIT
from cms.opencalls.uploads import MAX_TOTAL_UPLOAD_BYTES
from cms.registrations.views import REGISTRATION_LIMIT
from cms.security.body_limit import largest_legal_body
from cms.testing import make_home_pages

pytestmark = pytest.mark.django_db

ADDRESS = "203.0.113.9"


class UnreadableBody:
    """A request body that fails the test if anything reads it."""

    def read(self, *args, **kwargs):
        raise AssertionError("the body was read")

    readline = read

    def __iter__(self):
        raise AssertionError("the body was read")


def post_unread(client, url, length, **extra):
    return client.generic(
        "POST",
        url,
        CONTENT_LENGTH=str(length),
        CONTENT_TYPE="multipart/form-data; boundary=xyz",
        REMOTE_ADDR=ADDRESS,
        **{"wsgi.input": UnreadableBody(), **extra},
    )


@pytest.fixture
def homes(db):
    return make_home_pages()


def test_the_limit_lets_the_largest_application_through(settings):
    assert largest_legal_body() >= MAX_TOTAL_UPLOAD_BYTES + settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    assert largest_legal_body() < 64 * 1024 * 1024


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("/ro/register/1/", "Cererea este prea mare"),
        ("/en/register/1/", "The request is too large"),
    ],
)
def test_a_body_past_the_limit_is_refused_unread_in_the_visitors_language(homes, url, words):
    client = Client(enforce_csrf_checks=True)
    response = post_unread(client, url, 200 * 1024 * 1024)
    assert response.status_code == 413
    assert words in response.content.decode()


def test_the_admin_is_bounded_too(homes):
    response = post_unread(Client(), "/admin/images/multiple/add/", largest_legal_body() + 1)
    assert response.status_code == 413


def test_a_malformed_content_length_is_a_400(homes):
    response = post_unread(Client(), "/ro/register/1/", "lots")
    assert response.status_code == 400


def test_the_setting_overrides_the_derived_limit(settings):
    settings.REQUEST_BODY_MAX_BYTES = 1234
    assert largest_legal_body() == 1234


def exhaust(limit, times):
    request = RequestFactory().post("/", REMOTE_ADDR=ADDRESS)
    for _ in range(times):
        limit.exceeded_by(request)


@pytest.fixture
def limits_on(settings):
    settings.RATELIMIT_ENABLE = True
    cache.clear()
    yield
    cache.clear()


def test_a_client_over_the_registration_rate_is_refused_before_csrf_reads_its_post(
    homes, limits_on
):
    exhaust(REGISTRATION_LIMIT, 21)
    client = Client(enforce_csrf_checks=True)
    response = post_unread(client, "/ro/register/1/", 2000)
    assert response.status_code == 429
    assert "prea multe formulare" in response.content.decode()


def test_a_client_over_the_application_rate_is_refused_before_its_page_post_is_read(
    homes, limits_on
):
    exhaust(APPLICATION_LIMIT, 11)
    response = post_unread(Client(enforce_csrf_checks=True), "/en/", 2000)
    assert response.status_code == 429
    assert "Too many forms were sent" in response.content.decode()


def test_a_client_under_the_rate_still_reaches_the_form(homes, limits_on):
    exhaust(REGISTRATION_LIMIT, 19)
    response = Client().post("/ro/register/1/", {"name": "Ana"}, REMOTE_ADDR=ADDRESS)
    assert response.status_code == 404  # the form's own answer: no such date


def test_a_post_with_more_fields_than_any_form_has_is_a_400(homes):
    fields = {f"field{number}": "x" for number in range(1001)}
    response = Client().post("/ro/_util/login/", fields)
    assert response.status_code == 400
    assert Client().post("/ro/_util/login/", dict(list(fields.items())[:990])).status_code == 200

"""Hostile input is refused with a message by its field, and every other answer is kept.

Nothing is created by a refused form: no page, no proposal, no image."""

from __future__ import annotations

import html

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images import get_image_model

from cms.submissions.forms import paragraphs_as_rich_text
from cms.submissions.models import Proposal
from tests.kit_apps.kit_submissions.models import KitHubPage
from tests.submissions.conftest import png_header_claiming, propose_url, valid_answers

pytestmark = pytest.mark.django_db

FIFTY_MB = 50 * 1024 * 1024
TWELVE_MB = 12 * 1024 * 1024


def field_error(body: str, field: str) -> str:
    """The message printed next to a field (GOV.UK pattern: `<id>_error`)."""
    marker = f'id="id_{field}_error">'
    assert marker in body, f"no error by {field}"
    return body.split(marker, 1)[1].split("</p>", 1)[0]


def assert_refused_and_kept(response, field: str, expected_message: str, kept: dict) -> None:
    body = response.content.decode()
    assert response.status_code == 400
    assert expected_message in html.unescape(field_error(body, field))
    assert 'class="error-summary"' in body and f'href="#id_{field}"' in body
    for name, value in kept.items():
        assert html.escape(value) in body, f"{name} was lost"
    assert not KitHubPage.objects.exists()
    assert not Proposal.objects.exists()
    assert not get_image_model().objects.exists()


KEPT = {
    "website": "https://www.fabricadepensule.ro",
    "locality": "Cluj-Napoca",
    "proposer_email": "ioana.rusu@example.org",
}


@pytest.mark.parametrize("field", ["title", "locality", "description", "proposer_name"])
def test_a_script_in_text_is_refused_by_its_field(propose, directory, field):
    answers = valid_answers(**{field: 'Fabrica <script>alert("x")</script>'})
    response = propose(directory.ro, answers)
    kept = {name: value for name, value in KEPT.items() if name != field}
    assert_refused_and_kept(response, field, "fără etichete HTML", kept)
    assert "<script>alert" not in response.content.decode()  # shown back escaped only


@pytest.mark.parametrize(
    "address",
    ["javascript:alert(document.cookie)", "data:text/html;base64,PHNjcmlwdD4=", "ftp://x.ro/"],
)
def test_only_http_and_https_addresses_are_accepted(propose, directory, address):
    response = propose(directory.en, valid_answers(website=address))
    kept = {"title": "Fabrica de Pensule", "locality": "Cluj-Napoca"}
    assert_refused_and_kept(response, "website", "starting with http:// or https://", kept)


def test_a_photo_over_the_forms_limit_is_refused_before_it_is_decoded(
    propose, directory, monkeypatch
):
    import willow

    opened = []
    monkeypatch.setattr(willow.Image, "open", lambda *a, **k: opened.append(a) or 1 / 0)
    big = SimpleUploadedFile("mare.png", b"\x89PNG\r\n\x1a\n" + b"\0" * TWELVE_MB, "image/png")
    response = propose(directory.ro, files={"photo": big})
    assert_refused_and_kept(response, "photo", "Fotografia este prea mare (12,0", KEPT)
    assert opened == []  # refused by its size alone


def test_a_50_mb_photo_is_refused_before_the_request_is_read(client, directory):
    # Past the largest legal request body (cms.security.body_limit) the site answers 413 in the
    # visitor's language before reading a byte of it: no form is parsed, so none can be shown
    # back; the form's own limit (above) is what refuses a photo with the answers kept.
    response = client.generic(
        "POST",
        propose_url(directory.ro),
        data=b"",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(FIFTY_MB),
    )
    assert response.status_code == 413
    assert 'lang="ro"' in response.content.decode()
    assert not KitHubPage.objects.exists()


def test_a_20000_by_20000_png_is_refused_by_the_40_megapixel_limit(propose, directory):
    bomb = SimpleUploadedFile("bomba.png", png_header_claiming(20000, 20000), "image/png")
    response = propose(directory.en, files={"photo": bomb})
    assert_refused_and_kept(response, "photo", "too many pixels", KEPT)


def test_a_file_that_is_no_image_is_refused(propose, directory):
    fake = SimpleUploadedFile("poza.png", b"<svg onload=alert(1)></svg>", "image/png")
    response = propose(directory.en, files={"photo": fake})
    assert_refused_and_kept(response, "photo", "not a photo we can read", KEPT)


def test_missing_consent_is_refused_with_the_rest_kept(propose, directory):
    response = propose(directory.ro, valid_answers(consent=None))
    assert_refused_and_kept(response, "consent", "acceptați să vă păstrăm datele", KEPT)


def test_rich_text_is_stored_as_escaped_paragraphs_through_wagtails_whitelist():
    stored = paragraphs_as_rich_text("Un rând & altul\nal doilea\n\nParagraf <b>doi</b>")
    assert stored == (
        "<p>Un rând &amp; altul<br/>al doilea</p><p>Paragraf &lt;b&gt;doi&lt;/b&gt;</p>"
    )


def test_the_honeypot_refuses_a_bot_and_stores_nothing(propose, directory):
    response = propose(directory.ro, valid_answers(**{"contact-homepage": "http://spam.example"}))
    assert response.status_code == 400
    assert not KitHubPage.objects.exists()


def test_the_rate_limit_refuses_a_flood_and_shows_the_answers_back(
    client, directory, settings, django_capture_on_commit_callbacks
):
    from django.core.cache import cache

    settings.RATELIMIT_ENABLE = True
    cache.clear()
    url = propose_url(directory.ro)
    statuses = []
    for number in range(11):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, valid_answers(title=f"Hub {number} din Cluj"))
        statuses.append(response.status_code)
    assert statuses[:10] == [303] * 10
    assert statuses[10] == 429
    assert "Hub 10 din Cluj" in response.content.decode()
    assert KitHubPage.objects.count() == 10
    cache.clear()

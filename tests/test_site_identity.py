"""The centre's identity (name, address, contacts, logo) is edited in the site settings."""

from __future__ import annotations

import pytest

from wagtail.models import Site

from cms.models import SiteSettings
from cms.testing import make_home_pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def identity():
    make_home_pages()
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


def footer(client, url: str) -> str:
    html = client.get(url).content.decode()
    return html[html.index('<footer class="site-footer">') :]


def test_the_defaults_are_the_centres_details(identity):
    assert identity.name == "Centrul Cultural Clujean"
    assert identity.name_en == "Cluj Cultural Centre"
    assert identity.address == "Str. Fluierașului nr. 3, Cluj-Napoca"
    assert identity.email == "office@cccluj.ro"


def test_the_footer_and_title_follow_the_settings_in_each_language(client, identity):
    identity.name = "Centrul Cultural Nou"
    identity.name_en = "New Cultural Centre"
    identity.address = "Str. Exemplului nr. 1, Cluj-Napoca"
    identity.email = "salut@example.org"
    identity.phone = "+40 700 000 000"
    identity.save()

    ro = footer(client, "/ro/")
    assert "<strong>Centrul Cultural Nou</strong>" in ro
    assert "Str. Exemplului nr. 1, Cluj-Napoca, România" in ro
    assert 'href="mailto:salut@example.org"' in ro
    assert 'href="tel:+40700000000"' in ro
    assert "Fluierașului" not in ro and "office@cccluj.ro" not in ro
    en = client.get("/en/").content.decode()
    assert "· New Cultural Centre</title>" in en
    assert "<strong>New Cultural Centre</strong>" in en


def test_social_links_appear_only_when_filled_in(client, identity):
    assert "site-footer__social" not in footer(client, "/ro/")
    identity.instagram_url = "https://www.instagram.com/exemplu/"
    identity.save()
    html = footer(client, "/ro/")
    assert '<a href="https://www.instagram.com/exemplu/" rel="me">Instagram</a>' in html
    assert "Facebook" not in html


def test_a_logo_replaces_the_name_in_the_header_with_the_name_as_its_text(
    client, identity, settings, tmp_path
):
    from django.core.files.images import ImageFile

    from wagtail.images.models import Image

    from tests.opencalls.conftest import png_bytes

    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "logo.png").write_bytes(png_bytes(96, 48))
    with (tmp_path / "logo.png").open("rb") as handle:
        identity.logo = Image.objects.create(title="Siglă", file=ImageFile(handle, "logo.png"))
    identity.save()

    html = client.get("/ro/").content.decode()
    header = html[
        html.index('class="site-header__brand"') : html.index(
            "</a>", html.index("site-header__brand")
        )
    ]
    assert "<img" in header and 'alt="Centrul Cultural Clujean"' in header


def test_a_request_no_site_answers_for_gets_a_page_not_a_server_error(client, identity):
    Site.objects.all().delete()
    response = client.get("/ro/nu-exista/")
    assert response.status_code == 404

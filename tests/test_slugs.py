"""New page slugs are transliterated to ASCII in both languages (issue 22, item 6)."""

from __future__ import annotations

import re

import pytest

from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cms.models import ContentPage
from cms.testing import make_home_pages

pytestmark = pytest.mark.django_db

TITLE = "Seri de povești rome"


@pytest.fixture
def homes():
    return make_home_pages()


def add_page(client, parent, title: str, slug: str):
    """The admin's add form as sent without JavaScript (which would have urlified the slug)."""
    url = reverse("wagtailadmin_pages:add", args=["cms", "contentpage", parent.pk])
    data = nested_form_data({"title": title, "slug": slug, "intro": "", "body": streamfield([])})
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return ContentPage.objects.get(title=title)


@pytest.mark.parametrize("language", ["ro", "en"])
def test_a_slug_typed_with_diacritics_in_the_admin_is_stored_transliterated(
    client, admin_user, homes, language
):
    client.force_login(admin_user)
    parent = homes[0] if language == "ro" else homes[1]
    page = add_page(client, parent, TITLE, "seri-de-povești-rome")
    assert page.slug == "seri-de-povesti-rome"
    assert page.url.endswith("/seri-de-povesti-rome/")
    page = add_page(client, parent, "Școala", "ȘCOALA ȚĂRII ÎN ÂNTÂI")
    assert page.slug == "scoala-tarii-in-antai"


def test_a_page_made_without_a_slug_gets_it_from_its_title_without_diacritics(homes):
    page = homes[0].add_child(instance=ContentPage(title=TITLE))
    assert page.slug == "seri-de-povesti-rome"
    english = homes[1].add_child(instance=ContentPage(title="Țara Moților în Ânteiul an"))
    assert english.slug == "tara-motilor-in-anteiul-an"


def test_the_editors_slug_field_transliterates_too(client, admin_user, homes):
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:add", args=["cms", "contentpage", homes[0].pk])
    html = client.get(url).content.decode()
    slug_input = re.search(r'<input[^>]*name="slug"[^>]*>', html).group()
    # The admin's slug controller, told not to allow Unicode (Django leaves a False attribute
    # out), urlifies: it turns ș into s with its Romanian map instead of keeping it.
    assert 'data-controller="w-slug"' in slug_input
    assert "allow-unicode" not in slug_input


def test_a_copy_and_a_translation_keep_an_ascii_slug(homes):
    from wagtail.models import Locale

    page = homes[0].add_child(instance=ContentPage(title=TITLE))
    page.save_revision().publish()

    copy = page.copy(to=homes[0], update_attrs={"title": TITLE, "slug": ""}, keep_live=False)
    copy.full_clean()
    assert copy.slug.startswith("seri-de-povesti-rome")

    translation = page.copy_for_translation(Locale.objects.get(language_code="en"))
    assert translation.slug == "seri-de-povesti-rome"
    assert Page.objects.get(pk=translation.pk).url_path.endswith("/seri-de-povesti-rome/")

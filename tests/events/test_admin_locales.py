"""The page editor offers translatable snippets (venues, audiences) in the page's language only."""

from __future__ import annotations

import json
import re

import pytest

from django.apps import apps
from django.db import models
from django.urls import reverse

from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models

from cms.admin_forms import LocaleScopedChoicesMixin
from tests.events.factories import make_audience, make_event, make_venue, translate

pytestmark = pytest.mark.django_db

AUDIENCES = [
    ("Familii", "Families"),
    ("Profesori", "Teachers"),
    ("Tineri 16–25", "Young people 16–25"),
    ("Copii", "Children"),
    ("Artiști", "Artists"),
    ("Vârstnici", "Older people"),
]


@pytest.fixture
def snippets(homes):
    audiences = [make_audience(ro, en) for ro, en in AUDIENCES]
    venue = make_venue("Pavilionul ECCA", en_name="ECCA Pavilion")
    return audiences, venue


def audience_checkboxes(html: str) -> list[str]:
    """The labels of the editor's audience checkboxes, in order."""
    return re.findall(r'<input type="checkbox" name="audiences"[^>]*>\s*([^<]+?)\s*</label>', html)


def test_the_romanian_editor_offers_exactly_the_romanian_audiences(admin_client, home, snippets):
    page = make_event(home, title="Seară de povești")
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert sorted(audience_checkboxes(response.content.decode())) == sorted(
        ro for ro, _ in AUDIENCES
    )
    venues = response.context["form"].fields["venue"].queryset
    assert [venue.name for venue in venues] == ["Pavilionul ECCA"]


def test_the_english_editor_offers_exactly_the_english_audiences(admin_client, home, snippets):
    page = translate(make_event(home, title="Seară de povești"), title="Story evening")
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert sorted(audience_checkboxes(response.content.decode())) == sorted(
        en for _, en in AUDIENCES
    )
    venues = response.context["form"].fields["venue"].queryset
    assert [venue.name for venue in venues] == ["ECCA Pavilion"]


def test_a_new_page_offers_its_parents_language(admin_client, homes, snippets):
    from plugins.roma_culture.models import RomaCultureSectionPage

    home, home_en = homes
    section = home.add_child(instance=RomaCultureSectionPage(title="Jivipen", slug="jivipen"))
    section_en = section.copy_for_translation(Locale.objects.get(language_code="en"))
    url = reverse(
        "wagtailadmin_pages:add", args=["roma_culture", "jivipenEventPage".lower(), section_en.pk]
    )
    response = admin_client.get(url)
    assert response.status_code == 200
    assert sorted(audience_checkboxes(response.content.decode())) == sorted(
        en for _, en in AUDIENCES
    )


def test_a_romanian_page_refuses_an_english_venue(admin_user, home, snippets):
    _, (venue_ro, venue_en) = snippets
    page = make_event(home, title="Seară de povești")
    form_class = type(page).get_edit_handler().get_form_class()
    form = form_class(instance=page, for_user=admin_user, parent_page=page.get_parent())
    field = form.fields["venue"]
    assert field.clean(venue_ro.pk) == venue_ro
    with pytest.raises(Exception, match="(?i)valid"):
        field.clean(venue_en.pk)


def test_the_venue_chooser_opens_in_the_pages_language(admin_client, home, snippets):
    """Wagtail's chooser sends the editor's ACTIVE_CONTENT_LOCALE as `?locale=`; it filters."""
    page = translate(make_event(home, title="Seară de povești"), title="Story evening")
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    config = re.search(r'<script[^>]*id="wagtail-config"[^>]*>(.*?)</script>', editor, re.S)
    assert json.loads(config.group(1))["ACTIVE_CONTENT_LOCALE"] == "en"
    chooser = admin_client.get("/admin/snippets/choose/events/venue/", {"locale": "en"})
    html = json.loads(chooser.content)["html"]
    assert "ECCA Pavilion" in html and "Pavilionul ECCA" not in html


def _translatable_choice_fields(model) -> list[str]:
    return [
        field.name
        for field in model._meta.get_fields()
        if isinstance(field, models.ForeignKey | models.ManyToManyField)
        and not field.auto_created
        and isinstance(field.related_model, type)
        and issubclass(field.related_model, TranslatableMixin)
        and not issubclass(field.related_model, Page)  # page choosers browse the tree
        and field.name != "locale"
    ]


def test_every_editor_with_a_translatable_choice_narrows_it_to_its_language():
    """A plugin's page or snippet that points at a translatable snippet gets the narrowing form."""
    page_models = [m for m in apps.get_models() if issubclass(m, Page) and m is not Page]
    checked = []
    for model in [*page_models, *get_snippet_models()]:
        if not _translatable_choice_fields(model):
            continue
        form_class = model.get_edit_handler().get_form_class()
        assert issubclass(form_class, LocaleScopedChoicesMixin), model
        checked.append(model)
    assert checked  # the event pages at least

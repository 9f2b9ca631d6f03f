"""Venues and audiences are shared by every programme: every team translates them (item 5)."""

from __future__ import annotations

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Locale

from cms.events.models import Venue
from cms.models import ProgrammeTeam
from cms.teams import setup_teams
from cms.testing import make_home_pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def venue_in_english(admin_client, db):
    """A Romanian venue submitted for translation into English, as an editor does."""
    make_home_pages()
    setup_teams()
    venue = Venue.objects.create(
        name="Pavilionul ECCA", address="Cluj-Napoca", locale=Locale.objects.get(language_code="ro")
    )
    english = Locale.objects.get(language_code="en")
    response = admin_client.post(
        f"/admin/localize/submit/snippet/events/venue/{venue.pk}/", {"locales": [english.id]}
    )
    assert response.status_code == 302
    return venue.get_translation(english)


def team_member(programme: str):
    user = get_user_model().objects.create_user(f"membru-{programme}")
    user.groups.add(ProgrammeTeam.objects.get(programme=programme).group)
    return user


@pytest.mark.parametrize("programme", ["hubs", "roma_culture"])
def test_a_team_opens_and_saves_the_translation_editor_of_a_venue(
    client, venue_in_english, programme
):
    client.force_login(team_member(programme))
    url = f"/admin/snippets/events/venue/edit/{venue_in_english.pk}/"
    editor = client.get(url)
    assert editor.status_code == 200
    assert "Pavilionul ECCA" in editor.content.decode()  # the source text to translate
    response = client.post(url, {"action": "publish"})
    assert response.status_code == 302
    assert response["Location"] != "/admin/"  # not Wagtail's refusal


def test_the_translators_may_translate_venues_and_only_editors_delete_them(venue_in_english):
    translator = get_user_model().objects.create_user("traducatoare")
    translator.groups.add(Group.objects.get(name="Traducători"))
    editor = get_user_model().objects.create_user("redactor")
    editor.groups.add(Group.objects.get(name="Editori"))
    member = team_member("hubs")
    for user in (translator, member, editor):
        assert user.has_perms(["events.change_venue", "events.change_audience"]), user
    assert not member.has_perm("events.delete_venue")
    assert not translator.has_perm("events.delete_venue")
    assert editor.has_perm("events.delete_venue")

"""Refusals name the programme and whom to ask, in Romanian (issue 22, item 13)."""

from __future__ import annotations

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import translation

from cms.models import ContentPage, ProgrammeTeam
from cms.teams import setup_teams
from cms.testing import make_home_pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_teams(db):
    """Jivipen's and the hubs' sections with a page each, and a member of the hubs team."""
    from plugins.hubs.models import HubsSectionPage
    from plugins.roma_culture.models import RomaCultureSectionPage

    home, _ = make_home_pages()
    jivipen = home.add_child(instance=RomaCultureSectionPage(title="Jivipen", slug="jivipen"))
    hubs = home.add_child(instance=HubsSectionPage(title="Huburi", slug="huburi"))
    story = jivipen.add_child(instance=ContentPage(title="Seri de povești", slug="seri"))
    workshop = hubs.add_child(instance=ContentPage(title="Atelier", slug="atelier"))
    setup_teams()
    member = get_user_model().objects.create_user("membru-huburi")
    member.groups.add(ProgrammeTeam.objects.get(programme="hubs").group)
    return {"jivipen": jivipen, "story": story, "hubs": hubs, "workshop": workshop}, member


def get(client, url):
    with translation.override("ro"):
        return client.get(url, HTTP_ACCEPT_LANGUAGE="ro")


def test_another_programmes_page_is_refused_naming_the_programme_and_its_team(client, two_teams):
    pages, member = two_teams
    client.force_login(member)
    for url in (
        f"/admin/pages/{pages['story'].pk}/edit/",
        f"/admin/pages/{pages['story'].pk}/delete/",
        f"/admin/pages/{pages['jivipen'].pk}/edit/",
    ):
        response = get(client, url)
        assert response.status_code == 403, url
        html = response.content.decode()
        assert "aparține programului Jivipen (Echipa Jivipen)" in html, url
        assert "cereți-i unui editor" in html
        assert 'class="w-header' in html or "wagtail-config" in html  # the admin's own look


def test_the_refusal_changes_nothing(client, two_teams):
    pages, member = two_teams
    client.force_login(member)
    story = pages["story"]
    response = client.post(f"/admin/pages/{story.pk}/edit/", {"title": "Preluat", "slug": "x"})
    assert response.status_code == 403
    story.refresh_from_db()
    assert story.title == "Seri de povești"


def test_a_team_still_edits_its_own_programmes_pages(client, two_teams):
    pages, member = two_teams
    client.force_login(member)
    assert get(client, f"/admin/pages/{pages['workshop'].pk}/edit/").status_code == 200


def test_another_teams_section_in_the_explorer_says_whose_it_is(client, two_teams):
    pages, member = two_teams
    client.force_login(member)
    with translation.override("ro"):
        # Wagtail may send the user on to the part of the tree they can explore: the notice
        # goes with them rather than an empty listing.
        response = client.get(f"/admin/pages/{pages['jivipen'].pk}/", follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Această secțiune aparține programului Jivipen (Echipa Jivipen)" in html
    # Its own section's explorer has no such notice.
    own = get(client, f"/admin/pages/{pages['hubs'].pk}/").content.decode()
    assert "Această secțiune aparține" not in own


def test_editors_get_no_refusal(client, two_teams):
    pages, _ = two_teams
    editor = get_user_model().objects.create_user("redactor")
    editor.groups.add(Group.objects.get(name="Editori"))
    client.force_login(editor)
    assert get(client, f"/admin/pages/{pages['story'].pk}/edit/").status_code == 200
    html = get(client, f"/admin/pages/{pages['jivipen'].pk}/").content.decode()
    assert "Această secțiune aparține" not in html

"""The admin dashboard tells a team the truth about its dates and its pages (issue 22, item 8)."""

from __future__ import annotations

import datetime
import re

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone, translation
from django.utils.formats import date_format

from wagtail.models import Page

from cms.events.models import Occurrence
from cms.events.overrides import cancel_occurrence
from cms.models import ContentPage, ProgrammeTeam
from cms.teams import setup_teams
from cms.testing import make_home_pages
from tests.events.factories import make_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def hubs(db):
    """The hubs section in both languages, another programme's section, and a hubs member."""
    from wagtail.models import Locale

    from plugins.hubs.models import HubsSectionPage
    from plugins.roma_culture.models import RomaCultureSectionPage

    home, _ = make_home_pages()
    english = Locale.objects.get(language_code="en")
    section = home.add_child(instance=HubsSectionPage(title="Huburi", slug="huburi"))
    section.copy_for_translation(english)
    home.add_child(instance=RomaCultureSectionPage(title="Jivipen", slug="jivipen"))
    section.add_child(instance=ContentPage(title="Despre huburi", slug="despre-huburi"))
    setup_teams()
    member = get_user_model().objects.create_user("membru-huburi")
    member.groups.add(ProgrammeTeam.objects.get(programme="hubs").group)
    return section, member


def dashboard(client, user) -> str:
    client.force_login(user)
    with translation.override("ro"):
        response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ro")
    assert response.status_code == 200
    return response.content.decode()


def dates_table(html: str) -> str:
    return html.split("Următoarele date cu înscriere")[1].split("</table>")[0]


def test_a_cancelled_date_is_marked_cancelled_on_the_dashboard(client, hubs):
    section, member = hubs
    soon = timezone.localdate() + datetime.timedelta(days=3)
    kept = make_event(
        section,
        "Atelier păstrat",
        programme="hubs",
        start_date=soon,
        registration_required=True,
        capacity=10,
    )
    gone = make_event(
        section,
        "Atelier anulat",
        programme="hubs",
        start_date=soon,
        registration_required=True,
        capacity=10,
    )
    cancel_occurrence(Occurrence.objects.get(series_id=gone.translation_key))
    rows = {
        title: row
        for row in dates_table(dashboard(client, member)).split("<tr>")
        for title in (kept.title, gone.title)
        if title in row
    }
    assert "anulată" in rows[gone.title]
    assert "anulată" not in rows[kept.title]


def test_dashboard_dates_carry_their_year_when_the_list_spans_two_years(client, hubs):
    section, member = hubs
    today = timezone.localdate()
    this_year = make_event(
        section,
        "Atelier curând",
        programme="hubs",
        start_date=today + datetime.timedelta(days=2),
        registration_required=True,
        capacity=5,
    )
    next_year = make_event(
        section,
        "Atelier la anul",
        programme="hubs",
        start_date=today + datetime.timedelta(days=370),
        registration_required=True,
        capacity=5,
    )
    table = dates_table(dashboard(client, member))
    with translation.override("ro"):
        for event in (this_year, next_year):
            start = Occurrence.objects.get(series_id=event.translation_key).local_start
            assert date_format(start, "j M Y, H:i") in table, event.title
            assert str(start.year) in table


def test_a_team_member_sees_their_programmes_page_count_not_the_sites(client, hubs):
    _, member = hubs
    html = dashboard(client, member)
    hubs_pages = Page.objects.filter(url_path__contains="/huburi/").count()
    assert hubs_pages == 3  # the section in both languages and one page
    assert f"Huburi creative: {hubs_pages} pagini" in html
    site_total = Page.objects.filter(depth__gt=1).count()
    assert not re.search(rf"\b{site_total}\s+(Pagini|pagini)\b", html)


def test_an_editor_still_sees_the_whole_sites_page_count(client, hubs):
    editor = get_user_model().objects.create_user("redactor")
    editor.groups.add(Group.objects.get(name="Editori"))
    html = dashboard(client, editor)
    assert "Huburi creative:" not in html
    site_total = Page.objects.filter(depth__gt=1).count()
    assert re.search(rf"\b{site_total}\s+(Pagini|pagini)\b", html)

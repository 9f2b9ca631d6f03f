"""One way to own: `cms.ownership` decides which programme a record belongs to.

A programme's records take its slug from their app (any page type of a plugin, wherever it is
created); the engine's own page types take the programme of the section they are in; and one
helper answers "pages inside these programmes' sections" and "records of these programmes" for
teams, the dashboard, calendars, search and the sitemap.
"""

from __future__ import annotations

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from wagtail.models import Page

from cms.events.models import EventPage
from cms.models import ContentPage, ProgrammeSectionPage, ProgrammeTeam
from cms.ownership import (
    check_ownership,
    owned_models,
    owned_snippet_models,
    pages_of_disabled_programmes,
    pages_of_programmes,
    programme_of,
    programme_of_model,
    records_of_enabled_programmes,
    records_of_programmes,
)
from cms.plugin_manager import enabled_programmes
from cms.programmes import section_page_model_for
from cms.teams import ProgrammeOwnedPermissionPolicy
from cms.testing import make_home_pages
from tests.events.factories import make_event


@pytest.fixture
def homes(db):
    return make_home_pages()


def section_of(slug: str, home) -> ProgrammeSectionPage:
    model = section_page_model_for(next(p for p in enabled_programmes() if p.slug == slug))
    return home.add_child(instance=model(title=f"Secțiunea {slug}", slug=f"sectiune-{slug}"))


def content_page(parent, slug: str) -> ContentPage:
    return parent.add_child(instance=ContentPage(title=slug, slug=slug))


def test_every_programmes_section_model_belongs_to_it_by_its_app():
    for programme in enabled_programmes():
        assert programme_of_model(section_page_model_for(programme)) == programme.slug
    assert programme_of_model(EventPage) == ""  # the engine's own type belongs to no programme


def event_types() -> dict[str, type[EventPage]]:
    """Each enabled programme's own event page type (if it has one), found in its app."""
    from django.apps import apps

    types = {}
    for model in apps.get_models():
        if issubclass(model, EventPage) and (slug := programme_of_model(model)):
            types.setdefault(slug, model)
    return types


@pytest.mark.parametrize("slug", sorted(event_types()))
def test_a_plugin_event_page_created_under_its_section_gets_its_programme(homes, slug):
    section = section_of(slug, homes[0])
    assert section.programme == slug
    model = event_types()[slug]
    event = model(title="Atelier", slug="atelier", start_date=_a_date(), all_day=True)
    section.add_child(instance=event)
    assert model.objects.get(pk=event.pk).programme == slug


@pytest.mark.parametrize("slug", sorted(event_types()))
def test_a_plugin_page_gets_its_programme_from_its_app_even_outside_any_section(homes, slug):
    # Created by code straight under the home page, claiming another programme: the app decides.
    model = event_types()[slug]
    event = model(
        title="Atelier", slug="atelier", start_date=_a_date(), all_day=True, programme="other"
    )
    homes[0].add_child(instance=event)
    assert model.objects.get(pk=event.pk).programme == slug


def test_the_engines_event_page_takes_the_programme_of_the_section_it_is_in(homes):
    section = section_of("heritage", homes[0])
    inner = content_page(section, "sate")
    event = make_event(inner, "Zi deschisă", programme="", start_date=_a_date())
    assert event.programme == "heritage"
    # Outside any section, what the code said is kept.
    outside = make_event(homes[0], "Gală", programme="roma_culture", start_date=_a_date())
    assert outside.programme == "roma_culture"


def test_programme_of_answers_for_any_page_even_a_generic_one(homes):
    section = section_of("hubs", homes[0])
    page = content_page(content_page(section, "despre"), "istoric")
    assert programme_of(Page.objects.get(pk=page.pk)) == "hubs"
    assert programme_of(Page.objects.get(pk=section.pk)) == "hubs"
    assert programme_of(content_page(homes[0], "contact")) == ""


def test_pages_of_programmes_are_the_pages_inside_their_sections_only(homes):
    home = homes[0]
    schools, academy = section_of("schools", home), section_of("academy", home)
    school_page = content_page(schools, "scoli")
    academy_page = content_page(academy, "cursuri")
    centre_page = content_page(home, "despre-centru")

    def ids(programmes):
        return set(
            Page.objects.filter(pages_of_programmes(programmes)).values_list("pk", flat=True)
        )

    assert ids({"schools"}) == {schools.pk, school_page.pk}
    assert ids({"schools", "academy"}) == {schools.pk, school_page.pk, academy.pk, academy_page.pk}
    assert ids(set()) == set()
    assert {centre_page.pk, school_page.pk, academy_page.pk} <= ids(None)


def test_pages_of_a_disabled_programme_are_those_of_a_section_no_plugin_owns(homes):
    home = homes[0]
    gone = section_of("hubs", home)
    ProgrammeSectionPage.objects.filter(pk=gone.pk).update(programme="uninstalled")
    inside = content_page(gone, "hub")
    kept = section_of("schools", home)
    hidden = set(Page.objects.filter(pages_of_disabled_programmes()).values_list("pk", flat=True))
    assert hidden == {gone.pk, inside.pk}
    assert Page.objects.exclude(pages_of_disabled_programmes()).filter(pk=kept.pk).exists()


def test_records_of_programmes_filter_on_their_programme_column(homes):
    home = homes[0]
    for programme in ("schools", "academy", ""):
        make_event(home, f"Eveniment {programme}", programme=programme, start_date=_a_date())
    events = EventPage.objects.all()

    def programmes(queryset):
        return sorted(queryset.values_list("programme", flat=True))

    assert programmes(records_of_programmes(events, {"schools"})) == ["schools"]
    assert programmes(records_of_programmes(events, {"schools"}, unowned=True)) == ["", "schools"]
    assert programmes(records_of_programmes(events, None)) == ["", "academy", "schools"]
    EventPage.objects.filter(programme="academy").update(programme="uninstalled")
    assert programmes(records_of_enabled_programmes(events)) == ["", "schools"]


def test_every_programme_record_type_is_programme_owned():
    owned = owned_models()
    for programme in enabled_programmes():
        assert section_page_model_for(programme) in owned
    assert EventPage in owned
    assert not [model for model in owned_snippet_models() if issubclass(model, Page)]


def test_two_programmes_claiming_one_app_are_refused_at_start_up(monkeypatch):
    from cms import ownership

    monkeypatch.setattr(ownership, "programme_claims", lambda: {"plugins.hubs": ["hubs", "cinema"]})
    assert [error.id for error in check_ownership(None)] == ["cms.E010"]


def test_a_leftover_programme_slug_that_disagrees_with_the_app_is_refused(monkeypatch):
    section_model = section_page_model_for(enabled_programmes()[0])
    assert check_ownership(None) == []
    monkeypatch.setattr(section_model, "programme_slug", "another", raising=False)
    errors = check_ownership(None)
    assert [(error.id, error.obj) for error in errors] == [("cms.E011", section_model)]


def _team_member(programme: str, *codenames: str):
    group = Group.objects.create(name=f"Echipa {programme}")
    ProgrammeTeam.objects.create(programme=programme, group=group)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="events", codename__in=codenames)
    )
    user = get_user_model().objects.create_user(username=f"membru-{programme}")
    user.groups.add(group)
    return user


def test_a_teams_rights_on_programme_owned_records_cover_its_own_rows_only(homes):
    # No plugin has a snippet of its own yet: the policy is the same for any ProgrammeOwned model.
    home = homes[0]
    ours = make_event(home, "Al nostru", programme="schools", start_date=_a_date())
    theirs = make_event(home, "Al lor", programme="academy", start_date=_a_date())
    policy = ProgrammeOwnedPermissionPolicy(EventPage)
    member = _team_member("schools", "change_eventpage")
    assert policy.user_has_permission_for_instance(member, "change", ours)
    assert not policy.user_has_permission_for_instance(member, "change", theirs)
    assert not policy.user_has_permission_for_instance(member, "delete", ours)  # not granted
    assert list(policy.instances_user_has_permission_for(member, "change")) == [ours]

    admin = get_user_model().objects.create_superuser(username="admin-test", password="x")
    assert policy.user_has_permission_for_instance(admin, "change", theirs)
    assert policy.instances_user_has_permission_for(admin, "change").count() == 2


def _a_date():
    import datetime

    return datetime.date(2026, 5, 4)  # a fixed date: nothing here depends on the clock

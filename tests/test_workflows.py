"""Workflows follow the teams: no Wagtail default moderation, editors approve who may not publish."""

from __future__ import annotations

import dataclasses
from io import StringIO

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from wagtail.models import (
    GroupApprovalTask,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

import cms.teams
from cms.models import ContentPage, ProgrammeSectionPage, ProgrammeTeam
from cms.plugin_manager import call_for_programme
from cms.teams import EDITORS_GROUP, EDITORS_TASK, EDITORS_WORKFLOW
from cms.testing import make_home_pages

pytestmark = pytest.mark.django_db

REVIEWED = "hubs"  # the programme whose team, in these tests, may not publish


@pytest.fixture
def sections(db):
    """Two programme sections, in Romanian and English, under fresh home pages."""
    from wagtail.models import Locale

    from plugins.hubs.models import HubsSectionPage
    from plugins.roma_culture.models import RomaCultureSectionPage

    home, _ = make_home_pages()
    english = Locale.objects.get(language_code="en")
    made = {}
    for model, slug in ((RomaCultureSectionPage, "jivipen"), (HubsSectionPage, "huburi")):
        section = home.add_child(instance=model(title=slug.title(), slug=slug))
        made[section.programme] = [section, section.copy_for_translation(english)]
    return made


@pytest.fixture
def hubs_may_not_publish(monkeypatch):
    def team_of(programme, hook_name, **kwargs):
        answer = call_for_programme(programme, hook_name, **kwargs)
        if hook_name == "programme_team" and programme.slug == REVIEWED and answer:
            return dataclasses.replace(answer, can_publish=False)
        return answer

    monkeypatch.setattr(cms.teams, "call_for_programme", team_of)


def snapshot():
    return (
        sorted(Group.objects.values_list("name", flat=True)),
        sorted(Workflow.objects.values_list("name", "active")),
        sorted(WorkflowTask.objects.values_list("workflow__name", "task__name")),
        sorted(WorkflowPage.objects.values_list("workflow__name", "page__url_path")),
        sorted(GroupApprovalTask.objects.values_list("name", "groups__name")),
    )


def test_wagtails_default_groups_and_workflow_are_there_before_setup(sections):
    """The premise: Wagtail's migrations create them (so the next test can fail)."""
    assert Group.objects.filter(name__in=["Moderators", "Editors"]).count() == 2
    assert Workflow.objects.filter(name="Moderators approval").exists()


def test_setup_teams_removes_wagtails_moderators_editors_and_their_workflow(sections):
    moderator = get_user_model().objects.create_user("moderatoare")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    call_command("setup_teams", stdout=StringIO())
    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert not GroupApprovalTask.objects.filter(name="Moderators approval").exists()
    # Their member keeps an editor's access rather than losing it silently.
    assert list(moderator.groups.values_list("name", flat=True)) == [EDITORS_GROUP]


def test_teams_that_publish_have_no_workflow(sections):
    call_command("setup_teams", stdout=StringIO())
    for pages in sections.values():
        for page in pages:
            assert page.get_workflow() is None, page.url_path
    assert not WorkflowPage.objects.exists()


def test_a_team_that_may_not_publish_submits_to_the_editors(
    client, sections, hubs_may_not_publish, django_capture_on_commit_callbacks
):
    call_command("setup_teams", stdout=StringIO())
    member = get_user_model().objects.create_user("membru-huburi")
    member.groups.add(ProgrammeTeam.objects.get(programme=REVIEWED).group)
    editor = get_user_model().objects.create_user("redactor")
    editor.groups.add(Group.objects.get(name=EDITORS_GROUP))

    section_ro, section_en = sections[REVIEWED]
    page = section_ro.add_child(instance=ContentPage(title="Atelier", slug="atelier"))
    page.save_revision()
    assert not page.permissions_for_user(member).can_publish()
    for reviewed in (page, section_en):
        assert reviewed.get_workflow().name == EDITORS_WORKFLOW
    for other in sections["roma_culture"]:
        assert other.get_workflow() is None

    # The editor offers "Trimite la Aprobarea editorilor" to the team member.
    client.force_login(member)
    editor_html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert f"Trimite la {EDITORS_WORKFLOW}" in editor_html

    with django_capture_on_commit_callbacks(execute=True):
        page.get_workflow().start(page, member)
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk))
    task = state.current_task_state.task.specific
    assert task.name == EDITORS_TASK
    assert list(task.groups.values_list("name", flat=True)) == [EDITORS_GROUP]
    # An editor is the one who can approve it; the submitting team member is not.
    assert state.current_task_state in task.get_task_states_user_can_moderate(editor)
    assert not task.get_task_states_user_can_moderate(member).exists()


def test_setup_teams_twice_gives_the_same_groups_and_workflows(sections, hubs_may_not_publish):
    call_command("setup_teams", stdout=StringIO())
    first = snapshot()
    call_command("setup_teams", stdout=StringIO())
    assert snapshot() == first
    reviewed_paths = {page.url_path for page in sections[REVIEWED]}
    assert {path for _, path in first[3]} == reviewed_paths


def test_a_team_allowed_to_publish_again_leaves_the_workflow(sections, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(
            cms.teams,
            "call_for_programme",
            lambda programme, hook, **kw: (
                dataclasses.replace(call_for_programme(programme, hook), can_publish=False)
                if hook == "programme_team" and programme.slug == REVIEWED
                else call_for_programme(programme, hook, **kw)
            ),
        )
        call_command("setup_teams", stdout=StringIO())
    assert WorkflowPage.objects.count() == 2
    call_command("setup_teams", stdout=StringIO())
    assert not WorkflowPage.objects.exists()
    for page in Page.objects.type(ProgrammeSectionPage):
        assert page.get_workflow() is None

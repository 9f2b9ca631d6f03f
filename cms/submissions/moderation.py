"""Which Wagtail workflow moderates a proposal, and submitting a proposal to it.

There is no moderation of our own: a proposal is a draft revision in Wagtail's workflow for its
page, so moderators find it in "Awaiting your review" on the dashboard, approve it (which
publishes it) or request changes with a comment, exactly as they do for editors' pages.

Which workflow: the one the directory already has — its own, or its section's (a team that may
not publish has "Aprobarea editorilor" on its section, `cms.teams`). When the directory has
none (its team publishes without review, so `setup_teams` gave its section no workflow), the
public must still not publish: the directory, in every language, is given a workflow of one
group-approval task for its programme's team and the editors, "Propuneri publice: <team>".
"""

from __future__ import annotations

from django.contrib.auth.models import Group

from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

from cms.ownership import programme_of
from cms.teams import EDITORS_GROUP

PROPOSALS_WORKFLOW = "Propuneri publice"
PROPOSALS_TASK = "Moderarea propunerilor"


def _team_group(programme: str) -> Group | None:
    from cms.models import ProgrammeTeam

    team = ProgrammeTeam.objects.select_related("group").filter(programme=programme).first()
    return team.group if team else None


def proposals_workflow_for(index: Page) -> Workflow:
    """The workflow of the directory's programme team for proposals, created once, assigned to
    the directory in every language."""
    team = _team_group(programme_of(index))
    suffix = f": {team.name}" if team else ""
    task, _ = GroupApprovalTask.objects.get_or_create(name=f"{PROPOSALS_TASK}{suffix}")
    task.groups.set(
        [group for group in (team, Group.objects.filter(name=EDITORS_GROUP).first()) if group]
    )
    workflow, _ = Workflow.objects.get_or_create(name=f"{PROPOSALS_WORKFLOW}{suffix}")
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for copy in index.get_translations(inclusive=True):
        WorkflowPage.objects.update_or_create(page=copy, defaults={"workflow": workflow})
    return workflow


def moderation_workflow(index: Page) -> Workflow:
    """The workflow proposals to `index` go to: its own or inherited one, else the team's."""
    return index.get_workflow() or proposals_workflow_for(index)


def submit_for_moderation(entry: Page, index: Page) -> None:
    """Send the entry's latest revision to moderation, replacing a submission in progress.

    An update by the proposer while a moderator has not decided yet (or after "request
    changes") cancels that submission and starts a new one on the new revision: moderators
    always review what the proposer last sent. The live version, if any, stays live.
    """
    state = entry.current_workflow_state
    if state is not None:
        state.cancel(user=None)
    moderation_workflow(index).start(entry, user=None)

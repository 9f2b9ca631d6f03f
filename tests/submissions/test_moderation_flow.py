"""End to end: proposal → draft in the team's workflow → approve / request changes, each
emailed in the proposer's language → the owner's update through the signed link → moderation
again, the live version unchanged until approved; forged and expired links refused."""

from __future__ import annotations

import datetime
import re

import pytest
import time_machine

from django.utils import timezone

from wagtail.models import WorkflowState

from cms.submissions.models import Proposal, ProposalStatus
from tests.kit_apps.kit_submissions.models import KitHubPage
from tests.submissions.conftest import valid_answers

pytestmark = pytest.mark.django_db

LANGUAGES = {
    "ro": {
        "received": "Am primit propunerea",
        "published": "este publicat",
        "changes": "are nevoie de modificări",
        "update_received": "Am primit modificările",
    },
    "en": {
        "received": "We received your proposal",
        "published": "is published",
        "changes": "needs changes",
        "update_received": "We received your changes",
    },
}


def in_progress_state(entry) -> WorkflowState:
    return WorkflowState.objects.get(
        object_id=str(entry.pk),
        status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
    )


def act(entry, moderator, action, comment, capture):
    """What "Approve" / "Request changes" do in the admin: the moderator POSTs the task's
    action (with its comment) to Wagtail's workflow-action view."""
    from django.test import Client
    from django.urls import reverse

    task_state = in_progress_state(entry).current_task_state
    admin = Client()
    admin.force_login(moderator)
    url = reverse("wagtailadmin_pages:workflow_action", args=(entry.pk, action, task_state.pk))
    with capture(execute=True):
        response = admin.post(url, {"comment": comment})
    assert response.status_code == 302, response.content[:500]
    task_state.refresh_from_db()
    assert task_state.status == ("approved" if action == "approve" else "rejected")


def update_link(email) -> str:
    [url] = re.findall(r"https?://\S+/update/\S+/", email.body)
    return url.split("://", 1)[1].split("/", 1)[1].join(["/", ""])


@pytest.mark.parametrize("language", ["ro", "en"])
def test_approval_publishes_and_emails_the_public_address(
    language, propose, directory, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    page = getattr(directory, language)
    assert propose(page).status_code == 303
    entry = KitHubPage.objects.get()
    assert entry.locale.language_code == language
    received = mailoutbox.pop()
    assert LANGUAGES[language]["received"] in received.subject

    # The moderator of the programme's team may act on it; the public page is not live yet.
    task = in_progress_state(entry).current_task_state.task.specific
    assert in_progress_state(entry).current_task_state in task.get_task_states_user_can_moderate(
        moderator
    )
    act(entry, moderator, "approve", "", django_capture_on_commit_callbacks)

    entry.refresh_from_db()
    assert entry.live
    assert Proposal.objects.get().status == ProposalStatus.PUBLISHED
    [published] = mailoutbox
    assert LANGUAGES[language]["published"] in published.subject
    assert entry.url in published.body
    assert "/update/" in published.body


@pytest.mark.parametrize("language", ["ro", "en"])
def test_request_changes_emails_the_moderators_comment_as_the_reason(
    language, propose, directory, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    propose(getattr(directory, language))
    mailoutbox.clear()
    entry = KitHubPage.objects.get()
    reason = "Adăugați, vă rog, adresa exactă a spațiului."
    act(entry, moderator, "reject", reason, django_capture_on_commit_callbacks)

    entry.refresh_from_db()
    assert not entry.live
    proposal = Proposal.objects.get()
    assert proposal.status == ProposalStatus.CHANGES_REQUESTED
    assert proposal.reason == reason
    [email] = mailoutbox
    assert LANGUAGES[language]["changes"] in email.subject
    assert reason in email.body
    assert "/update/" in email.body


def test_the_owner_updates_through_the_link_and_moderation_starts_again(
    client, propose, directory, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    propose(directory.ro)
    entry = KitHubPage.objects.get()
    act(entry, moderator, "approve", "", django_capture_on_commit_callbacks)
    link = update_link(mailoutbox[-1])
    mailoutbox.clear()

    form = client.get(link)
    assert form.status_code == 200
    html = form.content.decode()
    assert 'value="Fabrica de Pensule"' in html  # the current values, to correct
    assert "Spațiu independent" in html
    assert "proposer_email" not in html  # the owner is known: not asked again

    changed = valid_answers(description="Program nou: rezidențe pentru artiști tineri.")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link, changed)
    assert response.status_code == 303
    assert response["Location"].endswith("/propose/thanks/?updated=1")

    # Moderation again; the public still sees the approved version.
    entry.refresh_from_db()
    assert entry.live and entry.has_unpublished_changes
    assert in_progress_state(entry).status == WorkflowState.STATUS_IN_PROGRESS
    assert "Program nou" not in client.get(entry.url).content.decode()
    assert "Spațiu independent" in client.get(entry.url).content.decode()
    assert Proposal.objects.get().status == ProposalStatus.AWAITING_MODERATION
    [received] = mailoutbox
    assert LANGUAGES["ro"]["update_received"] in received.subject
    mailoutbox.clear()

    act(entry, moderator, "approve", "", django_capture_on_commit_callbacks)
    assert "Program nou" in client.get(entry.url).content.decode()
    [published] = mailoutbox
    assert LANGUAGES["ro"]["published"] in published.subject


def test_an_update_after_changes_were_requested_goes_back_to_moderation(
    client, propose, directory, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    propose(directory.en)
    entry = KitHubPage.objects.get()
    act(entry, moderator, "reject", "Please add your address.", django_capture_on_commit_callbacks)
    link = update_link(mailoutbox[-1])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link, valid_answers(locality="Cluj-Napoca, str. Fabricii 77"))
    state = in_progress_state(entry)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.revision.as_object().locality.endswith("Fabricii 77")
    assert WorkflowState.objects.filter(status=WorkflowState.STATUS_CANCELLED).count() == 1


@pytest.mark.parametrize(
    ("language", "message"),
    [("ro", "Acest link nu funcționează"), ("en", "This link does not work")],
)
def test_a_forged_link_is_refused_in_the_visitors_language(client, directory, language, message):
    page = getattr(directory, language)
    forged = page.url + "update/eyJhIjoiYiJ9/1tXyZa/forgedsignature0000000000000000000000/"
    response = client.get(forged)
    assert response.status_code == 404
    assert message in response.content.decode()
    assert client.post(forged, valid_answers()).status_code == 404
    assert not KitHubPage.objects.exists()


def test_an_expired_link_is_refused_and_changes_nothing(
    client, propose, directory, mailoutbox, settings
):
    settings.SUBMISSIONS_UPDATE_LINK_DAYS = 60
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        propose(directory.ro)
    link = update_link(mailoutbox[-1])
    with time_machine.travel(start + datetime.timedelta(days=59), tick=False):
        assert client.get(link).status_code == 200
    with time_machine.travel(start + datetime.timedelta(days=61), tick=False):
        response = client.post(link, valid_answers(title="Altceva"))
    assert response.status_code == 410
    assert "a expirat" in response.content.decode()
    assert KitHubPage.objects.get().get_latest_revision_as_object().title == "Fabrica de Pensule"


def test_a_link_of_another_directory_is_refused(client, propose, directory, mailoutbox):
    from tests.kit_apps.kit_submissions.models import KitHubDirectoryPage

    propose(directory.ro)
    other = directory.section.add_child(
        instance=KitHubDirectoryPage(title="Alt director", slug="alt-director")
    )
    token = update_link(mailoutbox[-1]).split("/update/", 1)[1]
    assert client.get(f"{other.url}update/{token}").status_code == 404


def test_a_team_that_may_not_publish_sends_proposals_to_its_sections_workflow(
    propose, directory, monkeypatch
):
    """Pages inherit their ancestors' workflow: no second workflow is made then."""
    from io import StringIO

    from django.core.management import call_command

    import cms.teams
    from cms.plugin_manager import call_for_programme
    from cms.teams import EDITORS_WORKFLOW

    def team_of(programme, hook_name, **kwargs):
        import dataclasses

        answer = call_for_programme(programme, hook_name, **kwargs)
        if hook_name == "programme_team" and programme.slug == directory.programme.slug:
            return dataclasses.replace(answer, can_publish=False)
        return answer

    monkeypatch.setattr(cms.teams, "call_for_programme", team_of)
    call_command("setup_teams", stdout=StringIO())
    propose(directory.ro)
    entry = KitHubPage.objects.get()
    assert in_progress_state(entry).workflow.name == EDITORS_WORKFLOW


def test_the_moderator_finds_the_proposal_awaiting_review(client, propose, directory, moderator):
    propose(directory.ro)
    client.force_login(moderator)
    dashboard = client.get("/admin/").content.decode()
    assert "Fabrica de Pensule" in dashboard


def test_a_refused_update_changes_nothing_and_submits_nothing(
    client, propose, directory, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    from tests.submissions.conftest import photo

    propose(directory.ro, files={"photo": photo()})
    entry = KitHubPage.objects.get()
    act(entry, moderator, "approve", "", django_capture_on_commit_callbacks)
    link = update_link(mailoutbox[-1])
    assert "Este deja aleasă o fotografie" in client.get(link).content.decode()
    revisions = entry.revisions.count()
    response = client.post(link, valid_answers(website="javascript:alert(1)"))
    assert response.status_code == 400
    assert 'value="javascript:alert(1)"' in response.content.decode()  # kept, to correct
    assert entry.revisions.count() == revisions
    assert not WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).exists()


@pytest.mark.parametrize("language, greeting", [("ro", "Bună ziua,"), ("en", "Hello,")])
def test_the_emails_open_with_the_centres_words_never_with_what_the_proposer_typed(
    language, greeting, propose, directory, mailoutbox
):
    # Anyone may type any name and address into the form: an email that opened with the
    # typed name would let a stranger make the centre send their words to any inbox.
    answers = {**valid_answers(), "proposer_name": "Cumpărați acum la example.com"}
    assert propose(getattr(directory, language), answers).status_code == 303
    [received] = mailoutbox
    assert received.body.splitlines()[0] == greeting
    assert "example.com" not in received.body

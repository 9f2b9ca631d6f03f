"""The public form: a proposal becomes a draft child of the directory in Wagtail's workflow."""

from __future__ import annotations

import pytest

from wagtail.models import WorkflowState

from cms.submissions.models import Proposal, ProposalStatus
from tests.kit_apps.kit_submissions.models import KitHubPage
from tests.submissions.conftest import photo, propose_url, valid_answers

pytestmark = pytest.mark.django_db


def test_the_form_is_in_the_directorys_language(client, directory):
    ro = client.get(propose_url(directory.ro))
    en = client.get(propose_url(directory.en))
    assert ro.status_code == en.status_code == 200
    assert "Trimiteți propunerea" in ro.content.decode()
    assert "Send the proposal" in en.content.decode()
    # Labels start with a capital letter, as every label of the site (the model says "website").
    assert '<label for="id_website">Website (optional)</label>' in en.content.decode()


def test_a_proposal_is_a_draft_child_in_the_teams_workflow(propose, directory, mailoutbox):
    response = propose(directory.ro, files={"photo": photo()})
    assert response.status_code == 303
    assert response["Location"].endswith("/harta-huburilor/propose/thanks/")

    entry = KitHubPage.objects.get()
    assert entry.get_parent().pk == directory.ro.pk
    assert not entry.live and entry.locale.language_code == "ro"
    assert entry.website == "https://www.fabricadepensule.ro"
    assert entry.photo is not None and entry.photo.width == 12
    assert entry.latest_revision is not None
    assert entry.programme == directory.programme.slug

    state = WorkflowState.objects.get(object_id=str(entry.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by is None  # the public, not a user
    groups = set(state.current_task_state.task.specific.groups.values_list("name", flat=True))
    assert directory.section.get_workflow() is None  # the team publishes its own pages…
    assert any("Echipa" in name or "echipa" in name.lower() for name in groups), groups

    proposal = Proposal.objects.get(page=entry)
    assert proposal.language == "ro"
    assert proposal.status == ProposalStatus.AWAITING_MODERATION
    assert not proposal.contact_public
    [email] = mailoutbox
    assert email.to == ["ioana.rusu@example.org"]
    assert "Fabrica de Pensule" in email.subject
    assert "/harta-huburilor/update/" in email.body


def test_an_entry_never_takes_a_slug_the_directorys_routes_use(propose, directory, client):
    propose(directory.ro, valid_answers(title="Update"))
    propose(directory.ro, valid_answers(title="Școala de Propuneri"))
    assert sorted(KitHubPage.objects.values_list("slug", flat=True)) == [
        "scoala-de-propuneri",
        "update-2",
    ]


def test_the_directory_links_its_form_and_can_close_it(client, directory, monkeypatch):
    from tests.kit_apps.kit_submissions.models import KitHubDirectoryPage

    assert propose_url(directory.ro) in client.get(directory.ro.url).content.decode()
    monkeypatch.setattr(KitHubDirectoryPage, "accepts_proposals", False)
    assert client.get(propose_url(directory.ro)).status_code == 404
    assert client.post(propose_url(directory.ro), valid_answers()).status_code == 404
    assert "propose/" not in client.get(directory.ro.url).content.decode()
    assert not KitHubPage.objects.exists()


def test_a_misconfigured_directory_stops_at_the_system_checks(monkeypatch):
    from cms.submissions.checks import check_proposal_directories
    from tests.kit_apps.kit_submissions.models import KitHubDirectoryPage

    assert check_proposal_directories(None) == []
    monkeypatch.setattr(KitHubDirectoryPage, "proposal_fields", ["website", "colour"])
    messages = [error.msg for error in check_proposal_directories(None)]
    assert any("must include 'title'" in message for message in messages)
    assert any("has no field 'colour'" in message for message in messages)
    monkeypatch.setattr(KitHubDirectoryPage, "proposal_fields", ["title", "website"])
    monkeypatch.setattr(KitHubPage._meta.get_field("locality"), "blank", False)
    [required] = check_proposal_directories(None)
    assert "KitHubPage.locality is required but not in proposal_fields" in required.msg
    monkeypatch.setattr(KitHubDirectoryPage, "proposal_page_model", "kit_submissions.Nope")
    assert "is not a model" in check_proposal_directories(None)[0].msg

"""The moderator's view of a proposal (the proposer, likely duplicates) and the proposer's
privacy: contact shown publicly only with consent, erased with the entry."""

from __future__ import annotations

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model

from cms.submissions.duplicates import DuplicateKeys, is_likely_duplicate, likely_duplicates
from cms.submissions.models import Proposal
from tests.kit_apps.kit_submissions.models import KitHubPage
from tests.submissions.conftest import photo, valid_answers

pytestmark = pytest.mark.django_db


# --- what counts as a likely duplicate -------------------------------------------------------------


@pytest.mark.parametrize(
    ("other", "reason"),
    [
        (DuplicateKeys("Alt nume", "http://fabricadepensule.ro/despre", "Turda"), "website"),
        (DuplicateKeys("FABRICA DE PENSULE", "", "Cluj-Napoca"), "name"),
        (DuplicateKeys("Fabrica de Pensule.", "", "cluj napoca"), "name"),
        (DuplicateKeys("Fabrica de Pensule Cluj", "", "Cluj-Napoca"), "name"),
        (DuplicateKeys("Fabrica de Pensule", "", "Florești"), ""),  # another locality
        (DuplicateKeys("Fabrica de Bere", "https://fabricadebere.ro", "Cluj-Napoca"), ""),
    ],
)
def test_likely_duplicates_by_website_host_or_a_very_similar_name_in_the_locality(other, reason):
    entry = DuplicateKeys("Fabrica de Pensule", "https://www.fabricadepensule.ro", "Cluj-Napoca")
    assert is_likely_duplicate(entry, other) == reason


def test_names_are_compared_without_diacritics_or_cedillas():
    school = DuplicateKeys("Școala Gimnazială „Ion Creangă”", "", "Cluj-Napoca")
    typed = DuplicateKeys("Scoala Gimnaziala Ion Creanga", "", "Cluj-Napoca")
    cedilla = DuplicateKeys("\u015ecoala Gimnazial\u0103 Ion Creang\u0103", "", "Cluj-Napoca")
    assert is_likely_duplicate(school, typed) == "name"
    assert is_likely_duplicate(school, cedilla) == "name"


# --- the moderator sees them -----------------------------------------------------------------------


def existing_entry(directory, **fields) -> KitHubPage:
    entry = directory.ro.add_child(instance=KitHubPage(**fields))
    entry.save_revision().publish()
    return entry


def test_the_duplicate_hint_appears_in_the_editor_of_the_proposal(
    client, propose, directory, moderator
):
    existing_entry(
        directory,
        title="Fabrica de pensule",
        slug="fabrica",
        website="http://fabricadepensule.ro/",
        locality="Cluj-Napoca",
    )
    existing_entry(directory, title="Casa Tranzit", slug="casa-tranzit", locality="Cluj-Napoca")
    propose(directory.ro)
    proposed = KitHubPage.objects.get(live=False)

    client.force_login(moderator)  # a member of the programme's team
    response = client.get(f"/admin/pages/{proposed.pk}/edit/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Posibile dubluri" in body
    duplicate = KitHubPage.objects.get(slug="fabrica")
    assert f"/admin/pages/{duplicate.pk}/edit/" in body
    assert "Casa Tranzit" not in body
    assert "ioana.rusu@example.org" in body  # the moderator sees who proposed it

    # A page nobody proposed has no proposal panel.
    body = client.get(f"/admin/pages/{duplicate.pk}/edit/").content.decode()
    assert "ioana.rusu@example.org" not in body


@pytest.mark.parametrize("siblings", [3, 40])
def test_finding_duplicates_takes_the_same_queries_whatever_the_number_of_entries(
    directory, siblings
):
    for number in range(siblings):
        directory.ro.add_child(
            instance=KitHubPage(title=f"Hub {number}", slug=f"hub-{number}", locality="Dej")
        )
    entry = directory.ro.add_child(instance=KitHubPage(title="Hub 1", slug="nou", locality="Dej"))
    with CaptureQueriesContext(connection) as queries:
        found = likely_duplicates(entry)
    assert [d.page.title for d in found][:1] == ["Hub 1"]
    assert len(queries) <= 2


# --- privacy -----------------------------------------------------------------------------------------


def approve(entry, moderator, capture):
    from wagtail.models import WorkflowState

    state = WorkflowState.objects.get(object_id=str(entry.pk), status="in_progress")
    with capture(execute=True):
        state.current_task_state.approve(user=moderator)


@pytest.mark.parametrize("agreed", [False, True])
def test_the_proposers_contact_is_public_only_with_their_consent(
    client, propose, directory, moderator, agreed, django_capture_on_commit_callbacks
):
    answers = valid_answers(contact_public="on" if agreed else None)
    propose(directory.ro, answers)
    entry = KitHubPage.objects.get()
    approve(entry, moderator, django_capture_on_commit_callbacks)
    body = client.get(entry.url).content.decode()
    assert ("ioana.rusu@example.org" in body) is agreed
    assert ("Ioana Rusu" in body) is agreed
    # Never in the page's own fields or revisions, whatever the consent.
    assert "ioana.rusu" not in str(entry.get_latest_revision().content)


def test_deleting_the_entry_erases_the_proposer_and_their_photo(
    propose, directory, django_capture_on_commit_callbacks
):
    propose(directory.ro, files={"photo": photo()})
    entry = KitHubPage.objects.get()
    assert Proposal.objects.count() == 1 and get_image_model().objects.count() == 1
    with django_capture_on_commit_callbacks(execute=True):
        entry.delete()
    assert not Proposal.objects.exists()
    assert not get_image_model().objects.exists()


def queries_of(callable_) -> int:
    with CaptureQueriesContext(connection) as queries:
        callable_()
    return len(queries)


def test_the_form_and_the_moderators_editor_cost_the_same_with_few_or_many_entries(
    client, propose, directory, moderator
):
    """Query budget: neither the public form nor the moderator's view grows with the entries."""
    propose(directory.ro)
    proposed = KitHubPage.objects.get()
    client.force_login(moderator)
    form_url = directory.ro.url + "propose/"
    editor_url = f"/admin/pages/{proposed.pk}/edit/"
    client.get(form_url), client.get(editor_url)  # warm caches (site root paths, content types)
    few = (queries_of(lambda: client.get(form_url)), queries_of(lambda: client.get(editor_url)))
    for number in range(60):
        directory.ro.add_child(
            instance=KitHubPage(title=f"Hub {number}", slug=f"hub-{number}", locality="Dej")
        )
    many = (queries_of(lambda: client.get(form_url)), queries_of(lambda: client.get(editor_url)))
    assert many == few

"""Programme teams: each team manages its own section, in both languages, and nothing else."""

from __future__ import annotations

from io import StringIO

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import GroupCollectionPermission, GroupPagePermission, Locale, Page

from cms.events.models import EventPage, Occurrence
from cms.models import ProgrammeSectionPage, ProgrammeTeam
from cms.opencalls.models import Application, ApplicationFile, OpenCallPage
from cms.plugin_manager import enabled_programmes
from cms.registrations.models import Registration
from cms.teams import demo_username, programmes_for_user

pytestmark = pytest.mark.django_db

PROGRAMMES = ["academy", "schools", "heritage", "roma_culture", "hubs"]

# Every admin URL that shows, changes or exposes a page, by page id (the list).
PAGE_URLS = [
    "/admin/pages/{id}/edit/",
    "/admin/pages/{id}/edit/preview/",
    "/admin/pages/{id}/view_draft/",
    "/admin/pages/{id}/delete/",
    "/admin/pages/{id}/copy/",
    "/admin/pages/{id}/move/",
    "/admin/pages/{id}/history/",
    "/admin/pages/{id}/revisions/compare/earliest...latest/",
    "/admin/pages/{id}/unpublish/",
    "/admin/pages/{id}/lock/",
    "/admin/pages/{id}/privacy/",
    "/admin/pages/{id}/add_subpage/",
    "/admin/localize/submit/page/{id}/",
]
# Open-call pages also have their applications (personal data).
CALL_URLS = ["/admin/forms/submissions/{id}/", "/admin/forms/submissions/{id}/?export=csv"]


def member(programme: str):
    return get_user_model().objects.get(username=demo_username(programme))


def section_pages(programme: str) -> list[Page]:
    """The section page and its first child, in each locale."""
    pages = []
    for section in ProgrammeSectionPage.objects.filter(programme=programme):
        pages.append(section)
        child = section.get_children().first()
        if child is not None:
            pages.append(child)
    assert {p.locale.language_code for p in pages} == {"ro", "en"}
    return pages


def personal_data_urls(programme: str) -> list[str]:
    """The admin URLs that show the programme's applications, uploads and registrations.

    Makes one application with a stored file for each of its calls and one registration on one
    of its dates, so every URL points at real personal data.
    """
    urls = []
    calls = list(OpenCallPage.objects.filter(programme=programme))
    assert {call.locale.language_code for call in calls} == {"ro", "en"}, programme
    for call in calls:
        urls += [url.format(id=call.id) for url in CALL_URLS]
        application = Application.objects.create(
            page=call,
            call_key=call.translation_key,
            programme=programme,
            language=call.locale.language_code,
            reference=f"T-{call.id}",
            form_data={"email": "ana.pop@example.org"},
        )
        stored = ApplicationFile.objects.create(
            application=application,
            field_name="cv",
            original_name="cv.pdf",
            stored_name=f"matrix-{call.id}.pdf",
            kind="pdf",
            content_type="application/pdf",
            size=10,
        )
        urls += [
            reverse("opencalls_admin:review", args=[application.pk]),
            stored.get_download_url(),
        ]
    occurrence = Occurrence.objects.filter(programme=programme).first()
    Registration.objects.create(
        occurrence=occurrence,
        programme=programme,
        status="confirmed",
        name="Ana Pop",
        email="ana.pop@example.org",
        language="ro",
        consent_at=timezone.now(),
    )
    date_url = reverse("registrations_admin:detail", args=[occurrence.pk])
    urls += [date_url, f"{date_url}?export=csv", f"{date_url}?export=xlsx"]
    for event in EventPage.objects.filter(translation_key=occurrence.series_id):
        urls.append(reverse("events_admin:occurrences", args=[event.pk]))
    return urls


def refused(response) -> bool:
    """403/404/405, or Wagtail's "no permission" redirect to the dashboard.

    Not followed: rendering the dashboard for every refusal would only make the matrix slow.
    """
    if response.status_code == 302:
        return response["Location"] == "/admin/"
    return response.status_code in (403, 404, 405)


@pytest.mark.parametrize("team", PROGRAMMES)
def test_a_team_is_refused_every_admin_url_of_every_other_teams_pages(client, demo_site, team):
    client.force_login(member(team))
    checked = 0
    for other in PROGRAMMES:
        if other == team:
            continue
        for page in section_pages(other):
            for url in PAGE_URLS:
                response = client.get(url.format(id=page.id))
                assert refused(response), (team, other, page.url_path, url, response.status_code)
                checked += 1
            # Changing it by POST is refused too, and the page is left as it was.
            title = page.title
            client.post(f"/admin/pages/{page.id}/edit/", {"title": "Preluat", "slug": page.slug})
            client.post(f"/admin/pages/{page.id}/delete/")
            client.post(f"/admin/pages/{page.id}/unpublish/")
            page.refresh_from_db()
            assert page.title == title and page.live
        for url in personal_data_urls(other):
            response = client.get(url)
            assert refused(response), (team, other, url, response.status_code)
            assert b"ana.pop@example.org" not in response.content
            checked += 1
        # Acting on them by POST is refused too, and nothing changes.
        for registration in Registration.objects.filter(programme=other):
            for action in ("check_in", "cancel", "promote"):
                url = reverse(f"registrations_admin:{action}", args=[registration.pk])
                assert refused(client.post(url)), (team, other, url)
            registration.refresh_from_db()
            assert registration.status == "confirmed" and registration.checked_in_at is None
    # Four other teams, two pages in both locales, every page URL, plus their personal data.
    assert checked >= 4 * (4 * len(PAGE_URLS) + 2 * (len(CALL_URLS) + 2) + 4)


@pytest.mark.parametrize("team", PROGRAMMES)
def test_a_team_opens_its_own_programmes_personal_data(client, demo_site, team):
    """The other half of the matrix: the same URLs answer the programme's own team."""
    client.force_login(member(team))
    for url in personal_data_urls(team):
        if "/files/" in url:
            continue  # the matrix's stored files have no bytes; downloads: tests/opencalls
        response = client.get(url)
        assert response.status_code == 200, (team, url, response.status_code)


@pytest.mark.parametrize("team", PROGRAMMES)
def test_a_team_edits_its_own_section_in_both_languages(client, demo_site, team):
    client.force_login(member(team))
    for page in section_pages(team):
        response = client.get(f"/admin/pages/{page.id}/edit/")
        assert response.status_code == 200, page.url_path
        assert client.get(f"/admin/pages/{page.id}/history/").status_code == 200
        assert page.permissions_for_user(member(team)).can_publish()


def test_copying_another_teams_page_into_ones_own_section_is_refused(client, demo_site):
    client.force_login(member("heritage"))
    academy_page = ProgrammeSectionPage.objects.get(programme="academy", locale__language_code="ro")
    own_section = ProgrammeSectionPage.objects.get(programme="heritage", locale__language_code="ro")
    before = Page.objects.count()
    response = client.post(
        f"/admin/pages/{academy_page.id}/copy/",
        {"new_title": "Copie", "new_slug": "copie", "new_parent_page": own_section.id},
    )
    assert refused(response)
    assert Page.objects.count() == before


def test_a_team_cannot_submit_another_teams_page_for_translation(client, demo_site):
    """wagtail-localize checks only a global permission; the guard checks the page too."""
    client.force_login(member("schools"))
    academy = ProgrammeSectionPage.objects.get(programme="academy", locale__language_code="ro")
    english = Locale.objects.get(language_code="en")
    other_translations = Page.objects.filter(translation_key=academy.translation_key).count()
    assert refused(client.get(f"/admin/localize/submit/page/{academy.id}/"))
    response = client.post(f"/admin/localize/submit/page/{academy.id}/", {"locales": [english.id]})
    assert refused(response)
    assert (
        Page.objects.filter(translation_key=academy.translation_key).count() == other_translations
    )


def test_a_team_submits_its_own_new_page_for_translation(client, demo_site):
    from cms.models import ContentPage

    schools = ProgrammeSectionPage.objects.get(programme="schools", locale__language_code="ro")
    page = schools.add_child(instance=ContentPage(title="Pre-Texts", slug="pre-texts"))
    page.save_revision().publish()
    english = Locale.objects.get(language_code="en")
    client.force_login(member("schools"))
    response = client.post(f"/admin/localize/submit/page/{page.id}/", {"locales": [english.id]})
    assert response.status_code == 302
    assert page.get_translation_or_none(english) is not None


def test_sync_translations_of_another_teams_page_is_refused(client, demo_site, admin_user):
    from wagtail_localize.models import TranslationSource

    from cms.models import ContentPage

    academy = ProgrammeSectionPage.objects.get(programme="academy", locale__language_code="ro")
    page = academy.add_child(instance=ContentPage(title="Mentorat", slug="mentorat"))
    page.save_revision().publish()
    english = Locale.objects.get(language_code="en")
    client.force_login(admin_user)
    client.post(f"/admin/localize/submit/page/{page.id}/", {"locales": [english.id]})
    source = TranslationSource.objects.get(object_id=page.translation_key)

    english_copy = page.get_translation(english)
    english_copy.title = "Mentoring"
    english_copy.save_revision()

    client.force_login(member("hubs"))
    assert refused(client.get(f"/admin/localize/update/{source.id}/"))
    assert refused(client.post(f"/admin/localize/update/{source.id}/"))
    assert english_copy.get_latest_revision().as_object().title == "Mentoring"  # not overwritten
    client.force_login(member("academy"))
    assert client.get(f"/admin/localize/update/{source.id}/").status_code == 200


def test_personal_data_visibility_is_by_programme(demo_site, admin_user):
    assert programmes_for_user(member("heritage")) == {"heritage"}
    assert programmes_for_user(admin_user) is None  # everything
    editor = get_user_model().objects.create_user("redactor")
    editor.groups.add(Group.objects.get(name="Editori"))
    assert programmes_for_user(editor) is None
    assert programmes_for_user(get_user_model().objects.create_user("vizitator")) == set()


def test_setup_teams_run_twice_gives_the_same_groups(demo_site):
    def snapshot():
        return (
            sorted(Group.objects.values_list("name", flat=True)),
            sorted(
                GroupPagePermission.objects.values_list(
                    "group__name", "page__url_path", "permission__codename"
                )
            ),
            sorted(
                GroupCollectionPermission.objects.values_list(
                    "group__name", "collection__name", "permission__codename"
                )
            ),
            sorted(ProgrammeTeam.objects.values_list("programme", "group__name")),
        )

    before = snapshot()
    call_command("setup_teams", stdout=StringIO())
    call_command("setup_teams", stdout=StringIO())
    assert snapshot() == before
    groups, page_permissions, collection_permissions, teams = before
    assert {"Editori", "Traducători", "Echipa Jivipen"} <= set(groups)
    jivipen = {
        (path, codename) for name, path, codename in page_permissions if name == "Echipa Jivipen"
    }
    assert jivipen == {
        (path, codename)
        for path in ("/acasa/jivipen/", "/home-en/jivipen/")
        for codename in ("add_page", "change_page", "lock_page", "unlock_page", "publish_page")
    }
    assert len(teams) == len([p for p in enabled_programmes() if "programme_team" in p.hooks])


def test_setup_teams_removes_page_permissions_that_no_longer_apply(demo_site):
    team = ProgrammeTeam.objects.get(programme="hubs").group
    stray = Page.objects.get(url_path="/acasa/despre/")
    GroupPagePermission.objects.create(group=team, page=stray, permission_type="change")
    call_command("setup_teams", stdout=StringIO())
    assert not GroupPagePermission.objects.filter(group=team, page=stray).exists()


def test_document_chooser_offers_only_the_teams_own_collection(client, demo_site):
    from django.core.files.base import ContentFile

    from wagtail.documents.models import Document
    from wagtail.models import Collection

    academy_collection = Collection.objects.get(name="Academia Schimbării")
    Document.objects.create(
        title="Contract mentorat confidențial",
        collection=academy_collection,
        file=ContentFile(b"%PDF-1.4 demo", name="contract.pdf"),
    )
    client.force_login(member("heritage"))
    assert "Contract mentorat" not in client.get("/admin/documents/chooser/").content.decode()
    client.force_login(member("academy"))
    assert "Contract mentorat" in client.get("/admin/documents/chooser/").content.decode()


def test_dashboard_shows_each_team_its_own_programme(client, demo_site):
    from tests.events.factories import make_event

    section = ProgrammeSectionPage.objects.get(programme="heritage", locale__language_code="ro")
    make_event(
        section,
        "Eveniment in situ la Bonțida",
        programme="heritage",
        start_date=timezone.localdate() + timezone.timedelta(days=3),
        registration_required=True,
        capacity=30,
    )
    client.force_login(member("heritage"))
    dashboard = client.get("/admin/").content.decode()
    assert "Eveniment in situ la Bonțida" in dashboard
    assert "0 / 30" in dashboard
    client.force_login(member("academy"))
    assert "Eveniment in situ la Bonțida" not in client.get("/admin/").content.decode()


def test_form_submissions_are_filtered_by_programme(demo_site):
    from wagtail.contrib.forms.utils import get_forms_for_user

    from cms.ownership import pages_of_programmes

    forms_for_academy = get_forms_for_user(member("academy"))
    assert forms_for_academy.exclude(pages_of_programmes({"academy"})).count() == 0


@pytest.mark.parametrize(
    ("name", "owner"),
    [("editori", "the editors' group"), ("Echipa Jivipen", "programme 'roma_culture'")],
)
def test_setup_teams_refuses_a_team_named_like_another_group(demo_site, monkeypatch, name, owner):
    from django.core.management.base import CommandError

    from cms import teams
    from cms.programme import TeamInfo

    answer = teams.call_for_programme

    def renamed_hubs_team(programme, hook, **kwargs):
        if programme.slug == "hubs" and hook == "programme_team":
            return TeamInfo(name={"ro": name, "en": "Renamed team"})
        return answer(programme, hook, **kwargs)

    monkeypatch.setattr(teams, "call_for_programme", renamed_hubs_team)
    before = set(Group.objects.values_list("name", flat=True))
    with pytest.raises(CommandError, match=rf"programme 'hubs' is named '{name}'.*{owner}"):
        call_command("setup_teams", stdout=StringIO())
    assert set(Group.objects.values_list("name", flat=True)) == before

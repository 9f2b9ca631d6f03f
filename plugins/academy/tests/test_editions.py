"""Programme editions, modules, sessions and mentors: each links the others in the reader's
language, from the records that hold the link (a module's mentors, a session's parent, an
edition's course director); the edition's timeline reads its call's deadline and its events'
dates; the pages keep their query budget as modules, sessions and mentors grow tenfold."""

from __future__ import annotations

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.text import slugify

from cms.events.models import Occurrence, OccurrenceStatus
from cms.people.models import Person
from cms.translations import TIME_ZONE, copy_in, in_language
from plugins.academy.editions import edition_context
from plugins.academy.models import (
    AcademyCallPage,
    AcademyEventPage,
    MentorPage,
    MentorsIndexPage,
    ModulePage,
    ProgrammeEditionPage,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ("ro", "en")


def page_in(model, slug: str, language: str):
    """The page whose Romanian slug is `slug`, in `language` (English slugs are English)."""
    governing = model.objects.get(in_language("ro"), slug=slug)
    return copy_in(model, governing.translation_key, language, fallback=False)


def edition_in(language: str, ro_slug: str = "formare-si-mentorat"):
    governing = ProgrammeEditionPage.objects.get(in_language("ro"), slug=ro_slug)
    return copy_in(ProgrammeEditionPage, governing.translation_key, language, fallback=False)


def html(client, page) -> str:
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return response.content.decode()


def other(language: str) -> str:
    return "en" if language == "ro" else "ro"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_module_lists_its_sessions_and_mentors_in_its_own_language(
    client, academy_demo, language
):
    module = page_in(ModulePage, "ateliere-leadership", language)
    page = html(client, module)
    for slug in ("atelier-leadership-1", "atelier-leadership-2"):
        assert f'href="{page_in(AcademyEventPage, slug, language).url}"' in page
        assert f'href="{page_in(AcademyEventPage, slug, other(language)).url}"' not in page
    for slug in ("ilinca-muresan", "andrei-kovacs"):
        assert f'href="{page_in(MentorPage, slug, language).url}"' in page
        assert f'href="{page_in(MentorPage, slug, other(language)).url}"' not in page
    # Sessions of another module and mentors who do not teach it are not listed.
    assert page_in(AcademyEventPage, "masterclass-public", language).url not in page
    assert page_in(MentorPage, "tudor-vlad", language).url not in page
    assert f'href="{edition_in(language).url}"' in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_session_links_its_module_its_edition_and_its_mentors(client, academy_demo, language):
    page = html(client, page_in(AcademyEventPage, "masterclass-public", language))
    assert (
        f'href="{page_in(ModulePage, "masterclass-dezvoltarea-publicului", language).url}"' in page
    )
    assert f'href="{edition_in(language).url}"' in page
    assert f'href="{page_in(MentorPage, "ecaterina-lazar", language).url}"' in page
    assert "Ecaterina Lazăr (demo)" in page
    # An event outside any module says nothing of the kind.
    forum = AcademyEventPage.objects.get(
        in_language(language),
        slug__in=["forumul-academiei-schimbarii", "academy-of-change-forum"],
    )
    assert "session-of" not in html(client, forum)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_mentor_profile_lists_the_modules_they_teach_and_the_editions_they_direct(
    client, academy_demo, language
):
    page = html(client, page_in(MentorPage, "tudor-vlad", language))
    for slug in ("mentorat-pe-proiecte", "formare-reciproca"):
        assert f'href="{page_in(ModulePage, slug, language).url}"' in page
        assert f'href="{page_in(ModulePage, slug, other(language)).url}"' not in page
    assert page_in(ModulePage, "ateliere-leadership", language).url not in page
    # Course director of Business to Culture, and each module's edition is named with it.
    assert f'href="{edition_in(language, "business-to-culture").url}"' in page
    assert f'href="{edition_in(language).url}"' in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_edition_shows_its_facts_modules_director_mentors_and_call(
    client, academy_demo, language
):
    edition = edition_in(language)
    page = html(client, edition)
    assert edition.theme in page
    assert {"ro": "Online", "en": "Online"}[language] in page
    for module in ModulePage.objects.child_of(edition):
        assert f'href="{module.url}"' in page
    assert f'href="{page_in(MentorPage, "ilinca-muresan", language).url}"' in page
    call = copy_in(AcademyCallPage, edition.call.translation_key, language, fallback=False)
    assert f'href="{call.url}"' in page
    # Every mentor of a module of this edition, once each; none of the other edition only.
    assert page.count(f'href="{page_in(MentorPage, "dan-moldovan", language).url}"') >= 1


def test_the_timeline_runs_from_the_call_through_the_modules_to_the_showcase(academy_demo):
    timeline = edition_context(edition_in("ro"))["timeline"]
    assert [(step.kind, step.start.date()) for step in timeline] == [
        ("call_opens", datetime.date(2026, 4, 5)),
        ("call_closes", datetime.date(2026, 5, 5)),
        ("module", datetime.date(2026, 9, 22)),  # two workshops, 22 Sept – 6 Oct
        ("module", datetime.date(2026, 10, 13)),
        ("module", datetime.date(2026, 10, 18)),
        ("module", datetime.date(2026, 11, 3)),
        ("event", datetime.date(2026, 12, 8)),  # the showcase
    ]
    workshops = timeline[2]
    assert workshops.end.date() == datetime.date(2026, 10, 6) and workshops.is_range
    assert workshops.page.slug == "ateliere-leadership"
    assert timeline[0].start == datetime.datetime(2026, 4, 5, 9, 0, tzinfo=TIME_ZONE)


def test_the_english_timeline_keeps_the_romanian_call_deadline_and_english_labels(
    academy_demo,
):
    romanian = AcademyCallPage.objects.get(in_language("ro"), slug="apel-formare-si-mentorat")
    english = copy_in(AcademyCallPage, romanian.translation_key, "en", fallback=False)
    # A stale English copy of the deadline must not move the English timeline.
    AcademyCallPage.objects.filter(pk=english.pk).update(
        closes_at=romanian.closes_at + datetime.timedelta(days=30)
    )
    timeline = edition_context(edition_in("en"))["timeline"]
    closes = next(step for step in timeline if step.kind == "call_closes")
    assert closes.start == romanian.closes_at.astimezone(TIME_ZONE)
    assert closes.page.pk == english.pk
    modules = [step.label for step in timeline if step.kind == "module"]
    assert modules[0] == "Workshops: leadership and organisational development"


def test_a_cancelled_date_leaves_the_timeline_and_the_module_span(academy_demo):
    session = page_in(AcademyEventPage, "atelier-leadership-2", "ro")
    Occurrence.objects.filter(series_id=session.translation_key).update(
        status=OccurrenceStatus.CANCELLED
    )
    timeline = edition_context(edition_in("ro"))["timeline"]
    workshops = next(step for step in timeline if step.label.startswith("Ateliere"))
    assert workshops.end.date() == datetime.date(2026, 9, 22)
    assert not workshops.is_range


def test_a_mentor_without_consent_is_neither_named_nor_linked(client, academy_demo):
    module = page_in(ModulePage, "masterclass-dezvoltarea-publicului", "ro")
    assert "Ecaterina Lazăr (demo)" in html(client, module)
    person = Person.objects.get(in_language("ro"), name="Ecaterina Lazăr (demo)")
    person.publication_consent = False
    person.save()
    page = html(client, module)
    assert "Ecaterina Lazăr (demo)" not in page
    assert page_in(MentorPage, "ecaterina-lazar", "ro").url not in page
    assert client.get(page_in(MentorPage, "ecaterina-lazar", "ro").url).status_code == 404


def test_a_modules_mentor_choices_are_in_its_own_language(academy_demo):
    from plugins.academy.models.editions import ModulePageForm

    module = page_in(ModulePage, "formare-reciproca", "en")
    form_class = ModulePage.get_edit_handler().get_form_class()
    assert issubclass(form_class, ModulePageForm)
    form = form_class(instance=module, for_user=None, parent_page=module.get_parent())
    locales = {mentor.locale.language_code for mentor in form.fields["mentors"].queryset}
    assert locales == {"en"}


# --- query budget -----------------------------------------------------------------------------


def grow(edition, times: int) -> None:
    """`times` more Romanian mentors, modules (taught by all the mentors) and sessions under
    `edition`, each session with a date."""
    from cms.people.models import ConsentMethod

    index = MentorsIndexPage.objects.get(in_language("ro"))
    for number in range(times):
        person = Person(
            name=f"Mentor {number}",
            locale=index.locale,
            publication_consent=True,
            consent_method=ConsentMethod.EMAIL,
            consent_date=datetime.date(2026, 1, 1),
        )
        person.save()  # live: made in code, not drafted
        index.refresh_from_db()
        index.add_child(
            instance=MentorPage(
                title=f"Mentor {number}",
                slug=f"mentor-{number}",
                person=person,
                locale=index.locale,
            )
        )
    mentors = list(MentorPage.objects.filter(locale=edition.locale))
    for number in range(times):
        edition.refresh_from_db()
        module = ModulePage(
            title=f"Modulul {number}",
            slug=f"modulul-{number}",
            kind="workshop",
            locale=edition.locale,
        )
        edition.add_child(instance=module)
        module.mentors.set(mentors)
        module.save()
        for session in range(2):
            module.refresh_from_db()
            event = AcademyEventPage(
                title=f"Sesiunea {number}.{session}",
                slug=f"sesiunea-{number}-{session}",
                start_date=datetime.date(2026, 10, 1 + number % 28),
                start_time=datetime.time(17, 0),
                end_time=datetime.time(19, 0),
                locale=edition.locale,
            )
            module.add_child(instance=event)
            event.save_revision().publish()


def queries_for(client, url: str) -> int:
    client.get(url)  # warm Wagtail's caches (site root paths)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def budget_pages() -> dict[str, str]:
    return {
        "edition": edition_in("ro").url,
        "module": page_in(ModulePage, "ateliere-leadership", "ro").url,
        "session": page_in(AcademyEventPage, "atelier-leadership-1", "ro").url,
        "mentor": page_in(MentorPage, "ilinca-muresan", "ro").url,
        "mentors": MentorsIndexPage.objects.get(in_language("ro")).url,
    }


def test_the_pages_cost_the_same_queries_with_ten_times_the_modules_sessions_and_mentors(
    client, academy_demo
):
    edition = edition_in("ro")
    small = {name: queries_for(client, url) for name, url in budget_pages().items()}
    grow(edition, 36)  # the edition's 4 modules, tenfold; its sessions and the 6 mentors too
    assert ModulePage.objects.child_of(edition).count() == 40
    large = {name: queries_for(client, url) for name, url in budget_pages().items()}
    assert large == small


def test_english_modules_and_sessions_have_english_slugs(academy_demo):
    module = page_in(ModulePage, "masterclass-dezvoltarea-publicului", "en")
    session = page_in(AcademyEventPage, "masterclass-public", "en")
    assert module.slug == slugify(module.title) and "dezvoltarea" not in module.url
    assert session.slug == slugify(session.title) and session.url.startswith(module.url)

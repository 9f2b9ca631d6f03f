"""Arta în Joacă's three open calls (schools, artists with a portfolio, teachers) and its six
resources for teachers, filterable by kind."""

from __future__ import annotations

import pytest

from cms.opencalls.models import OpenCallFormField
from cms.translations import in_language
from plugins.schools.models import SchoolNetworkCallPage, TeacherResourcePage, TeacherResourcesPage

pytestmark = pytest.mark.django_db

CALLS = {
    "apel-reteaua-scolilor": "call-cluj-school-network",
    "apel-artisti-in-rezidenta": "call-artists-in-residence",
    "apel-profesori-pre-texts": "call-pre-texts-teachers",
}


@pytest.fixture
def calls(schools_demo):
    from plugins.schools.demo import build_calls

    build_calls(schools_demo, schools_demo.section)
    return schools_demo


def test_the_three_calls_are_open_in_both_languages(client, calls):
    for ro_slug, en_slug in CALLS.items():
        ro = SchoolNetworkCallPage.objects.get(in_language("ro"), slug=ro_slug)
        en = SchoolNetworkCallPage.objects.get(in_language("en"), slug=en_slug)
        assert ro.translation_key == en.translation_key
        for page in (ro, en):
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            assert "<form" in response.content.decode(), page.url


def test_the_artists_call_asks_for_a_portfolio_file_and_the_schools_call_does_not(calls):
    def file_questions(slug: str) -> set[str]:
        call = SchoolNetworkCallPage.objects.get(in_language("ro"), slug=slug)
        return set(
            OpenCallFormField.objects.filter(page=call, field_type="file").values_list(
                "clean_name", flat=True
            )
        )

    assert "portfolio" in file_questions("apel-artisti-in-rezidenta")
    assert "portfolio" not in file_questions("apel-reteaua-scolilor")
    assert file_questions("apel-profesori-pre-texts") == set()


@pytest.fixture
def library(schools_demo):
    from plugins.schools.demo_network import build_teacher_resources

    schools_demo.sample = 0  # every row of the table, as `make run` builds it
    build_teacher_resources(schools_demo, schools_demo.section)
    return TeacherResourcesPage.objects.get(in_language("ro"))


def test_six_resources_for_teachers_in_both_languages(library):
    for language in ("ro", "en"):
        assert TeacherResourcePage.objects.filter(in_language(language)).count() == 6


def test_the_teachers_library_filters_by_kind(client, library):
    listed = client.get(library.url, {"kind": "toolkit"}).content.decode()
    toolkits = TeacherResourcePage.objects.filter(locale=library.locale, kind="toolkit")
    others = TeacherResourcePage.objects.filter(locale=library.locale).exclude(kind="toolkit")
    assert toolkits.count() == 2
    for page in toolkits:
        assert page.url in listed
    for page in others:
        assert page.url not in listed

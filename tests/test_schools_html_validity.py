"""Arta în Joacă's new page types (residencies, artists, workshops, camps, a school with its
activity, the network with its figures) and the guardian's camp form with its errors are valid
HTML for the W3C Nu checker, in both languages."""

from __future__ import annotations

import re

import pytest

from tests.html_validation import assert_valid_html

pytestmark = [pytest.mark.html_validation, pytest.mark.django_db]


def test_the_programmes_new_pages_and_the_camp_form_are_valid_html(demo_site, client):
    from plugins.schools.models import (
        ArtistsInResidencePage,
        ResidencyPage,
        SchoolArtistPage,
        SchoolNetworkPage,
        SchoolPage,
        SchoolWorkshopPage,
        SummerCampPage,
    )

    rendered = {}
    for language in ("ro", "en"):
        for model in (
            ArtistsInResidencePage,
            SchoolArtistPage,
            ResidencyPage,
            SchoolWorkshopPage,
            SummerCampPage,
            SchoolNetworkPage,
        ):
            page = model.objects.live().filter(locale__language_code=language).first()
            assert page is not None, (model.__name__, language)
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            rendered[f"{model.__name__} {page.url}"] = response.content
        school = SchoolPage.objects.get(
            slug="colegiul-transilvania", locale__language_code=language
        )
        rendered[f"school with its activity {school.url}"] = client.get(school.url).content
        camp = SummerCampPage.objects.get(locale__language_code=language)
        register = re.search(rb'href="([^"]*/register/\d+/)"', client.get(camp.url).content)
        assert register, camp.url
        url = register.group(1).decode()
        rendered[f"camp form {url}"] = client.get(url).content
        errors = client.post(url, {"child_age": "3"})
        assert errors.status_code == 400
        rendered[f"camp form errors {url}"] = errors.content
    assert_valid_html(rendered)

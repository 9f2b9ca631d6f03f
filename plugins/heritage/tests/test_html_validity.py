"""Every public page type of România Remarcabilă, in both languages, is valid HTML for the W3C
Nu checker: the pages, the map with its filters refused, a producer's form shown back with
its errors. One checker run."""

from __future__ import annotations

import pytest

from tests.html_validation import assert_valid_html

pytestmark = [pytest.mark.html_validation, pytest.mark.django_db]

PATHS = [
    "/ro/romania-remarcabila/",
    "/en/remarkable-romania/",
    "/ro/romania-remarcabila/comune/",
    "/en/remarkable-romania/communes/",
    "/ro/romania-remarcabila/comune/bontida/",
    "/en/remarkable-romania/communes/bontida/",
    "/ro/romania-remarcabila/comune/bontida/castelul-banffy/",
    "/en/remarkable-romania/communes/bontida/castelul-banffy/",
    "/ro/romania-remarcabila/comune/barsana/sculptor-barsana/",
    "/en/remarkable-romania/communes/barsana/sculptor-barsana/",
    "/ro/romania-remarcabila/producatori/",
    "/en/remarkable-romania/producers/?craft=food",
    "/ro/romania-remarcabila/harta/",
    "/en/remarkable-romania/map/?county=Cluj&layer=sites",
    "/ro/romania-remarcabila/in-situ-bontida/",
    "/en/remarkable-romania/roots-lansare/",
    "/ro/romania-remarcabila/intalnire-autoritati-locale/",
    "/ro/romania-remarcabila/comune/bontida/propose/",
]
REFUSED = [
    "/ro/romania-remarcabila/harta/?county=Atlantida",
    "/en/remarkable-romania/map/?layer=rivers",
    "/en/remarkable-romania/producers/?craft=plastic",
]


def test_every_heritage_page_type_is_valid_html_in_both_languages(demo_site, client):
    rendered = {}
    for path in PATHS:
        response = client.get(path)
        assert response.status_code == 200, path
        rendered[path] = response.content
    for path in REFUSED:
        response = client.get(path)
        assert response.status_code == 400, path
        rendered[path] = response.content
    form = "/en/remarkable-romania/communes/bontida/propose/"
    response = client.post(form, {"title": "", "craft": "plastic"})
    assert response.status_code == 400
    rendered[f"{form} (errors)"] = response.content
    assert_valid_html(rendered)

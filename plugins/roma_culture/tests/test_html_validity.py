"""Every public page type of Jivipen, in both languages, is valid HTML for the W3C Nu checker:
the section, the festival and an edition with its programme, the artists and a profile, the
meetings with their dates' topics, the call. One checker run."""

from __future__ import annotations

import pytest

from tests.html_validation import assert_valid_html

pytestmark = [pytest.mark.html_validation, pytest.mark.django_db]


def jivipen_paths() -> list[str]:
    from plugins.roma_culture.models import FestivalEditionPage

    paths = [
        "/ro/jivipen/",
        "/en/jivipen/",
        "/ro/jivipen/zilele-culturii-rome/",
        "/en/jivipen/roma-culture-days/",
        "/ro/jivipen/artisti/",
        "/en/jivipen/artists/",
        "/ro/jivipen/artisti/mirela-caldarar/",
        "/en/jivipen/artists/dorin-lacatus/",
        "/ro/jivipen/intalnirile-jivipen/",
        "/en/jivipen/jivipen-meetings/",
        "/ro/jivipen/apel-comisioane-artisti-romi/",
        "/en/jivipen/call-commissions-roma-artists/",
    ]
    for edition in FestivalEditionPage.objects.live():
        paths.append(edition.url)
        paths.append(edition.get_children().live().first().url)
    return paths


def test_every_jivipen_page_type_is_valid_html_in_both_languages(demo_site, client):
    rendered = {}
    for path in jivipen_paths():
        response = client.get(path)
        assert response.status_code == 200, path
        rendered[path] = response.content
    assert_valid_html(rendered)

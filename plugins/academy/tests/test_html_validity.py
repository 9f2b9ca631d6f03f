"""Every public page type of Academia Schimbării, in both languages, is valid HTML for the W3C
Nu checker: the section, an edition, a module, a session of a module, an edition's own event,
the mentors' index and a mentor's profile, a call, the library and a podcast episode, a
residency round and a resident, the Forum with its programme by day. One checker run."""

from __future__ import annotations

import pytest

from tests.html_validation import assert_valid_html

pytestmark = [pytest.mark.html_validation, pytest.mark.django_db]

PATHS = [
    "/ro/academia-schimbarii/",
    "/en/change-academy/",
    "/ro/academia-schimbarii/formare-si-mentorat/",
    "/en/change-academy/business-to-culture-programme/",
    "/ro/academia-schimbarii/formare-si-mentorat/ateliere-leadership/",
    "/en/change-academy/training-and-mentoring/masterclass-audience-development/",
    "/ro/academia-schimbarii/formare-si-mentorat/ateliere-leadership/atelier-leadership-1/",
    "/en/change-academy/training-and-mentoring/masterclass-audience-development/open-masterclass-tomorrows-audience/",
    "/ro/academia-schimbarii/business-to-culture/prezentare-business-to-culture/",
    "/ro/academia-schimbarii/mentori/",
    "/en/change-academy/mentors/",
    "/ro/academia-schimbarii/mentori/ilinca-muresan/",
    "/en/change-academy/mentors/tudor-vlad/",
    "/ro/academia-schimbarii/apel-formare-si-mentorat/",
    "/en/change-academy/call-for-experts/",
    "/ro/academia-schimbarii/biblioteca/",
    "/en/change-academy/library/",
    "/ro/academia-schimbarii/biblioteca/podcast-cultura-serviciu-public/",
    "/en/change-academy/library/podcast-culture-as-a-public-service/",
    "/ro/academia-schimbarii/runda-cluj-in-rezidenta/",
    "/en/change-academy/cluj-in-residence-round/",
    "/ro/academia-schimbarii/runda-cluj-in-rezidenta/irina-pop/",
    "/en/change-academy/cluj-in-residence-round/irina-pop/",
    "/ro/academia-schimbarii/forumul-academiei-schimbarii/",
    "/en/change-academy/academy-of-change-forum/",
]


def test_every_academy_page_type_is_valid_html_in_both_languages(demo_site, client):
    rendered = {}
    for path in PATHS:
        response = client.get(path)
        assert response.status_code == 200, path
        rendered[path] = response.content
    assert_valid_html(rendered)

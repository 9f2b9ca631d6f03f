"""Every public page type of Huburi creative, in both languages, is valid HTML for the W3C Nu
checker: the section, the hub directory (filtered, and a filter refused), a hub, "Add your hub"
(and shown back with its errors), Tools & learning and a toolkit, the Culturepreneurs cohort and
a module, the events and the calls. One checker run."""

from __future__ import annotations

import pytest

from tests.html_validation import assert_valid_html

pytestmark = [pytest.mark.html_validation, pytest.mark.django_db]

PATHS = [
    "/ro/huburi-creative/",
    "/en/creative-hubs/",
    "/ro/huburi-creative/harta-huburilor/",
    "/en/creative-hubs/map-of-hubs/?kind=collective",
    "/ro/huburi-creative/harta-huburilor/bios/",
    "/en/creative-hubs/map-of-hubs/bios/",
    "/ro/huburi-creative/harta-huburilor/propose/",
    "/ro/huburi-creative/instrumente-si-invatare/",
    "/en/creative-hubs/tools-and-learning/how-to-start-a-creative-hub/",
    "/ro/huburi-creative/culturepreneurs-4-0/",
    "/en/creative-hubs/culturepreneurs-4-0/",
    "/ro/huburi-creative/culturepreneurs-4-0/gamification/",
    "/en/creative-hubs/culturepreneurs-4-0/product-design/",
    "/ro/huburi-creative/culturepreneurs-4-0/pitching-culturepreneurs/",
    "/en/creative-hubs/culturepreneurs-4-0/gamification/masterclass-game-mechanics/",
    "/ro/huburi-creative/atelier-cum-pornesti-un-hub/",
    "/en/creative-hubs/creative-hubs-forum/",
    "/ro/huburi-creative/apel-culturepreneurs-4-0/",
    "/en/creative-hubs/call-peer-to-peer-exchange/",
]
REFUSED = ["/ro/huburi-creative/harta-huburilor/?kind=castel"]


def test_every_hubs_page_type_is_valid_html_in_both_languages(demo_site, client):
    rendered = {}
    for path in PATHS:
        response = client.get(path)
        assert response.status_code == 200, path
        rendered[path] = response.content
    for path in REFUSED:
        response = client.get(path)
        assert response.status_code == 400, path
        rendered[path] = response.content
    form = "/en/creative-hubs/map-of-hubs/propose/"
    response = client.post(form, {"title": "", "kind": "castle"})
    assert response.status_code == 400
    rendered[f"{form} (errors)"] = response.content
    assert_valid_html(rendered)

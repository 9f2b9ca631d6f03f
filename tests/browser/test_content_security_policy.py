"""The site works with its Content-Security-Policy enforced: public pages, the search
suggestions, and the admin, with no violation reported by the browser (see `page` in conftest)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PUBLIC_PATHS = [
    "/ro/",
    "/en/",
    "/ro/calendar/",
    "/ro/calendar/month/",
    "/ro/academia-schimbarii/",
    "/ro/academia-schimbarii/apel-formare-si-mentorat/",
    "/ro/search/?q=atelier",
]


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_pages_load_with_the_policy_enforced(page, live_demo, path):
    response = page.goto(live_demo + path)
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy
    assert "https://tile.openstreetmap.org" in policy
    assert "camera=()" in response.headers["permissions-policy"]
    # The programme colours come from a stylesheet, not from inline styles.
    assert page.locator("[style]").count() == 0
    assert (
        page.locator(
            "script:not([src]):not([type='application/ld+json']):not([type='application/json'])"
        ).count()
        == 0
    )


def test_programme_colours_still_apply(page, live_demo):
    page.goto(live_demo + "/ro/")
    colour = page.locator(".site-nav a[class^='programme-colour--']").first.evaluate(
        "element => getComputedStyle(element).getPropertyValue('--programme-colour').trim()"
    )
    assert colour.startswith("#") and colour.lower() != "#1f4e79"


def test_search_suggestions_work_under_the_policy(page, live_demo):
    page.goto(live_demo + "/ro/")
    page.fill("#site-search-q", "atel")
    page.wait_for_selector("[role=listbox] [role=option]", timeout=5000)


def test_the_admin_works_under_its_policy(page, live_demo, admin_login):
    admin_login(page)
    for path in ("/admin/", "/admin/pages/", "/admin/images/", "/admin/reports/site-history/"):
        response = page.goto(live_demo + path)
        assert response.status == 200, path
        assert "frame-ancestors 'self'" in response.headers["content-security-policy"]

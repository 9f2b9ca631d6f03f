"""A Content-Security-Policy and a Permissions-Policy on every response; public templates with
nothing inline for the policy to refuse. (The browser tests run the site with it enforced.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cms.places.tiles import map_tile_origin
from cms.testing import make_home_pages

REPO = Path(__file__).resolve().parents[2]
INLINE = {
    "style attribute": re.compile(r"\sstyle\s*=", re.I),
    "style element": re.compile(r"<style[\s>]", re.I),
    "event handler": re.compile(r"<[^>]+\son[a-z]+\s*=", re.I),
    "inline script": re.compile(
        r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I
    ),
}


def public_templates() -> list[Path]:
    """Every HTML template a visitor can be served: not the admin's, not emails."""
    roots = [REPO / "cms", REPO / "plugins", REPO / "site" / "templates"]
    return [
        path
        for root in roots
        for path in root.rglob("*.html")
        if "admin" not in path.relative_to(REPO).parts[:-1]
        and "wagtailadmin" not in path.parts
        and not any(part.endswith("admin") for part in path.parts)
        and "email" not in path.parts
    ]


def test_public_templates_have_nothing_inline():
    found = [
        f"{path.relative_to(REPO)}: {kind}"
        for path in public_templates()
        for kind, pattern in INLINE.items()
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert len(public_templates()) > 20
    assert found == []


@pytest.mark.django_db
def test_public_pages_carry_the_strict_policy(client):
    make_home_pages()
    response = client.get("/ro/calendar/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "object-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert "img-src 'self' data: https://tile.openstreetmap.org" in policy
    permissions = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in permissions


@pytest.mark.django_db
def test_the_admin_gets_the_policy_wagtail_needs(admin_client):
    response = admin_client.get("/admin/")
    policy = response["Content-Security-Policy"]
    assert "style-src 'self' 'unsafe-inline'" in policy
    assert "frame-ancestors 'self'" in policy
    assert "https://tile.openstreetmap.org" in policy


@pytest.mark.django_db
def test_the_map_tile_host_comes_from_the_setting(client, settings):
    make_home_pages()
    settings.MAP_TILE_URL = "https://{s}.tiles.example.org:8443/{z}/{x}/{y}.png"
    assert map_tile_origin() == "https://*.tiles.example.org:8443"
    assert "https://*.tiles.example.org:8443" in client.get("/ro/")["Content-Security-Policy"]


@pytest.mark.django_db
def test_with_maps_switched_off_no_tile_host_is_allowed(client, settings):
    make_home_pages()
    settings.MAP_TILE_URL = ""
    policy = client.get("/ro/")["Content-Security-Policy"]
    assert "img-src 'self' data:;" in policy + ";"
    assert "openstreetmap" not in policy


@pytest.mark.django_db
def test_report_only_mode_sends_the_same_policy_as_report_only(client, settings):
    make_home_pages()
    settings.CSP_REPORT_ONLY = True
    response = client.get("/ro/")
    assert "Content-Security-Policy" not in response
    assert "script-src 'self'" in response["Content-Security-Policy-Report-Only"]


@pytest.mark.django_db
def test_programme_colours_are_a_stylesheet_of_plain_colours(client):
    from cms.plugin_manager import enabled_programmes

    response = client.get("/programme-colours.css")
    assert response["Content-Type"].startswith("text/css")
    css = response.content.decode()
    for programme in enabled_programmes():
        assert f".programme-colour--{programme.slug} {{ --programme-colour: #" in css

"""A switched-off programme is closed everywhere: every public URL that shows or acts on one of
its objects answers 404, and nothing is stored for it.

The programme is switched off in-process (the enabled programmes minus one), which is what
`PROGRAMMES_BLOCKED` does to every engine table; `tests/test_disabled_programme.py` covers the
plugin's own page types disappearing in a real process.
"""

from __future__ import annotations

import datetime
import re

import pytest

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RoutePattern
from django.utils import timezone

from cms import plugin_manager
from cms.events.models import Occurrence
from cms.opencalls.models import Application, OpenCallPage
from cms.registrations import allocation
from cms.registrations.models import Partner, Registration
from cms.registrations.tokens import make_partner_token, make_token
from cms.testing import make_home_pages
from tests.events.factories import make_event, translate
from tests.opencalls.conftest import make_call, valid_answers

PLACEHOLDER = re.compile(r"<(?:\w+:)?(?P<name>\w+)>")


def public_patterns_with_arguments() -> list[str]:
    """Routes under the language prefix that take an argument, as `calendar/event/<page_id>.ics`."""
    found = []

    def walk(patterns, prefix: str):
        for entry in patterns:
            pattern = entry.pattern
            if isinstance(pattern, LocalePrefixPattern):
                part = "{lang}/"
            elif isinstance(pattern, RoutePattern):
                part = str(pattern._route)
            else:
                continue  # Wagtail's page-serving regex: the pages are requested by their URLs
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, prefix + part)
            elif isinstance(entry, URLPattern) and PLACEHOLDER.search(prefix + part):
                found.append(prefix + part)

    walk(get_resolver().url_patterns, "")
    return [route for route in found if route.startswith("{lang}/")]


@pytest.fixture
def switched_off(db, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    home_ro, _home_en = make_home_pages()
    slug = plugin_manager.enabled_programmes()[0].slug
    event = make_event(
        home_ro,
        "Atelier de teatru Jivipen",
        programme=slug,
        start_date=timezone.localdate() + datetime.timedelta(days=10),
        registration_required=True,
        capacity=10,
    )
    event_en = translate(event, title="Jivipen theatre workshop")
    occurrence = Occurrence.objects.get(series_id=event.translation_key)
    registration = allocation.register(
        occurrence.pk, name="Ana Lăcătuș", email="ana@example.org", language="ro"
    )
    partner = Partner.objects.create(
        programme=slug,
        name="Asociația Incluziune Cluj",
        coordinator_name="Maria Pop",
        coordinator_email="maria.pop@example.org",
    )
    reservation = allocation.reserve(occurrence.pk, partner, 2)
    call_ro, call_en = make_call(home_ro)
    OpenCallPage.objects.filter(translation_key=call_ro.translation_key).update(programme=slug)
    return {
        "slug": slug,
        "event": event,
        "event_ids": {"ro": event.pk, "en": event_en.pk},
        "occurrence": occurrence,
        "token": make_token(registration),
        "partner_token": make_partner_token(reservation),
        "pages": [event.url, call_ro.url, call_en.url],
    }


@pytest.fixture
def block(monkeypatch):
    def block_programme(slug: str) -> None:
        enabled = plugin_manager.enabled_programmes()
        monkeypatch.setattr(
            plugin_manager,
            "enabled_programmes",
            lambda: tuple(p for p in enabled if p.slug != slug),
        )

    return block_programme


def urls_of(objects: dict) -> list[str]:
    values = {
        "pk": objects["occurrence"].pk,
        "occurrence_id": objects["occurrence"].pk,
        "token": objects["token"],
        "partner_token": objects["partner_token"],
        "programme": objects["slug"],
    }
    urls = []
    for route in public_patterns_with_arguments():
        names = PLACEHOLDER.findall(route)
        for lang in ("ro", "en"):
            known = {**values, "page_id": objects["event_ids"][lang]}
            if all(name in known for name in names):
                url = PLACEHOLDER.sub(lambda m, known=known: str(known[m["name"]]), route)
                urls.append("/" + url.format(lang=lang))
    return urls + list(objects["pages"])


def test_the_walk_reaches_the_feeds_the_registrations_and_the_calls(switched_off):
    urls = urls_of(switched_off)
    assert f"/ro/calendar/event/{switched_off['event'].pk}.ics" in urls
    assert f"/ro/register/{switched_off['occurrence'].pk}/" in urls
    assert f"/en/register/manage/{switched_off['token']}/" in urls
    assert f"/ro/register/reserved/{switched_off['partner_token']}/" in urls
    assert f"/ro/calendar/{switched_off['slug']}/feed.ics" in urls


def test_before_switching_off_the_same_urls_answer(switched_off, client):
    """The negative control: the objects are reachable while the programme is on."""
    for url in urls_of(switched_off):
        assert client.get(url).status_code == 200, url


def test_every_public_url_of_a_switched_off_programme_answers_404(switched_off, block, client):
    block(switched_off["slug"])
    wrong = {url: client.get(url).status_code for url in urls_of(switched_off)}
    assert {url: status for url, status in wrong.items() if status != 404} == {}


def test_nothing_is_stored_for_a_switched_off_programme(switched_off, block, client):
    block(switched_off["slug"])
    registrations, applications = Registration.objects.count(), Application.objects.count()
    registration = {"name": "Ion Pop", "email": "ion@example.org", "consent": "on"}
    for url in urls_of(switched_off):
        response = client.post(url, {**registration, **valid_answers()})
        assert response.status_code in (404, 405), (url, response.status_code)
    assert Registration.objects.count() == registrations
    assert Application.objects.count() == applications
    assert Registration.objects.filter(status="cancelled").count() == 0


def test_a_switched_off_programmes_documents_answer_404(db, block, client, settings, tmp_path):
    import io

    from django.core.files.base import ContentFile
    from django.core.management import call_command

    from wagtail.documents.models import Document
    from wagtail.models import GroupCollectionPermission

    from cms.models import ProgrammeTeam

    settings.MEDIA_ROOT = tmp_path
    make_home_pages()
    call_command("setup_teams", stdout=io.StringIO())
    team = ProgrammeTeam.objects.order_by("id").first()
    collection = GroupCollectionPermission.objects.filter(group=team.group).first().collection
    document = Document(title="Regulament", collection=collection)
    document.file.save("regulament.pdf", ContentFile(b"%PDF-1.4 regulament"))
    document.save()
    shared = Document(title="Raport anual")
    shared.file.save("raport.pdf", ContentFile(b"%PDF-1.4 raport"))
    shared.save()
    assert client.get(document.url).status_code == 200

    block(team.programme)
    assert client.get(document.url).status_code == 404
    assert client.get(shared.url).status_code == 200

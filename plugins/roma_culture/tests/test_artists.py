"""Roma artists on the people kit: an artist's page lists their editions and works, an edition
lists its commissioned artists, nobody is shown without recorded consent, and the pages hold
their query budget as artists grow tenfold."""

from __future__ import annotations

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.people.consent import withdraw_consent

pytestmark = pytest.mark.django_db

ARTIST_RO = "/ro/jivipen/artisti/mirela-caldarar/"
ARTIST_EN = "/en/jivipen/artists/mirela-caldarar/"
EDITION_RO = "/ro/jivipen/zilele-culturii-rome/editia-2026/"
INDEX_RO = "/ro/jivipen/artisti/"


def test_an_artists_page_lists_their_editions_works_and_discipline_in_each_language(
    jivipen_demo, client
):
    ro = client.get(ARTIST_RO).content.decode()
    assert "Mirela Căldărar (demo)" in ro and "teatru" in ro
    # Both editions that commissioned her, latest first, linked.
    assert ro.index("Zilele Culturii Rome 2026") < ro.index("Zilele Culturii Rome 2025")
    assert 'href="/ro/jivipen/zilele-culturii-rome/editia-2025/"' in ro
    assert "<cite>Drumul</cite>" in ro
    en = client.get(ARTIST_EN).content.decode()
    assert "Roma Culture Days 2026" in en and "<cite>The Road</cite>" in en
    assert 'href="/en/jivipen/roma-culture-days/edition-2026/"' in en


def test_an_edition_lists_its_commissioned_artists_and_works(jivipen_demo, client):
    html = client.get(EDITION_RO).content.decode()
    assert f'href="{ARTIST_RO}"' in html
    for name in ("Mirela Căldărar (demo)", "Dorin Lăcătuș (demo)", "Ana Rostaș (demo)"):
        assert name in html
    assert "Ionuț Boldea (demo)" not in html  # commissioned by last year's edition only


def test_an_artist_who_withdraws_consent_leaves_every_page(jivipen_demo, client):
    assert client.get(ARTIST_RO).status_code == 200
    withdraw_consent(jivipen_demo.artists["mirela-caldarar"].person)
    assert client.get(ARTIST_RO).status_code == 404
    assert client.get(ARTIST_EN).status_code == 404
    for url in (EDITION_RO, INDEX_RO):
        html = client.get(url).content.decode()
        assert "Mirela Căldărar" not in html, url
        assert "Dorin Lăcătuș (demo)" in html, url


def test_a_profile_cannot_be_saved_for_a_person_without_consent(jivipen_demo):
    from django.core.exceptions import ValidationError

    from cms.people.models import Person
    from plugins.roma_culture.models import JivipenArtistPage

    person = Person.objects.create(name="Fără Consimțământ (demo)", locale=jivipen_demo.ro)
    page = JivipenArtistPage(title="x", slug="x", person=person, locale=jivipen_demo.ro)
    with pytest.raises(ValidationError):
        page.full_clean()


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_artists_pages_hold_their_query_budget_as_artists_grow_tenfold(jivipen_demo, client):
    import dataclasses

    from plugins.roma_culture.demo_artists import ARTISTS, build_artists, build_commissions

    urls = [INDEX_RO, ARTIST_RO, EDITION_RO]
    for url in urls:
        client.get(url)  # warm the caches
    before = {url: count_queries(client, url) for url in urls}
    more = tuple(
        dataclasses.replace(
            artist,
            name=f"Artist {n} (demo)",
            slug=f"artist-{n}",
            commissions=((0, f"Lucrare {n}", f"Work {n}", "", ""),),
        )
        for n in range(54)
        for artist in ARTISTS[:1]
    )
    import plugins.roma_culture.demo_artists as table

    table.ARTISTS = more
    try:
        artists = build_artists(jivipen_demo, jivipen_demo.section)
        # the 2026 edition's commissions: three, then fifty-seven
        from plugins.roma_culture.models import EditionCommission

        EditionCommission.objects.filter(page__year=2026).delete()
        build_commissions(jivipen_demo, {0: jivipen_demo.editions[0]}, artists)
    finally:
        table.ARTISTS = ARTISTS
    after = {url: count_queries(client, url) for url in urls}
    assert after == before
    assert "Artist 53 (demo)" in client.get(EDITION_RO).content.decode()

"""The exhibition "Cunoaște rOmul": an event whose period is its dates, with its works as an
accessible gallery (figures with captions, each image a link to a larger one, responsive
pictures with their sizes), in both languages, in a fixed number of queries."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.translations import copy_in
from plugins.roma_culture.demo_exhibition import WORKS


def english_of(page):
    return copy_in(type(page), page.translation_key, "en", fallback=False)


def figures_of(html: str) -> list:
    return BeautifulSoup(html, "html.parser").select(".exhibition-works figure")


@pytest.mark.parametrize("language", ["ro", "en"])
def test_the_exhibition_shows_its_period_curators_venue_and_all_eight_described_works(
    client, exhibition_demo, language
):
    page = exhibition_demo.exhibition
    if language == "en":
        page = english_of(page)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()

    figures = figures_of(html)
    assert len(figures) == len(WORKS) == 8
    works = list(page.works.order_by("sort_order"))
    for figure, work in zip(figures, works, strict=True):
        assert figure.select_one("img")["alt"] == work.alt_text != ""
        assert figure.figcaption.select_one("cite").get_text() == work.title
    # The period (1–30 April of the demo's year), the curators, the venue, the Romani mark.
    assert '<time datetime="2026-04-01">' in html and '<time datetime="2026-04-30">' in html
    assert "Ramona Dinu (demo)" in html
    assert "Pavilionul ECCA" in html or "ECCA Pavilion" in html
    assert '<span lang="rom">Jivipen</span>' in html
    expected = {"ro": "Sheroes I", "en": "My grandmother, Ruja"}[language]
    assert expected in html


def test_each_work_is_a_figure_whose_larger_image_is_a_named_link(client, exhibition_demo):
    page = english_of(exhibition_demo.exhibition)
    figures = figures_of(client.get(page.url).content.decode())

    for figure, work in zip(figures, page.works.order_by("sort_order"), strict=True):
        link = figure.select_one("a.exhibition-work__image")
        # Reachable by keyboard (a link with an address) and named after the work it enlarges.
        assert link["href"].startswith("/media/images/") and link["href"].endswith(".png")
        assert f"Larger image: {work.title}" in link.get_text()
        # A responsive picture, its size known before it loads (no layout shift).
        picture = link.select_one("picture")
        assert picture.select_one('source[type="image/webp"]')["srcset"].count("w,") == 1
        img = picture.select_one("img")
        assert int(img["width"]) > 0 and int(img["height"]) > 0
        assert img["loading"] == "lazy" and img.get("sizes")
        assert "Demo photo" in figure.figcaption.get_text()


def test_a_work_names_and_links_its_artist_in_the_readers_language(client, exhibition_demo):
    artists = exhibition_demo.artists
    for page, varga in (
        (exhibition_demo.exhibition, artists["loredana-varga"]),
        (english_of(exhibition_demo.exhibition), english_of(artists["loredana-varga"])),
    ):
        figures = figures_of(client.get(page.url).content.decode())
        artist = figures[0].select_one(".exhibition-work__artist a")
        assert artist.get_text() == "Loredana Varga (demo)"
        assert artist["href"] == varga.url
        # A name typed on the work is shown as typed, with no link.
        collective = figures[-1].select_one(".exhibition-work__artist")
        assert collective.get_text() == "Atelierul de fotografie Jivipen (demo)"
        assert collective.select_one("a") is None


def test_an_artist_who_withdrew_consent_is_neither_named_nor_linked(client, exhibition_demo):
    from cms.people.consent import withdraw_consent

    withdraw_consent(exhibition_demo.artists["loredana-varga"].person)

    html = client.get(exhibition_demo.exhibition.url).content.decode()

    assert "Loredana Varga" not in html
    assert len(figures_of(html)) == 8  # the works are still shown


def test_the_query_count_does_not_grow_with_ten_times_the_works(client, exhibition_demo):
    from plugins.roma_culture.models import ExhibitionWork

    page = exhibition_demo.exhibition
    works = list(page.works.order_by("sort_order"))

    def queries() -> int:
        client.get(page.url)  # renditions and caches made once, outside the count
        with CaptureQueriesContext(connection) as captured:
            assert client.get(page.url).status_code == 200
        return len(captured)

    with_eight = queries()
    for copy in range(9):
        for work in works:
            ExhibitionWork.objects.create(
                page=page,
                locale_id=page.locale_id,
                sort_order=100 + copy * 10 + work.sort_order,
                title=f"{work.title} {copy}",
                artist=work.artist,
                artist_name=work.artist_name,
                image=work.image,
                alt_text=work.alt_text,
            )
    html = client.get(page.url).content.decode()
    assert len(figures_of(html)) == 80

    assert queries() == with_eight


def test_a_work_needs_its_image_described_and_its_artist_named(exhibition_demo):
    from plugins.roma_culture.models import ExhibitionWork

    work = exhibition_demo.exhibition.works.first()
    for field, value in (("alt_text", "  "), ("artist_name", "")):
        candidate = ExhibitionWork.objects.get(pk=work.pk)
        setattr(candidate, field, value)
        if field == "artist_name":
            candidate.artist = None
        with pytest.raises(ValidationError) as refused:
            candidate.clean()
        assert field in refused.value.message_dict


def test_the_team_edits_the_exhibition_and_its_works_in_the_admin(
    client, admin_user, exhibition_demo
):
    client.force_login(admin_user)
    page = exhibition_demo.exhibition

    html = client.get(f"/admin/pages/{page.id}/edit/").content.decode()

    assert 'name="works-TOTAL_FORMS" value="8"' in html
    assert "ROMANI" in html  # the introduction offers the Romani mark
    add = client.get(
        f"/admin/pages/add/roma_culture/jivipenexhibitionpage/{exhibition_demo.section.id}/"
    )
    assert add.status_code == 200

"""Artists in residence: the residency links its artist and its school in the reader's language;
the school's page and the artist's profile list it from those links; the network counts it; the
pages keep their query budget as residencies grow tenfold."""

from __future__ import annotations

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.people.models import Person
from cms.translations import in_language
from plugins.schools.models import (
    ArtistsInResidencePage,
    ResidencyPage,
    SchoolArtistPage,
    SchoolNetworkPage,
    SchoolPage,
    SchoolWorkshopPage,
    SummerCampPage,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ("ro", "en")


def page_in(model, slug: str, language: str):
    return model.objects.get(in_language(language), slug=slug)


def html(client, page) -> str:
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_residency_links_its_artist_and_school_in_its_own_language(
    client, schools_demo, language
):
    other = "en" if language == "ro" else "ro"
    residency = page_in(ResidencyPage, "teatru-forum-transilvania", language)
    page = html(client, residency)
    for model, slug in ((SchoolArtistPage, "mihai-szabo"), (SchoolPage, "colegiul-transilvania")):
        assert f'href="{page_in(model, slug, language).url}"' in page
        assert f'href="{page_in(model, slug, other).url}"' not in page
    assert "Mihai Szabó (demo)" in page
    assert residency.project in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_school_page_lists_the_residencies_held_there_and_no_other(
    client, schools_demo, language
):
    page = html(client, page_in(SchoolPage, "iuliu-hatieganu", language))
    held_here = page_in(ResidencyPage, "harta-curtii-scolii", language)
    elsewhere = page_in(ResidencyPage, "teatru-forum-transilvania", language)
    assert f'href="{held_here.url}"' in page
    assert f'href="{page_in(SchoolArtistPage, "ana-bogdan", language).url}"' in page
    assert f'href="{elsewhere.url}"' not in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_artist_profile_lists_their_residencies_with_the_schools(
    client, schools_demo, language
):
    page = html(client, page_in(SchoolArtistPage, "raluca-pop", language))
    assert f'href="{page_in(ResidencyPage, "sunetele-scolii-eugen-pora", language).url}"' in page
    assert f'href="{page_in(SchoolPage, "eugen-pora", language).url}"' in page
    assert f'href="{page_in(ResidencyPage, "harta-curtii-scolii", language).url}"' not in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_index_lists_every_artist_and_every_residency(client, schools_demo, language):
    page = html(client, ArtistsInResidencePage.objects.get(in_language(language)))
    for slug in ("harta-curtii-scolii", "teatru-forum-transilvania", "sunetele-scolii-eugen-pora"):
        assert f'href="{page_in(ResidencyPage, slug, language).url}"' in page
    for slug in ("ana-bogdan", "mihai-szabo", "raluca-pop"):
        assert f'href="{page_in(SchoolArtistPage, slug, language).url}"' in page


def test_an_artist_whose_consent_is_withdrawn_is_no_longer_named_on_the_residency(
    client, schools_demo
):
    residency = page_in(ResidencyPage, "harta-curtii-scolii", "ro")
    assert "Ana Bogdan (demo)" in html(client, residency)
    person = Person.objects.get(in_language("ro"), name="Ana Bogdan (demo)")
    person.publication_consent = False
    person.save()
    page = html(client, residency)
    assert "Ana Bogdan (demo)" not in page
    assert page_in(SchoolArtistPage, "ana-bogdan", "ro").url not in page


def test_the_network_counts_its_residencies_and_artists_from_the_records(schools_demo):
    network = schools_demo.network
    assert network.figures()["residencies"] == 3
    assert network.figures()["artists"] == 3
    english = SchoolNetworkPage.objects.get(in_language("en"))
    assert english.figures()["residencies"] == 3
    page_in(ResidencyPage, "harta-curtii-scolii", "ro").unpublish()
    assert network.figures()["residencies"] == 2
    assert network.figures()["artists"] == 2


def test_a_residency_cannot_end_before_it_starts(schools_demo):
    residency = page_in(ResidencyPage, "harta-curtii-scolii", "ro")
    residency.ends_on = residency.starts_on - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        residency.full_clean()
    assert "ends_on" in refused.value.message_dict


# --- query budget -----------------------------------------------------------------------------


def add_residencies(count: int, prefix: str) -> None:
    """`count` more Romanian residencies, spread over the artists and the schools."""
    index = ArtistsInResidencePage.objects.get(in_language("ro"))
    artists = list(SchoolArtistPage.objects.filter(locale=index.locale))
    schools = list(SchoolPage.objects.filter(locale=index.locale))
    for number in range(count):
        index.refresh_from_db()
        index.add_child(
            instance=ResidencyPage(
                title=f"Rezidența {prefix} {number}",
                slug=f"rezidenta-{prefix}-{number}",
                project=f"Proiectul {prefix} {number}",
                artist=artists[number % len(artists)],
                school=schools[number % len(schools)],
                starts_on=datetime.date(2025, 10, 1),
                ends_on=datetime.date(2026, 2, 1),
                locale=index.locale,
            )
        )


def add_workshops(count: int) -> None:
    """`count` more Romanian workshops, in the schools of the budget pages."""
    from plugins.schools.models import SchoolsSectionPage

    section = SchoolsSectionPage.objects.get(in_language("ro"))
    schools = list(SchoolPage.objects.filter(locale=section.locale))
    for number in range(count):
        section.refresh_from_db()
        section.add_child(
            instance=SchoolWorkshopPage(
                title=f"Atelierul {number}",
                slug=f"atelierul-{number}",
                school=schools[number % len(schools)],
                start_date=datetime.date(2026, 5, 1 + number),
                start_time=datetime.time(16, 0),
                end_time=datetime.time(18, 0),
                locale=section.locale,
            )
        )


def queries_for(client, url: str) -> int:
    client.get(url)  # warm Wagtail's caches (site root paths)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def budget_pages():
    return {
        "index": ArtistsInResidencePage.objects.get(in_language("ro")).url,
        "school": page_in(SchoolPage, "iuliu-hatieganu", "ro").url,
        "artist": page_in(SchoolArtistPage, "ana-bogdan", "ro").url,
        "residency": page_in(ResidencyPage, "harta-curtii-scolii", "ro").url,
        "network": schools_network_url(),
        "camp": SummerCampPage.objects.get(in_language("ro")).url,
        "workshop": page_in(SchoolWorkshopPage, "atelier-harta-curtii", "ro").url,
    }


def schools_network_url() -> str:
    return SchoolNetworkPage.objects.get(in_language("ro")).url


def test_the_pages_cost_the_same_queries_with_ten_times_the_residencies_and_events(
    client, schools_demo
):
    index = ArtistsInResidencePage.objects.get(in_language("ro"))
    small = {name: queries_for(client, url) for name, url in budget_pages().items()}
    add_residencies(27, "mai-multe")
    add_workshops(27)
    assert ResidencyPage.objects.child_of(index).count() == 30  # the demo's 3, tenfold
    large = {name: queries_for(client, url) for name, url in budget_pages().items()}
    assert large == small


def test_a_residencys_photos_are_shown_with_their_descriptions(
    client, schools_demo, settings, tmp_path
):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    settings.MEDIA_ROOT = str(tmp_path)
    image = get_image_model().objects.create(
        title="Harta curții", file=get_test_image_file(size=(800, 600))
    )
    residency = page_in(ResidencyPage, "harta-curtii-scolii", "ro")
    residency.photos = [
        (
            "photo",
            {"image": image, "alt_text": "Elevi desenând harta pe asfalt", "decorative": False},
        )
    ]
    residency.save_revision().publish()
    page = html(client, residency)
    assert 'alt="Elevi desenând harta pe asfalt"' in page
    assert 'loading="lazy"' in page

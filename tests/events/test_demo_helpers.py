"""The events engine's demo helpers take a programme's own venues and audiences, idempotently."""

from __future__ import annotations

import io

import pytest

from cms.demo import DemoBuilder
from cms.events.demo import audience, venue
from cms.events.models import Audience, Venue

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(homes):
    return DemoBuilder(stdout=io.StringIO())


def test_a_programme_adds_its_own_venue_and_audience_in_both_languages(demo):
    ro, en = venue(
        demo,
        "Căminul cultural din Viișoara",
        en_name="Viișoara village hall",
        address="Viișoara, județul Cluj",
        latitude="46.550000",
        longitude="23.900000",
    )
    assert (ro.locale, en.locale) == (demo.ro, demo.en)
    assert en.name == "Viișoara village hall"
    assert en.translation_key == ro.translation_key
    assert str(ro.latitude) == "46.550000"
    young_ro, young_en = audience(demo, "Vârstnici", en_name="Older people")
    assert (young_ro.name, young_en.name) == ("Vârstnici", "Older people")

    # A second run finds them again.
    assert venue(demo, "Căminul cultural din Viișoara") == (ro, en)
    assert audience(demo, "Vârstnici") == (young_ro, young_en)
    assert Venue.objects.count() == 2 and Audience.objects.count() == 2


def test_the_centres_own_venues_need_no_details(demo):
    ro, en = venue(demo, "Pavilionul ECCA")
    assert en.name == "ECCA Pavilion"
    assert ro.address == "Parcul Feroviarilor, Cluj-Napoca"


def test_an_unknown_name_without_english_is_refused_and_nothing_is_created(demo):
    with pytest.raises(ValueError, match="give its en_name"):
        audience(demo, "Pensionari")
    with pytest.raises(ValueError, match="give its en_name"):
        venue(demo, "Sala mare")
    assert not Audience.objects.exists()
    assert not Venue.objects.exists()

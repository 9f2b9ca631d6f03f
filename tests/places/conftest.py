"""A programme's map page with three places, in Romanian and English, on the demo site."""

from __future__ import annotations

from decimal import Decimal

import pytest

from wagtail.models import Locale

from cms.models import ProgrammeSectionPage
from tests.kit_apps.kit_places.models import KitMapPage, KitPlacePage

# (ro title, en title, address, locality, county, latitude, longitude)
PLACES = [
    (
        "Liceul Teoretic „Onisifor Ghibu”",
        "Onisifor Ghibu High School",
        "Str. Onisifor Ghibu 23",
        "Cluj-Napoca",
        "Cluj",
        Decimal("46.772750"),
        Decimal("23.596210"),
    ),
    (
        "Școala de Vară de la Telciu",
        "Telciu Summer School",
        "",
        "Telciu",
        "Bistrița-Năsăud",
        Decimal("47.429900"),
        Decimal("24.401300"),
    ),
    # Not yet located: listed, never on the map.
    ("Casa de Cultură Gherla", "Gherla House of Culture", "", "Gherla", "Cluj", None, None),
]


def section_in(language_code: str) -> ProgrammeSectionPage:
    """A programme section of the demo (whichever comes first)."""
    return (
        ProgrammeSectionPage.objects.filter(locale__language_code=language_code)
        .order_by("path")
        .specific()
        .first()
    )


def dense_places(count: int) -> list[tuple]:
    """`count` schools a few streets apart in Cluj-Napoca: their markers cluster."""
    return [
        (
            f"Școala Gimnazială nr. {n}",
            f"Secondary School No. {n}",
            "",
            "Cluj-Napoca",
            "Cluj",
            Decimal("46.770000") + Decimal(n) / 2000,
            Decimal("23.590000") + Decimal(n) / 2000,
        )
        for n in range(1, count + 1)
    ]


def make_map(
    *, embed_geojson: bool = False, places=PLACES, slugs=("harta-scolilor", "map-of-schools")
) -> dict:
    """The map page and its places in ro, each copied to en (titles translated, facts kept)."""
    ro_section = section_in("ro")
    english = Locale.objects.get(language_code="en")
    ro_map = ro_section.add_child(
        instance=KitMapPage(title="Harta școlilor", slug=slugs[0], embed_geojson=embed_geojson)
    )
    ro_map.save_revision().publish()
    en_map = ro_map.copy_for_translation(english)
    en_map.title, en_map.slug = "Map of schools", slugs[1]
    en_map.save_revision().publish()
    en_map = KitMapPage.objects.get(pk=en_map.pk)  # its url_path, after the new slug
    made = {"ro_map": ro_map, "en_map": en_map, "ro": [], "en": []}
    for ro_title, en_title, address, locality, county, latitude, longitude in places:
        ro_place = ro_map.add_child(
            instance=KitPlacePage(
                title=ro_title,
                address=address,
                locality=locality,
                county=county,
                latitude=latitude,
                longitude=longitude,
            )
        )
        ro_place.save_revision().publish()
        en_place = ro_place.copy_for_translation(english)
        en_place.title = en_title
        en_place.save_revision().publish()
        made["ro"].append(ro_place)
        made["en"].append(KitPlacePage.objects.get(pk=en_place.pk))
    return made


@pytest.fixture
def school_map(demo_site, db):
    return make_map()

"""A directory of schools under one programme's section, in Romanian and English.

The schools are those of the Cluj School Network (Arta în Joacă) named on the centre's pages,
with the network's summer-school village (Telciu) and a commune of România Remarcabilă (Suatu,
no coordinates yet). Built on the throw-away types of tests/kit_apps/kit_directories.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from django.core.cache import cache
from django.utils.text import slugify

from wagtail.models import Locale, Page

from cms.plugin_manager import call_for_programme, enabled_programmes
from cms.programmes import section_page_model_for
from cms.testing import make_home_pages
from tests.kit_apps.kit_directories.models import (
    KitSchoolDirectoryPage,
    KitSchoolPage,
    KitTopic,
)

TOPICS = {
    "theatre": ("Teatru", "Theatre"),
    "art": ("Arte vizuale", "Visual arts"),
    "reading": ("Lectură", "Reading"),
}

CLUJ = ("Cluj-Napoca", "Cluj")


@dataclass(frozen=True)
class School:
    title: str
    en_title: str
    kind: str
    locality: str
    year: int | None
    latitude: str | None
    longitude: str | None
    topics: tuple[str, ...]


SCHOOLS = [
    School("Colegiul Transilvania", "Transilvania College", "school", "Cluj-Napoca", 2019, "46.770900", "23.589700", ("theatre",)),
    School("Liceul Teoretic „Eugen Pora”", "Eugen Pora High School", "school", "Cluj-Napoca", 2019, "46.764800", "23.565500", ("art",)),
    School("Liceul Teoretic „Onisifor Ghibu”", "Onisifor Ghibu High School", "school", "Cluj-Napoca", 2020, "46.762200", "23.555600", ("art", "theatre")),
    School("Colegiul Tehnic „Anghel Saligny”", "Anghel Saligny Technical College", "school", "Cluj-Napoca", 2020, "46.778600", "23.611300", ()),
    School("Școala Gimnazială „Iuliu Hațieganu”", "Iuliu Hațieganu Secondary School", "school", "Cluj-Napoca", 2019, "46.771900", "23.621200", ("reading",)),
    School("Școala „Traian Dârjan”", "Traian Dârjan School", "school", "Cluj-Napoca", 2020, "46.760300", "23.600500", ("theatre",)),
    School("Colegiul Național „Gheorghe Șincai”", "Gheorghe Șincai National College", "school", "Cluj-Napoca", 2021, "46.769000", "23.586200", ("reading",)),
    School("Biblioteca Județeană „Octavian Goga”", "Octavian Goga County Library", "library", "Cluj-Napoca", 2021, "46.771100", "23.594900", ("reading",)),
    School("Școala Gimnazială Telciu", "Telciu Secondary School", "school", "Telciu", 2021, "47.428000", "24.403000", ("art",)),
    School("Căminul cultural Suatu", "Suatu Cultural Hall", "library", "Suatu", None, None, None, ("reading",)),
]  # fmt: skip


@dataclass
class Tree:
    home: Page
    home_en: Page
    programme: str
    other_programme: str
    section: Page
    other_section: Page


def _sections(homes) -> Tree:
    home, home_en = homes
    with_teams = [p for p in enabled_programmes() if call_for_programme(p, "programme_team")]
    assert len(with_teams) >= 2, "the ownership tests need two programmes with teams"
    first, second = with_teams[:2]
    sections = []
    for position, programme in enumerate((first, second)):
        model = section_page_model_for(programme)
        sections.append(
            home.add_child(
                instance=model(title=programme.info.name_in("ro"), slug=f"sectiune-{position}")
            )
        )
    return Tree(home, home_en, first.slug, second.slug, *sections)


@pytest.fixture
def tree(db) -> Tree:
    cache.clear()  # Wagtail caches site root paths
    return _sections(make_home_pages())


def topics() -> dict[str, KitTopic]:
    return {
        key: KitTopic.objects.create(name=ro, locale=Locale.objects.get(language_code="ro"))
        for key, (ro, _en) in TOPICS.items()
    }


def add_school(directory, school: School, topic_objects: dict, *, publish: bool = True):
    page = KitSchoolPage(
        title=school.title,
        slug=None,
        kind=school.kind,
        locality=school.locality,
        county="Cluj" if school.locality != "Telciu" else "Bistrița-Năsăud",
        year_joined=school.year,
        latitude=Decimal(school.latitude) if school.latitude else None,
        longitude=Decimal(school.longitude) if school.longitude else None,
        website=f"https://{slugify(school.title)}.example.ro/",
        contact_email="director@scoala.example.ro",
        intro="O școală a Rețelei școlilor din Cluj.",
    )
    page.slug = slugify(school.title)[:50] or "intrare"
    directory.add_child(instance=page)
    page.topics.set([topic_objects[key] for key in school.topics])
    if publish:
        page.save_revision().publish()
    return page


@pytest.fixture
def directory(tree) -> KitSchoolDirectoryPage:
    return build_directory(tree)


def build_directory(tree: Tree) -> KitSchoolDirectoryPage:
    directory = tree.section.add_child(
        instance=KitSchoolDirectoryPage(
            title="Rețeaua școlilor din Cluj",
            slug="scoli",
            intro="Școlile în care artiștii Arta în Joacă lucrează cu copiii.",
        )
    )
    directory.save_revision().publish()
    objects = topics()
    for school in SCHOOLS:
        add_school(directory, school, objects)
    directory.refresh_from_db()
    return directory


@pytest.fixture
def english(tree, directory):
    """The English section, directory, topics and schools (copy_for_translation, published)."""
    en = Locale.objects.get(language_code="en")
    section_en = tree.section.copy_for_translation(en)
    section_en.save_revision().publish()
    directory_en = directory.copy_for_translation(en)
    directory_en.title = "The Cluj school network"
    directory_en.slug = "schools"
    directory_en.save_revision().publish()
    for topic in KitTopic.objects.filter(locale__language_code="ro"):
        english_name = dict(TOPICS.values())[topic.name]
        copy = topic.copy_for_translation(en)
        copy.name = english_name
        copy.save()
    by_title = {school.title: school for school in SCHOOLS}
    for entry in KitSchoolPage.objects.child_of(directory):
        copy = entry.copy_for_translation(en)
        copy.title = by_title[entry.title].en_title
        copy.intro = "A school of the Cluj school network."
        copy.save_revision().publish()
    cache.clear()
    return KitSchoolDirectoryPage.objects.get(pk=directory_en.pk)

"""The libraries kit's tests: throw-away page types (tests/kit_apps/kit_libraries) in two
programmes' sections, in Romanian and English. Titles after the academy's and the hubs' real
toolkits and podcasts; people's names are invented."""

from __future__ import annotations

import datetime
import itertools

import pytest

from django.core.files.base import ContentFile
from django.utils import translation

from wagtail.models import Locale

from cms.testing import make_home_pages
from tests.people.conftest import make_section, publish, translate_page

_slugs = itertools.count()

__all__ = ["make_section", "publish", "translate_page"]


@pytest.fixture(autouse=True)
def romanian_by_default():
    with translation.override("ro"):
        yield


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def homes(db):
    return make_home_pages()


@pytest.fixture
def programmes():
    from cms.plugin_manager import enabled_programmes

    enabled = list(enabled_programmes())
    assert len(enabled) >= 2, "the libraries tests need two programmes"
    return enabled[:2]


@pytest.fixture
def sections(homes, programmes):
    return [make_section(homes[0], programme) for programme in programmes]


def make_document(name: str, title: str):
    from wagtail.documents import get_document_model

    return get_document_model().objects.create(
        title=title, file=ContentFile(b"ID3\x03\x00demo", name=name)
    )


def make_topic(name: str, slug: str, en_name: str | None = None):
    from cms.libraries.models import Topic

    topic = Topic.objects.create(
        name=name, slug=slug, locale=Locale.objects.get(language_code="ro")
    )
    if en_name:
        english = topic.copy_for_translation(Locale.objects.get(language_code="en"))
        english.name = en_name
        english.save()
    return topic


def make_library(parent, title="Resurse", **fields):
    from tests.kit_apps.kit_libraries.models import KitLibraryIndexPage

    index = parent.add_child(
        instance=KitLibraryIndexPage(title=title, slug=f"resurse-{next(_slugs)}", **fields)
    )
    return publish(index)


def make_resource(
    index, title="Trusa de instrumente pentru huburi creative", *, topics=(), **fields
):
    from cms.libraries.models import ResourceKind
    from tests.kit_apps.kit_libraries.models import KitResourcePage

    fields.setdefault("kind", ResourceKind.TOOLKIT)
    fields.setdefault("intro", "Instrumente practice pentru echipele care conduc un hub.")
    page = KitResourcePage(title=title, slug=f"resursa-{next(_slugs)}", **fields)
    index.add_child(instance=page)
    if topics:
        page.topics.set(topics)
    return publish(page)


def make_podcast(index, audio, **fields):
    from cms.libraries.models import ResourceKind

    return make_resource(
        index,
        "Cultura ca serviciu public — episodul 3",
        kind=ResourceKind.PODCAST_EPISODE,
        intro="O discuție despre Forumul de Mediere Culturală.",
        audio=audio,
        audio_duration=datetime.timedelta(minutes=42, seconds=30),
        transcript="<p>Bun venit la Academia Schimbării. Astăzi vorbim despre mediere.</p>",
        **fields,
    )

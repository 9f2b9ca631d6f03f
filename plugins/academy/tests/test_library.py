"""The Academy's resource library (the libraries kit): it narrows by kind and by topic in
either language, a podcast episode plays its demo audio and shows its transcript in both
languages, and the library costs the same queries with ten times the resources. The directory
contract itself runs on it through `test_contract.py` (`ProgrammePagesContractTests`)."""

from __future__ import annotations

import wave

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.directories.contract import listed_paths
from cms.libraries.models import Topic
from cms.translations import copy_in, in_language
from plugins.academy.models import AcademyLibraryPage, AcademyResourcePage

pytestmark = pytest.mark.django_db

LANGUAGES = ("ro", "en")


def library_in(language: str) -> AcademyLibraryPage:
    return AcademyLibraryPage.objects.get(in_language(language))


def resources_in(language: str):
    return AcademyResourcePage.objects.live().filter(in_language(language))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_library_narrows_to_one_kind(client, academy_demo, language):
    library = library_in(language)
    podcasts = {page.url for page in resources_in(language).filter(kind="podcast_episode")}
    everything = set(listed_paths(library, client))

    listed = listed_paths(library, client, "kind=podcast_episode")

    assert podcasts and set(listed) == podcasts and len(listed) == len(podcasts)
    assert everything > podcasts, "the demo has other kinds too"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_library_narrows_to_one_topic_named_in_either_language(client, academy_demo, language):
    library = library_in(language)
    romanian_topic = Topic.objects.get(in_language("ro"), slug="leadership")
    tagged = {
        page.url
        for page in resources_in(language).filter(
            topics__translation_key=romanian_topic.translation_key
        )
    }
    untagged = set(listed_paths(library, client)) - tagged
    assert tagged and untagged, "the demo tags some resources with Leadership, not all"

    for topic in Topic.objects.filter(translation_key=romanian_topic.translation_key):
        assert set(listed_paths(library, client, f"topics={topic.pk}")) == tagged


def test_a_podcast_episode_plays_its_audio_and_shows_its_transcript_in_both_languages(
    client, academy_demo
):
    episode = resources_in("ro").get(slug="podcast-cultura-serviciu-public")
    english = copy_in(AcademyResourcePage, episode.translation_key, "en", fallback=False)
    assert english.slug == "podcast-culture-as-a-public-service"

    with episode.audio.open_file() as opened, wave.open(opened, "rb") as audio:
        seconds = audio.getnframes() / audio.getframerate()
    assert episode.audio_duration.total_seconds() == round(seconds) > 0

    pages = {
        language: client.get(page.url) for language, page in (("ro", episode), ("en", english))
    }
    for response in pages.values():
        assert response.status_code == 200
        html = response.content.decode()
        assert '<audio controls preload="metadata"' in html
        assert f'<source src="{episode.audio.url}" type="audio/wav">' in html
    ro_html, en_html = (pages[language].content.decode() for language in LANGUAGES)
    assert "Transcriere" in ro_html and "Episod de podcast" in ro_html
    assert "cultura ca serviciu public, cu Dan Moldovan" in ro_html
    assert "Transcript" in en_html and "Podcast episode" in en_html
    assert "culture as a public service with Dan Moldovan" in en_html
    assert "cu Dan Moldovan" not in en_html


def queries_for(client, url: str) -> int:
    client.get(url)  # warm Wagtail's caches (site root paths)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_library_costs_the_same_queries_with_ten_times_the_resources(client, academy_demo):
    library = library_in("ro")
    existing = list(resources_in("ro"))
    topics = list(Topic.objects.filter(in_language("ro")))
    small = queries_for(client, library.url)

    for number in range(len(existing) * 9):
        library.refresh_from_db()
        like = existing[number % len(existing)]
        page = AcademyResourcePage(
            title=f"Resursa {number}",
            slug=f"resursa-{number}",
            kind=like.kind,
            intro="O resursă în plus.",
            audio=like.audio,
            audio_duration=like.audio_duration,
            transcript=like.transcript,
            locale=library.locale,
        )
        library.add_child(instance=page)
        page.topics.set(topics[: 1 + number % len(topics)])
        page.save_revision().publish()

    assert resources_in("ro").child_of(library).count() == len(existing) * 10
    assert queries_for(client, library.url) == small

"""The libraries kit: resources with files, audio and transcripts, topics, filters, search."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Locale

from cms.libraries.models import LibraryScope, ResourceKind
from cms.site_urls import absolute_url

from .conftest import (
    make_document,
    make_library,
    make_podcast,
    make_resource,
    make_topic,
    translate_page,
)


def json_ld(html: str) -> list[dict]:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(text) for text in found]


@pytest.fixture
def library(sections):
    return make_library(sections[0])


@pytest.fixture
def podcast(library):
    leadership = make_topic("Leadership", "leadership", en_name="Leadership")
    audio = make_document("episodul-3.mp3", "Episodul 3")
    guide = make_document("ghid-mediere.pdf", "Ghid de mediere culturală")
    return make_podcast(
        library,
        audio,
        topics=[leadership],
        files=[("document", guide)],
        links=[
            ("link", {"url": "https://example.org/podcast/3", "label": "Pe platforma podcastului"})
        ],
    )


def english_tree(*pages):
    """The English copies of `pages` (parents first), through wagtail-localize."""
    return [translate_page(page) for page in pages]


def test_a_podcast_episode_renders_in_romanian_and_english_with_player_and_transcript(
    client, sections, library, podcast
):
    *_parents, podcast_en = english_tree(sections[0], library, podcast)

    ro_html = client.get(podcast.url).content.decode()
    en_html = client.get(podcast_en.url).content.decode()

    for html, language in ((ro_html, "ro"), (en_html, "en")):
        assert f'<html lang="{language}">' in html
        assert '<audio controls preload="metadata"' in html
        assert f'<source src="{podcast.audio.url}" type="audio/mpeg">' in html
        assert "Bun venit la Academia Schimbării" in html  # the transcript, on the page
        assert 'datetime="PT42M30S"' in html
        assert "Ghid de mediere culturală" in html
        assert 'href="https://example.org/podcast/3"' in html
    assert "Transcript" in en_html and "Podcast episode" in en_html and "Leadership" in en_html
    assert "Transcriere" in ro_html and "Episod de podcast" in ro_html
    assert "42 de minute 30 de secunde" in ro_html and "42 minutes 30 seconds" in en_html
    # The way back to its library (the directory it is an entry of).
    assert f'<p class="breadcrumb"><a href="{library.url}">{library.title}</a></p>' in ro_html


def test_translation_keeps_the_synchronised_fields(sections, library, podcast):
    *_parents, podcast_en = english_tree(sections[0], library, podcast)

    assert podcast_en.kind == ResourceKind.PODCAST_EPISODE
    assert podcast_en.audio_id == podcast.audio_id
    assert podcast_en.audio_duration == podcast.audio_duration
    assert [b.value.pk for b in podcast_en.files] == [b.value.pk for b in podcast.files]
    assert {t.translation_key for t in podcast_en.topics.all()} == {
        t.translation_key for t in podcast.topics.all()
    }
    assert podcast_en.programme == podcast.programme == sections[0].programme


def test_the_json_ld_is_a_podcast_episode_or_a_creative_work(client, library, podcast):
    (episode,) = json_ld(client.get(podcast.url).content.decode())
    assert episode["@type"] == "PodcastEpisode"
    assert episode["name"] == podcast.title
    assert episode["duration"] == "PT42M30S"
    assert episode["audio"]["@type"] == "AudioObject"
    assert episode["audio"]["encodingFormat"] == "audio/mpeg"
    assert episode["audio"]["contentUrl"].endswith(podcast.audio.url)
    assert episode["associatedMedia"][0]["name"] == "Ghid de mediere culturală"
    assert episode["keywords"] == "Leadership"
    assert episode["sameAs"] == ["https://example.org/podcast/3"]

    toolkit = make_resource(library)
    (work,) = json_ld(client.get(toolkit.url).content.decode())
    assert work["@type"] == "CreativeWork"
    assert work["genre"] == "Trusă de instrumente"


def test_filters_by_kind_topic_and_programme_narrow_the_list(client, homes, sections):
    leadership = make_topic("Leadership", "leadership")
    education = make_topic("Educație prin arte", "educatie-prin-arte")
    first, second = (make_library(section) for section in sections)
    make_resource(first, "Trusa pentru lideri culturali", topics=[leadership])
    make_resource(
        first, "Ghidul profesorului Pre-Texts", kind=ResourceKind.GUIDE, topics=[education]
    )
    make_resource(second, "Studiu de caz: CLTP Hub", kind=ResourceKind.CASE_STUDY)
    everything = make_library(homes[0], "Toate resursele", scope=LibraryScope.SITE)

    def titles(page, **query):
        response = client.get(page.url, query)
        assert response.status_code == 200
        html = response.content.decode()
        return {
            title
            for title in (
                "Trusa pentru lideri culturali",
                "Ghidul profesorului Pre-Texts",
                "Studiu de caz: CLTP Hub",
            )
            if f">{title}</a>" in html
        }

    assert len(titles(everything)) == 3
    assert titles(first) == {"Trusa pentru lideri culturali", "Ghidul profesorului Pre-Texts"}
    assert titles(everything, kind="guide") == {"Ghidul profesorului Pre-Texts"}
    assert titles(everything, topics=leadership.pk) == {"Trusa pentru lideri culturali"}
    assert titles(everything, programme=sections[1].programme) == {"Studiu de caz: CLTP Hub"}
    assert titles(everything, programme=sections[0].programme, kind="case_study") == set()
    # The programme choice is offered where every programme's resources are listed; one
    # programme's library ignores the parameter.
    assert 'name="programme"' not in client.get(first.url).content.decode()
    assert titles(first, programme=sections[1].programme) == titles(first)
    site_html = client.get(everything.url).content.decode()
    assert '<select id="directory-programme" name="programme">' in site_html
    assert f'<option value="{sections[1].programme}">' in site_html
    assert client.get(everything.url, {"programme": "nu-exista"}).status_code == 400


def test_the_english_library_lists_the_english_resources_by_the_same_topic(client, homes, sections):
    leadership = make_topic("Conducere", "leadership", en_name="Leadership")
    library = make_library(sections[0])
    toolkit = make_resource(library, "Trusa pentru lideri culturali", topics=[leadership])
    make_resource(library, "Ghidul profesorului Pre-Texts", kind=ResourceKind.GUIDE)
    *_parents, library_en, toolkit_en = english_tree(sections[0], library, toolkit)
    toolkit_en.title = "A toolkit for cultural leaders"
    toolkit_en.save_revision().publish()
    english_topic = leadership.get_translation(Locale.objects.get(language_code="en"))

    response = client.get(library_en.url, {"topics": english_topic.pk})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert ">A toolkit for cultural leaders</a>" in html
    assert "Trusa pentru lideri culturali" not in html
    assert "Leadership (1)" in html  # the topic named and counted in English


def test_the_exports_hold_the_public_fields_only(client, library, podcast):
    response = client.get(library.url + "export.json")
    assert response.status_code == 200
    (row,) = json.loads(response.content)
    assert set(row) == {"title", "url", "kind", "topics", "links"}
    assert row["kind"] == "Episod de podcast"
    assert row["topics"] == ["Leadership"]
    assert row["links"] == ["https://example.org/podcast/3"]
    csv_text = client.get(library.url + "export.csv").content.decode("utf-8-sig")
    assert csv_text.splitlines()[0] == "title,url,kind,topics,links"
    assert "Bun venit" not in csv_text  # the transcript is not an export field


def test_an_unknown_filter_value_is_a_400_with_the_problem_named(client, library):
    make_resource(library)
    response = client.get(library.url, {"kind": "<script>", "page": "x"})
    html = response.content.decode()
    assert response.status_code == 400
    assert 'class="error-summary"' in html
    assert 'href="#directory-kind"' in html
    assert "<script>" not in html.split("</header>", 1)[1]


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_library_costs_the_same_queries_for_few_and_many_resources(client, sections):
    topics = [make_topic(f"Tema {n}", f"tema-{n}") for n in range(3)]
    few, many = make_library(sections[0]), make_library(sections[1])
    for index, count in ((few, 2), (many, 40)):
        for number in range(count):
            make_resource(index, f"Resursa {number:02d}", topics=topics)
    for page in (few, many):
        _queries(client, page.url)  # the site's caches filled once

    assert _queries(client, many.url) == _queries(client, few.url)
    assert _queries(client, many.url) <= 25
    # one page of 20
    assert client.get(many.url).content.decode().count('class="directory-entry"') == 20


def test_search_finds_a_resource_with_its_kind(client, library, podcast):
    from cms.search.models import SearchDocument

    document = SearchDocument.objects.get(page_id=podcast.pk)
    assert document.type_key == "resource_podcast_episode"
    assert document.programme == podcast.programme
    html = client.get(reverse("cms:search"), {"q": "mediere"}).content.decode()
    assert podcast.url in html
    assert "Episod de podcast" in html


def test_resources_are_in_the_sitemap_with_both_alternates(client, sections, library, podcast):
    *_parents, podcast_en = english_tree(sections[0], library, podcast)
    namespaces = {
        "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
        "x": "http://www.w3.org/1999/xhtml",
    }
    root = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 (our own output)
    alternates = {
        url.findtext("s:loc", namespaces=namespaces): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", namespaces)
        }
        for url in root.findall("s:url", namespaces)
    }
    assert alternates[absolute_url(podcast.url)] == {
        "ro": absolute_url(podcast.url),
        "en": absolute_url(podcast_en.url),
    }


def test_a_programme_team_edits_its_own_library_and_no_other_teams(sections, programmes):
    from io import StringIO

    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from cms.models import ProgrammeTeam

    call_command("setup_teams", stdout=StringIO())
    teams = {team.programme: team.group for team in ProgrammeTeam.objects.all()}
    if not all(programme.slug in teams for programme in programmes):
        pytest.skip("these programmes have no team of their own")
    resources = [make_resource(make_library(section)) for section in sections]
    member = get_user_model().objects.create_user("membru-biblioteca")
    member.groups.add(teams[programmes[0].slug])

    assert resources[0].programme == programmes[0].slug
    assert resources[0].permissions_for_user(member).can_edit()
    assert not resources[1].permissions_for_user(member).can_edit()


def test_audio_must_be_an_audio_file_with_a_transcript(library):
    from tests.kit_apps.kit_libraries.models import KitResourcePage

    page = KitResourcePage(
        title="Episod",
        slug="episod",
        kind=ResourceKind.PODCAST_EPISODE,
        audio=make_document("prezentare.pdf", "Prezentare"),
        locale=Locale.objects.get(language_code="ro"),
    )
    with pytest.raises(ValidationError) as refusal:
        page.clean()
    assert set(refusal.value.message_dict) == {"audio", "transcript"}

    no_audio = KitResourcePage(title="Episod", slug="episod", kind=ResourceKind.PODCAST_EPISODE)
    with pytest.raises(ValidationError) as refusal:
        no_audio.clean()
    assert set(refusal.value.message_dict) == {"audio"}


def test_an_external_link_must_be_http_or_https(library):
    from wagtail.blocks import StreamBlockValidationError

    from tests.kit_apps.kit_libraries.models import KitResourcePage

    block = KitResourcePage._meta.get_field("links").stream_block
    with pytest.raises((ValidationError, StreamBlockValidationError)):
        block.clean(block.to_python([{"type": "link", "value": {"url": "javascript:alert(1)"}}]))


def test_a_resource_page_costs_a_bounded_number_of_queries(
    client, podcast, django_assert_max_num_queries
):
    client.get(podcast.url)  # the site's caches (root paths, settings) filled once
    # Routing and the base template take about 15 of these, the page itself a handful.
    with django_assert_max_num_queries(24):
        assert client.get(podcast.url).status_code == 200

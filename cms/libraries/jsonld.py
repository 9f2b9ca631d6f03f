"""schema.org `CreativeWork` / `PodcastEpisode` for a resource page, in its language."""

from __future__ import annotations

from django.utils.translation import get_language

from cms.libraries.models import iso_duration
from cms.plugin_manager import programme_name
from cms.site_urls import absolute_url
from cms.translations import default_language


def resource_json_ld(page, topics, request) -> dict:
    url = absolute_url(page.get_url(request))
    data = {
        "@context": "https://schema.org",
        "@type": page.schema_type,
        "name": page.title,
        "url": url,
        "inLanguage": page.locale.language_code,
        "genre": str(page.get_kind_display()),
    }
    if page.intro:
        data["description"] = page.intro
    if topics:
        data["keywords"] = ", ".join(topic.name for topic in topics)
    documents = [block.value for block in page.files if block.value is not None]
    if documents:
        data["associatedMedia"] = [
            {
                "@type": "MediaObject",
                "name": document.title,
                "contentUrl": absolute_url(document.url),
            }
            for document in documents
        ]
    if page.audio_id:
        audio = {
            "@type": "AudioObject",
            "contentUrl": absolute_url(page.audio.url),
            "encodingFormat": page.audio_type,
        }
        if page.audio_duration:
            audio["duration"] = iso_duration(page.audio_duration)
            if page.schema_type == "PodcastEpisode":
                data["duration"] = audio["duration"]
        data["audio"] = audio
    links = [block.value["url"] for block in page.links]
    if links:
        data["sameAs"] = links
    publisher = programme_name(page.programme, get_language() or default_language())
    if publisher:
        data["publisher"] = {"@type": "Organization", "name": publisher}
    return data

"""schema.org `Person` for a profile page, in the page's language."""

from __future__ import annotations

from django.utils.translation import get_language

from cms.json_ld import json_ld_script
from cms.plugin_manager import programme_name
from cms.site_urls import absolute_url
from cms.translations import default_language


def person_json_ld(page, person, request) -> dict:
    url = absolute_url(page.get_url(request))
    data = {
        "@context": "https://schema.org",
        "@type": page.schema_type,
        "name": person.name,
        "url": url,
    }
    if page.role:
        data["jobTitle"] = page.role
    if person.bio:
        data["description"] = person.bio
    if person.photo_id and request is not None:
        rendition = person.photo.get_rendition("fill-600x600")
        data["image"] = absolute_url(rendition.url)
    links = [block.value["url"] for block in person.links if block.block_type == "link"]
    if links:
        data["sameAs"] = links
    if person.languages_spoken:
        data["knowsLanguage"] = list(person.languages_spoken)
    programme = programme_name(page.programme, get_language() or default_language())
    if programme:
        data["memberOf"] = {"@type": "Organization", "name": programme}
    return data


def profile_json_ld(page, person, request):
    return json_ld_script(person_json_ld(page, person, request))

"""A resource's topics in the language it is shown in, for many pages in one query."""

from __future__ import annotations

from cms.libraries.models import Topic
from cms.translations import copies_in


def topics_in(pages, locale_id) -> dict:
    """{page pk: its topics in `locale_id` (else the governing copy), by name}.

    Reads each page's `topics` (prefetch them for a listing), then one query for the copies.
    """
    keys_by_page = {
        page.pk: [topic.translation_key for topic in page.topics.all()] for page in pages
    }
    wanted = {key for keys in keys_by_page.values() for key in keys}
    copies = copies_in(Topic, wanted, locale_id) if wanted else {}
    return {
        pk: sorted((copies[key] for key in keys if key in copies), key=lambda t: t.name.casefold())
        for pk, keys in keys_by_page.items()
    }

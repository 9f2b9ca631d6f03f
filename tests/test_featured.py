"""The item editors pin on the home page or a section (`cms.featured`): shown first, in the
reader's language, only while it is live and public, at a fixed cost in queries."""

from __future__ import annotations

import pytest

from wagtail.models import Page, PageViewRestriction

from cms.events.models import EventPage
from cms.models import HomePage, ProgrammeSectionPage
from cms.translations import in_language

pytestmark = pytest.mark.django_db


def featured_block(html: str) -> str | None:
    if 'class="featured"' not in html:
        return None
    start = html.index('class="featured"')
    return html[start : html.index("</section>", start)]


def pin(owner_ro, page, note_ro="", note_en=""):
    """Pin `page` on the Romanian page and its English copy, as an editor and a translator do."""
    owner_en = owner_ro.get_translation(in_language_locale("en")).specific
    for owner, note in ((owner_ro, note_ro), (owner_en, note_en)):
        owner.featured_page = page
        owner.featured_note = note
        owner.save_revision().publish()


def in_language_locale(language):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=language)


def a_live_event(language="ro") -> EventPage:
    return EventPage.objects.live().filter(in_language(language)).order_by("path").first()


def test_the_demo_home_features_an_event_with_its_poster_in_both_languages(client, demo_site):
    for language in ("ro", "en"):
        block = featured_block(client.get(f"/{language}/").content.decode())
        assert block is not None, language
        assert "<picture>" in block and 'alt=""' not in block
    ro = featured_block(client.get("/ro/").content.decode())
    assert "Recomandat" in ro and "Următorul eveniment din agenda Centrului" in ro
    en = featured_block(client.get("/en/").content.decode())
    assert "Featured" in en and "Next on the centre&#x27;s agenda" in en


def test_each_language_links_its_own_copy_of_the_pinned_page(client, demo_site):
    home = HomePage.objects.get(in_language("ro"))
    event = a_live_event("ro")
    english = event.get_translation(in_language_locale("en"))
    pin(home, event, "De văzut", "Not to miss")
    ro = featured_block(client.get("/ro/").content.decode())
    en = featured_block(client.get("/en/").content.decode())
    assert f'href="{event.url}"' in ro and "De văzut" in ro
    assert f'href="{english.url}"' in en and "Not to miss" in en
    assert event.title in ro and english.title in en


def test_without_a_note_the_pinned_pages_own_summary_is_shown(client, demo_site):
    home = HomePage.objects.get(in_language("ro"))
    event = EventPage.objects.live().filter(in_language("ro")).exclude(summary="").first()
    pin(home, event)
    assert event.summary.split()[0] in featured_block(client.get("/ro/").content.decode())


def test_an_unpublished_private_or_untranslated_pinned_page_is_not_shown(client, demo_site):
    home = HomePage.objects.get(in_language("ro"))
    event = a_live_event("ro")
    english = event.get_translation(in_language_locale("en"))
    pin(home, event, "x", "x")
    english.unpublish()
    assert featured_block(client.get("/ro/").content.decode()) is not None
    assert featured_block(client.get("/en/").content.decode()) is None  # no Romanian text there
    PageViewRestriction.objects.create(page=event, restriction_type="login")
    assert featured_block(client.get("/ro/").content.decode()) is None
    Page.objects.get(pk=event.pk).specific.unpublish()
    assert featured_block(client.get("/ro/").content.decode()) is None


def test_a_section_features_a_page_of_its_own_choosing(client, demo_site):
    section = ProgrammeSectionPage.objects.get(in_language("ro"), programme="heritage").specific
    call = (
        Page.objects.live().filter(in_language("ro")).descendant_of(section).type(EventPage).first()
    )
    pin(section, call, "Vino la Bonțida", "Come to Bonțida")
    block = featured_block(client.get(section.url).content.decode())
    assert f'href="{call.url}"' in block and "Vino la Bonțida" in block


def test_the_featured_item_costs_the_same_queries_whatever_is_pinned(client, demo_site):
    """A page with a picture and one without: the item is a fixed handful of queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    home = HomePage.objects.get(in_language("ro"))
    counts = []
    for page in (a_live_event("ro"), Page.objects.get(url_path="/acasa/despre/")):
        pin(home, page)
        client.get("/ro/")  # renditions made once, as the first visitor would
        with CaptureQueriesContext(connection) as queries:
            client.get("/ro/")
        counts.append(len(queries))
    assert counts[0] - counts[1] <= 2  # the picture: its image and its renditions

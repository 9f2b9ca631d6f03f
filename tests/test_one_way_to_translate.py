"""`cms.translations`: which copy of a translated page or snippet the engine uses, and its clock."""

from __future__ import annotations

import datetime

import pytest

from django.utils import timezone

from wagtail.models import Locale

from cms import translations
from cms.models import ContentPage
from cms.testing import make_home_pages
from cms.translations import (
    TIME_ZONE,
    copies_in,
    copy_in,
    default_language,
    governing_copies,
    governing_copy,
    in_language,
    local_now,
)


@pytest.fixture
def page_and_draft_translation(db):
    """A live Romanian page and its English translation left as a draft."""
    ro_home, en_home = make_home_pages()
    ro = ro_home.add_child(instance=ContentPage(title="Despre", slug="despre"))
    ro.save_revision().publish()
    en = ro.copy_for_translation(en_home.locale)  # wagtail-localize's way: a draft
    en.title = "About"
    en.save_revision()
    en.refresh_from_db()
    assert not en.live
    return ContentPage.objects.get(pk=ro.pk), ContentPage.objects.get(pk=en.pk)


def test_the_time_zone_is_the_sites_and_now_is_read_in_it(settings):
    assert TIME_ZONE.key == settings.TIME_ZONE == "Europe/Bucharest"
    assert local_now().tzinfo is TIME_ZONE
    assert abs(local_now() - timezone.now()) < datetime.timedelta(seconds=5)


def test_the_default_language_is_the_settings_one(settings):
    assert default_language() == "ro"
    settings.LANGUAGE_CODE = "en"
    assert default_language() == "en"


def test_a_draft_translation_is_never_the_live_copy_in_its_language(page_and_draft_translation):
    ro, en = page_and_draft_translation
    assert copy_in(ContentPage, ro.translation_key, "en") == ro  # falls back to the governing
    assert copy_in(ContentPage, ro.translation_key, "en", fallback=False) is None
    assert copy_in(ContentPage, ro.translation_key, "en", live=False) == en


def test_the_governing_copy_is_the_default_languages_and_falls_back_only_when_asked(
    page_and_draft_translation,
):
    ro, en = page_and_draft_translation
    en.save_revision().publish()
    assert governing_copy(ContentPage, ro.translation_key) == ro
    ro.unpublish()
    assert governing_copy(ContentPage, ro.translation_key, fallback=False) is None
    assert governing_copy(ContentPage, ro.translation_key) == en
    assert governing_copy(ContentPage, ro.translation_key, live=False, fallback=False) == ro


def test_a_language_may_be_a_code_a_locale_or_a_locale_id(page_and_draft_translation):
    ro, en = page_and_draft_translation
    english = Locale.objects.get(language_code="en")
    for language in ("en", english, english.pk):
        assert copy_in(ContentPage, ro.translation_key, language, live=False) == en
    assert set(ContentPage.objects.filter(in_language(english))) == {en}


def test_a_queryset_narrows_the_copies_and_a_subquery_may_name_the_object(
    page_and_draft_translation,
):
    ro, en = page_and_draft_translation
    en.save_revision().publish()
    key = ContentPage.objects.filter(pk=en.pk).values("translation_key")
    assert copy_in(ContentPage, key, "en") == en
    assert copy_in(ContentPage.objects.exclude(pk=en.pk), ro.translation_key, "en") == ro


def test_snippets_without_draft_state_fall_back_to_the_default_languages_copy(db):
    from cms.events.models import Venue

    make_home_pages()
    ro_locale = Locale.objects.get(language_code="ro")
    en_locale = Locale.objects.get(language_code="en")
    hub = Venue.objects.create(name="Hub-ul", locale=ro_locale)
    hub_en = hub.copy_for_translation(en_locale)
    hub_en.name = "The Hub"
    hub_en.save()
    qub = Venue.objects.create(name="Qub", locale=ro_locale)  # never translated

    assert copy_in(Venue, hub.translation_key, "en") == hub_en
    assert copies_in(Venue, [hub.translation_key, qub.translation_key], "en") == {
        hub.translation_key: hub_en,
        qub.translation_key: qub,
    }
    assert copies_in(Venue, [hub.translation_key, qub.translation_key], "en", fallback=False) == {
        hub.translation_key: hub_en
    }
    assert governing_copies(Venue, [hub.translation_key]) == {hub.translation_key: hub}


def test_batch_lookups_take_one_query(page_and_draft_translation, django_assert_num_queries):
    ro, _en = page_and_draft_translation
    with django_assert_num_queries(1):
        assert governing_copies(ContentPage, [ro.translation_key]) == {ro.translation_key: ro}
    with django_assert_num_queries(1):
        assert copies_in(ContentPage, [ro.translation_key], "en") == {ro.translation_key: ro}


def test_the_hand_written_lookups_and_zones_are_gone():
    """The old copies are deleted, so no caller keeps a second definition alive."""
    from cms.events import calendar, materialise, models
    from cms.opencalls import forms
    from cms.opencalls.models import pages

    assert not hasattr(models, "EVENTS_TIME_ZONE")
    assert not hasattr(models, "default_language_first")
    assert not hasattr(materialise, "schedule_page")
    assert not hasattr(calendar, "venue_translations_of")
    assert not hasattr(pages, "published_source_page")
    assert not hasattr(forms, "site_time_zone")
    assert translations.TIME_ZONE is TIME_ZONE

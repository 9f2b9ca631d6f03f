"""The contract test kit every programme plugin runs.

A plugin's tests say only which programme they are:

    class TestAcademyContract(ProgrammeContractTests):
        programme_slug = "academy"

and inherit the checks that make a plugin "done": its hooks answer, its section page can be
created under the home page in both locales, and its demo content builds (twice, identically).
"""

from __future__ import annotations

import io

import pytest

from wagtail.models import Locale, Page

# s and t with cedilla (U+015E, U+015F, U+0162, U+0163): wrong for Romanian, which uses the
# comma-below letters U+0218-U+021B.
CEDILLA_LETTERS = set("\u015e\u015f\u0162\u0163")


def make_home_pages():
    """A Romanian home page under the root, its English translation, and the site pointing at it."""
    from wagtail.models import Site

    from cms.models import HomePage

    ro, _ = Locale.objects.get_or_create(language_code="ro")
    en, _ = Locale.objects.get_or_create(language_code="en")
    # A transactional test flushes the tree Wagtail's migrations made: plant a root again.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=ro)
    )
    home = root.add_child(instance=HomePage(title="Acasă", slug="acasa-test", locale=ro))
    home_en = home.copy_for_translation(en)
    home_en.title = "Home"
    home_en.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    return home, home_en.specific


class ProgrammeContractTests:
    """Mixin of the programme plugin contract. Set `programme_slug` in the subclass."""

    programme_slug: str = ""

    @pytest.fixture
    def programme(self):
        from cms.plugin_manager import get_programme

        programme = get_programme(self.programme_slug)
        assert programme is not None, f"programme {self.programme_slug!r} is not enabled"
        return programme

    @pytest.fixture
    def homes(self, db):
        return make_home_pages()

    def test_programme_info_names_the_programme_in_both_languages(self, programme):
        info = programme.info
        assert info.slug == self.programme_slug == programme.name
        for language in ("ro", "en"):
            assert info.name[language].strip()
            assert info.summary[language].strip()
        # Romanian text uses comma-below ș ț, never the cedilla forms.
        for text in (info.name["ro"], info.summary["ro"]):
            assert not set(text) & CEDILLA_LETTERS, text

    def test_installed_apps_are_django_apps(self, programme):
        from django.apps import apps

        from cms.plugin_manager import programme_apps

        for app in programme_apps(programme):
            assert apps.is_installed(app), app

    def test_section_page_model_is_a_programme_section(self, programme):
        from cms.models import ProgrammeSectionPage
        from cms.ownership import programme_of_model
        from cms.programmes import section_page_model_for

        model = section_page_model_for(programme)
        assert issubclass(model, ProgrammeSectionPage)
        assert programme_of_model(model) == self.programme_slug

    def test_section_can_be_created_under_home_in_both_locales(self, programme, homes):
        from cms.programmes import section_page_model_for

        model = section_page_model_for(programme)
        for home in homes:
            assert model.can_create_at(home)
            section = home.add_child(
                instance=model(title=f"{programme.info.name_in('ro')}", slug="sectiune")
            )
            assert section.programme == self.programme_slug
            assert section.locale_id == home.locale_id

    def test_demo_content_builds_in_both_languages_and_is_idempotent(self, programme, homes):
        from cms.demo import DemoBuilder
        from cms.programmes import build_demo_content, section_page_model_for

        def build():
            demo = DemoBuilder(stdout=io.StringIO())
            demo.home = homes[0]
            assert build_demo_content(programme, demo), "the programme has no demo content"
            return demo

        build()
        first = sorted(Page.objects.values_list("locale__language_code", "url_path"))
        second_run = build()
        assert sorted(Page.objects.values_list("locale__language_code", "url_path")) == first
        assert second_run.created == 0

        model = section_page_model_for(programme)
        sections = model.objects.live()
        assert {s.locale.language_code for s in sections} == {"ro", "en"}
        ro_section = sections.get(locale__language_code="ro")
        en_section = sections.get(locale__language_code="en")
        assert ro_section.translation_key == en_section.translation_key
        assert ro_section.intro != en_section.intro, "the English section must be translated"
        # Every Romanian demo page under the section has a live English translation.
        for page in ro_section.get_descendants(inclusive=True).live():
            assert page.get_translation_or_none(Locale.objects.get(language_code="en")), page

"""The contract test kit every programme plugin runs.

A plugin's tests say only which programme they are:

    class TestAcademyContract(ProgrammeContractTests):
        programme_slug = "academy"

and inherit the checks that make a plugin "done": its hooks answer, its section page can be
created under the home page in both locales, and its demo content builds (twice, identically).
"""

from __future__ import annotations

import contextlib
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


@contextlib.contextmanager
def built_once(request, django_db_blocker, now, build):
    """For a module- or class-scoped fixture that builds a programme's demo pages: yields what
    `build()` returns, its pages kept for every test of the scope, each test still running in its
    own transaction inside it (the `db` fixture), and gone when the scope ends. The clock stands
    still at `now` throughout (a test may still move it with `time_machine`).

    Building pages through Wagtail costs seconds. In this project's suite the build runs once per
    test process and is copied in for every later module that asks for the same `build`
    (tests/demo_snapshot.py), each module getting its own copy of the returned objects; a plugin
    tested on its own builds once per scope, in a transaction rolled back after it.

        @pytest.fixture(scope="module")
        def festival_built(request, django_db_setup, django_db_blocker):
            with built_once(request, django_db_blocker, NOW, build_festival) as festival:
                yield festival
    """
    import time_machine

    from django.core.cache import cache
    from django.db import transaction

    label = f"{build.__module__}.{build.__qualname__}"
    try:
        snapshot = request.getfixturevalue("demo_snapshot")
    except pytest.FixtureLookupError:
        snapshot = None
    with django_db_blocker.unblock(), time_machine.travel(now, tick=False):
        if snapshot is not None:
            with snapshot.built(label, build) as built:
                yield built
            return
        with transaction.atomic():
            cache.clear()  # Wagtail caches site root paths
            yield build()
            transaction.set_rollback(True)
        cache.clear()


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


class ProgrammePagesContractTests:
    """The programme's page types, through its demo content: a second mixin of the contract.

    Every page type a programme declares (discovered from its apps, not listed) must appear in
    its demo in both languages, render in `/ro/` and `/en/`, know its programme, be listed in the
    sitemap with both alternates, and be editable by the programme's team and no other team.
    The demo is what a newcomer, a reviewer and these checks see: a type it never shows is a
    type nobody has tried. The whole demo (`load_demo`) is built once for the class and rolled
    back after it.
    """

    programme_slug: str = ""

    @pytest.fixture(scope="class")
    @classmethod
    def whole_demo(cls, request, django_db_setup, django_db_blocker):
        from django.core.cache import cache
        from django.core.management import call_command
        from django.db import transaction

        # This project's suite keeps one demo per test process (tests/demo_snapshot.py) and
        # copies it in; a plugin tested on its own builds the demo and rolls it back.
        try:
            snapshot = request.getfixturevalue("demo_snapshot")
        except pytest.FixtureLookupError:
            snapshot = None
        if snapshot is not None:
            with django_db_blocker.unblock(), snapshot.entered():
                yield
            return
        with django_db_blocker.unblock(), transaction.atomic():
            cache.clear()  # Wagtail caches site root paths
            call_command("load_demo", stdout=io.StringIO())
            yield
            transaction.set_rollback(True)
        cache.clear()

    @pytest.fixture
    def programme_pages(self, whole_demo, db):
        from django.apps import apps

        from cms.plugin_manager import get_programme, programme_apps

        programme = get_programme(self.programme_slug)
        assert programme is not None, f"programme {self.programme_slug!r} is not enabled"
        names = set(programme_apps(programme))
        models = [
            model
            for model in apps.get_models()
            if issubclass(model, Page) and model._meta.app_config.name in names
        ]
        assert models, f"programme {self.programme_slug!r} declares no page type"
        return {model: list(model.objects.live().select_related("locale")) for model in models}

    def test_every_page_type_appears_in_the_demo_in_both_languages(self, programme_pages):
        for model, pages in programme_pages.items():
            languages = {page.locale.language_code for page in pages}
            assert languages == {"ro", "en"}, f"{model.__name__}: demo pages in {languages}"

    def test_every_page_renders_in_its_language_and_knows_its_programme(
        self, programme_pages, client
    ):
        for model, pages in programme_pages.items():
            for page in pages:
                response = client.get(page.url)
                assert response.status_code == 200, (model.__name__, page.url)
                assert f'lang="{page.locale.language_code}"' in response.content.decode()
                if hasattr(page, "programme"):
                    assert page.programme == self.programme_slug, (model.__name__, page.url)

    def test_every_page_is_in_the_sitemap_with_both_alternates(self, programme_pages, client):
        import xml.etree.ElementTree as ET

        namespaces = {
            "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
            "x": "http://www.w3.org/1999/xhtml",
        }
        root = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 (our own output)
        alternates = {
            url.findtext("s:loc", namespaces=namespaces): {
                link.get("hreflang") for link in url.findall("x:link", namespaces)
            }
            for url in root.findall("s:url", namespaces)
        }
        for model, pages in programme_pages.items():
            for page in pages:
                assert alternates.get(page.full_url) == {"ro", "en"}, (model.__name__, page.url)

    def test_every_page_is_found_by_search_in_its_language_under_a_known_type(
        self, programme_pages, client
    ):
        from django.urls import reverse
        from django.utils import translation

        from cms.search.facets import SEARCH_TYPES
        from cms.search.models import SearchDocument

        documents = {
            document.page_id: document
            for document in SearchDocument.objects.filter(
                page_id__in=[page.pk for pages in programme_pages.values() for page in pages]
            )
        }
        for model, pages in programme_pages.items():
            for page in pages:
                document = documents.get(page.pk)
                assert document is not None, (model.__name__, page.url, "not indexed")
                assert document.language == page.locale.language_code
                assert document.programme == self.programme_slug, (model.__name__, page.url)
                assert document.type_key in SEARCH_TYPES, (model.__name__, document.type_key)
                with translation.override(page.locale.language_code):
                    search = reverse("cms:search")
                found = client.get(search, {"q": page.title}).content.decode()
                assert page.url in found, (model.__name__, page.url, "not found by its title")

    def test_its_team_edits_its_pages_and_no_other_team_does(self, programme_pages):
        from django.contrib.auth import get_user_model

        from cms.models import ProgrammeTeam

        teams = {
            team.programme: team.group for team in ProgrammeTeam.objects.select_related("group")
        }
        if self.programme_slug not in teams:
            pytest.skip("the programme has no team of its own: editors manage its section")
        members = {}
        for slug, group in teams.items():
            member = get_user_model().objects.create_user(f"contract-{slug}")
            member.groups.add(group)
            members[slug] = member
        for model, pages in programme_pages.items():
            for page in pages:
                for slug, member in members.items():
                    may_edit = page.permissions_for_user(member).can_edit()
                    assert may_edit == (slug == self.programme_slug), (model.__name__, slug)

    # --- content kits: people (cms.people) and resource libraries (cms.libraries) --------------

    def test_its_profiles_and_resources_describe_themselves_in_json_ld(
        self, programme_pages, client
    ):
        """A profile page is a schema.org `Person`; a resource a `CreativeWork` or, for a
        podcast episode, a `PodcastEpisode`."""
        import json
        import re

        from cms.libraries.models import ResourcePage
        from cms.people.models import ProfilePage

        for model, pages in programme_pages.items():
            if not issubclass(model, ProfilePage | ResourcePage):
                continue
            for page in pages:
                html = client.get(page.url).content.decode()
                scripts = re.findall(
                    r'<script type="application/ld\+json">(.*?)</script>', html, re.S
                )
                types = {json.loads(script).get("@type") for script in scripts}
                assert page.schema_type in types, (model.__name__, page.url, types)

    # --- content kits: directories (cms.directories) -------------------------------------------

    def test_its_directories_keep_the_directory_contract(self, programme_pages, client):
        """Every directory of the programme (its libraries too: a `LibraryIndexPage` is a
        directory) renders in its language, lists each entry once,
        narrows with each filter, exports what it lists, draws on its map exactly the listed
        places (valid GeoJSON) and keeps its query budget (cms.directories.contract)."""
        from cms.directories.contract import check_directory_page
        from cms.directories.models import DirectoryIndexPage

        for model, pages in programme_pages.items():
            if issubclass(model, DirectoryIndexPage):
                for page in pages:
                    check_directory_page(page, client)

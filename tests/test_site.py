"""The public site in two languages: redirects, switcher, hreflang, sitemap, errors, health."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from io import StringIO
from unittest import mock

import pytest

from django.core.management import call_command
from django.db import OperationalError

from wagtail.models import Page

from cms.plugin_manager import enabled_programmes

pytestmark = pytest.mark.django_db

SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
    "i": "http://www.google.com/schemas/sitemap-image/1.1",
}


def html_lang(response) -> str:
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("en-GB,en;q=0.9", "/en/"),
        ("en", "/en/"),
        ("ro-RO,ro;q=0.9,en;q=0.5", "/ro/"),
        ("de-DE,de;q=0.9", "/ro/"),
        ("", "/ro/"),
    ],
)
def test_root_redirects_to_the_visitors_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_both_home_pages_are_served_with_the_right_html_lang(client, demo_site):
    for language in ("ro", "en"):
        response = client.get(f"/{language}/")
        assert response.status_code == 200
        assert html_lang(response) == language
    assert "Centrul Cultural Clujean" in client.get("/ro/").content.decode()
    assert "Cluj Cultural Centre" in client.get("/en/").content.decode()


def test_language_switcher_goes_to_the_same_page_in_the_other_language(client, demo_site):
    html = client.get("/ro/academia-schimbarii/").content.decode()
    switcher = html[html.index('class="language-switcher"') :]
    assert 'href="/en/change-academy/" hreflang="en"' in switcher
    html_en = client.get("/en/change-academy/training-and-mentoring/").content.decode()
    assert 'href="/ro/academia-schimbarii/formare-si-mentorat/" hreflang="ro"' in html_en


def test_switcher_on_a_non_page_view_swaps_the_language_prefix(client, demo_site):
    html = client.get("/ro/search/?q=cultura").content.decode()
    assert 'href="/en/search/?q=cultura" hreflang="en"' in html


def test_every_page_head_carries_hreflang_alternates_for_both_languages(client, demo_site):
    for page in Page.objects.live().filter(depth__gt=1).specific():
        html = client.get(page.url).content.decode()
        head = html[: html.index("</head>")]
        for translation in page.get_translations(inclusive=True).live():
            code = translation.locale.language_code
            assert f'hreflang="{code}" href="http://' in head, (page.url, code)
            assert translation.url in head


def test_sitemap_lists_every_public_page_of_both_locales_with_alternates(
    client, demo_site, settings
):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ET.fromstring(response.content)
    listed = {}
    for url in tree.findall("s:url", SITEMAP_NS):
        location = url.find("s:loc", SITEMAP_NS).text
        listed[location] = {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", SITEMAP_NS)
        }
    live_pages = Page.objects.live().public().filter(depth__gt=1)
    for page in live_pages:
        alternates = listed.pop(page.full_url)
        assert set(alternates) == {"ro", "en"}, page.url
        assert alternates[page.locale.language_code] == page.full_url
    # The rest are the calendars (Django views): the agenda, the month grid and one per
    # programme, in both languages, each naming the other.
    calendars = ["/calendar/", "/calendar/month/"] + [
        f"/calendar/{programme.slug}/" for programme in enabled_programmes()
    ]
    base = settings.WAGTAILADMIN_BASE_URL  # the configured address, not the request's host
    assert set(listed) == {f"{base}/{lang}{path}" for lang in ("ro", "en") for path in calendars}
    for path in calendars:
        assert listed[f"{base}/ro{path}"] == {"ro": f"{base}/ro{path}", "en": f"{base}/en{path}"}


def test_the_sitemap_lists_each_pages_picture_and_costs_the_same_queries_with_more_pages(
    client, demo_site
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cms.models import ContentPage
    from cms.news.models import NewsArticlePage
    from cms.social_meta import social_image

    def pictures() -> dict[str, list[str]]:
        tree = ET.fromstring(client.get("/sitemap.xml").content)
        return {
            url.find("s:loc", SITEMAP_NS).text: [
                image.find("i:loc", SITEMAP_NS).text for image in url.findall("i:image", SITEMAP_NS)
            ]
            for url in tree.findall("s:url", SITEMAP_NS)
        }

    listed = pictures()
    pictured = 0
    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        image = social_image(page)  # what the page's Open Graph tags share
        assert listed[page.full_url] == ([image.url] if image else []), page.url
        pictured += image is not None
    assert pictured  # the demo's events, sections and news have pictures

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/sitemap.xml").status_code == 200
        return len(captured)

    before = queries()
    article = NewsArticlePage.objects.live().filter(image__isnull=False).first()
    parent = ContentPage.objects.live().first()
    for number in range(10):
        article.copy(
            to=parent, update_attrs={"slug": f"copie-{number}", "title": f"Copie {number}"}
        )
    assert queries() == before
    assert sum(bool(images) for images in pictures().values()) == pictured + 10


def test_unknown_language_prefix_is_a_404_in_the_default_language(client, demo_site):
    response = client.get("/de/despre/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert html_lang(response) == "ro"
    html = response.content.decode()
    assert "Pagina nu a fost găsită" in html
    # The switcher offers each language's home page; the head claims no alternates.
    switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
    assert 'href="/ro/"' in switcher and 'href="/en/"' in switcher
    assert 'rel="alternate" hreflang' not in html.split("</head>")[0]


def test_a_missing_page_is_a_404_in_the_pages_language(client, demo_site):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert html_lang(response) == "en"
    assert "Page not found" in response.content.decode()


def test_an_unprefixed_old_link_is_sent_to_its_language(client, demo_site):
    response = client.get("/despre/", HTTP_ACCEPT_LANGUAGE="ro")
    assert response.status_code == 302
    assert response["Location"] == "/ro/despre/"


def test_server_error_page_renders_in_the_active_language(rf):
    from django.utils import translation

    from cms.views import server_error

    for language, text in (("ro", "Ceva nu a mers bine"), ("en", "Something went wrong")):
        with translation.override(language):
            response = server_error(rf.get(f"/{language}/"))
        assert response.status_code == 500
        assert text in response.content.decode()


@pytest.mark.parametrize(
    ("language", "text"), [("ro", "Ceva nu a mers bine"), ("en", "Something went wrong")]
)
def test_an_unexpected_error_is_the_500_page_in_the_visitors_language(
    client, demo_site, language, text
):
    from unittest import mock

    client.raise_request_exception = False
    with mock.patch("cms.context_processors._navigation", side_effect=RuntimeError("boom")):
        response = client.get(f"/{language}/")
    assert response.status_code == 500
    assert html_lang(response) == language
    assert text in response.content.decode()


def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_answers_503_when_the_database_does_not(client):
    with mock.patch(
        "cms.views.connection.cursor", side_effect=OperationalError("connection refused")
    ):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_robots_txt_points_at_the_sitemap(client, settings):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert f"Sitemap: {settings.WAGTAILADMIN_BASE_URL}/sitemap.xml" in response.content.decode()


def test_load_demo_twice_gives_the_same_site(demo_site):
    def snapshot():
        return sorted(
            Page.objects.values_list("locale__language_code", "url_path", "title", "live")
        )

    before = snapshot()
    output = StringIO()
    call_command("load_demo", stdout=output)
    assert snapshot() == before
    assert "0 page(s) created" in output.getvalue()
    assert "Demo content: Academia Schimbării…" in demo_site  # progress is printed


def test_make_runs_load_demo_adds_a_programme_whose_section_is_missing_and_nothing_else(
    demo_site,
):
    from cms.models import ProgrammeSectionPage

    about = Page.objects.get(url_path="/acasa/despre/").specific
    about.title = "Despre noi (schimbat de un editor)"
    about.save_revision().publish()
    for section in ProgrammeSectionPage.objects.filter(
        programme="hubs", locale__language_code="en"
    ):
        section.delete()
    for section in ProgrammeSectionPage.objects.filter(programme="hubs"):
        section.delete()  # as if the programme had just been installed
    output = StringIO()
    call_command("load_demo", "--only-missing", stdout=output)
    assert "Demo content: Huburi creative…" in output.getvalue()
    assert "Demo content: Academia Schimbării" not in output.getvalue()
    hubs = ProgrammeSectionPage.objects.live().filter(programme="hubs")
    assert set(hubs.values_list("locale__language_code", flat=True)) == {"ro", "en"}
    about.refresh_from_db()
    assert about.title == "Despre noi (schimbat de un editor)"

    output = StringIO()
    call_command("load_demo", "--only-missing", stdout=output)
    assert "nothing to do" in output.getvalue()


def test_load_demo_builds_home_and_every_section_in_both_languages(demo_site, client):
    from cms.models import ProgrammeSectionPage
    from cms.programmes import demo_builder_of

    # Every enabled programme that builds demo content gets its section in both languages.
    with_demo = {p.slug for p in enabled_programmes() if demo_builder_of(p) is not None}
    assert with_demo >= {"academy", "schools", "heritage", "roma_culture", "hubs"}
    sections = ProgrammeSectionPage.objects.live()
    for language in ("ro", "en"):
        in_language = sections.filter(locale__language_code=language)
        assert set(in_language.values_list("programme", flat=True)) == with_demo
        assert in_language.count() == len(with_demo)
    home_ro = client.get("/ro/").content.decode()
    for title in ("Academia Schimbării", "Arta în Joacă", "România Remarcabilă", "Jivipen"):
        assert title in home_ro
    contact = client.get("/ro/contact/").content.decode()
    assert "Str. Fluierașului nr. 3" in contact


# Wagtail routing, site and locale lookups, navigation, switcher: a constant, whatever the number
# of pages (navigation and alternates are one query each).
BASE_BUDGET = 14
# "What's on" on the home and section pages (`cms.whats_on`): the dates with their pages and
# venues, the calls, the news, the view restrictions and the page's locale — also a constant,
# proven against the number of events in tests/test_whats_on.py.
WHATS_ON_QUERIES = 8
# A page's picture (`cms/includes/picture.html`): its renditions, all sizes and formats at once.
PICTURE_QUERIES = 1
# The home page's pinned item (`cms.featured`): its copy in the reader's language, its specific
# row, its image; and the programme cards' pictures, all of them in one query.
FEATURED_QUERIES = 3
CARD_PICTURES_QUERIES = 1
HOME = BASE_BUDGET + WHATS_ON_QUERIES + FEATURED_QUERIES + CARD_PICTURES_QUERIES


@pytest.mark.parametrize(
    ("path", "budget"),
    [
        ("/ro/", HOME),
        ("/en/", HOME),
        ("/ro/academia-schimbarii/", BASE_BUDGET + WHATS_ON_QUERIES + PICTURE_QUERIES),
        ("/en/about/", BASE_BUDGET),
        ("/ro/search/?q=cultura", BASE_BUDGET),
    ],
)
def test_public_page_types_stay_within_a_query_budget(
    client, demo_site, django_assert_max_num_queries, path, budget
):
    client.get(path)  # warm Wagtail's site-root cache, as in production
    with django_assert_max_num_queries(budget):
        assert client.get(path).status_code == 200


def test_base_template_has_skip_link_landmarks_and_one_h1(client, demo_site):
    html = client.get("/ro/romania-remarcabila/").content.decode()
    assert '<a class="skip-link" href="#main">Sari la conținut</a>' in html
    assert '<main id="main"' in html and "<header" in html and "<footer" in html
    assert html.count("<h1") == 1
    assert 'aria-label="Programe"' in html
    assert "https://" not in re.sub(r'href="https://[^"]*"', "", html.split("</head>")[0])


def test_every_page_names_the_sites_icon_so_no_browser_asks_for_a_missing_favicon(
    client, demo_site
):
    from django.contrib.staticfiles import finders

    for path in ("/ro/", "/en/calendar/", "/ro/nu-exista/"):
        head = client.get(path).content.decode().split("</head>")[0]
        match = re.search(r'<link rel="icon" href="/static/([^"]+)" type="image/svg\+xml">', head)
        assert match, path
        assert finders.find(match.group(1)), match.group(1)


@pytest.mark.parametrize(
    ("language", "links"),
    [
        ("ro", ["/ro/despre/", "/ro/contact/", "/ro/confidentialitate/"]),
        ("en", ["/en/about/", "/en/contact/", "/en/privacy/"]),
    ],
)
def test_every_page_links_the_centres_own_pages_in_its_language(client, demo_site, language, links):
    for path in (f"/{language}/", f"/{language}/calendar/"):
        footer = client.get(path).content.decode().split("<footer")[1]
        assert [link for link in links if f'href="{link}"' in footer] == links, path


def test_a_centre_page_leaves_the_footer_when_unticked_from_menus(client, demo_site):
    from wagtail.models import Page

    Page.objects.filter(url_path="/acasa/contact/").update(show_in_menus=False)
    footer = client.get("/ro/").content.decode().split("<footer")[1]
    assert 'href="/ro/contact/"' not in footer
    assert 'href="/ro/despre/"' in footer


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/ro/academia-schimbarii/apel-formare-si-mentorat/", "Formularul nu a putut fi trimis"),
        ("/en/change-academy/call-training-and-mentoring/", "The form could not be sent"),
    ],
)
def test_a_form_with_more_files_than_django_parses_is_a_400_page_in_language(
    client, demo_site, path, message
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from cms.opencalls.models import Application

    files = [SimpleUploadedFile(f"cv-{n}.pdf", b"%PDF-1.4 x") for n in range(120)]
    response = client.post(path, {"extra": files})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Application.objects.count() == 0


def test_search_finds_pages_of_the_current_language_only(client, demo_site):
    ro = client.get("/ro/search/?q=rezidență").content.decode()
    assert "Arta în Joacă" in ro
    en = client.get("/en/search/?q=residence").content.decode()
    assert "Art at Play" in en
    assert "Arta în Joacă</a>" not in en


def test_a_page_submitted_for_translation_starts_as_an_english_draft(
    demo_site, admin_user, django_capture_on_commit_callbacks
):
    from wagtail.models import Locale
    from wagtail_localize.operations import TranslationCreator

    from cms.models import ContentPage

    about_ro = ContentPage.objects.get(locale__language_code="ro", slug="despre")
    news = about_ro.add_child(
        instance=ContentPage(title="Noutăți", slug="noutati", intro="Ce se întâmplă la Centru.")
    )
    news.save_revision().publish()
    english = Locale.objects.get(language_code="en")

    # wagtail-localize publishes in an on-commit callback: run them, as a real request would.
    with django_capture_on_commit_callbacks(execute=True):
        TranslationCreator(admin_user, [english]).create_translations(news)

    translation = news.get_translation(english)
    assert translation.live is False  # English visitors never read the Romanian copy
    assert translation.translation_key == news.translation_key


def test_the_demo_has_a_live_page_of_every_type_an_editor_can_create_in_both_languages(demo_site):
    """The Nu checker and axe check one demo page of each type per language
    (tests/page_types.py): a type the demo does not show would go unchecked, so it fails here."""
    from tests.page_types import creatable_page_models, one_page_of_each_type_per_language

    shown = {
        (type(page), page.locale.language_code) for page in one_page_of_each_type_per_language()
    }
    missing = [
        f"{model._meta.label} ({language})"
        for model in creatable_page_models()
        for language in ("ro", "en")
        if (model, language) not in shown
    ]
    assert missing == []

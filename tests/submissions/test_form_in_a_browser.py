"""The proposal form in a real browser (Debian's Chromium): no axe violations (WCAG 2.2 AA),
before and after an empty submission's error summary, in both languages.

Served by pytest-django's live server on the test database, so the throw-away directory type of
tests/kit_apps exists; skipped with a reason where Chromium is not installed."""

from __future__ import annotations

import pytest

from tests.submissions.conftest import propose_url

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="module", autouse=True)
def database_beside_playwright():
    """Playwright's sync API keeps an event loop in this thread; Django then refuses database
    calls (the test's data, the flush after it) as if they came from async code. They do not:
    allow them, for this module only."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


@pytest.fixture
def directories(transactional_db):
    """The directory in both languages under a section, without teams: showing and refusing
    the form needs no workflow (and a transactional test's flush took Wagtail's own rows)."""
    from django.apps import apps

    from wagtail.models import Locale

    from cms.plugin_manager import enabled_programmes
    from cms.testing import make_home_pages
    from tests.kit_apps.kit_submissions.models import KitHubDirectoryPage

    home, _ = make_home_pages()
    english = Locale.objects.get(language_code="en")
    section_model = apps.get_model(enabled_programmes()[0].info.section_model)
    section = home.add_child(instance=section_model(title="Huburi creative", slug="huburi"))
    section.copy_for_translation(english).save_revision().publish()
    ro = section.add_child(instance=KitHubDirectoryPage(title="Harta huburilor", slug="harta"))
    en = ro.copy_for_translation(english)
    en.title = "Map of hubs"
    en.save_revision().publish()
    return {"ro": ro, "en": en}


AXE_RULES = {"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}


@pytest.mark.parametrize(("language", "send"), [("ro", "Trimiteți propunerea"), ("en", "Send")])
def test_the_proposal_form_and_its_errors_have_no_violations(
    directories,  # first: the test database is set up before Chromium starts
    live_server,
    page,
    language,
    send,
):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(live_server.url + propose_url(directories[language]))
    results = Axe().run(page, options=AXE_RULES)
    assert results.violations_count == 0, results.generate_report()

    page.locator("main").get_by_role("button", name=send).click()
    assert page.locator(".error-summary").is_visible()
    results = Axe().run(page, options=AXE_RULES)
    assert results.violations_count == 0, results.generate_report()
    # The summary's first link takes the keyboard to the field it names.
    page.locator(".error-summary a").first.click()
    assert page.evaluate("document.activeElement.id") == "id_title"

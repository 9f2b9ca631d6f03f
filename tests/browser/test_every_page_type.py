"""One page of every page type, in both languages, has no WCAG 2.2 AA violation for axe-core,
and carries the newsletter's signup box (so is the box checked on every page type).

The pages are found in the browser server's demo database (tests/page_types.py), not listed: a
programme's new page type is checked the day its demo shows it, and
tests/test_site.py::test_the_demo_has_a_live_page_of_every_type_an_editor_can_create_in_both_languages
fails if the demo does not show it. The programmes' own browser modules check the states this
one does not: filtered lists, maps without JavaScript, forms with their errors.
"""

from __future__ import annotations

import json

import pytest

from tests.helpers import manage

pytestmark = pytest.mark.browser

AXE_RULES = {"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}
VIEWS = ["/ro/calendar/", "/en/search/?q=culture"]  # not pages, with the box too
FIND_PAGES = """
import json
from tests.page_types import creatable_page_models, one_page_of_each_type_per_language
pages = [
    {"type": type(page)._meta.label, "language": page.locale.language_code, "url": page.url}
    for page in one_page_of_each_type_per_language()
]
types = sorted(model._meta.label for model in creatable_page_models())
print(json.dumps({"pages": pages, "types": types}))
"""


@pytest.fixture(scope="module")
def pages_of_each_type(live_demo, live_demo_env):
    result = manage("shell", "-c", FIND_PAGES, env=live_demo_env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_one_page_of_every_type_in_both_languages_has_no_accessibility_violations(
    page, live_demo, pages_of_each_type
):
    from axe_playwright_python.sync_playwright import Axe

    pages = pages_of_each_type["pages"]
    checked = {(found["type"], found["language"]) for found in pages}
    for language in ("ro", "en"):
        assert {(label, language) for label in pages_of_each_type["types"]} <= checked, language

    axe, reports = Axe(), {}
    for found in [*pages, *({"type": "view", "url": url} for url in VIEWS)]:
        response = page.goto(live_demo + found["url"])
        assert response.status == 200, found
        # The newsletter's signup box is on every page: checked here with the whole page.
        assert page.locator(".newsletter-signup").count() == 1, found
        results = axe.run(page, options=AXE_RULES)
        if results.violations_count:
            reports[f"{found['type']} {found['url']}"] = results.generate_report()
    assert reports == {}, "\n\n".join(f"{name}\n{report}" for name, report in reports.items())
